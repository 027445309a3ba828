"""Understanding a prompt: length, kind, subject and name, audience, features, style, colours, aspect.

Pattern rules, not a model: each finder reads one fact into a VideoBrief. What no rule finds falls
back to what that kind of video usually needs (VISUAL.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ozor.agent import colors
from ozor.agent.rules.facts import (
    find_audience,
    find_features,
    find_name,
    find_offer,
    find_steps,
    find_url,
    find_when,
    find_where,
)
from ozor.agent.styles import STYLE_WORDS
from ozor.agent.voices import VOICE_WORDS, VOICES

KINDS = {
    "tutorial": ["tutorial", "how-to", "how to", "guide", "walkthrough", "step by step", "step-by-step"],
    "explainer": [
        "explainer",
        "explain",
        "explains",
        "explaining",
        "how it works",
        "overview",
        "introduction to",
        "educational",
    ],
    "teaser": ["teaser", "trailer", "sneak peek", "coming soon"],
    "showcase": ["showcase", "product video", "product demo", "demo", "spotlight", "showcasing"],
    "announcement": [
        "announcement",
        "announce",
        "announcing",
        "launching",
        "launch",
        "introducing",
        "unveil",
        "unveiling",
        "acquired",
        "acquisition",
        "release",
    ],
    "invitation": [
        "invitation",
        "invite",
        "invites",
        "inviting",
        "webinar",
        "rsvp",
        "wedding",
        "gala",
        "meetup",
        "party",
        "celebration",
    ],
    "hiring": ["hiring", "recruiting", "recruitment", "job opening", "join our team", "now hiring"],
    "promo": ["promo", "promotional", "promotion", "promote", "promoting", "sale"],
    "ad": ["advert", "advertisement", "advertising", "advertise", "commercial", "ad", "ads", "spot", "reel"],
}
DEFAULT_SECONDS = {
    "ad": 15,
    "promo": 20,
    "teaser": 15,
    "showcase": 20,
    "explainer": 40,
    "tutorial": 40,
    "announcement": 20,
    "invitation": 20,
    "hiring": 25,
}
WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
SECONDS_RE = re.compile(r"\b" + _NUM + r"[\s-]*(?:s|sec|secs|second|seconds)\b(?:[\s-]*long)?", re.IGNORECASE)
MINUTES_RE = re.compile(r"\b" + _NUM + r"[\s-]*(?:min|mins|minute|minutes)\b(?:[\s-]*long)?", re.IGNORECASE)
ONE_MINUTE_RE = re.compile(r"\b(?:a|one)[\s-]+minute(?:[\s-]+long)?\b|\bminute[\s-]long\b", re.IGNORECASE)
HALF_MINUTE_RE = re.compile(r"\bhalf[\s-]a[\s-]minute\b", re.IGNORECASE)
VERTICAL = re.compile(
    r"\b(vertical|portrait|9:16|tik ?tok|reels?|shorts|stories|instagram stor(?:y|ies)|"
    r"snapchat|phone screens?)\b",
    re.IGNORECASE,
)
HORIZONTAL = re.compile(r"\b(horizontal|landscape|16:9|widescreen|youtube(?! shorts))\b", re.IGNORECASE)
SILENT = re.compile(
    r"\b(no|without)\s+(voice[\s-]?over|narration|voice|narrator)|\bmusic only\b|\bsilent\b", re.IGNORECASE
)
NO_MUSIC = re.compile(r"\b(no|without)\s+(background\s+)?music\b", re.IGNORECASE)
MOODS = {
    "upbeat": "upbeat",
    "energetic": "upbeat",
    "calm": "calm",
    "relaxing": "calm",
    "dramatic": "dramatic",
    "epic": "dramatic",
    "cinematic": "dramatic",
    "corporate": "corporate",
}
LEAD = re.compile(
    r"\b(?:for|about|of|on|showcasing|introducing|announcing|launching|promoting|advertising|explaining|"
    r"presenting|featuring|to|that shows|showing)\s+",
    re.IGNORECASE,
)
STOP = re.compile(
    r"\s*(?:[,;:!?(]|\.(?=\s|$)|\s-\s|\bcalled\b|\bnamed\b|\blooking for\b|\bwith\b|\bthat\b|\bwhich\b|\bwho\b|\baimed\b|\btargeting\b|\busing\b|\bfeaturing\b|"
    r"\bhighlighting\b|\bnarrated\b|\bwithout\b|\bin\s+(?:a|an|the)\b|\bin\s+\w+\s+(?:style|colou?rs?|tones?)\b|"
    r"\bfor\s+(?=\w+s\b|\w+\s+\w+s\b)|\bon\s+(?=\w+day|\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"\bat\s+(?=\d)|\bthis\s+(?:week|weekend|month)|\bin\s+(?=\d|[A-Z])|\b\d+%|$)"
)
AUDIENCE_LEAD = re.compile(r"for\s+(?!(?:a|an|the|our|my)\b)(?:[a-z-]+\s+)?[a-z-]+[^s\W]s\b")
HOW = re.compile(
    r"\bhow\s+(?:to\s+)?(.+?)(?=\s*(?:[,;!?]|\.(?:\s|$)|\bfor\s+\w+s\b|\bin\s+\w+\s+(?:\w+\s+)?steps|$))",
    re.IGNORECASE,
)
ARTICLE = re.compile(
    r"^(?:a|an|the|our|my|your|their|this|its|his|her|some|new|brand[- ]new|short|quick)\s+", re.IGNORECASE
)
PROPER_COLOR = re.compile(r"[A-Z][a-z]+\s+[A-Z]")  # "Black Friday", "Red Bull": a name, not a colour
FILLER = re.compile(r"\b(?:video|clip|film|reel)\b", re.IGNORECASE)


@dataclass
class VideoBrief:
    prompt: str
    seconds: float = 20.0
    kind: str = "ad"
    subject: str = ""  # "desk lamp": what the video is about, in plain words
    topic: str = ""  # explainers and tutorials: "how solar panels turn sunlight into electricity"
    name: str | None = None  # "Lumo": a product, brand or event name
    audience: str | None = None
    features: list[str] = field(default_factory=list)
    offer: str | None = None
    when: str | None = None
    where: str | None = None
    url: str | None = None
    steps: int | None = None
    style: str | None = None
    background: str | None = None
    accent: str | None = None
    aspect: str | None = None
    voice: str | None = None
    narration: bool = True
    music: str | None = None
    wants_logo: bool = False
    statement: str | None = None  # an announcement's news: "Acme Corp has acquired Nimbus Analytics"

    @property
    def product(self) -> str:
        """What the video is about, as a reader would name it: the name, else the subject."""
        return self.name or self.subject


def understand(prompt: str) -> VideoBrief:
    text = " ".join(prompt.replace("’", "'").split())
    brief = VideoBrief(prompt=text)
    brief.kind = find_kind(text) or "ad"
    asked = find_seconds(text)
    brief.seconds = (
        asked
        if asked is not None
        else (15.0 if re.search(r"\bshort\b", text, re.IGNORECASE) else float(DEFAULT_SECONDS[brief.kind]))
    )
    brief.aspect = "9:16" if VERTICAL.search(text) else "16:9" if HORIZONTAL.search(text) else None
    brief.background, brief.accent = color_roles(text)
    plain = strip_colors(text)
    brief.style = find_style(plain)
    brief.name = find_name(text)
    brief.subject, brief.topic = find_subject(plain, brief)
    brief.features = find_features(plain, brief.subject)
    brief.audience = find_audience(plain, brief.subject)
    brief.offer = find_offer(text)
    brief.when = find_when(text)
    brief.where = find_where(text, brief.name)
    brief.url = find_url(text)
    brief.steps = find_steps(text)
    brief.narration = not SILENT.search(text)
    brief.voice = find_voice(text)
    brief.music = (
        "none"
        if NO_MUSIC.search(text)
        else next(
            (
                m
                for w, m in MOODS.items()
                if re.search(rf"\b{w}\b[\w\s]*\bmusic|\bmusic\b[\w\s]*\b{w}\b", text, re.IGNORECASE)
            ),
            None,
        )
    )
    brief.statement = find_statement(text) if brief.kind == "announcement" else None
    brief.wants_logo = bool(re.search(r"\blogo\b", text, re.IGNORECASE))
    if brief.style is None and re.search(r"\bdramatic\b|\bcinematic\b|\bepic\b", text, re.IGNORECASE):
        brief.style = "dark"
    return brief


ENGLISH = re.compile(
    r"\b(?:a|an|the|for|of|with|and|to|in|on|our|my|about|how|that|ad|video|make|new|is|it|"
    r"this|your|we|seconds?|minutes?)\b",
    re.IGNORECASE,
)


def foreign_language(text: str) -> str | None:
    """The language of a prompt clearly not in English (the offline director writes English copy only)."""
    if len(ENGLISH.findall(text)) >= 2 or len(text) < 20:
        return None
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # deterministic
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    return best.lang if best.lang != "en" and best.prob >= 0.95 else None


def find_seconds(text: str) -> float | None:
    if HALF_MINUTE_RE.search(text):
        return 30.0
    if m := MINUTES_RE.search(text):
        return _number(m.group(1)) * 60
    if ONE_MINUTE_RE.search(text):
        return 60.0
    if m := SECONDS_RE.search(text):
        return _number(m.group(1))
    return None


def _number(word: str) -> float:
    return float(WORD_NUMBERS[word.lower()]) if word.lower() in WORD_NUMBERS else float(word)


def find_kind(text: str) -> str | None:
    """The kind named earliest in the prompt ("Announcement video: … sale" is an announcement)."""
    low = text.lower()
    found = []
    for kind, words in KINDS.items():
        for w in words:
            if m := re.search(r"\b" + re.escape(w) + r"\b", low):
                found.append((m.start(), list(KINDS).index(kind), kind))
    return min(found)[2] if found else None


def color_roles(text: str) -> tuple[str | None, str | None]:
    """(background, accent) as the sentence assigns them: "… background", "… as the accent", "black and gold"."""
    background = accent = None
    loose: list[str] = []
    for pos, color in colors.find_colors(text):
        if PROPER_COLOR.match(text, pos):
            continue
        after, before = text[pos : pos + 40].lower(), text[max(0, pos - 40) : pos].lower()
        if re.match(r"[#\w-]*(?:\s+[\w-]+){0,2}?\s+(?:background|backdrop|bg)\b", after) or re.search(
            r"background\s+(?:of\s+|to\s+|in\s+|color\s+|colour\s+)?$", before
        ):
            background = background or color
        elif re.match(
            r"[#\w-]*(?:\s+[\w-]+){0,3}?\s+(?:accents?|highlights?|buttons?)\b", after
        ) or re.search(r"accent\s+(?:of\s+|to\s+|color\s+|colour\s+)?$", before):
            accent = accent or color
        else:
            loose.append(color)
    if len(loose) >= 2 and background is None and accent is None:
        dark = [c for c in loose if colors.is_dark(c)]
        if dark:
            background = dark[0]
            accent = next(c for c in loose if c != background)
        else:
            accent = loose[0]
    elif loose and accent is None:
        accent = loose[0]
    return background, accent


def strip_colors(text: str) -> str:
    """The prompt without its colour phrases, so "dark blue" is not read as the dark style."""
    out = colors.HEX_RE.sub(" ", text)
    out = colors.NAME_RE.sub(lambda m: m.group(0) if PROPER_COLOR.match(m.string, m.start()) else " ", out)
    return re.sub(r"\s+", " ", out).strip()


def find_style(text: str) -> str | None:
    low = text.lower()
    hits = [
        (m.start(), style)
        for word, style in STYLE_WORDS.items()
        if (m := re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", low))
    ]
    return min(hits)[1] if hits else None


def find_voice(text: str) -> str | None:
    low = text.lower()
    for v in VOICES:
        if re.search(rf"\b(?:voice|narrat\w*|by|use)\s+(?:of\s+)?{v}\b|\b{v}(?:'s)?\s+voice\b", low):
            return v
    m = re.search(r"\b(\w+)\s+(?:voice|narrator)\b", low)
    return VOICE_WORDS.get(m.group(1)) if m else None


def find_subject(text: str, brief: VideoBrief) -> tuple[str, str]:
    """(subject, topic): the noun phrase the video is about, and for explainers the whole question."""
    clean = FILLER.sub(" ", SECONDS_RE.sub(" ", MINUTES_RE.sub(" ", ONE_MINUTE_RE.sub(" ", text))))
    clean = VERTICAL.sub(" ", HORIZONTAL.sub(" ", clean))
    clean = re.sub(
        r"\b(?:make|create|generate|produce|build|give me|i need|we need|please)\b",
        " ",
        clean,
        flags=re.IGNORECASE,
    )
    clean = re.sub(r"\s+", " ", clean).strip(" ,.:")
    kind_start, kind_end = _kind_span(clean)
    leads = [
        m
        for m in LEAD.finditer(clean, kind_end)
        if brief.kind not in ("explainer", "tutorial") or not AUDIENCE_LEAD.match(clean, m.start())
    ]
    topic = ""
    if brief.kind in ("explainer", "tutorial"):
        how = HOW.search(clean)
        topic = how.group(0) if how else next((p for m in leads if (p := _cut(clean[m.end() :]))), "")
        if brief.name:  # "how our budgeting app Pennywise helps" → "how Pennywise helps"
            topic = re.sub(
                r"\b(?:our|my|the|their)\s+(?:[\w-]+\s+){0,3}?" + re.escape(brief.name), brief.name, topic
            )
    phrase = next((p for m in leads if (p := _cut(clean[m.end() :]))), "") or _cut(
        re.sub(r"^\S+\s*", "", clean[kind_start:])
    )
    phrase = _strip(phrase)
    if brief.name:
        phrase = _strip(re.sub(re.escape(brief.name), " ", phrase, flags=re.IGNORECASE))
        appositive = re.search(
            re.escape(brief.name) + r"\s*,\s*((?:a|an|the)\s+[^,.;:]+)", text, re.IGNORECASE
        )
        if appositive and not phrase:
            phrase = _strip(_cut(appositive.group(1)))
    if not phrase:
        phrase = _strip(clean[:kind_start])
    if not phrase and topic:
        phrase = topic
    phrase = re.sub(r"^[\w-]+'s\s+", "", phrase)  # "a bakery's fresh bread" → "fresh bread"
    return phrase, topic.strip()


def find_statement(text: str) -> str | None:
    """An announcement's news, when the prompt spells it out after a colon."""
    m = re.search(r":\s*((?:[^.!?,]|\.(?=\d))+)", text)
    if m and len(m.group(1).split()) >= 3 and not re.search(r"\d+\s?%", m.group(1)):
        return m.group(1).strip()
    return None


def _kind_span(text: str) -> tuple[int, int]:
    low = text.lower()
    spans = [
        (m.start(), m.end())
        for words in KINDS.values()
        for w in words
        if (m := re.search(r"\b" + re.escape(w) + r"\b", low))
    ]
    return min(spans) if spans else (0, 0)


def _cut(phrase: str) -> str:
    m = STOP.search(phrase)
    return phrase[: m.start()].strip() if m else phrase.strip()


def _strip(phrase: str) -> str:
    """Articles, possessives and style words off a noun phrase: "our sleek new lamp" → "lamp"."""
    words = [w for w in phrase.split() if w.lower().strip(",") not in STYLE_WORDS]
    phrase = " ".join(words)
    while (m := ARTICLE.match(phrase)) is not None:
        phrase = phrase[m.end() :]
    return phrase.strip(" ,.:;-'\"")
