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

from ozor.design.reading import SPEAKING_WORDS_PER_SEC
from ozor.documents import speakable
from ozor.documents.extract.model import DATA, PROSE, Document, Section
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
from ozor.documents.titles import headline
from ozor.voices.language import language_of

SEC_PER_SCENE = 6.5
TITLE_WORDS = 14
CLOSING_WORDS = 16
OWN_TITLE_WORDS = 7  # a part's title from its key sentence: its first clause, when no longer
ENUMERATOR = re.compile(r"^\s*(\(?[a-z0-9]{1,2}\)|[a-z0-9]{1,2}[.)])\s+", re.I)  # "(a) Brown bear"
WORDS = re.compile(r"[^\W\d_]{3,}")
TINY_WORDS = 4  # a scene saying fewer words ("1.", "Really?") joins its neighbour
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
    focus = [w for w in content_words(prompt or "") if w not in TONES and w not in STOPWORDS]
    simple = bool(SIMPLE_AUDIENCE.search(prompt or ""))
    scorer = Scorer(text, focus)
    known = short_title(doc.title)
    count = max(1, min(100, round(target_sec / SEC_PER_SCENE)))
    budget = round(target_sec * SPEAKING_WORDS_PER_SEC)
    units = [
        s
        for s in doc.sections
        if not SKIP_HEADINGS.search(s.heading.strip()) and speakable.candidates(s, True)
    ]
    if not units:
        units = [s for s in doc.sections if speakable.candidates(s, True)]
    units = speakable.distinct(units)
    everything = [c for unit in units for c in speakable.candidates(unit, True)]
    # Without a title of its own, the document is named by its key phrase; its file name comes last.
    title = known or headline(everything, scorer.frequency) or fallback_title
    spoken = sum(c.words for c in everything)
    if spoken <= budget * FITS:
        scenes = _whole(units, count, budget, doc, title, scorer)
        if known and scenes and speakable.key(known) not in speakable.key(scenes[0].narration):
            scenes[0].narration = f"{as_sentence(known)} {scenes[0].narration}"  # the document's own title
    else:
        scenes = _summary(doc, units, count, budget, title, bool(known), scorer, simple)
    scenes = [s for s in scenes if s.narration.strip()]  # a scene with nothing to say is filler
    if doc.kind != "pptx" and doc.layout != "slide":  # a slide is shown, its own scene however short
        scenes = _join_tiny(scenes)
    if not scenes:  # no sentence anywhere: say what text there is, else the title
        said = clean(" ".join(s.text() for s in doc.sections)) or title
        pictures = [0] if doc.pictures else []
        scenes = [PlannedScene(title, as_sentence(said), speakable.points([said]), pictures, _page(doc, 0))]
    scenes[0].kind, scenes[0].title = "title", title
    for scene in scenes:
        scene.title = scene.title or title  # a section with nothing topical to name it by
    _show_once(scenes, doc)
    # The language of the text the plan draws on (not of sections it leaves out, tables or chart
    # labels), told only from enough of it; else the prompt's.
    language = language_of(" ".join(s.text for s in everything if not s.data), prompt)
    return PlanDraft(title, language, style_of(doc, prompt), scenes)


def _join_tiny(scenes: list[PlannedScene]) -> list[PlannedScene]:
    """A scene with almost nothing to say ("1.", "Really?") is no scene of its own: it would fall back
    to a title already shown. It joins the previous scene, else the next, so every sentence is still
    said in order; a document that short in all is left as it is."""
    joined: list[PlannedScene] = []
    for scene in scenes:
        if joined and len(scene.narration.split()) < TINY_WORDS:
            _absorb(joined[-1], scene)
        elif joined and len(joined[-1].narration.split()) < TINY_WORDS:
            _absorb(joined[-1], scene)
            joined[-1].title, joined[-1].kind = scene.title, scene.kind
        else:
            joined.append(scene)
    return joined


def _absorb(first: PlannedScene, then: PlannedScene) -> None:
    """`then` said after `first`, in it: the fuller scene's points shown (a lone "1." is no point),
    both scenes' pictures while there is room, `first`'s page else `then`'s."""
    fuller, other = sorted((first, then), key=lambda s: len(s.narration.split()), reverse=True)
    first.key_points = fuller.key_points or other.key_points
    first.narration = f"{first.narration} {then.narration}"
    first.pictures = list(dict.fromkeys(first.pictures + then.pictures))[:2]
    first.page = first.page if first.page is not None else then.page


