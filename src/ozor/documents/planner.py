"""Document → plan: the document-video storyboard of VISUAL.md (title card, one scene per key
section, closing takeaway), narration written to the target length, and the document's style.

Pure: takes an extracted Document, returns scenes that name the pictures they show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ozor.documents.extract.model import Document, Section
from ozor.voices.language import detect_language
from ozor.documents.summarize import STOPWORDS, Scorer, Sentence, as_sentence, content_words, key_phrase, pick, sentences

WORDS_PER_SEC = 2.5
SEC_PER_SCENE = 6.5
TITLE_WORDS = 14
CLOSING_WORDS = 16
SKIP_HEADINGS = re.compile(
    r"^(table of )?contents$|^references?$|^bibliography$|^copyright|^acknowledg|^abbreviations|^index$|"
    r"^appendix|^inhaltsverzeichnis$|^literatur|^sommaire$|^índice$|^disclaimer",
    re.IGNORECASE,
)
CLOSING_HEADINGS = re.compile(
    r"conclu|summary|takeaway|wrap.?up|next steps|outlook|fazit|zusammenfassung|résumé|resumen|in short",
    re.IGNORECASE,
)
TONES = ("professional", "formal", "casual", "friendly", "playful", "energetic", "calm", "inspirational",
         "serious", "informative", "enthusiastic", "conversational", "authoritative", "warm", "academic")
SIMPLE_AUDIENCE = re.compile(r"\b(kids|children|beginners?|students|simple|plain language|non-?experts?)\b", re.I)


@dataclass
class PlannedScene:
    title: str
    narration: str
    key_points: list[str]
    pictures: list[int] = field(default_factory=list)  # indices into Document.pictures
    page: int | None = None  # a page of the source to render and show (PDFs)
    kind: str = "section"  # title | section | closing


@dataclass
class PlanDraft:
    title: str
    language: str
    style: dict
    scenes: list[PlannedScene]


def plan_document(doc: Document, *, target_sec: int, prompt: str | None, fallback_title: str) -> PlanDraft:
    text = doc.text()
    language = detect_language(text)
    focus = [w for w in content_words(prompt or "") if w not in TONES and w not in STOPWORDS]
    simple = bool(SIMPLE_AUDIENCE.search(prompt or ""))
    scorer = Scorer(text, focus)
    title = short_title(doc.title) or fallback_title
    count = max(1, min(100, round(target_sec / SEC_PER_SCENE)))
    budget = round(target_sec * WORDS_PER_SEC)
    units = [s for s in doc.sections if not SKIP_HEADINGS.search(s.heading.strip()) and _spoken(s)]
    if not units:
        units = [s for s in doc.sections if _spoken(s)]
    if count == 1:
        scene = _section_scene(_merged(units, title), scorer, budget, simple, doc)
        scene.kind, scene.title = "title", title
        return PlanDraft(title, language, style_of(doc, prompt), [scene])
    closing_unit = next((s for s in reversed(units) if CLOSING_HEADINGS.search(s.heading)), None)
    body_units = [s for s in units if s is not closing_unit]
    middle = max(0, count - 2) if count >= 3 else 0
    chosen = _choose_units(body_units, middle, scorer, focus)
    title_words = min(TITLE_WORDS, budget // count)
    closing_words = min(CLOSING_WORDS, budget // count) if count >= 2 else 0
    scenes = [_title_scene(doc, title, units, scorer, title_words, simple)]
    left = budget - len(scenes[0].narration.split()) - closing_words
    for k, unit in enumerate(chosen):  # what one scene says short or long moves to the next
        scenes.append(_section_scene(unit, scorer, max(8, left // (len(chosen) - k)), simple, doc))
        left -= len(scenes[-1].narration.split())
    used = {s.narration for s in scenes}
    scenes.append(_closing_scene(doc, title, closing_unit or _merged(body_units, title), scorer,
                                 max(closing_words, left + closing_words), simple, used, language))
    return PlanDraft(title, language, style_of(doc, prompt), scenes)


def short_title(title: str, max_words: int = 12) -> str:
    """A title fit for a title card: a long one is cut at its first separator, else after `max_words`."""
    words = " ".join(title.split())
    if len(words.split()) <= max_words:
        return words
    head = re.split(r"\s[—–-]\s|[:(|]|,\s", words)[0].strip()
    return head if 0 < len(head.split()) <= max_words else " ".join(words.split()[:max_words])


def _spoken(section: Section) -> bool:
    return len(section.text().split()) >= 4


def _merged(units: list[Section], title: str) -> Section:
    merged = Section(heading=title)
    for unit in units:
        merged.paragraphs += unit.paragraphs + ([unit.notes] if unit.notes else [])
        merged.bullets += unit.bullets
        merged.pictures += unit.pictures
        merged.page = unit.page if merged.page is None else merged.page
    return merged


def _candidates(section: Section) -> list[Sentence]:
    """Speaker notes when there are any (they are written to be said), else the section's text."""
    if section.notes.strip():
        source = sentences(section.notes)
    else:
        source = [s for p in section.paragraphs for s in sentences(p)]
        if len(source) < 2:
            source += [as_sentence(t) for _, t in section.bullets if len(t.split()) >= 3]
    return [Sentence(t, len(t.split()), i) for i, t in enumerate(source) if _prose(t)]


