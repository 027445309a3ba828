"""Prompt → Brief: each finder reads one sort of fact, the most unambiguous first, and blanks it out
so later finders cannot read it again ("80s" is a decade before it could be a length, "$650,000" a
price before it could be a number, "Saturday" a date before it could be a name).
"""

from __future__ import annotations

import re

from ozor.agent.brief import asks, content, numbers, style
from ozor.agent.brief.about import About, read_about
from ozor.agent.brief.kinds import GENERIC, IMPLIED, PATTERNS, find_kind
from ozor.agent.brief.model import Brief, Fact, Kind, Language
from ozor.agent.brief.surface import Surface, read_surface
from ozor.agent.brief.text import language_of, normalise, overlaps
from ozor.agent.knowledge.categories import GENERIC_ID
from ozor.agent.knowledge.matcher import Match

COUNTED = (
    r"steps?|tips?|(?:key )?facts?|things|ways|reasons|points|ideas|lessons|rules|habits|mistakes|"
    r"pasos|consejos|datos|claves|razones|ideas|errores|hábitos|schritte[n]?|tipps|fakten|gründe|ideen|"
    r"fehler|regeln"
)
SILENT = re.compile(
    r"\b(?:no|without|sin|ohne|keine?)\s+(?:voice[\s-]?over|narration|narrator|voice|locución|voz|"
    r"sprecher|erzähler|stimme)|\bmusic only\b|\bsilent\b|\bsolo música\b|\bnur musik\b",
    re.I,
)
NO_MUSIC = re.compile(r"\b(?:no|without|sin|ohne|keine)\s+(?:background\s+)?(?:music|música|musik)\b", re.I)
LOGO = re.compile(r"\b(?:logo|logotipo)\b", re.I)
EXPLAINS = ("explainer", "tutorial")


def parse_brief(prompt: str) -> Brief:
    """Everything the prompt says, typed, with each fact's exact words (pure: no I/O after the first call)."""
    text = normalise(prompt)
    language = language_of(text)
    surface = read_surface(text)
    fixed = surface.consumed()
    voice = style.find_voice(text)  # "a warm voice" asks for a voice, not a warm look
    heard = [voice] if voice else []
    looks, style_words = style.find_looks(
        content.mask(text, fixed + heard + [c.fact for c in surface.colours]), language
    )
    if surface.decades and "retro" not in looks:
        looks.append("retro")
    audience = asks.find_audience(content.mask(text, fixed), language)
    cta = asks.find_cta(text)
    said = fixed + heard + [f for f in (audience, cta) if f is not None]
    about = read_about(text, language, said, style_words)
    names = sorted([*(q for q in surface.quoted if q.role == "name"), *about.names], key=lambda f: f.start)
    quantities = numbers.find_quantities(text, fixed + names)
    named = find_kind(text)
    kind: Kind = named[0] if named else about.category.kind if about.category else "ad"
    if named and named[0] in GENERIC and about.category and about.category.kind in IMPLIED:
        kind = about.category.kind  # "an ad for a 3 bedroom house" is a listing
    everything = said + about.places + names + ([about.occasion] if about.occasion else [])
    subject, topic = _subject(
        text, language, kind, named[1] if named else 0, everything + [q.fact for q in quantities], about
    )
    points: list[Fact] = []
    if kind in EXPLAINS:
        points = content.find_points(text, content.mask(text, said + style_words), COUNTED)
        points = points or (content.more_questions(text, topic) if topic else [])
    counted = numbers.count_before(text, COUNTED)
    features = [] if points else _features(text, kind, surface, everything, style_words, subject, names)
    features = [f for f in features if not (topic and overlaps(f, topic))]
    features = [f for f in features if f.text.lower() not in {q.fact.text.lower() for q in quantities}]
    return Brief(
        prompt=text,
        language=language,
        kind=kind,
        kind_stated=named is not None,
        subject=subject,
        category=about.category.id if about.category else GENERIC_ID,
        names=tuple(names),
        quotes=tuple(q for q in surface.quoted if q.role == "quote"),
        features=tuple(features),
        points=tuple(points),
        step_count=counted[0] if counted else (len(points) if points else None),
        topic=topic,
        occasion=about.occasion,
        quantities=tuple(quantities),
        prices=tuple(surface.prices),
        offers=tuple(surface.offers),
        dates=tuple(surface.days),
        times=tuple(surface.times),
        places=tuple(about.places),
        links=tuple(surface.links),
        audience=audience,
        cta=cta,
        looks=tuple(looks),
        style_words=tuple(sorted([*style_words, *(d for d, _ in surface.decades)], key=lambda f: f.start)),
        decade=surface.decades[0][1] if surface.decades else None,
        colours=tuple(surface.colours),
        seconds=surface.length[0] if surface.length else None,
        duration=surface.length[1] if surface.length else None,
        aspect=surface.aspect[0] if surface.aspect else None,
        aspect_words=surface.aspect[1] if surface.aspect else None,
        mood=style.find_mood(text),
        voice=voice,
        narration=not SILENT.search(text),
        music=not NO_MUSIC.search(text),
        wants_logo=bool(LOGO.search(text)),
    )


