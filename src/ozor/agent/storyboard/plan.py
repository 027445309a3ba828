"""The storyboard of a brief, sized to its length: which beats, in what order, and how long each lasts.

VISUAL.md's storyboards by kind, filled with the prompt's facts: every fact gets a beat or a line;
the category's copy fills only what the prompt leaves open; when the length cannot hold every beat,
the category's copy goes first, then the extra lines, then whole beats, and the facts that went are
named so the reply can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ozor.agent.brief.model import Brief, Fact
from ozor.agent.brief.parse import COUNTED
from ozor.agent.knowledge.categories import GENERIC_ID, Category
from ozor.agent.storyboard import beats as b
from ozor.agent.storyboard.beats import Beat, Story
from ozor.agent.storyboard.lines import sentence
from ozor.design import reading_time
from ozor.design.reading import SPEAKING_WORDS_PER_SEC

ENTRANCE = 0.5  # seconds before a template's copy has entered
NARRATION_MARGIN = 0.7  # a lead-in and a breath at the end
# Kinds whose spare time is not filled with the category's lines: an explainer says only its points,
# and a listing's category lines ("full of light") would be claims about one particular home.
UNPADDED = ("explainer", "tutorial", "listing")
SCENE_SECONDS = 4.0  # a scene's typical length when there is copy enough
MIN_SCENE = {"hook": 2.2, "body": 2.6, "cta": 3.0}
MAX_SCENE = {"hook": 4.0, "body": 6.5, "cta": 5.0}
DEFAULT_SECONDS = {
    "ad": 15, "teaser": 15, "showcase": 20, "sale": 15, "event": 20, "hiring": 25, "explainer": 45,
    "tutorial": 45, "announcement": 20, "greeting": 15, "listing": 30, "comparison": 25,
    "countdown": 12, "intro": 8, "testimonial": 20, "appeal": 25, "recap": 25,
}  # fmt: skip


@dataclass(frozen=True)
class Board:
    beats: list[Beat]
    durations: list[float]  # each scene's length; overlapping transitions make the video `seconds`
    seconds: float
    dropped: tuple[Fact, ...]  # facts the length could not hold
    outline_only: bool  # an explainer with nothing to explain: the reply asks for its points


def seconds_of(brief: Brief) -> float:
    return float(brief.seconds or DEFAULT_SECONDS.get(brief.kind, 20))


def storyboard(brief: Brief, category: Category, overlap: float, pictures: tuple[str, ...] = ()) -> Board:
    """The beats and their durations; `overlap` is the look's transition, shared by neighbours;
    `pictures` (the user's images) show the product, then sit beside its features."""
    s = b.story_of(brief, category)
    seconds = seconds_of(brief)
    roomy = seconds >= 20
    beats = _pictured(s, _beats(s, roomy), pictures)
    outline_only = brief.kind in b.EXPLAINS and not brief.points
    _carry_the_rest(s, beats)
    beats = _padded(s, beats, seconds)
    beats, dropped = _fit(beats, seconds, overlap)
    if not roomy and not dropped:  # a short video with time to spare: one scene per feature reads better
        wide = _padded(s, _with_carry(s, _pictured(s, _beats(s, True), pictures)), seconds)
        wide, lost = _fit(wide, seconds, overlap)
        if len(wide) > len(beats) and not lost and _need(wide) <= seconds + overlap * (len(wide) - 1):
            beats = wide
    return Board(beats, _durations(beats, seconds, overlap), seconds, tuple(dropped), outline_only)


def _padded(s: Story, beats: list[Beat], seconds: float) -> list[Beat]:
    """Beats enough for the length (a scene every SCENE_SECONDS or so, VISUAL.md: content 3–6 s): when
    the prompt's facts leave time over, the category's benefits fill it, one kinetic line each."""
    wanted = round(seconds / SCENE_SECONDS)
    if len(beats) >= wanted or s.brief.kind in UNPADDED or s.category.id == GENERIC_ID:
        return beats
    shown = {str(v).lower() for beat in beats for v in beat.slots.values() if isinstance(v, str)}
    shown |= {str(x).lower() for beat in beats for v in beat.slots.values() if isinstance(v, list) for x in v}
    extra = b.statement_beats(s, shown, wanted - len(beats))
    return [*beats[:-1], *extra, beats[-1]]


def _pictured(s: Story, beats: list[Beat], pictures: tuple[str, ...]) -> list[Beat]:
    if not pictures:
        return beats
    out = [beats[0], b.product_beat(s, pictures[0]), *beats[1:]]
    rest = list(pictures[1:])
    for i, beat in enumerate(out):
        if rest and beat.template == b.T.FEATURE:
            out[i] = b.pictured(beat, rest.pop(0))
    return out


def _with_carry(s: Story, beats: list[Beat]) -> list[Beat]:
    _carry_the_rest(s, beats)
    return beats


def _beats(s: Story, roomy: bool) -> list[Beat]:
    """The beats of the brief's kind, before fitting (VISUAL.md: storyboards by kind)."""
    brief = s.brief
    kind = brief.kind
    other = [*(d.fact for d in brief.dates), *(t.fact for t in brief.times), *(p.fact for p in brief.prices)]
    other += [*brief.offers, *brief.places, *brief.names]
    features = [f for f in brief.features if not any(o.start <= f.start and f.end <= o.end for o in other)]
    if kind in b.EXPLAINS:
        one_each = roomy and len(brief.points) <= 3
        middle = b.point_beats(s, one_each) if brief.points else [b.outline_beat(s)]
        if one_each and len(brief.points) > 1:
            middle.append(b.summary_beat(s))
        counts = [q.fact for q in brief.quantities if q.unit and re.fullmatch(COUNTED, q.unit, re.I)]
        middle += b.number_beats(s, list(brief.quantities), [*brief.points, *brief.features, *counts])
        middle += b.feature_beats(s, features, per_scene=False)
        middle += [x for x in [b.when_beat(s)] if x]
        hook = b.explainer_hook(s)
        return [hook, *middle, b.cta_beat(s, hook)]
    compare = b.compare_beat(s) if kind == "comparison" else None
    if compare:
        priced = [p.fact for p in brief.prices[:2]]
        features = [f for f in features[2:] if not any(f.start <= p.start < f.end for p in priced)]
    per_scene = roomy and len(features) <= 3
    offers = list(brief.offers)
    price = None if compare and len(brief.prices) == 2 else b.price_beat(s, list(brief.prices), features)
    parts: dict[str, list[Beat]] = {
        "compare": [compare] if compare else [],
        "quotes": b.quote_beats(s),
        "offers": b.offer_beats(s, offers),
        "features": b.feature_beats(s, features, per_scene),
        "numbers": b.number_beats(s, list(brief.quantities), [*features, *offers, *brief.names]),
        "price": [price] if price else [],
        "when": [x for x in [b.when_beat(s)] if x],
        "countdown": [b.countdown_beat(s)] if kind == "countdown" else [],
    }
    if parts["offers"] and not (brief.times or brief.places) and len(brief.dates) == 1 and b.ends(brief):
        parts["when"] = []  # the offer's badge already says until when
    if kind == "countdown":
        when = parts["when"]
        shown = {id(f) for f in parts["countdown"][0].facts}
        if when and all(id(f) in shown for f in when[0].facts if f is not brief.occasion):
            parts["when"] = []
    order = {
        "event": ["when", "offers", "features", "numbers", "price", "quotes"],
        "countdown": ["countdown", "when", "offers", "features", "numbers", "price"],
        "sale": ["offers", "price", "features", "numbers", "when", "quotes"],
        "listing": ["features", "numbers", "price", "when", "offers", "quotes"],
        "testimonial": ["quotes", "numbers", "features", "offers", "price", "when"],
        "comparison": ["compare", "features", "numbers", "offers", "price", "when"],
    }.get(kind, ["features", "offers", "numbers", "price", "when", "quotes"])
    middle = [beat for part in order for beat in parts[part]]
    hook = b.hook(s)
    count = b.countdown_beat(s, role="hook", when=not parts["when"])
    told = " ".join([*count.say, count.slots["headline"]]).lower()
    if kind == "countdown" and not roomy and all(f.text.lower() in told for f in hook.facts):
        middle.remove(parts["countdown"][0])  # a short countdown opens on the count: a scene left for facts
        middle = [(b.when_beat(s, named=False) or x) if x in parts["when"] else x for x in middle]
        return [count, *middle, b.cta_beat(s, hook)]
    return [hook, *middle, b.cta_beat(s, hook)]


def _carry_the_rest(s: Story, beats: list[Beat]) -> None:
    """Facts no beat carries (a second name, an audience…) are said in the opening scene."""
    carried = {(f.start, f.end) for beat in beats for f in beat.facts}
    spoken = " ".join(line for beat in beats for line in beat.say).lower()
    rest = [
        f
        for f in s.brief.facts()
        if (f.start, f.end) not in carried and f.text.lower() not in spoken and f.role != "topic"
    ]
    rest = [f for f in rest if not any(o.start <= f.start and f.end <= o.end for o in rest if o is not f)]
    if rest:
        hook = beats[0]
        hook.say.insert(1, sentence(", ".join(f.text for f in rest)))
        hook.facts = (*hook.facts, *rest)
    hook, after = beats[0], beats[1]
    while len(hook.say) > 1 and need(hook) > MAX_SCENE["hook"]:  # a hook is short: the rest is said next
        after.say.insert(0, hook.say.pop())


def speech_seconds(text: str) -> float:
    return len(text.split()) / SPEAKING_WORDS_PER_SEC + NARRATION_MARGIN if text.strip() else 0.0


def need(beat: Beat, language: str = "en") -> float:
    """The shortest the beat can be: its narration spoken, its copy read, never under its role's floor."""
    spoken = speech_seconds(" ".join(beat.say))
    copy = [str(v) for v in beat.slots.values() if isinstance(v, str)]
    copy += [str(x) for v in beat.slots.values() if isinstance(v, list) for x in v]
    reading = ENTRANCE + reading_time(" ".join(copy), language)
    return max(MIN_SCENE[beat.role], spoken, reading)


def _need(beats: list[Beat]) -> float:
    return sum(need(x) for x in beats)


def _fit(beats: list[Beat], seconds: float, overlap: float) -> tuple[list[Beat], list[Fact]]:
    """Beats that fit `seconds`: category copy goes first, then second sentences, then whole beats
    from the end of the middle; the facts that went (with a sentence or a beat) are returned."""
    out = list(beats)

    def room() -> float:
        return seconds * 1.08 + overlap * (len(out) - 1)

    dropped: list[Fact] = []
    for filler in [x for x in out if x.filler]:
        if _need(out) <= room():
            break
        out.remove(filler)
    for beat in reversed(out):
        while _need(out) > room() and len(beat.say) > 1:
            line = beat.say.pop().lower()
            dropped += [f for f in beat.facts if f.text.lower() in line and not _heard(f, out)]
    while _need(out) > room() and len(out) > 2:
        victim = out.pop(-2)
        _packed(victim, out, room())
        dropped += [f for f in victim.facts if not _said(f, out)]
    return out, dropped


def _packed(victim: Beat, beats: list[Beat], room: float) -> None:
    """A beat that does not fit still has its facts said: its first line, or else its unsaid facts,
    join the scene before it or the end card's narration when the video still fits (a short video
    has fewer, denser scenes rather than fewer facts)."""
    unsaid = [f.text for f in victim.facts if not _said(f, beats)]
    if not victim.say or len(beats) < 2 or not unsaid:
        return
    hosts = ((beats[-2], len(beats[-2].say)), (beats[-1], 0))  # the scene before, else the end card
    for host, at in hosts:
        for line in (victim.say[0], sentence(", ".join(unsaid))):  # its line, else its facts alone
            host.say.insert(at, line)
            if _need(beats) <= room:
                return
            host.say.pop(at)


def _heard(fact: Fact, beats: list[Beat]) -> bool:
    """The fact's words are still in a narration line or on screen (a slot's copy)."""
    text = fact.text.lower()
    copy = [str(v) for x in beats for v in x.slots.values() if isinstance(v, str)]
    copy += [str(i) for x in beats for v in x.slots.values() if isinstance(v, list) for i in v]
    return any(text in line.lower() for line in [*copy, *(s for x in beats for s in x.say)])


def _said(fact: Fact, beats: list[Beat]) -> bool:
    text = fact.text.lower()
    return any(text in " ".join(x.say).lower() or fact in x.facts for x in beats)


def _durations(beats: list[Beat], seconds: float, overlap: float) -> list[float]:
    """Each scene's length: its need, and the time left shared by weight (hook and CTA within their
    caps); transitions overlap neighbours, so the scenes add up to `seconds` plus the overlaps."""
    total = seconds + overlap * (len(beats) - 1)
    needs = [need(x) for x in beats]
    durations = list(needs)
    spare = total - sum(needs)
    for _ in range(4):  # share the spare time; scenes at their cap pass it on
        open_ = [i for i, x in enumerate(beats) if durations[i] < MAX_SCENE[x.role] - 1e-6]
        if spare <= 1e-6 or not open_:
            break
        weights = sum(beats[i].weight for i in open_)
        given = 0.0
        for i in open_:
            add = min(spare * beats[i].weight / weights, MAX_SCENE[beats[i].role] - durations[i])
            durations[i] += add
            given += add
        spare -= given
    if spare > 1e-6:  # every scene at its cap: the body scenes take the rest
        body = [i for i, x in enumerate(beats) if x.role == "body"] or list(range(len(beats)))
        for i in body:
            durations[i] += spare / len(body)
    out = [round(d, 2) for d in durations]
    if spare >= 0:  # else the video runs over by at most 8 % rather than cut a line short
        longest = out.index(max(out))
        out[longest] = round(out[longest] + total - sum(out), 2)
    return out
