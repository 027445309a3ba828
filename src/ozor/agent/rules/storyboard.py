"""Storyboards by kind (VISUAL.md): the sequence of beats a video of that kind tells, sized to its length.

ad/promo: hook → desire → benefits → proof/offer → CTA; showcase: name → hero shot → features → CTA;
teaser/announcement: mystery → reveal → date → brand; explainer/tutorial: title → why → steps →
summary → next action; invitation: invite → event → when/where → RSVP; hiring: hook → role → why → apply.
"""

from __future__ import annotations

import re

from ozor.agent.rules.copy import (
    Beat,
    as_sentence,
    benefit_beat,
    cap,
    cta_beat,
    headline,
    hook_beat,
    infinitive,
    narrate,
    offer_beat,
    product_line,
    sentence,
)
from ozor.agent.rules.lexicon import Category
from ozor.agent.rules.prompt import VideoBrief

STEPS = (
    "Gather what you need",
    "Set things up",
    "Start with the basics",
    "Fine-tune the details",
    "Check your results",
    "Make it a habit",
)
POINTS = (
    "Start with the basics",
    "See how it fits together",
    "Put it into practice",
    "Avoid common mistakes",
    "Keep improving",
)


def body_count(brief: VideoBrief, pace: float, low: int, high: int) -> int:
    """How many middle scenes the length holds at the style's pace (a hook and a CTA take ~6 s)."""
    room = max(0.0, brief.seconds - 6.0)
    return max(low, min(high, round(room / max(pace, 2.8))))


def benefits(brief: VideoBrief, category: Category, n: int) -> list[tuple[str, str]]:
    """(headline, supporting line): the prompt's own features first, then the category's."""
    said = " ".join(x for x in (brief.offer, brief.when) if x).lower()
    found = [(f, "") for f in brief.features if f.lower() not in said]
    known = {w for f, _ in found for w in re.findall(r"[a-z]{4,}", f.lower())}
    return (
        found + [b for b in category.benefits if not known & set(re.findall(r"[a-z]{4,}", b[0].lower()))]
    )[:n]


def storyboard(
    brief: VideoBrief, category: Category, pace: float, images: list[str], clips: list[str]
) -> list[Beat]:
    make = {
        "showcase": _showcase,
        "teaser": _teaser,
        "announcement": _announcement,
        "explainer": _explainer,
        "tutorial": _tutorial,
        "invitation": _invitation,
        "hiring": _hiring,
    }.get(brief.kind, _ad)
    beats = make(brief, category, pace, images)
    middle = [b for b in beats[1:-1] if not b.image and b.layout != "stat"]
    for beat, clip in zip(middle, clips, strict=False):
        beat.video, beat.layout = clip, "media"  # clips become the backgrounds of middle scenes
    return beats


