"""Slot values the prompt leaves open: an icon for a phrase, from its own words or its category's."""

from __future__ import annotations

import re

from ozor.agent.knowledge.categories import Category
from ozor.icons import catalog

WORD = re.compile(r"[^\W\d_]{3,}")


def icon_for(phrase: str, category: Category, index: int) -> str:
    """The icon of the phrase's most telling word (its last nouns first: "heart-rate tracking" →
    tracking, heart), else the category's icons in turn."""
    for word in reversed(WORD.findall(phrase.lower())):
        if found := catalog.find(word):
            return found
    return category.icons[index % len(category.icons)]
