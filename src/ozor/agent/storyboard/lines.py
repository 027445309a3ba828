"""The few connecting words the storyboard writes itself, per language (lines.json), and the rules for
joining a prompt's own words into spoken sentences ("on Saturday", "el sábado", "am Samstag").

Data, not code: every line a viewer hears besides the prompt's facts and the category's copy is here.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ozor.agent.knowledge.vocab import Language

STARTS_WITH_DAY = re.compile(
    r"^(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"lun|mar|mié|jue|vie|sáb|dom|ene|abr|ago|dic|"
    r"mo|di|mi|do|fr|sa|so|jän|mär|okt|dez)",
    re.I,
)
HAS_PREPOSITION = re.compile(r"^(?:on|at|in|by|until|from|el|la|a|en|de|am|um|ab|bis|im|vom)\s", re.I)


@cache
def _all() -> dict[str, dict[str, Any]]:
    raw = resources.files("ozor.agent.storyboard").joinpath("lines.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(raw)
    return data


def line(language: Language, key: str, **values: object) -> str:
    """The line `key` in `language`, its {placeholders} filled."""
    return str(_all()[language][key]).format(**values)


def lines(language: Language, key: str, **values: object) -> list[str]:
    return [str(x).format(**values) for x in _all()[language][key]]


def kind_label(language: Language, kind: str) -> str:
    return str(_all()[language]["kinds"].get(kind, ""))


def is_time_unit(language: Language, unit: str) -> bool:
    """ "days", "Tage", "horas": a unit a countdown counts in."""
    return unit.lower() in _all()[language]["time_units"]


def joined(language: Language, items: list[str]) -> str:
    """ "a, b and c" in the language."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {line(language, 'and')} {items[-1]}"


def continued(language: Language, items: list[str]) -> list[str]:
    """Headline-case phrases as the middle of a sentence: "Made by hand", "made to last" (German
    nouns keep their capital)."""
    if language == "de":
        return items
    return [items[0], *(i[:1].lower() + i[1:] if i[1:2].islower() else i for i in items[1:])]


def on_date(language: Language, date: str) -> str:
    """ " on Saturday" / " el sábado" / " am Samstag"; relative days ("this weekend") stand alone."""
    if HAS_PREPOSITION.match(date) or not STARTS_WITH_DAY.match(date):
        return f" {date}"
    return line(language, "date_on", date=date)


def at_time(language: Language, time: str) -> str:
    if HAS_PREPOSITION.match(time) or not time[:1].isdigit():
        return f" {time}"
    ranged = re.search(r"\d\s*[-–]\s*\d", time) or " to " in time or " bis " in time
    return line(language, "time_from" if ranged else "time_at", time=time)


# A named venue is a place you are *at* ("at Skyline Rooftop"); a town or an area one you are *in*.
VENUE = re.compile(
    r"\b(?:arena|bar|caf[eé]|cent(?:er|re)|club|factory|gallery|garden|hall|hotel|house|lounge|market|"
    r"museum|park|pier|restaurant|rooftop|square|stadium|studio|terrace|theat(?:er|re)|venue)s?$",
    re.I,
)


def in_place(language: Language, place: str) -> str:
    if HAS_PREPOSITION.match(place):
        return f" {place}"
    return line(language, "place_at" if VENUE.search(place) else "place_in", place=place)


def cap(text: str) -> str:
    """First letter up, the rest as written ("iPhone" stays, "vegan protein bar" → "Vegan protein bar")."""
    return text[:1].upper() + text[1:] if text and not text[:2].isupper() else text


def sentence(text: str) -> str:
    """A spoken sentence: capitalised, ending in punctuation."""
    text = cap(text.strip())
    return text if not text or text[-1] in ".!?…»“”\"'" else text + "."