def _prose(text: str) -> bool:
    """Mostly words (not code, table cells or identifiers), so it can be read aloud."""
    tokens = text.split()
    wordy = sum(1 for t in tokens if t.strip(".,;:!?()\"'’“”").isalpha())
    return wordy >= 0.7 * len(tokens) and "::" not in text


def _choose_units(units: list[Section], count: int, scorer: Scorer, focus: list[str]) -> list[Section]:
    """The `count` most substantial sections in document order; long ones split when there are too few."""
    if count <= 0:
        return []
    pool = list(units)
    while len(pool) < count:
        longest = max(pool, key=lambda s: len(_candidates(s)), default=None)
        if longest is None or len(_candidates(longest)) < 4:
            break
        first, second = _split(longest)
        at = pool.index(longest)
        pool[at : at + 1] = [first, second]
    if len(pool) <= count:
        return pool

    def weight(section: Section) -> float:
        top = sorted((scorer.score(s) for s in _candidates(section)), reverse=True)[:3]
        bonus = 1.0 + 0.3 * bool(section.pictures) + 0.2 * (section.level <= 1)
        bonus *= 1.0 + 0.8 * len(set(focus).intersection(content_words(section.heading)))
        return sum(top) * bonus

    keep = sorted(sorted(pool, key=weight, reverse=True)[:count], key=pool.index)
    return keep


def _split(section: Section) -> tuple[Section, Section]:
    said = [s.text for s in _candidates(section)]
    half = len(said) // 2
    first = Section(section.heading, section.level, [" ".join(said[:half])], section.bullets[: len(section.bullets) // 2],
                    pictures=section.pictures[:1], page=section.page)
    second = Section(section.heading, section.level, [" ".join(said[half:])], section.bullets[len(section.bullets) // 2 :],
                     pictures=section.pictures[1:2], page=section.page)
    return first, second


def _key_points(section: Section, narration: list[Sentence]) -> list[str]:
    bullets = [key_phrase(t) for level, t in section.bullets if level == 0 and key_phrase(t)]
    points = bullets or [key_phrase(s.text) for s in narration]
    return list(dict.fromkeys(p for p in points if len(p.split()) >= 1))[:3]


def _section_scene(section: Section, scorer: Scorer, budget: int, simple: bool, doc: Document) -> PlannedScene:
    said = pick(_candidates(section), scorer, budget, simple)
    narration = " ".join(s.text for s in said)
    heading = section.heading.strip() or key_phrase(narration, 6) or "Overview"
    page = section.page if doc.kind == "pdf" and (doc.layout == "slide" or not section.pictures) else None
    return PlannedScene(heading, narration, _key_points(section, said), section.pictures[:2], page)


def _title_scene(doc: Document, title: str, units: list[Section], scorer: Scorer, budget: int,
                 simple: bool) -> PlannedScene:
    lead = units[0] if units else Section(heading=title)
    opener = as_sentence(title)
    rest = pick(_candidates(lead), scorer, max(0, budget - len(opener.split())), simple) if budget > 8 else []
    narration = " ".join([opener, *(s.text for s in rest[:1])])
    pictures = [] if doc.kind == "pdf" else (lead.pictures[:1] or ([0] if doc.pictures else []))
    points = [key_phrase(title, 8)] + ([key_phrase(rest[0].text)] if rest else [])
    return PlannedScene(title, narration, [p for p in points if p], pictures, 0 if doc.kind == "pdf" else None, "title")


def _closing_scene(doc: Document, title: str, section: Section, scorer: Scorer, budget: int, simple: bool,
                   used: set[str], language: str) -> PlannedScene:
    candidates = [s for s in _candidates(section) if s.text not in " ".join(used)]
    said = pick(candidates, scorer, budget, simple) if candidates else []
    narration = " ".join(s.text for s in said)
    heading = section.heading if CLOSING_HEADINGS.search(section.heading) else (
        "Key takeaway" if language == "en" else title)
    return PlannedScene(heading, narration, _key_points(Section(heading), said)[:2], [], None, "closing")


def style_of(doc: Document, prompt: str | None) -> dict:
    """Colours (most prominent first), fonts, tone (the prompt's, else the document kind's) and layout."""
    asked = [t for t in TONES if re.search(rf"\b{t}\b", prompt or "", re.IGNORECASE)]
    tone = asked[0] if asked else {"slide": "professional", "article": "informative"}.get(doc.layout, "informative")
    return {"colors": doc.colors[:6], "fonts": doc.fonts[:3] or ["Inter"], "tone": tone, "layout": doc.layout}
