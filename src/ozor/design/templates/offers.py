"""Scenes that sell or invite: the price card, the offer badge, the event, the countdown, the place."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.data import CounterElement, DonutElement
from ozor.scene.elements import ShapeElement


def price(s: Stage) -> None:
    """A price card: plan name, the price counting up, what is included, a button."""
    c = s.look.colors
    s.ambient()
    cost = s.number("price")
    if s.vertical:
        card, head = box(0.04, 0.14, 0.8, 0.62), box(0.04, 0.14, 0.8, 0.2)
        s.field("field", box(0.0, 0.0, 1.0, 0.42), direction="down")
        s.floor()
        s.panel("card", card, c.surface, enter="scale")
        s.panel("head", head, c.accent2, beat=0.2, enter="wipe", direction="down", breathe=False)
        s.label(
            "plan",
            s.text("plan"),
            box(0.1, 0.16, 0.68, 0.04),
            0.045,
            beat=0.4,
            color=c.on_accent2,
            slot="plan",
        )
        number, period = box(0.1, 0.2, 0.68, 0.1), box(0.1, 0.3, 0.68, 0.03)
        features, button = box(0.1, 0.37, 0.68, 0.26), box(0.1, 0.65, 0.68, 0.08)
    else:
        card, head = box(0.52, 0.08, 0.42, 0.84), box(0.52, 0.08, 0.42, 0.3)
        s.field("field", box(0.0, 0.0, 0.47, 1.0), direction="right")
        s.panel("card", card, c.surface, enter="slide", direction="left")
        s.panel("head", head, c.accent2, beat=0.2, enter="wipe", direction="down", breathe=False)
        s.label(
            "plan",
            s.text("plan"),
            box(0.56, 0.11, 0.34, 0.05),
            0.032,
            beat=0.4,
            color=c.on_accent2,
            slot="plan",
        )
        number, period = box(0.56, 0.16, 0.34, 0.15), box(0.56, 0.31, 0.34, 0.05)
        features, button = box(0.56, 0.42, 0.34, 0.32), box(0.56, 0.77, 0.34, 0.11)
        if s.has("headline"):  # optional: the card alone when there is none
            s.field_headline(box(0.06, 0.24, 0.38, 0.4), 0.09, beat=0.0)
        s.icon("icon", "badge-check", box(0.06, 0.68, 0.1, 0.16), beat=1.4, background="disc")
    s.add(
        CounterElement(
            id="price",
            box=number,
            value=cost.value,
            from_value=0.0,
            format=cost.format,
            duration=1.0,
            delay=s.beat(0.6),
            color=c.on_accent2,
            font=s.look.fonts.display,
            weight=max(700, s.look.fonts.display_weight),
            align="left",
        )
    )
    if s.has("period"):
        s.body("period", "period", period, s.pick(0.03, 0.04), beat=1.0, role="caption", color=c.on_accent2)
    s.rows(
        "feature",
        "features",
        s.items("features"),
        features,
        marker="check",
        cards=False,
        size=s.pick(0.034, 0.042),
        beat=1.2,
    )
    s.button("button", "button", button, s.pick(0.045, 0.06), beat=2.4, align="center")


PRICE = Template(
    "price",
    "A price card: the plan, its price counting up, what is included with checks and a button.",
    (
        Slot("plan", "text", max_chars=20, hint="Pro, Team, Starter"),
        Slot("price", "number", hint='as it reads: "$12", "€9.90"'),
        Slot("features", "list", max_items=4, min_items=1, max_chars=34, hint="what is included"),
        Slot("button", "text", max_chars=20, hint="Start free trial"),
        Slot("period", "text", required=False, max_chars=24, hint="per user / month"),
        Slot("headline", "text", required=False, max_chars=36, hint="beside the card (16:9)"),
    ),
    "The card slides in and its head wipes down; the price counts up; the inclusions check in one by "
    "one; the button pops and floats; the card breathes.",
    price,
    {
        "plan": "Team",
        "price": "$12",
        "period": "per user / month",
        "headline": "Simple pricing",
        "features": ["Unlimited meetings", "Briefs in 30 languages", "Slack and email digests"],
        "button": "Start free trial",
    },
    (4.0, 7.0),
)


def offer(s: Stage) -> None:
    """A sale: a big spinning badge with the discount, the offer line and a button."""
    c = s.look.colors
    s.ambient()
    s.field("field", s.pick(box(0.52, 0.0, 0.48, 1.0), box(0.0, 0.0, 1.0, 0.5)), direction="down")
    badge = s.square(0.1, 0.14, 0.38) if s.vertical else s.square(0.55, 0.12, 0.76)
    spin = [s.breathing(0.04)[0]] + [s.breathing(0.04)[1].model_copy(update={"rotation": 8.0})]
    s.add(
        ShapeElement(
            id="badge",
            box=badge,
            shape="ellipse",
            color=c.accent,
            enter=s.entrance(0.2, "pop", slow=1.3),
            keyframes=spin,
        )
    )
    ring = box(badge.x + badge.w * 0.08, badge.y + badge.h * 0.08, badge.w * 0.84, badge.h * 0.84)
    s.add(
        ShapeElement(
            id="ring",
            box=ring,
            shape="ellipse",
            color=c.on_accent,
            stroke_width=0.004,
            enter=s.entrance(0.5, "scale"),
            keyframes=spin,
        )
    )
    inner = box(ring.x + ring.w * 0.12, ring.y + ring.h * 0.28, ring.w * 0.76, ring.h * 0.44)
    s.body(
        "deal",
        "deal",
        inner,
        s.pick(0.14, 0.16),
        beat=0.8,
        role="heading",
        color=c.on_accent,
        align="center",
        valign="middle",
        floor=0.4,
    )
    if s.vertical:
        s.headline("headline", "headline", box(0.06, 0.52, 0.76, 0.12), 0.09, beat=1.2, align="center")
        s.button("button", "button", box(0.14, 0.66, 0.6, 0.08), 0.06, beat=2.0, align="center")
        s.floor(width=0.7)
        return
    s.headline("headline", "headline", box(0.06, 0.2, 0.48, 0.34), 0.1, beat=1.2, valign="top")
    if s.has("until"):
        s.label("until", s.text("until"), box(0.06, 0.56, 0.48, 0.06), 0.034, beat=1.8, slot="until")
    s.button("button", "button", box(0.06, 0.66, 0.42, 0.12), 0.05, beat=2.0)


OFFER = Template(
    "offer",
    "A sale or offer: a big round badge with the discount turns slowly beside the offer and a button.",
    (
        Slot("deal", "text", max_chars=10, hint='"-30%", "2 for 1", "FREE"'),
        Slot("headline", "text", max_chars=36, hint="what is on offer"),
        Slot("button", "text", max_chars=20, hint="Shop now"),
        Slot("until", "text", required=False, max_chars=30, hint="Ends Sunday (16:9)"),
    ),
    "The badge pops with overshoot and keeps turning slowly as it grows; its ring follows; the deal "
    "lands in it; the headline reveals and the button pops and floats.",
    offer,
    {
        "deal": "-30%",
        "headline": "Spring sale on every plan",
        "until": "Until Sunday",
        "button": "Claim the deal",
    },
    (3.0, 5.0),
)


def event(s: Stage) -> None:
    """An event card: a calendar tile with the date, the name, time and place with icons."""
    c = s.look.colors
    s.ambient()
    if s.vertical:
        tile = box(0.06, 0.14, 0.34, 0.2)
        s.headline("name", "name", box(0.06, 0.37, 0.76, 0.14), 0.095, beat=0.6, valign="top")
        rows = [box(0.06, 0.54 + k * 0.08, 0.76, 0.06) for k in range(2)]
        icon_w, text_x, text_w = 0.12, 0.2, 0.62
        month_box, day_box = box(0.06, 0.15, 0.34, 0.04), box(0.06, 0.19, 0.34, 0.13)
        s.field("field", box(0.44, 0.0, 0.56, 0.34), direction="left")
        s.floor(width=0.62)
    else:
        tile = box(0.06, 0.16, 0.26, 0.5)
        s.field("field", box(0.0, 0.72, 1.0, 0.28), direction="up")
        s.headline("name", "name", box(0.38, 0.14, 0.56, 0.26), 0.085, beat=0.6, valign="top")
        rows = [box(0.38, 0.44 + k * 0.12, 0.56, 0.1) for k in range(2)]
        icon_w, text_x, text_w = 0.06, 0.46, 0.48
        month_box, day_box = box(0.06, 0.19, 0.26, 0.07), box(0.06, 0.27, 0.26, 0.34)
    s.panel("tile", tile, c.accent, enter="pop")
    s.label(
        "month",
        s.text("month"),
        month_box,
        s.pick(0.04, 0.045),
        beat=0.3,
        align="center",
        color=c.on_accent,
        slot="month",
    )
    s.body(
        "day",
        "day",
        day_box,
        s.pick(0.2, 0.13),
        beat=0.4,
        role="heading",
        align="center",
        valign="middle",
        color=c.on_accent,
        floor=0.5,
    )
    for k, (slot, name) in enumerate((("time", "clock"), ("place", "map-pin"))):
        where = rows[k]
        icon_box, text_box = box(where.x, where.y, icon_w, where.h), box(text_x, where.y, text_w, where.h)
        s.info_row(slot, name, icon_box, text_box, s.pick(0.04, 0.05), beat=1.4 + k * 0.5, index=k)


EVENT = Template(
    "event",
    "An event card: a calendar tile with the date, the event's name, its time and its place.",
    (
        Slot("name", "text", max_chars=40, hint="the event"),
        Slot("month", "text", max_chars=9, hint="JUN, June"),
        Slot("day", "text", max_chars=5, hint="4, 12-14"),
        Slot("time", "text", max_chars=28, hint="18:00 - 21:00"),
        Slot("place", "text", max_chars=36, hint="where"),
    ),
    "The date tile pops with the month and day; the field wipes in; the name reveals; time and place "
    "follow with their icons; the tile breathes.",
    event,
    {
        "name": "Fieldnote Live: the spring launch",
        "month": "June",
        "day": "4",
        "time": "18:00 - 21:00",
        "place": "LX Factory, Lisbon",
    },
)


def countdown(s: Stage) -> None:
    """A countdown: the number ticks down inside a ring that closes, the thing it counts to beside it."""
    c = s.look.colors
    s.ambient()
    left = s.number("value")
    start = left.value + max(3.0, round(left.value * 0.5))
    ring = s.pick(box(0.06, 0.12, 0.42, 0.76), box(0.14, 0.14, 0.6, 0.34))
    s.glow_field("halo", ring, strength=0.5)
    s.add(
        DonutElement(
            id="ring",
            box=ring,
            value=round(left.value / start * 100, 2),
            total=100.0,
            format=left.format.model_copy(update={"suffix": ""}),
            label="",
            duration=round(min(s.duration * 0.8, 3.0), 2),
            delay=s.beat(0.2),
        )
    )
    core = box(ring.x + ring.w * 0.2, ring.y + ring.h * 0.3, ring.w * 0.6, ring.h * 0.4)
    s.panel(
        "core",
        box(ring.x + ring.w * 0.16, ring.y + ring.h * 0.16, ring.w * 0.68, ring.h * 0.68),
        c.accent2,
        shape="ellipse",
        enter="scale",
        breathe=True,
    )
    s.add(
        CounterElement(
            id="count",
            box=core,
            value=left.value,
            from_value=start,
            format=left.format,
            duration=round(min(s.duration * 0.8, 3.0), 2),
            delay=s.beat(0.2),
            easing="ease_in_out_cubic",
            color=c.on_accent2,
            font=s.look.fonts.display,
            weight=max(700, s.look.fonts.display_weight),
        )
    )
    if s.vertical:
        s.label(
            "unit", s.text("unit"), box(0.06, 0.5, 0.76, 0.05), 0.05, beat=0.6, align="center", slot="unit"
        )
        s.headline("headline", "headline", box(0.06, 0.56, 0.76, 0.16), 0.095, beat=1.2, align="center")
        s.floor()
        return
    s.label("unit", s.text("unit"), box(0.54, 0.22, 0.4, 0.06), 0.036, beat=0.6, slot="unit")
    s.headline("headline", "headline", box(0.54, 0.3, 0.4, 0.36), 0.09, beat=1.2, valign="top")
    s.panel("base", box(0.54, 0.72, 0.4, 0.012), c.accent, beat=1.8, radius=0.0, breathe=False)


COUNTDOWN = Template(
    "countdown",
    "A countdown: a number ticks down to what is left inside a ring that closes, with what it is for.",
    (
        Slot("value", "number", hint="what is left: 3, 10"),
        Slot("unit", "text", max_chars=16, hint="days left, hours to go"),
        Slot("headline", "text", max_chars=36, hint="until what"),
    ),
    "The ring sweeps closed while the number counts down to the value (ease in-out); the unit fades, "
    "the headline reveals; the core disc and halo breathe.",
    countdown,
    {"value": 3, "unit": "days to go", "headline": "until the spring launch"},
)


def location(s: Stage) -> None:
    """Where to find you: a map-pin anchor on a field, the address, hours and contact as icon rows."""
    c = s.look.colors
    s.ambient()
    rows = [
        (slot, name)
        for slot, name in (("address", "map-pin"), ("hours", "clock"), ("contact", "phone"))
        if s.has(slot)
    ]
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.36), direction="down")
        s.icon("pin", "map-pinned", box(0.56, 0.15, 0.28, 0.17), beat=0.4, background="disc")
        s.field_headline(box(0.06, 0.15, 0.48, 0.19), 0.09)
        s.floor(width=0.7, align="right")
        spots = [box(0.06, 0.42 + k * 0.1, 0.76, 0.08) for k in range(len(rows))]
        icon_w, gap = 0.13, 0.16
    else:
        s.field("field", box(0.0, 0.0, 0.4, 1.0), direction="right")
        s.icon("pin", "map-pinned", box(0.1, 0.5, 0.2, 0.36), beat=0.4, background="disc")
        s.field_headline(box(0.06, 0.12, 0.3, 0.32), 0.08)
        spots = [box(0.46, 0.2 + k * 0.2, 0.48, 0.16) for k in range(len(rows))]
        icon_w, gap = 0.07, 0.09
    for k, ((slot, name), where) in enumerate(zip(rows, spots, strict=True)):
        s.panel(f"{slot}_card", where, c.surface, beat=1.0 + k * 0.5, enter="slide", direction="left")
        icon_box = box(where.x + 0.015, where.y + where.h * 0.15, icon_w, where.h * 0.7)
        text_box = box(where.x + gap, where.y + where.h * 0.1, where.w - gap - 0.02, where.h * 0.8)
        s.info_row(slot, name, icon_box, text_box, s.pick(0.036, 0.045), beat=1.2 + k * 0.5, index=k)


LOCATION = Template(
    "location",
    "Where and how to reach you: a pin on a colour field and up to three rows of address, hours, contact.",
    (
        Slot("headline", "text", max_chars=28, hint="Visit us, Find us"),
        Slot("address", "text", max_chars=40, hint="street and city"),
        Slot("hours", "text", required=False, max_chars=36, hint="Mon-Fri 9:00-18:00"),
        Slot("contact", "text", required=False, max_chars=36, hint="phone, email or site"),
    ),
    "The field wipes in with the headline; the pin pops and floats; each row's card slides in with "
    "its icon and text, one by one; cards and field breathe.",
    location,
    {
        "headline": "Come and visit",
        "address": "Rua Rodrigues Faria 103, Lisbon",
        "hours": "Mon-Fri 9:00-18:00",
        "contact": "hello@fieldnote.app",
    },
)
