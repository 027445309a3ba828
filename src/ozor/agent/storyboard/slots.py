"""Slot values the prompt leaves open: an icon for a phrase, from its own words or its category's."""

from __future__ import annotations

import re

from ozor.agent.knowledge.categories import Category
from ozor.icons import catalog

WORD = re.compile(r"[^\W\d_]{3,}")


# Arrows and chevrons point somewhere; they never stand for a benefit ("30 % lighter than before").
DIRECTIONAL = re.compile(r"(^|-)(arrows?|chevrons?)(-|$)")


def icon_for(phrase: str, category: Category, index: int) -> str:
    """The icon a word of the phrase names (its last nouns first: "heart-rate tracking" → tracking,
    heart), else the category's icons in turn. Only names count, not the icon set's loose tags."""
    for word in reversed(WORD.findall(phrase.lower())):
        found = catalog.find(word, named=True)
        if found and not DIRECTIONAL.search(found):
            return found
    return category.icons[index % len(category.icons)]
