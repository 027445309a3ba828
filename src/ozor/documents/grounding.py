"""Grounded plans: where each narration sentence comes from in the document, and which have no source.

The document is kept as source units (a page, a slide or, for pages without numbers, a section) with
their text. A narration sentence is grounded in the unit whose sentence shares most of its content
words; it is `SUPPORTED` when at least that share of its words appear in one source sentence. The
quote is that source sentence, so a reviewer can read the two side by side. Sentences with fewer
than two content words ("Welcome.") are not judged.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from ozor.documents.extract.model import Document
from ozor.documents.summarize import clean, content_words, sentences

SUPPORTED = 0.6
MIN_WORDS = 2
QUOTE_CHARS = 300


class SourceUnit(BaseModel):
    """A page, slide or section of the document, with its text (kept on the plan for later checks)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: str  # page | slide | section
    number: int | None  # 1-based page or slide number; None for a section
    heading: str = ""
    text: str


class Source(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: str
    number: int | None
    heading: str = ""
    quote: str


def units_of(doc: Document) -> list[SourceUnit]:
    """The document's text by page (PDF), slide (PPTX) or section (DOCX, web pages)."""
    kind = {"pdf": "page", "pptx": "slide"}.get(doc.kind, "section")
    out = [SourceUnit(kind=kind, number=1 if kind != "section" else None, heading=doc.title, text=doc.title)]
    for section in doc.sections:
        number = section.page + 1 if kind != "section" and section.page is not None else None
        out.append(SourceUnit(kind=kind, number=number, heading=section.heading, text=section.text()))
    return [u for u in out if u.text.strip()]


def ground(narration: str, units: list[SourceUnit]) -> tuple[list[Source], list[str]]:
    """The sources of a scene's narration (one per distinct quote, in narration order) and the
    sentences no source supports."""
    indexed = [(u, s, set(content_words(s))) for u in units for s in _source_sentences(u.text)]
    sources: dict[str, Source] = {}
    unsupported = []
    for sentence in sentences(narration, min_words=1):
        words = set(content_words(sentence))
        if len(words) < MIN_WORDS:
            continue
        best = max(indexed, key=lambda item: len(words & item[2]), default=None)
        if best is None or len(words & best[2]) / len(words) < SUPPORTED:
            unsupported.append(sentence)
            continue
        unit, quote, _ = best
        sources.setdefault(
            quote, Source(kind=unit.kind, number=unit.number, heading=unit.heading, quote=_short(quote))
        )
    return list(sources.values()), unsupported


def _source_sentences(text: str) -> list[str]:
    """A unit's sentences, and its lines (headings, bullets) that are no sentence of their own."""
    lines = [clean(line) for line in text.splitlines() if line.strip()]
    return list(dict.fromkeys([*sentences(text, min_words=1), *lines]))


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def wire(source: Source) -> dict[str, Any]:
    """A source as the API shows it: {"page": 3, …}, {"slide": 2, …} or {"section": "Heading", …}."""
    where: dict[str, Any] = (
        {source.kind: source.number} if source.number is not None else {"section": source.heading}
    )
    return {**where, "quote": source.quote}
