"""What a section says, as the sentences a voice will read: in the document's order, each once, list
items said together, speaker notes first; and the checks on what reads aloud (prose, on-screen points)."""

from __future__ import annotations

import re

from ozor.documents.extract.model import DATA, Section
from ozor.documents.extract.text import has_words
from ozor.documents.summarize import Sentence, as_sentence, clean, content_words, key_phrase, sentences

IDENTIFIER = re.compile(r"_|[a-z][A-Z]|\w\.\w")  # snake_case, camelCase, dotted.names
SHORT_ITEM_WORDS = 3  # list items shorter than this are said together, as one listing


def distinct(units: list[Section]) -> list[Section]:
    """Sections that say something not said before (a section repeated page after page is one)."""
    said: set[str] = set()
    out = []
    for unit in units:
        keys = {key(c.text) for c in candidates(unit, True)}
        if keys - said:
            out.append(unit)
            said |= keys
    return out


def candidates(section: Section, everything: bool = False) -> list[Sentence]:
    """What the section says, as sentences: its speaker notes first (written to be said), then its
    paragraphs and list items in the document's order (a run of short items as one listing), less
    the items the notes already say.
    A summary keeps to prose; a document told whole says `everything` that has words in it."""
    source = [(s, False) for s in sentences(section.notes, 1)]
    said = set(content_words(section.notes))  # a slide's bullets are what its notes say at length
    short: list[str] = []  # a run of short list items, said as one listing

    def listing() -> None:
        if short:
            source.append(
                (short[0] if len(short) == 1 else f"{', '.join(short[:-1])} and {short[-1]}", False)
            )
            short.clear()

    for level, text in section.in_order():  # in the document's order, lists where they stand
        if level >= 0 and content_words(text) and not set(content_words(text)) - said:
            continue
        if level >= 0 and len(text.split()) < SHORT_ITEM_WORDS:
            short.append(clean(text).rstrip(".;:,"))
            continue
        listing()
        source += [(s, level == DATA) for s in sentences(text, 1)]
    listing()
    seen: set[str] = set()
    out: list[Sentence] = []
    for text, data in source:  # each ends as a sentence, so the voice pauses between them
        text = as_sentence(text)
        if (prose(text) or everything and has_words(text)) and key(text) not in seen:
            seen.add(key(text))
            out.append(Sentence(text, len(text.split()), len(out), data))
    return out


def prose(text: str) -> bool:
    """Mostly words (not code or identifiers), so it can be read aloud; numbers and labels are fine."""
    tokens = [t.strip(".,;:!?()[]\"'’“”«»") for t in text.split()]
    plain = sum(
        1 for t in tokens if t.replace("-", "").replace("'", "").isalnum() and not IDENTIFIER.search(t)
    )
    return bool(tokens) and plain >= 0.7 * len(tokens) and "::" not in text


def key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def unused(candidates: list[Sentence], used: set[str]) -> list[Sentence]:
    """Sentences not yet said in the plan; those returned count as said from now on."""
    out = []
    for candidate in candidates:
        if key(candidate.text) not in used:
            used.add(key(candidate.text))
            out.append(candidate)
    return out


def points(texts: list[str]) -> list[str]:
    """Up to three on-screen phrases, each with a real word in it (never "S" or "π1")."""
    phrases = (key_phrase(t) for t in texts)
    return list(dict.fromkeys(p for p in phrases if re.search(r"[^\W\d_]{2,}", p)))[:3]
