"""Prompt text: one normal form, the prompt's language, and facts made from regex matches.

The language is read from function words (fast and deterministic; a statistical detector is slow to
load and unsure on twelve-word prompts). The prompt's language decides the copy's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ozor.agent.brief.model import Fact, Language, Role

FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "en": frozenset(
        "a an the for of with and to in on our my about how that is it this your we make "
        "video ad at by from new its their second seconds minute".split()
    ),
    "es": frozenset(
        "un una el la los las para de del con y en sobre cómo como que es nuestro nuestra "
        "mi tu su vídeo video anuncio al por segundos segundo minuto minutos hazme crea haz".split()
    ),
    "de": frozenset(
        "ein eine einen einem der die das den dem für von mit und zu im in auf über wie "
        "ist unser unsere unseren mein dein sekunden sekunde minute minuten erstelle mach "
        "werbung werbevideo am um bei alle beim vom zum zur nicht noch jetzt neue neuen neues kurzes "
        "kurze kurzer danke bitte auch unserer unserem".split()
    ),
}
LETTERS: dict[Language, re.Pattern[str]] = {
    "es": re.compile(r"[ñ¿¡áéíóú]", re.IGNORECASE),
    "de": re.compile(r"[äöüß]", re.IGNORECASE),
}
WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


def normalise(prompt: str) -> str:
    """One space between words and straight apostrophes: spans index this text, not the raw prompt."""
    return " ".join(prompt.replace("’", "'").replace("‘", "'").split())


def language_of(text: str) -> Language:
    """The language with the most function words (accented letters break ties); English when unsure."""
    words = [w.lower() for w in WORD.findall(text)]
    score: dict[Language, float] = {
        lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()
    }
    for lang, letters in LETTERS.items():
        score[lang] += 0.5 * min(3, len(letters.findall(text)))
    best = max(score, key=lambda lang: (score[lang], lang == "en"))
    return best if score[best] > score["en"] else "en"


def fact(role: Role, m: re.Match[str], group: int | str = 0) -> Fact:
    """A fact from a regex match (or one of its groups), trimmed of spaces and trailing punctuation."""
    start, end = m.span(group)
    return span_fact(role, m.string, start, end)


def span_fact(role: Role, text: str, start: int, end: int) -> Fact:
    while start < end and text[start] in " ,;:-–\"'“”(":
        start += 1
    while end > start and text[end - 1] in " ,;:.!?-–\"'“”)":
        end -= 1
    return Fact(role, text[start:end], start, end)


def overlaps(a: Fact, b: Fact) -> bool:
    return a.start < b.end and b.start < a.end


def inside(a: Fact, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a.start and a.end <= e for s, e in spans)


def words_re(words: Iterable[str]) -> str:
    """An alternation that prefers the longest word, for whole-word regexes."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