def _ad(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    n = body_count(brief, pace, 2, 4 if brief.seconds < 45 else 6)
    hook_lines = list(category.hooks)
    if brief.audience:
        hook_lines.insert(0, f"Made for {brief.audience}.")
    kicker = f"Introducing {brief.name}" if brief.name and len(brief.name) <= 22 else None
    candidates: list[tuple[int, Beat]] = []  # (priority, beat) in story order
    candidates.append((4, Beat("desire", "statement", [{"headline": category.desire}], [category.desire])))
    for i, (feature, support) in enumerate(benefits(brief, category, 5)):
        image = images[i] if i < len(images) else None
        beat = benefit_beat(feature, brief, brief.name, support=support, image=image)
        candidates.append(({0: 1, 1: 3, 2: 5}.get(i, 7 + i), beat))
    if brief.offer:
        candidates.append((2, offer_beat(brief)))
    chosen = sorted(sorted(range(len(candidates)), key=lambda i: candidates[i][0])[:n])
    return [hook_beat(hook_lines, kicker), *(candidates[i][1] for i in chosen), cta_beat(brief, category)]


def _showcase(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    n = body_count(brief, pace, 2, 5) - 1
    name = brief.name or cap(brief.subject)
    sub = f"The {brief.subject}" if brief.name and brief.subject else ""
    reveal = Beat(
        "reveal",
        "title",
        [
            {"kicker": "Introducing", "headline": name, "body": sub},
            {"kicker": "Introducing", "headline": name},
        ],
        [sentence(f"Introducing {product_line(brief)}"), sentence(f"Introducing {name}")],
        weight=0.9,
    )
    hero_copy = {"kicker": name, "headline": category.desire}
    hero = Beat(
        "hero",
        "split" if images else "statement",
        [hero_copy, {"headline": category.desire}],
        [category.desire],
        image=images[0] if images else None,
    )
    features = [
        benefit_beat(f, brief, None, support=sup, image=images[i + 1] if i + 1 < len(images) else None)
        for i, (f, sup) in enumerate(benefits(brief, category, max(1, n)))
    ]
    numbered = [b for b in features if b.role == "benefit"]  # a feature shown as a big number needs no label
    for i, beat in enumerate(numbered):
        beat.variants = [{"kicker": f"0{i + 1}", **v} for v in beat.variants]
    return [reveal, hero, *features, cta_beat(brief, category)]


def _teaser(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    name = brief.name or f"The new {brief.subject}"
    mystery = hook_beat(["Something new is coming.", "Get ready."])
    reveal = Beat(
        "reveal",
        "split" if images else "title",
        [{"kicker": "Introducing", "headline": name}],
        [sentence(f"Introducing {product_line(brief)}")],
        image=images[0] if images else None,
    )
    when = brief.when or "Coming soon"
    date = Beat(
        "date",
        "title",
        [{"kicker": "Mark the date" if brief.when else brief.name or "", "headline": cap(when)}],
        [sentence(f"Arriving {when}" if brief.when else when)],
    )
    middle = (
        [benefit_beat(f, brief, brief.name, support=sup) for f, sup in benefits(brief, category, 1)]
        if brief.seconds >= 18
        else []
    )
    closer = cta_beat(
        brief,
        category,
        f"{brief.name}." if brief.name and len(brief.name) <= 30 else category.closer,
        kind="teaser",
    )
    return [mystery, reveal, *middle, date, closer]


def _announcement(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    name = brief.name or cap(brief.subject)
    what_line = headline(brief.statement) if brief.statement else (f"{name} is here" if brief.name else name)
    hook = hook_beat(["Big news."], "Announcement")
    what = Beat(
        "reveal",
        "split" if images else "title",
        [{"kicker": "Announcing", "headline": what_line}],
        [sentence(what_line)],
        image=images[0] if images else None,
    )
    n = body_count(brief, pace, 1, 3) - (1 if brief.when else 0) - (1 if brief.offer else 0)
    details = [
        benefit_beat(f, brief, brief.name, support=sup) for f, sup in benefits(brief, category, max(0, n))
    ]
    extra = [offer_beat(brief)] if brief.offer else []
    if brief.when and not brief.offer:
        extra.append(
            Beat(
                "date",
                "title",
                [{"kicker": "Mark your calendar", "headline": cap(brief.when)}],
                [sentence(f"Mark your calendar: {brief.when}")],
            )
        )
    return [hook, what, *details, *extra, cta_beat(brief, category)]


def _explainer(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    topic = headline(brief.topic or brief.subject)
    kicker = f"For {brief.audience}" if brief.audience else "Explainer"
    title = Beat(
        "title", "title", [{"kicker": kicker, "headline": topic}, {"headline": topic}], [sentence(topic)]
    )
    why = Beat(
        "why",
        "statement",
        [
            {
                "kicker": "Why it matters",
                "headline": "It's simpler than it sounds",
                "body": f"Here is {brief.topic or brief.subject}, step by step.",
            },
            {"kicker": "Why it matters", "headline": "It's simpler than it sounds"},
        ],
        [
            f"It's simpler than it sounds. Here is {brief.topic or brief.subject}, step by step.",
            "It's simpler than it sounds.",
        ],
    )
    n = max(3, min(5, body_count(brief, pace, 3, 7) - 2))
    points = (brief.features + list(POINTS))[:n]
    steps = [_numbered(i, p, brief) for i, p in enumerate(points)]
    summary = Beat(
        "summary",
        "statement",
        [{"kicker": "In short", "headline": topic}],
        [sentence(f"In short: {topic[:1].lower()}{topic[1:]}")],
    )
    return [title, why, *steps, summary, cta_beat(brief, category, "Now you know.", kind="explainer")]


def _tutorial(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    task = re.sub(r"^how\s+to\s+", "", brief.topic or brief.subject, flags=re.IGNORECASE).strip()
    action = task if re.match(r"how\s+to\b", brief.topic or "", re.IGNORECASE) else infinitive(task)
    how = headline(f"How to {action}" if action else task)
    title = Beat(
        "title", "title", [{"kicker": "Step by step", "headline": how}, {"headline": how}], [sentence(how)]
    )
    n = brief.steps or max(3, min(5, body_count(brief, pace, 3, 7) - 1))
    steps = [_numbered(i, s, brief, "Step") for i, s in enumerate((brief.features + list(STEPS))[:n])]
    ready = f"You're ready to {action}" if action else "You're all set"
    done = Beat(
        "summary",
        "statement",
        [{"kicker": "That's it", "headline": ready}, {"headline": "That's it"}],
        [sentence(f"That's it. {ready}")],
    )
    return [title, *steps, done, cta_beat(brief, category, "Now it's your turn.", kind="tutorial")]


def _numbered(i: int, text: str, brief: VideoBrief, word: str = "") -> Beat:
    kicker = f"{word} {i + 1}".strip() if word else f"0{i + 1}"
    copy = {"kicker": kicker, "headline": headline(text)}
    return Beat("step", "statement", [copy], [f"{word or 'Point'} {i + 1}. {as_sentence(text, brief)}"])


def _invitation(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    event = brief.name or cap(brief.subject or "our event")
    if not brief.name and not event.lower().startswith(("our ", "the ", "a ")):
        event = f"Our {event[0].lower()}{event[1:]}"
    hook = hook_beat(["You're invited."], "Save the date")
    body = f"For {brief.audience}" if brief.audience else ""
    what = Beat(
        "event",
        "split" if images else "title",
        [
            {"kicker": "Join us for", "headline": event, "body": body}
            if body
            else {"kicker": "Join us for", "headline": event},
            {"kicker": "Join us for", "headline": event},
        ],
        [sentence(f"Join us for {event[0].lower() + event[1:] if not brief.name else event}")],
        image=images[0] if images else None,
    )
    beats = [hook, what]
    if brief.when or brief.where:
        copy = {
            "kicker": "When and where" if brief.where and brief.when else "When" if brief.when else "Where",
            "headline": cap(brief.when or brief.where or ""),
            "body": brief.where if brief.when else "",
        }
        beats.append(
            Beat(
                "date",
                "statement",
                [{k: v for k, v in copy.items() if v}],
                narrate({k: v or "" for k, v in copy.items()}),
            )
        )
    if brief.seconds >= 22:
        beats += [benefit_beat(f, brief, None, support=sup) for f, sup in benefits(brief, category, 1)]
    return [*beats, cta_beat(brief, category, "We'd love to see you there.", kind="invitation")]


def _hiring(brief: VideoBrief, category: Category, pace: float, images: list[str]) -> list[Beat]:
    who = brief.name or (f"our {brief.subject}" if brief.subject else "our team")
    hook = hook_beat(["We're hiring."], brief.name)
    role = cap(brief.audience) if brief.audience else "Curious, kind people"
    role_beat = Beat(
        "role",
        "title",
        [
            {"kicker": "Now hiring", "headline": role, "body": f"Come build with {who}."},
            {"kicker": "Now hiring", "headline": role},
        ],
        [f"We're looking for {brief.audience or 'curious, kind people'}. Come build with {who}."],
    )
    n = body_count(brief, pace, 1, 3) - 1
    why = [
        benefit_beat(f, brief, "Why join us", support=sup) for f, sup in benefits(brief, category, max(1, n))
    ]
    return [hook, role_beat, *why, cta_beat(brief, category, "Build what's next with us.", kind="hiring")]
