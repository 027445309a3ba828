"""Length, decade and aspect: "15 second", "20s", "1 minute", "90-second", "30 segundos", "eine Minute";
"80s" and "1990s" are decades (a style), never a length; "vertical", "reel", "TikTok" are 9:16.

Issue #11 measured "a retro 80s style 20 second promo" becoming an 80-second video: a bare "NNs" is
a decade when the prompt gives a length elsewhere, or when a style word sits next to it.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Aspect, Fact
from ozor.agent.brief.numbers import NUMBER, ONE_WORDS, number_value
from ozor.agent.brief.text import fact, words_re

SECONDS = r"(?:seconds?|secs?|segundos?|seg|sekunden|sekunde|sek|sekündige[snrm]?|sekündig)\b\.?"
MINUTES = r"(?:minutes?|mins?|minutos?|minuten|minute|minütige[snrm]?|minütig)\b\.?"
HEAD = rf"(?P<num>{NUMBER}|{words_re(ONE_WORDS)})"
NOT_RANGE = (
    r"(?<![\w.,/])(?<!\d[-–])(?<!\d\s[-–]\s)(?<!\d to )(?<!\d a )(?<!\d bis )"  # "5-10 minute stretches"
)
LENGTH = re.compile(
    rf"{NOT_RANGE}{HEAD}(?:[\s-]*(?P<sec>{SECONDS})|[\s-]*(?P<min>{MINUTES})"
    rf"(?:\s+(?:and\s+|y\s+|und\s+)?(?P<extra>\d+)[\s-]*{SECONDS})?"
    r"|(?P<short>s)\b(?!['’]))(?:[\s-]*(?:long|de duración|lang)\b)?",
    re.IGNORECASE,
)
COMPOUND = re.compile(
    r"\b(?P<num>ein|zwei|drei)(?P<min>minütige[snrm]?|minütig)\b|\bhalf[\s-]a[\s-]minute\b|"
    r"\bmedio minuto\b|\beine halbe minute\b",
    re.IGNORECASE,
)
DECADE_CONTEXT = re.compile(
    r"^[\s-]*(?:style|styled|look|vibes?|aesthetic|retro|themed?|inspired|era|disco|synth\w*|fashion|"
    r"music|feel|nostalgia|neon|estilo|stil|look)\b",
    re.IGNORECASE,
)
DECADE = re.compile(
    r"(?<![\w])(?:(?P<full>(?:19|20)\d0)['’]?s\b|['’](?P<short>\d0)s\b|(?P<bare>[2-9]0)['’]?s\b"
    r"|(?P<es>(?:años|los|década de los)\s+(?:19)?(?P<esn>[2-9]0))\b|"
    r"(?P<de>(?:19)?(?P<den>[2-9]0)er)(?:[\s-]*jahre)?\b"
    r"|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|ochentero|ochentera|"
    r"noventero|achtziger|neunziger|siebziger|sechziger))",
    re.IGNORECASE,
)
DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
    "ochentero": 80,
    "ochentera": 80,
    "noventero": 90,
    "achtziger": 80,
    "neunziger": 90,
    "siebziger": 70,
    "sechziger": 60,
}
VERTICAL = re.compile(
    r"\b(?:vertical|portrait|9:16|9x16|tik ?tok|reels?|shorts|stor(?:y|ies)|snapchat|phone screens?|"
    r"historias?|hochformat|hochkant|vertikal(?:e[snrm]?)?)\b",
    re.IGNORECASE,
)
HORIZONTAL = re.compile(
    r"\b(?:horizontal|landscape|16:9|widescreen|youtube(?! shorts)|querformat|apaisado)\b", re.IGNORECASE
)
SQUARE = re.compile(r"\b(?:square|1:1|cuadrado|quadratisch)\b", re.IGNORECASE)


def find_decades(text: str) -> list[tuple[Fact, str]]:
    """Every decade named ("80s", "1990s", "'70s", "años 80", "80er-Jahre"), as (fact, "1980s")."""
    has_length = any(m.group("sec") or m.group("min") for m in LENGTH.finditer(text))
    out: list[tuple[Fact, str]] = []
    for m in DECADE.finditer(text):
        if m.group("bare") and not (
            has_length
            or DECADE_CONTEXT.match(text, m.end())
            or re.search(r"(?:the|an|retro|vintage|los|die)\s*$", text[: m.start()], re.I)
        ):
            continue  # "a 20s teaser" is 20 seconds
        digits = m.group("full") or m.group("short") or m.group("bare") or m.group("esn") or m.group("den")
        value = int(digits) if digits else DECADE_WORDS[m.group("word").lower()]
        year = value if value >= 1900 else 1900 + value
        out.append((fact("style", m), f"{year}s"))
    return out


def find_length(text: str, decades: list[Fact]) -> tuple[float, Fact] | None:
    """The video's length in seconds, and the words that ask for it."""
    if m := COMPOUND.search(text):
        low = m.group(0).lower()
        value = (
            30.0
            if "half" in low or "medio" in low or "halbe" in low
            else {"ein": 60.0, "zwei": 120.0, "drei": 180.0}[m.group("num").lower()]
        )
        return value, fact("duration", m)
    for m in LENGTH.finditer(text):
        if any(d.start <= m.start() < d.end for d in decades):
            continue
        base = number_value(m.group("num"))
        if m.group("min"):
            return base * 60 + (float(m.group("extra")) if m.group("extra") else 0.0), fact("duration", m)
        if m.group("sec") or m.group("num")[0].isdigit():
            return base, fact("duration", m)
    return None


FORMATS: tuple[tuple[re.Pattern[str], Aspect], ...] = (
    (VERTICAL, "9:16"),
    (SQUARE, "1:1"),
    (HORIZONTAL, "16:9"),
)


def find_aspect(text: str) -> tuple[Aspect, Fact] | None:
    """The frame the prompt asks for; vertical wins ("a YouTube Short" is 9:16)."""
    for pattern, aspect in FORMATS:
        if m := pattern.search(text):
            return aspect, fact("aspect", m)
    return None


def aspect_mentions(text: str) -> list[Fact]:
    return [fact("aspect", m) for pattern, _ in FORMATS for m in pattern.finditer(text)]
