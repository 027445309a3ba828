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


VIDEO_WORDS = frozenset(
    "video videos ad ads advert commercial promo clip spot teaser trailer explainer tutorial reel reels "
    "short shorts story stories intro countdown film movie animation version cut piece greeting invitation "
    "showcase announcement presentation slideshow montage recap testimonial listing message long vertical "
    "horizontal "
    "vídeo anuncio tráiler explicativo felicitación invitación presentación cuenta atrás resumen "
    "werbespot werbevideo erklärvideo einladung vorstellung rückblick produktvideo".split()
)
LIMITS = frozenset(
    {"under", "less than", "max", "maximum", "menos de", "máximo", "unter", "weniger als", "höchstens"}
)
OPENERS = frozenset("a an one un una ein eine einen in en im within durante".split())
CONNECTORS = frozenset(
    "for about on of in with to showing that explaining and or which featuring highlighting introducing "
    "promoting advertising para sobre con en que por für über mit zu und".split()
)


def _describes_content(text: str, m: re.Match[str]) -> bool:
    """A length that measures something in the video, not the video: "clases de 45 minutos", "45-minute
    flight time", "10 minutes of yoga"; "a 30 second real estate video" and ", 45 seconds," are lengths."""
    clause = re.split(r"[,:;.!?]", text[: m.start()])[-1].lower().split()
    rest = text[m.end() :]
    if (
        re.match(r"\s*(?:of|de)\b", rest)
        or " ".join(clause[-2:]) in LIMITS
        or clause[-1:]
        and clause[-1] in LIMITS
    ):
        return True  # "under a minute" is a limit, not a length: the kind's default length keeps to it
    if clause[-1:] == ["de"]:
        return not set(clause[-4:]) & VIDEO_WORDS  # Spanish "<noun> de 45 minutos" unless "vídeo … de"
    after = re.match(r"[\s-]+([^\W\d_]+)", rest)
    if not after or after.group(1).lower() in VIDEO_WORDS | CONNECTORS:
        return False
    ahead = {w.lower() for w in re.findall(r"[^\W\d_]+", re.split(r"[,:;.!?]", rest)[0])[:4]}
    opens = clause[-1:] and clause[-1] in OPENERS
    return not (opens or ahead & VIDEO_WORDS or set(clause[-2:]) & VIDEO_WORDS)


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
        if any(d.start <= m.start() < d.end for d in decades) or _describes_content(text, m):
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
