"""Slot values the prompt leaves open: an icon for a phrase, from its own words or its category's."""

from __future__ import annotations

import re

from ozor.agent.knowledge.categories import Category
from ozor.icons import catalog

WORD = re.compile(r"[^\W\d_]{3,}")


# Arrows and chevrons point somewhere; they never stand for a benefit ("30 % lighter than before").
DIRECTIONAL = re.compile(r"(^|-)(arrows?|chevrons?)(-|$)")


def icon_for(phrase: str, category: Category, index: int) -> str:
    """The icon the phrase names as a whole ("free shipping" → truck, "battery life" → battery), else
    one a word of it names (its last nouns first), else the category's icons in turn. Only names and
    synonyms count, not the icon set's loose tags."""
    words = WORD.findall(phrase.lower())
    for query in (" ".join(words), *reversed(words)):
        found = next((i for i in catalog.search(query, 3, named=True) if not DIRECTIONAL.search(i)), None)
        if found:
            return found
    return category.icons[index % len(category.icons)]
