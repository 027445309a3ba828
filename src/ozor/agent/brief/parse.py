"""Prompt → Brief: each finder reads one sort of fact, the most unambiguous first, and blanks it out
so later finders cannot read it again ("80s" is a decade before it could be a length, "$650,000" a
price before it could be a number, "Saturday" a date before it could be a name).
"""

from __future__ import annotations

import re

from ozor.agent.brief import asks, content, dates, duration, entities, money, numbers, style
from ozor.agent.brief.kinds import GENERIC, IMPLIED, OCCASION, PATTERNS, find_kind
from ozor.agent.brief.model import Brief, Fact, Kind
from ozor.agent.brief.text import fact, language_of, normalise, overlaps
from ozor.agent.knowledge.categories import GENERIC_ID, best_match, find_categories

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


def parse_brief(prompt: str) -> Brief:
    """Everything the prompt says, typed, with each fact's exact words (pure: no I/O after the first call)."""
    text = normalise(prompt)
    language = language_of(text)
    quoted = entities.find_quoted(text)
    plain = content.mask(text, quoted)  # "'Ventas en TikTok'" is a title, not a request for 9:16
    decades = duration.find_decades(plain)
    length = duration.find_length(plain, [d for d, _ in decades])
    aspect = duration.find_aspect(plain)
    links = entities.find_links(text)
    prices = [p for p in money.find_prices(plain) if not any(overlaps(p.fact, x) for x in links)]
    offers = money.find_offers(plain)
    times = [t for t in dates.find_times(plain) if not any(overlaps(t.fact, p.fact) for p in prices)]
    days = [d for d in dates.find_dates(plain) if not any(overlaps(d.fact, t.fact) for t in times)]
    colours = style.find_colours(plain)
    fixed = [
        *quoted,
        *links,
        *(p.fact for p in prices),
        *offers,
        *(t.fact for t in times),
        *(d.fact for d in days),
        *(d for d, _ in decades),
    ]
    fixed += [f for f in (length[1] if length else None, aspect[1] if aspect else None) if f is not None]
    looks, style_words = style.find_looks(content.mask(text, fixed + [c.fact for c in colours]))
    if decades and "retro" not in looks:
        looks.append("retro")
    audience = asks.find_audience(content.mask(text, fixed), language)
    cta = asks.find_cta(text)
    said = fixed + [f for f in (audience, cta) if f is not None]
    said_masked = content.mask(text, said)
    matches = find_categories(said_masked, language)
    kind_spans = [m.span() for p in PATTERNS.values() for m in p.finditer(text)]
    places = entities.find_places(content.mask(text, said + style_words), said, frozenset())
    heads = [(m.start, m.end, m.category.group) for m in matches]
    names = sorted(
        [*quoted, *entities.find_names(text, language, said + places + style_words, heads)],
        key=lambda f: f.start,
    )
    quantities = numbers.find_quantities(text, fixed + names)
    outside = [m for m in matches if not any(n.start <= m.start < n.end for n in names)]
    match = best_match(outside, language, said_masked)  # the subject: never a word of a name
    named_match = match or best_match(matches, language, said_masked)  # "Green Leaf Yoga" is still yoga
    category = named_match.category if named_match else None
    occasion = next(
        (
            fact("occasion", m)
            for m in OCCASION.finditer(text)
            if not any(overlaps(Fact("occasion", "", *m.span()), f) for f in said)
        ),
        None,
    )
    named = find_kind(text)
    kind: Kind = named[0] if named else category.kind if category else "ad"
    if named and named[0] in GENERIC and category and category.kind in IMPLIED:
        kind = category.kind  # "an ad for a 3 bedroom house" is a listing
    after = named[1] if named else 0
    everything = said + places + names
    subject_mask = content.mask(text, everything + [Fact("topic", "", s, e) for s, e in kind_spans])
    subject = (
        content.subject_around(text, subject_mask, match, language)
        if match
        else content.subject_after_lead(text, subject_mask, after)
    )
    topic = points = None
    if kind in ("explainer", "tutorial"):
        topic = content.find_topic(
            text, content.mask(text, [f for f in everything if f.role != "name"]), after
        )
        points = content.find_points(text, content.mask(text, said + style_words), COUNTED)
        if subject is None:
            subject = topic
    counted = numbers.count_before(text, COUNTED)
    unnamed = [f for f in everything if f.role != "name"] + [f for f in (subject, occasion) if f is not None]
    masked = content.mask(text, unnamed + style_words + [c.fact for c in colours if c.role != "any"])
    features = [] if points else content.find_features(text, masked, subject)
    features = [f for f in features if f.text not in {n.text for n in names}]
    if kind == "comparison":
        features = content.find_compared(text, said_masked) + features
    features = [f for f in features if not (topic and overlaps(f, topic))]
    return Brief(
        prompt=text,
        language=language,
        kind=kind,
        kind_stated=named is not None,
        subject=subject,
        category=category.id if category else GENERIC_ID,
        names=tuple(names),
        features=tuple(features),
        points=tuple(points or ()),
        step_count=counted[0] if counted else (len(points) if points else None),
        topic=topic,
        occasion=occasion,
        quantities=tuple(quantities),
        prices=tuple(prices),
        offers=tuple(offers),
        dates=tuple(days),
        times=tuple(times),
        places=tuple(places),
        links=tuple(links),
        audience=audience,
        cta=cta,
        looks=tuple(looks),
        style_words=tuple(sorted([*style_words, *(d for d, _ in decades)], key=lambda f: f.start)),
        decade=decades[0][1] if decades else None,
        colours=tuple(colours),
        seconds=length[0] if length else None,
        duration=length[1] if length else None,
        aspect=aspect[0] if aspect else None,
        aspect_words=aspect[1] if aspect else None,
        mood=style.find_mood(text),
        narration=not SILENT.search(text),
        music=not NO_MUSIC.search(text),
        wants_logo=bool(LOGO.search(text)),
    )