def _show_once(scenes: list[PlannedScene], doc: Document) -> None:
    """Each page render and picture shown once: a later scene on the same page or with the same
    picture does without it (its points make a text card, else its title does), unless nothing else
    exists: it has no points and the document no pictures."""
    pages: set[int] = set()
    pictures: set[int] = set()
    for scene in scenes:
        scene.pictures = [p for p in scene.pictures if p not in pictures]
        if scene.page in pages and (scene.pictures or scene.key_points or doc.pictures):
            scene.page = None
        if scene.page is not None:
            pages.add(scene.page)
        pictures.update(scene.pictures)


def short_title(title: str, max_words: int = 12) -> str:
    """A title fit for a title card: a long one is cut at its first separator, else after `max_words`."""
    words = " ".join(title.split())
    if len(words.split()) <= max_words:
        return words
    head = re.split(r"\s[—–-]\s|[:(|]|,\s", words)[0].strip()
    return head if 0 < len(head.split()) <= max_words else " ".join(words.split()[:max_words])


def _whole(
    units: list[Section], count: int, budget: int, doc: Document, title: str, scorer: Scorer
) -> list[PlannedScene]:
    """Every sentence said once, in order: one scene per section, a section too long for one scene
    split by its length, the smallest neighbours merged while there are more sections than scenes."""
    per_scene = max(budget / count, SEC_PER_SCENE * SPEAKING_WORDS_PER_SEC)
    groups = [[part] for unit in units for part in _parts(unit, per_scene)]
    size = [sum(c.words for c in speakable.candidates(group[0], True)) for group in groups]
    while len(groups) > count:
        i = min(range(len(groups) - 1), key=lambda k: size[k] + size[k + 1])
        groups[i : i + 2] = [groups[i] + groups[i + 1]]
        size[i : i + 2] = [size[i] + size[i + 1]]
    scenes = []
    used: set[str] = set()
    titles = {title.casefold()}  # each title on screen once
    for k, group in enumerate(groups):
        said = speakable.unused([c for unit in group for c in speakable.candidates(unit, True)], used)
        heading = next((u.heading.strip() for u in group if u.heading.strip()), "")
        kind = (
            "closing" if k == len(groups) - 1 and k >= 2 and CLOSING_HEADINGS.search(heading) else "section"
        )
        named = heading or title if k == 0 else _named(heading, said, scorer, titles)
        bullets = [t for unit in group for level, t in unit.bullets if level == 0]
        scenes.append(PlannedScene(
            named or title, " ".join(s.text for s in said),
            speakable.points(bullets or _shown(said)), [p for u in group for p in u.pictures][:2],
            _page(doc, group[0].page, bool(group[0].pictures)), kind,
        ))  # fmt: skip
    return scenes


def _named(heading: str, said: list[Sentence], scorer: Scorer, titles: set[str]) -> str:
    """A scene's title, each on screen once (`titles`: those shown, to which it is added): its
    heading, else its key phrase; when that heading is already shown (the later parts of a long
    section, "Example document" five times over) a title from what this part says."""
    if heading and heading.casefold() not in titles:
        name = heading
    else:
        phrase = headline(said, scorer.frequency)
        fresh = not heading and phrase.casefold() not in titles
        name = phrase if fresh else _own_title(said, scorer, titles)
    titles.add(name.casefold())
    return name


def _own_title(said: list[Sentence], scorer: Scorer, taken: set[str]) -> str:
    """A title from what a scene says, none already shown: its key phrase when that is two words or
    more, else its key sentence's first clause when whole and short (a lone "Idea" or "Special" says
    little; "This sort of practice" is a sentence cut off), else its key word ("" when none is left)."""
    phrase = headline(said, scorer.frequency, frozenset(taken))
    if len(phrase.split()) >= 2:
        return phrase
    prose = [s.text for s in sorted((s for s in said if not s.data), key=scorer.score, reverse=True)]
    cells = [cell for s in said if s.data for cell in s.text.rstrip(".").split("; ")]  # captions, labels
    for text in [*prose, *cells]:  # the key sentence first, a table's or figure's cells last
        clause = key_phrase(ENUMERATOR.sub("", text), max_words=len(text.split()))
        whole = len(clause.split()) <= OWN_TITLE_WORDS
        if whole and len(set(WORDS.findall(clause.casefold()))) >= 2 and clause.casefold() not in taken:
            return clause
    return phrase


