"""Document → plan: the document-video storyboard of VISUAL.md, narration drawn from the document's
own sentences to the target length, and the document's style.

Two regimes. A document whose speakable text fits the target duration is told whole: one scene per
section or slide (adjacent small ones merged down to the scene count), each of its sentences said
once, in order. A longer one is summarised: a title scene, the most substantial sections (long ones
split), a closing takeaway, each narrated with the document's best sentences to the word budget.
Either way a scene with nothing to say is left out (no filler), titles come from the document's
headings, and nothing is invented.

Pure: takes an extracted Document, returns scenes that name the pictures they show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ozor.documents import speakable
from ozor.documents.extract.model import PROSE, Document, Section
from ozor.documents.summarize import (
    STOPWORDS,
    Scorer,
    Sentence,
    as_sentence,
    clean,
    content_words,
    key_phrase,
    pick,
)
from ozor.voices.language import language_of

WORDS_PER_SEC = 2.5
SEC_PER_SCENE = 6.5
TITLE_WORDS = 14
CLOSING_WORDS = 16
FITS = 1.2  # a document up to 20 % over the word budget is still told whole (the budget's tolerance)
SKIP_HEADINGS = re.compile(
    r"^(table of )?contents$|^references?$|^bibliography$|^copyright|^acknowledg|^abbreviations|^index$|"
    r"^appendix|^inhaltsverzeichnis$|^literatur|^sommaire$|^índice$|^disclaimer",
    re.IGNORECASE,
)
CLOSING_HEADINGS = re.compile(
    r"conclu|summary|takeaway|wrap.?up|next steps|outlook|fazit|zusammenfassung|résumé|resumen|in short",
    re.IGNORECASE,
)
TONES = (
    "professional",
    "formal",
    "casual",
    "friendly",
    "playful",
    "energetic",
    "calm",
    "inspirational",
    "serious",
    "informative",
    "enthusiastic",
    "conversational",
    "authoritative",
    "warm",
    "academic",
)
SIMPLE_AUDIENCE = re.compile(
    r"\b(kids|children|beginners?|students|simple|plain language|non-?experts?)\b", re.I
)


@dataclass
class PlannedScene:
    title: str
    narration: str
    key_points: list[str]
    pictures: list[int] = field(default_factory=list)  # indices into Document.pictures
    page: int | None = None  # a page or slide of the source to render and show
    kind: str = "section"  # title | section | closing


@dataclass
class PlanDraft:
    title: str
    language: str
    style: dict
    scenes: list[PlannedScene]


def plan_document(doc: Document, *, target_sec: int, prompt: str | None, fallback_title: str) -> PlanDraft:
    text = doc.text()
    language = language_of(text, prompt)
    focus = [w for w in content_words(prompt or "") if w not in TONES and w not in STOPWORDS]
    simple = bool(SIMPLE_AUDIENCE.search(prompt or ""))
    scorer = Scorer(text, focus)
    known = short_title(doc.title)
    title = known or fallback_title
    count = max(1, min(100, round(target_sec / SEC_PER_SCENE)))
    budget = round(target_sec * WORDS_PER_SEC)
    units = [
        s
        for s in doc.sections
        if not SKIP_HEADINGS.search(s.heading.strip()) and speakable.candidates(s, True)
    ]
    if not units:
        units = [s for s in doc.sections if speakable.candidates(s, True)]
    units = speakable.distinct(units)
    spoken = sum(c.words for unit in units for c in speakable.candidates(unit, True))
    if spoken <= budget * FITS:
        scenes = _whole(units, count, doc, title)
        if known and scenes and speakable.key(known) not in speakable.key(scenes[0].narration):
            scenes[0].narration = f"{as_sentence(known)} {scenes[0].narration}"  # the document's own title
    else:
        scenes = _summary(doc, units, count, budget, title, bool(known), scorer, simple, language)
    scenes = [s for s in scenes if s.narration.strip()]  # a scene with nothing to say is filler
    if not scenes:  # no sentence anywhere: say what text there is, else the title
        said = clean(" ".join(s.text() for s in doc.sections)) or title
        pictures = [0] if doc.pictures else []
        scenes = [PlannedScene(title, as_sentence(said), speakable.points([said]), pictures, _page(doc, 0))]
    scenes[0].kind, scenes[0].title = "title", title
    return PlanDraft(title, language, style_of(doc, prompt), scenes)


def short_title(title: str, max_words: int = 12) -> str:
    """A title fit for a title card: a long one is cut at its first separator, else after `max_words`."""
    words = " ".join(title.split())
    if len(words.split()) <= max_words:
        return words
    head = re.split(r"\s[—–-]\s|[:(|]|,\s", words)[0].strip()
    return head if 0 < len(head.split()) <= max_words else " ".join(words.split()[:max_words])


def _whole(units: list[Section], count: int, doc: Document, title: str) -> list[PlannedScene]:
    """Every sentence said once, in order: one scene per section, the smallest neighbours merged
    while there are more sections than scenes."""
    groups = [[unit] for unit in units]
    size = [sum(c.words for c in speakable.candidates(unit, True)) for unit in units]
    while len(groups) > count:
        i = min(range(len(groups) - 1), key=lambda k: size[k] + size[k + 1])
        groups[i : i + 2] = [groups[i] + groups[i + 1]]
        size[i : i + 2] = [size[i] + size[i + 1]]
    scenes = []
    used: set[str] = set()
    for k, group in enumerate(groups):
        said = speakable.unused([c for unit in group for c in speakable.candidates(unit, True)], used)
        heading = next((u.heading.strip() for u in group if u.heading.strip()), "")
        kind = (
            "closing" if k == len(groups) - 1 and k >= 2 and CLOSING_HEADINGS.search(heading) else "section"
        )
        bullets = [t for unit in group for level, t in unit.bullets if level == 0]
        scenes.append(PlannedScene(
            heading or (title if k == 0 else _title_from(said)), " ".join(s.text for s in said),
            speakable.points(bullets or [s.text for s in said]), [p for u in group for p in u.pictures][:2],
            _page(doc, group[0].page, bool(group[0].pictures)), kind,
        ))  # fmt: skip
    return scenes


def _summary(
    doc: Document,
    units: list[Section],
    count: int,
    budget: int,
    title: str,
    titled: bool,
    scorer: Scorer,
    simple: bool,
    language: str,
) -> list[PlannedScene]:
    """The document's best sentences to the word budget: title scene, key sections, takeaway."""
    used: set[str] = set()
    if count == 1:
        scene = _section_scene(_merged(units, title), scorer, budget, simple, doc, used)
        return [scene]
    closing_unit = next((s for s in reversed(units) if CLOSING_HEADINGS.search(s.heading)), None)
    body_units = [s for s in units if s is not closing_unit]
    chosen = _choose_units(
        body_units, max(0, count - 2) if count >= 3 else 0, scorer, focus=list(scorer.focus)
    )
    title_words = min(TITLE_WORDS, budget // count)
    closing_words = min(CLOSING_WORDS, budget // count)
    scenes = [_title_scene(doc, title, titled, units, scorer, title_words, simple, used)]
    left = budget - len(scenes[0].narration.split()) - closing_words
    for k, unit in enumerate(chosen):  # what one scene says short or long moves to the next
        scenes.append(_section_scene(unit, scorer, max(8, left // (len(chosen) - k)), simple, doc, used))
        left -= len(scenes[-1].narration.split())
    closing = closing_unit or _merged(body_units, title)
    said = pick(
        speakable.unused(speakable.candidates(closing), used),
        scorer,
        max(closing_words, left + closing_words),
        simple,
    )
    heading = closing.heading if CLOSING_HEADINGS.search(closing.heading) else ""
    narration = " ".join(s.text for s in said)
    scenes.append(
        PlannedScene(
            heading or _title_from(said),
            narration,
            speakable.points([s.text for s in said])[:2],
            [],
            None,
            "closing",
        )
    )
    return scenes


def _merged(units: list[Section], title: str) -> Section:
    merged = Section(heading=title)
    for unit in units:
        for level, text in unit.in_order():
            if level == PROSE:
                merged.say(text)
            else:
                merged.item(level, text)
        if unit.notes:
            merged.say(unit.notes)
        merged.pictures += unit.pictures
        merged.page = unit.page if merged.page is None else merged.page
    return merged


def _choose_units(units: list[Section], count: int, scorer: Scorer, focus: list[str]) -> list[Section]:
    """The `count` most substantial sections in document order; long ones split when there are too few."""
    if count <= 0:
        return []
    pool = list(units)
    while len(pool) < count:
        longest = max(pool, key=lambda s: len(speakable.candidates(s)), default=None)
        if longest is None or len(speakable.candidates(longest)) < 4:
            break
        at = pool.index(longest)
        pool[at : at + 1] = list(_split(longest))
    if len(pool) <= count:
        return pool

    def weight(section: Section) -> float:
        top = sorted((scorer.score(s) for s in speakable.candidates(section)), reverse=True)[:3]
        bonus = 1.0 + 0.3 * bool(section.pictures) + 0.2 * (section.level <= 1)
        bonus *= 1.0 + 0.8 * len(set(focus).intersection(content_words(section.heading)))
        return sum(top) * bonus

    return sorted(sorted(pool, key=weight, reverse=True)[:count], key=pool.index)


def _split(section: Section) -> tuple[Section, Section]:
    said = [s.text for s in speakable.candidates(section)]
    half = len(said) // 2
    first = Section(
        section.heading,
        section.level,
        [" ".join(said[:half])],
        pictures=section.pictures[:1],
        page=section.page,
    )
    second = Section(
        section.heading,
        section.level,
        [" ".join(said[half:])],
        pictures=section.pictures[1:2],
        page=section.page,
    )
    return first, second


def _title_from(said: list[Sentence]) -> str:
    """A title for a section without a heading: the opening words of what it says."""
    return key_phrase(said[0].text, 6) if said else ""


def _page(doc: Document, page: int | None, has_pictures: bool = False) -> int | None:
    """The source page or slide to show: slides always, a document's page when it has no pictures."""
    if doc.kind == "pptx" or (doc.kind == "pdf" and (doc.layout == "slide" or not has_pictures)):
        return page
    return None


def _section_scene(
    section: Section, scorer: Scorer, budget: int, simple: bool, doc: Document, used: set[str]
) -> PlannedScene:
    said = pick(speakable.unused(speakable.candidates(section), set(used)), scorer, budget, simple)
    used.update(speakable.key(s.text) for s in said)
    bullets = [t for level, t in section.bullets if level == 0]
    return PlannedScene(
        section.heading.strip() or _title_from(said),
        " ".join(s.text for s in said),
        speakable.points(bullets or [s.text for s in said]),
        section.pictures[:2],
        _page(doc, section.page, bool(section.pictures)),
    )


def _title_scene(
    doc: Document,
    title: str,
    titled: bool,
    units: list[Section],
    scorer: Scorer,
    budget: int,
    simple: bool,
    used: set[str],
) -> PlannedScene:
    """The document's title, said when it is the document's own (never its file name), then its
    opening sentence."""
    lead = units[0] if units else Section(heading=title)
    opener = as_sentence(title) if titled else ""
    room = max(0, budget - len(opener.split()))
    rest = (
        pick(speakable.unused(speakable.candidates(lead), set(used)), scorer, room, simple)[:1]
        if room > 4 or not opener
        else []
    )
    used.update(speakable.key(s.text) for s in rest)
    narration = " ".join([opener, *(s.text for s in rest)]).strip()
    pictures = [] if doc.kind == "pdf" else (lead.pictures[:1] or ([0] if doc.pictures else []))
    points = speakable.points([title, *(s.text for s in rest)])
    return PlannedScene(title, narration, points, pictures, _page(doc, 0), "title")


def style_of(doc: Document, prompt: str | None) -> dict:
    """Colours (most prominent first), fonts, tone (the prompt's, else the document kind's) and layout."""
    asked = [t for t in TONES if re.search(rf"\b{t}\b", prompt or "", re.IGNORECASE)]
    tone = (
        asked[0]
        if asked
        else {"slide": "professional", "article": "informative"}.get(doc.layout, "informative")
    )
    return {"colors": doc.colors[:6], "fonts": doc.fonts[:3] or ["Inter"], "tone": tone, "layout": doc.layout}
