"""Word lists as data (words/*.json): style words by look, music moods, colour names, function words.

Kept beside the categories so vocabulary grows without code; loaded once and checked against the
Brief's closed sets (a typo in a look or a hex code fails at load, not in a video).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, cast

from ozor.agent.knowledge.categories import KnowledgeError
from ozor.agent.knowledge.vocab import LOOKS, MOODS, Look, Mood

HEX = re.compile(r"#[0-9A-F]{6}")


def _read(name: str) -> dict[str, Any]:
    text = resources.files("ozor.agent.knowledge").joinpath("words", name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def _inverted(name: str, allowed: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for group, words in _read(name).items():
        if group not in allowed:
            raise KnowledgeError(f"{name}: unknown group {group!r}")
        for word in words:
            if word.lower() in out and out[word.lower()] != group:
                raise KnowledgeError(f"{name}: {word!r} is both {out[word.lower()]} and {group}")
            out[word.lower()] = group
    return out


@cache
def look_words() -> dict[str, Look]:
    """ "synthwave" → retro, "gemütlich" → warm, "elegante" → luxury."""
    return cast(dict[str, Look], _inverted("looks.json", LOOKS))


@cache
def mood_words() -> dict[str, Mood]:
    """ "upbeat" → upbeat, "tranquila" → calm (read only next to "music")."""
    return cast(dict[str, Mood], _inverted("moods.json", MOODS))


@cache
def colour_names() -> dict[str, str]:
    """ "navy blue" → #14213D, "azul marino" → #14213D, "dunkelblau" → #14213D."""
    names = {str(k).lower(): str(v).upper() for k, v in _read("colours.json").items()}
    bad = [k for k, v in names.items() if not HEX.fullmatch(v)]
    if bad:
        raise KnowledgeError(f"colours.json: not #RRGGBB: {bad}")
    return names


@cache
def function_words() -> frozenset[str]:
    """Articles, prepositions, pronouns and request verbs ("make", "haz", "erstelle") in three languages:
    trimmed off the ends of a subject or feature."""
    return frozenset(w.lower() for w in _read("stop.json")["function"])


@cache
def label_words() -> frozenset[str]:
    """Words that name a slot, not a fact ("tickets", "call", "abierto"): never a feature on their own."""
    return frozenset(w.lower() for w in _read("stop.json")["labels"])
