"""Single facts found in a prompt: the name, features, audience, offer, date, place, web address, steps."""

from __future__ import annotations

import re

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Capitalised words that are not names.
NOT_NAMES = {
    "i",
    "a",
    "an",
    "the",
    "our",
    "my",
    "we",
    "we're",
    "it",
    "this",
    "for",
    "make",
    "create",
    "use",
    "ad",
    "video",
    "tiktok",
    "instagram",
    "youtube",
    "reels",
    "shorts",
    "facebook",
    "linkedin",
    "snapchat",
    "wi-fi",
    "wifi",
    "pt",
    "et",
    "est",
    "pst",
    "cet",
    "gmt",
    "utc",
    "am",
    "pm",
    "black",
    "friday",
    "cyber",
    "monday",
    "christmas",
    "announcement",
    "invitation",
    "teaser",
    "tutorial",
    "explainer",
    "promo",
    "showcase",
    "product",
    "explain",
    "luxury",
    "retro",
    "corporate",
    "calm",
    "bold",
    "playful",
    "minimalist",
    "warm",
    "dark",
    "hiring",
    "new",
    "one",
    "short",
    "quick",
    "vertical",
    "horizontal",
    "include",
    "add",
    "show",
    "please",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "halloween",
    "easter",
    "thanksgiving",
    "valentine's",
    "ai",
    "api",
    *MONTHS.split("|"),
    *WEEKDAYS.split("|"),
}
QUOTED = re.compile(r"[\"“']([^\"”']{2,48})[\"”']")
CALLED = re.compile(
    r"\b(?:called|named|brand(?:ed)? as)\s+((?:[A-Z0-9][\w'&.+-]*)(?:\s+[A-Z0-9][\w'&.+-]*){0,3})"
)
CAPS = re.compile(
    r"(?<![\w'])((?:[A-Z][\w'&+-]*|[A-Z0-9]+[a-z]*[A-Z][\w-]*)(?:\s+(?:[A-Z][\w'&+-]*|\d+(?:\.\d+)+|"
    r"\d+|X|Pro|Max|Mini))*)"
)


def find_name(text: str) -> str | None:
    """A product, brand or event name: quoted, "called X", or capitalised words that are not the
    sentence's first word or a known word."""
    if m := QUOTED.search(text):
        return m.group(1).strip()
    if m := CALLED.search(text):
        return _trim_name(m.group(1))
    for m in CAPS.finditer(text):
        start = m.start()
        if start == 0 or re.search(r"[.!?]\s*$", text[:start]):
            continue  # a sentence starts here
        if re.search(r"(?:#|\b(?:in|at|from|near|downtown)\s+)$", text[:start]):
            continue  # a colour code or a place
        name = _trim_name(m.group(1))
        if name:
            return name
    return None


def _trim_name(candidate: str) -> str | None:
    words = candidate.split()
    while words and words[0].lower().strip(".,") in NOT_NAMES:
        words.pop(0)
    while words and words[-1].lower().strip(".,") in NOT_NAMES:
        words.pop()
    name = " ".join(words).strip(" .,")
    return name if name and not name.isdigit() else None


def _items(phrase: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|\band\b|\bplus\b|&)\s*", phrase)
    return [p.strip(" .") for p in parts if 1 <= len(p.split()) <= 8 and p.strip(" .")]


def find_features(text: str, subject: str) -> list[str]:
    """Benefits the prompt names: "…: smart reminders, shared lists", "with X and Y", "that keeps …"."""
    found: list[str] = []
    if m := re.search(r":\s*([^:]+)$", text):
        items = _items(re.split(r"[.!?](?:\s|$)", m.group(1))[0])
        if len(items) >= 2 and all(len(i.split()) <= 5 for i in items):
            found += items
    for m in re.finditer(
        r"\b(?:with|featuring|highlighting|including|offering)\s+([^.;:!?]+)", text, re.IGNORECASE
    ):
        phrase = re.split(
            r"\s*,\s*(?=\d|(?:bold|warm|calm|dark|retro|vertical|corporate|playful|luxury)\b)|"
            r"\b(?:for|aimed|targeting|on|in)\s+(?=\w+s\b|\d|[A-Z])",
            m.group(1),
        )[0]
        found += [
            i
            for i in _items(phrase)
            if not re.search(r"\b(background|accent|colou?rs?|music|voice|logo)\b", i, re.IGNORECASE)
        ]
    for m in re.finditer(r"\b(?:that|which|who)\s+([a-z][^,.;:!?]+)", text):
        clause = m.group(1).strip()
        if 2 <= len(clause.split()) <= 9 and not re.match(r"(?:is|are|was|will|would|can|could)\b", clause):
            found.append(clause)
    if m := re.search(r"\bhelps?\s+([^,.;:!?]+)", text, re.IGNORECASE):
        found.append("helps " + m.group(1).strip())
    out: list[str] = []
    for f in found:
        f = re.sub(r"^(?:a|an|the)\s+", "", f.strip(), flags=re.IGNORECASE)
        if f and f.lower() != subject.lower() and f.lower() not in (o.lower() for o in out):
            out.append(f)
    return out[:5]