def _parts(section: Section, per_scene: float) -> list[Section]:
    """The section as scenes by the length of its text: whole when it fits one scene (a tenth over
    is fine), else cut between sentences into parts of about `per_scene` words."""
    said = speakable.candidates(section, True)
    words = sum(s.words for s in said)
    count = min(len(said), max(2, round(words / per_scene)))
    if words <= per_scene * 1.1 or count < 2:
        return [section]
    chunks: list[list[Sentence]] = [[]]
    running = 0
    for sentence in said:
        if chunks[-1] and running + sentence.words / 2 > words * len(chunks) / count:
            chunks.append([])
        chunks[-1].append(sentence)
        running += sentence.words
    return [_part(section, chunk, k, len(chunks)) for k, chunk in enumerate(chunks)]


def _part(section: Section, said: list[Sentence], k: int, parts: int) -> Section:
    """Part `k` of `parts` of a section: its heading and page, those sentences, a share of its pictures."""
    part = Section(section.heading, section.level, pictures=section.pictures[k::parts], page=section.page)
    for sentence in said:
        part.say(sentence.text, level=DATA if sentence.data else PROSE)
    return part


def _summary(
    doc: Document,
    units: list[Section],
    count: int,
    budget: int,
    title: str,
    titled: bool,
    scorer: Scorer,
    simple: bool,
) -> list[PlannedScene]:
    """The document's best sentences to the word budget: title scene, key sections, takeaway."""
    used: set[str] = set()
    if count == 1:
        scene = _section_scene(_merged(units, title), scorer, budget, simple, doc, used, set())
        return [scene]
    closing_unit = next((s for s in reversed(units) if CLOSING_HEADINGS.search(s.heading)), None)
    body_units = [s for s in units if s is not closing_unit]
    chosen = _choose_units(
        body_units, max(0, count - 2) if count >= 3 else 0, scorer, focus=list(scorer.focus)
    )
    title_words = min(TITLE_WORDS, budget // count)
    closing_words = min(CLOSING_WORDS, budget // count)
    scenes = [_title_scene(doc, title, titled, units, scorer, title_words, simple, used)]
    titles = {title.casefold()}
    left = budget - len(scenes[0].narration.split()) - closing_words
    for k, unit in enumerate(chosen):  # what one scene says short or long moves to the next
        room = max(8, left // (len(chosen) - k))
        scenes.append(_section_scene(unit, scorer, room, simple, doc, used, titles))
        left -= len(scenes[-1].narration.split())
    closing = closing_unit or _merged(body_units, title)
    said = pick(  # a takeaway is the document's statement, never a table row or chart labels
        [s for s in speakable.unused(speakable.candidates(closing), used) if not s.data],
        scorer,
        max(closing_words, left + closing_words),
        simple,
    )
    heading = closing.heading if CLOSING_HEADINGS.search(closing.heading) else ""
    narration = " ".join(s.text for s in said)
    scenes.append(
        PlannedScene(
            _named(heading, said, scorer, titles) or title,
            narration,
            speakable.points(_shown(said))[:2],
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
            if level < 0:
                merged.say(text, level=level)
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
    said = speakable.candidates(section)
    half = len(said) // 2
    return _part(section, said[:half], 0, 2), _part(section, said[half:], 1, 2)


def _shown(said: list[Sentence]) -> list[str]:
    """What of a scene's sentences may be shown as its points: not table rows or chart labels."""
    return [s.text for s in said if not s.data]


def _page(doc: Document, page: int | None, has_pictures: bool = False) -> int | None:
    """The source page or slide to show: slides always, a document's page when it has no pictures."""
    if doc.kind == "pptx" or (doc.kind == "pdf" and (doc.layout == "slide" or not has_pictures)):
        return page
    return None


def _section_scene(
    section: Section,
    scorer: Scorer,
    budget: int,
    simple: bool,
    doc: Document,
    used: set[str],
    titles: set[str],
) -> PlannedScene:
    said = pick(speakable.unused(speakable.candidates(section), set(used)), scorer, budget, simple)
    used.update(speakable.key(s.text) for s in said)
    bullets = [t for level, t in section.bullets if level == 0]
    return PlannedScene(
        _named(section.heading.strip(), said, scorer, titles),
        " ".join(s.text for s in said),
        speakable.points(bullets or _shown(said)),
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
        pick(
            [s for s in speakable.unused(speakable.candidates(lead), set(used)) if not s.data],
            scorer,
            room,
            simple,
        )[:1]
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
