"""Beat kinds → design templates: each beat kind names, in order of preference, the templates that can
tell it and how its slots become theirs, so the storyboard speaks in beats (an event card, a price)
and the design system decides how they look. A translation returns None when the beat lacks what the
template needs (an event card needs a day and a month), and the next template is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ozor.design import TEMPLATES

Slots = dict[str, Any]
Translate = Callable[[Slots], Slots | None]
NUMERIC = re.compile(r"^[^\d\s]{0,3}\s?\d[\d.,]*\s?(?:%|x|[^\d\s]{0,3})$")


class T:
    """The beat kinds the storyboard uses."""

    HERO = "hero"
    FEATURE = "feature"
    GRID = "grid"
    STAT = "stat"
    STEPS = "steps"
    LIST = "list"
    QUOTE = "quote"
    COMPARE = "compare"
    PRICE = "price"
    EVENT = "event"
    COUNTDOWN = "countdown"
    OFFER = "offer"
    CTA = "cta"
    STATEMENT = "statement"
    PRODUCT = "product"
    SPLIT = "split"


def given(s: Slots, *keys: str) -> bool:
    return all(s.get(k) not in (None, "", []) for k in keys)


def pick(s: Slots, **names: str) -> Slots:
    """The template's slot name → the beat's slot it takes (empty ones left out)."""
    return {theirs: s[ours] for theirs, ours in names.items() if given(s, ours)}


def _hero(s: Slots) -> Slots:
    return pick(s, headline="headline", subline="subhead", kicker="kicker", icon="icon")


def _feature(s: Slots) -> Slots | None:
    return (
        pick(s, headline="headline", body="body", kicker="kicker", icon="icon") if given(s, "body") else None
    )


def _trio(s: Slots) -> Slots | None:
    if len(s.get("items", [])) != 3:
        return None
    return {"headline": s["headline"], "titles": s["items"], "icons": s["icons"]}


def _checklist(s: Slots) -> Slots | None:
    if not given(s, "items"):
        return None
    return {**pick(s, headline="headline", icon="icon"), "items": s["items"]}


def _steps(s: Slots) -> Slots | None:
    return {"headline": s["headline"], "steps": s["items"]} if given(s, "items") else None


def _progress(s: Slots) -> Slots | None:
    value = str(s.get("value", ""))
    if not value.endswith("%") or float(value.rstrip("%")) > 100:
        return None
    return pick(s, value="value", headline="label", body="kicker")


def _stat(s: Slots) -> Slots:
    return pick(s, value="value", headline="label", body="kicker")


def _quote(s: Slots) -> Slots:
    return pick(s, quote="quote", name="author", role="role")


def _versus(s: Slots) -> Slots | None:
    if not (
        given(s, "left_value", "right_value")
        and NUMERIC.match(s["left_value"])
        and NUMERIC.match(s["right_value"])
    ):
        return None
    return pick(
        s, headline="headline", a_label="left", a_value="left_value", b_label="right", b_value="right_value"
    )


def _before_after(s: Slots) -> Slots:
    return pick(
        s, headline="headline", before="left", after="right", before_tag="left_value", after_tag="right_value"
    )


def _price(s: Slots) -> Slots | None:
    if not (given(s, "features", "button") and NUMERIC.match(str(s.get("price", "")))):
        return None
    card = pick(s, plan="plan", price="price", features="features", button="button", period="note")
    return {**card, "headline": s.get("was") or s["headline"]}  # design reads it at 16:9 even if optional


def _price_stat(s: Slots) -> Slots | None:
    if not NUMERIC.match(str(s.get("price", ""))):
        return None
    return {"value": s["price"], "headline": s["headline"], **pick(s, body="note")}


def _price_hero(s: Slots) -> Slots:
    return {"headline": s["price"], "kicker": s["headline"], **pick(s, subline="note"), "icon": "tag"}


def _event(s: Slots) -> Slots | None:
    if not given(s, "month", "day", "time", "place"):
        return None
    return pick(s, name="headline", month="month", day="day", time="time", place="place")


def _location(s: Slots) -> Slots | None:
    if not given(s, "place"):
        return None
    hours = " · ".join(x for x in (s.get("date"), s.get("time")) if x)
    return {
        **pick(s, headline="headline", address="place", contact="link"),
        **({"hours": hours} if hours else {}),
    }


def _when_hero(s: Slots) -> Slots:
    kicker = " · ".join(x for x in (s.get("date"), s.get("time")) if x)
    return {"headline": s["headline"], **pick(s, subline="place"), "kicker": kicker, "icon": "calendar"}


def _countdown(s: Slots) -> Slots | None:
    return pick(s, value="count", unit="unit", headline="headline") if given(s, "count", "unit") else None


def _countdown_hero(s: Slots) -> Slots:
    return {**pick(s, headline="headline", kicker="label"), "icon": "timer"}


def _offer(s: Slots) -> Slots | None:
    if not given(s, "deal", "button"):
        return None
    return pick(s, deal="deal", headline="headline", button="button", until="until")


def _offer_hero(s: Slots) -> Slots:
    return {**pick(s, headline="headline", kicker="kicker", subline="until"), "icon": "tag"}


def _product(s: Slots) -> Slots:
    return pick(s, name="name", image="image", tagline="tagline")


def _split(s: Slots) -> Slots | None:
    return (
        pick(s, image="image", headline="headline", body="body", kicker="kicker")
        if given(s, "body")
        else None
    )


def _caption(s: Slots) -> Slots:
    return pick(s, image="image", title="headline", subtitle="kicker")


def _statement(s: Slots) -> Slots:
    return pick(s, statement="statement", attribution="attribution")


def _cta(s: Slots) -> Slots:
    return pick(s, headline="headline", button="button", url="sub", logo="logo", icon="icon")


# Beat kind → the templates that tell it, best first.
OPTIONS: dict[str, list[tuple[str, Translate]]] = {
    T.HERO: [("hero", _hero)],
    T.FEATURE: [("feature", _feature), ("hero", _hero)],
    T.GRID: [("trio", _trio), ("checklist", _checklist)],
    T.STAT: [("progress", _progress), ("stat", _stat)],
    T.STEPS: [("steps", _steps), ("checklist", _checklist)],
    T.LIST: [("checklist", _checklist), ("steps", _steps)],
    T.QUOTE: [("quote", _quote)],
    T.COMPARE: [("versus", _versus), ("before_after", _before_after)],
    T.PRICE: [("price", _price), ("stat", _price_stat), ("hero", _price_hero)],
    T.EVENT: [("event", _event), ("location", _location), ("hero", _when_hero)],
    T.COUNTDOWN: [("countdown", _countdown), ("hero", _countdown_hero)],
    T.OFFER: [("offer", _offer), ("hero", _offer_hero)],
    T.CTA: [("cta", _cta)],
    T.STATEMENT: [
        ("statement", _statement),
        ("hero", lambda s: {"headline": s["statement"], "kicker": s["attribution"]}),
    ],
    T.PRODUCT: [("product", _product), ("caption", _caption)],
    T.SPLIT: [("split", _split), ("caption", _caption)],
}


def realise(kind: str, slots: Slots) -> tuple[str, Slots]:
    """The design template for a beat kind and the beat's slots as that template names them."""
    for name, translate in OPTIONS[kind]:
        if name in TEMPLATES and (out := translate(slots)) is not None:
            return name, out
    raise LookupError(f"no design template tells this {kind} beat: {slots}")


def describe() -> list[dict[str, object]]:
    """Every template as a director's prompt lists it."""
    return [t.describe() for t in TEMPLATES.values()]
