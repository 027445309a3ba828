"""Style words, music moods and colours in three languages: what the prompt says about the look.

"synthwave", "neon" and a decade are retro; a named colour ("dark blue", "azul marino", "#FF5500")
is kept with the role the sentence gives it (background or accent).
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Colour, Fact, Language, Look, Mood
from ozor.agent.brief.text import fact, words_re
from ozor.agent.knowledge.words import colour_names, look_words, mood_words

WORD_LOOK = look_words()
LOOK_RE = re.compile(rf"(?<![\w-])(?:{words_re(WORD_LOOK)})(?![\w])", re.IGNORECASE)
# German adjectives inflect: "ruhiges Video", "im ruhigen Stil", "ein edles Design".
LOOK_RE_DE = re.compile(rf"(?<![\w-])(?P<w>{words_re(WORD_LOOK)})(?:e|er|en|es|em)?(?![\w])", re.IGNORECASE)
MOOD_WORDS = mood_words()
MOOD_RE = re.compile(
    rf"\b({words_re(MOOD_WORDS)})\s+(?:\w+\s+)?(?:music|soundtrack|beat|música|musik)\b|"
    rf"\b(?:music|música|musik)\s+(?:\w+\s+)?({words_re(MOOD_WORDS)})\b",
    re.IGNORECASE,
)
COLOURS = colour_names()
SHADES = {
    "dark": 0.55,
    "deep": 0.6,
    "light": 1.45,
    "pale": 1.6,
    "bright": 1.15,
    "oscuro": 0.55,
    "claro": 1.45,
}
COLOUR_RE = re.compile(
    rf"#(?:[0-9a-fA-F]{{6}}|[0-9a-fA-F]{{3}})\b|(?<![\w-])(?:(?:dark|deep|light|pale|bright)[\s-]+)?"
    rf"(?:{words_re(COLOURS)})(?:e[nrms]?)?(?:\s+(?:oscuro|claro))?(?![\w])",
    re.IGNORECASE,
)
BACKGROUND = r"background|backdrop|bg|fondo|hintergrund"
ACCENT = r"accents?|highlights?|buttons?|acento|akzent\w*|details?"


def find_looks(text: str, language: Language = "en") -> tuple[list[Look], list[Fact]]:
    """Looks in order of mention; a capitalised look word inside a sentence is a name ("plan Premium")."""
    pattern = LOOK_RE_DE if language == "de" else LOOK_RE
    found = [
        (m, m.group("w") if language == "de" else m.group(0))
        for m in pattern.finditer(text)
        if language == "de"
        or not (m.group(0)[0].isupper() and m.start() and not re.search(r"[.!?:]\s*$", text[: m.start()]))
        or m.group(0).lower() in ("retro", "vintage")
    ]
    facts = [fact("style", m) for m, _ in found]
    looks: list[Look] = []
    for _, word in found:
        look = WORD_LOOK[word.lower()]
        if look not in looks:
            looks.append(look)
    return looks, facts


def find_mood(text: str) -> Mood | None:
    m = MOOD_RE.search(text)
    return MOOD_WORDS[(m.group(1) or m.group(2)).lower()] if m else None


def find_colours(text: str) -> list[Colour]:
    out: list[Colour] = []
    for m in COLOUR_RE.finditer(text):
        if re.match(r"[A-Z][a-z]+\s+[A-Z]", text[m.start() : m.start() + 30]) and not text[m.start()] == "#":
            continue  # "Black Friday", "Red Bull": a name, not a colour
        after, before = text[m.end() : m.end() + 30].lower(), text[max(0, m.start() - 30) : m.start()].lower()
        role: str = "any"
        if re.match(rf"(?:\s+[\w-]+){{0,2}}?\s*(?:{BACKGROUND})\b", after) or re.search(
            rf"(?:{BACKGROUND})\s+(?:\w+\s+)?$", before
        ):
            role = "background"
        elif re.match(rf"(?:\s+[\w-]+){{0,2}}?\s*(?:{ACCENT})\b", after) or re.search(
            rf"(?:{ACCENT})\s+(?:\w+\s+)?$", before
        ):
            role = "accent"
        out.append(Colour(fact("colour", m), _hex(m.group(0)), role))  # type: ignore[arg-type]
    return out


def _hex(word: str) -> str:
    if word.startswith("#"):
        h = word[1:]
        return "#" + (h if len(h) == 6 else "".join(c * 2 for c in h)).upper()
    low = word.lower()
    shade = next((f for s, f in SHADES.items() if re.search(rf"\b{s}\b", low)), 1.0)
    base = next(COLOURS[c] for c in sorted(COLOURS, key=len, reverse=True) if c in low)
    r, g, b = (int(base[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{min(255, round(c * shade)):02X}" for c in (r, g, b))


VOICE = re.compile(
    r"\b(?:narrated by|voiced by|read by|voice of|narración de|locución de|gesprochen von|sprecher(?:in)?)\s+"
    r"(?P<who>[\w-]+)"
    r"|\b(?P<adj>(?:[\w-]+\s+)?[\w-]+)\s+(?:voice[\s-]?over|voice|narrator|narration)\b"
    r"|\b(?:voz|locución)\s+(?P<es>[\w-]+)"
    r"|\b(?P<de>[\w-]+(?:e|er|en))\s+(?:stimme|sprecherstimme)\b",
    re.IGNORECASE,
)
NOT_VOICE = frozenset("a an the no without with our my sin ohne keine".split())


def find_voice(text: str) -> Fact | None:
    """How the narration should sound, in the prompt's words: "narrated by luna", "a deep male voice",
    "voz femenina", "ruhige Stimme" (the director maps them to a voice)."""
    for m in VOICE.finditer(text):
        group = next(g for g in ("who", "adj", "es", "de") if m.group(g))
        words = m.group(group).split()
        if words[0].lower() in NOT_VOICE:
            words = words[1:]
        if words and words[-1].lower() not in NOT_VOICE:
            return fact("voice", m)
    return None