def _subject(
    text: str, language: Language, kind: Kind, after: int, everything: list[Fact], about: About
) -> tuple[Fact | None, Fact | None]:
    """(subject, topic): an explainer's subject comes from its question when it has one."""
    kind_spans = [Fact("topic", "", *m.span()) for p in PATTERNS.values() for m in p.finditer(text)]
    masked = content.mask(text, everything + kind_spans)
    topic = None
    match = about.subject_match
    if kind in EXPLAINS:
        unnamed = [f for f in everything if f.role not in ("name", "occasion", "number")]
        topic = content.find_topic(text, content.mask(text, unnamed), after)
        if topic and match and not topic.start <= match.start < topic.end:
            match = None  # "… in the app" at the end is not what a tutorial teaches
    occasion = about.occasion
    if match and occasion and occasion.start <= match.start < occasion.end:
        # the occasion is the subject ("free coding workshop", "New Year's Eve"): read it whole
        bare = content.mask(text, [f for f in everything if f is not occasion] + kind_spans)
        span = (min(match.start, occasion.start), max(match.end, occasion.end))
        subject: Fact | None = content.subject_around(
            text, bare, Match(match.category, *span, match.keyword), language
        )
    elif match:  # numbers may qualify the thing: "4-bedroom villa"
        unnumbered = content.mask(text, [f for f in everything if f.role != "number"] + kind_spans)
        subject = content.subject_around(text, unnumbered, match, language)
    else:
        subject = (
            content.strip_question(topic)
            if topic
            else content.subject_after_lead(text, masked, after, [f for f in everything if f.role == "name"])
        )
    return subject, topic


def _features(
    text: str,
    kind: Kind,
    surface: Surface,
    everything: list[Fact],
    style_words: list[Fact],
    subject: Fact | None,
    names: list[Fact],
) -> list[Fact]:
    """The product's own points, with anything already read (and the look) blanked out."""
    colour_roles = [c.fact for c in surface.colours if c.role != "any"]
    # names and prices stay readable: "Slack integration" and "every pizza €5" are features
    kept = [f for f in everything if f.role not in ("name", "price", "date", "time")]
    masked = content.mask(text, kept + style_words + colour_roles + ([subject] if subject else []))
    features = content.find_features(text, masked, subject)
    if kind == "comparison":
        compared = content.find_compared(text, content.mask(text, surface.consumed()))
        features = compared + [f for f in features if not any(overlaps(f, c) for c in compared)]
    said = {c.fact.text.lower() for c in surface.colours} | {n.text.lower() for n in names}
    said |= {p.fact.text.lower() for p in surface.prices} | {d.fact.text.lower() for d in surface.days}
    said |= {t.fact.text.lower() for t in surface.times}

    out: list[Fact] = []
    for f in features:
        for n in names:  # "Sonnenschein" of "Bäckerei Sonnenschein" is no feature; what follows it may be
            opens_clause = n.start == f.start and len(f.text.split()) > len(n.text.split()) + 2
            if n.start < f.start < n.end or opens_clause:  # "Riverside Dental now offers …": after the name
                f = content.trimmed(text, "feature", n.end, f.end) or Fact("feature", "", f.start, f.start)
        if f.text and f.text.lower() not in said:
            out.append(f)
    return out