def find_audience(text: str, subject: str) -> str | None:
    if m := re.search(
        r"\b(?:aimed at|targeting|targeted at|made for|designed for|geared to(?:wards)?)\s+"
        r"([^,.;:!?]+)",
        text,
        re.IGNORECASE,
    ):
        return _clean_audience(m.group(1))
    for m in re.finditer(
        r"\bfor\s+(?!(?:a|an|the|our|my|your|this)\b)((?:[a-z-]+\s+)?[a-z-]+[^s\W]s)\b", text
    ):
        phrase = m.group(1)
        if phrase.lower() not in subject.lower() and not re.search(
            r"\b(hours|minutes|seconds|days|years|steps|"
            r"sales|ads|reels|shorts|videos)\b",
            phrase,
            re.IGNORECASE,
        ):
            return _clean_audience(phrase)
    if m := re.search(r"\blooking for\s+([^,.;:!?]+)", text, re.IGNORECASE):
        return _clean_audience(m.group(1))
    return None


def _clean_audience(phrase: str) -> str:
    phrase = re.split(r"\s+(?:with|who|that|in|on|at)\s+|,", phrase.strip())[0]
    return re.sub(r"^(?:the|all)\s+", "", phrase, flags=re.IGNORECASE).strip()


def find_offer(text: str) -> str | None:
    if m := re.search(
        r"\b(\d{1,2}\s?%\s?off(?:\s+(?:everything|all|your first \w+|sitewide|storewide))?)",
        text,
        re.IGNORECASE,
    ):
        return m.group(1)
    if m := re.search(
        r"\b(free (?:shipping|delivery|trial|returns|samples?)|buy one,? get one(?: free)?|"
        r"(?:half|50%) price)\b",
        text,
        re.IGNORECASE,
    ):
        return m.group(1)
    if m := re.search(
        r"(?:from|only|just|for)\s+(\$\d+(?:\.\d\d)?|€\d+(?:[.,]\d\d)?|£\d+(?:\.\d\d)?)", text, re.IGNORECASE
    ):
        return f"From {m.group(1)}"
    return None


def find_when(text: str) -> str | None:
    date = re.search(
        r"\b(?:(?:" + WEEKDAYS + r"),?\s+)?(?:(?:" + MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTHS + r"))\b(?:,?\s+\d{4})?",
        text,
        re.IGNORECASE,
    )
    text = re.sub(r"\b(?:black friday|cyber monday)\b", " ", text, flags=re.IGNORECASE)
    relative = re.search(
        r"\b(?:this|next)\s+(?:weekend|week|month|" + WEEKDAYS + r")\b|\b(?:tonight|tomorrow)\b|"
        r"\b(?:ends|until|on|this)\s+(?:" + WEEKDAYS + r")\b|\b(?:" + WEEKDAYS + r")\b",
        text,
        re.IGNORECASE,
    )
    time = re.search(
        r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)(?:\s+(?:PT|ET|CET|GMT|UTC|PST|EST|BST))?\b", text, re.IGNORECASE
    )
    when = date.group(0) if date else relative.group(0) if relative else None
    if when and re.match(r"(?:on|this)\s+(?:" + WEEKDAYS + ")", when, re.IGNORECASE):
        when = when.split(None, 1)[1]
    if time:
        when = f"{when} at {time.group(0)}" if when else time.group(0)
    return _title(when) if when else None


def _title(when: str) -> str:
    return " ".join(
        w.capitalize() if w.lower() in MONTHS.split("|") + WEEKDAYS.split("|") else w for w in when.split()
    )


def find_where(text: str, name: str | None) -> str | None:
    m = re.search(r"\b(?:at|in)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})", text)
    if m and m.group(1).split()[-1].lower() not in NOT_NAMES and m.group(1) != name:
        return m.group(1)
    return None


def find_url(text: str) -> str | None:
    m = re.search(
        r"\b(?:https?://)?((?:[\w-]+\.)+(?:com|io|co|app|ai|org|net|dev|shop|store|studio|xyz)(?:/[\w/-]*)?)"
        r"|(@\w{2,30})",
        text,
        re.IGNORECASE,
    )
    return (m.group(1) or m.group(2)) if m else None


def find_steps(text: str) -> int | None:
    numbers = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6, "two": 2, "2": 2}
    m = re.search(
        r"\b(two|three|four|five|six|\d)\s+(?:easy\s+|simple\s+|quick\s+|basic\s+)?steps\b",
        text,
        re.IGNORECASE,
    )
    return numbers.get(m.group(1).lower()) if m else None
