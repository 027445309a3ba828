"""Scenes built on numbers: the stat counter, charts, progress, comparisons and before/after."""

from __future__ import annotations

from ozor.design.colors import alpha
from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.base import NumberFormat
from ozor.scene.data import (
    BarChartElement,
    ComparisonElement,
    CounterElement,
    Datum,
    DonutElement,
    LineChartElement,
)
from ozor.scene.decor import ProgressElement


def stat(s: Stage) -> None:
    """The number, huge, counting up on the colour field; what it means on the other side."""
    c = s.look.colors
    s.ambient()
    n = s.number("value")
    s.field("field", s.pick(box(0.0, 0.0, 0.58, 1.0), box(0.0, 0.0, 1.0, 0.44)), direction="down")
    s.add(
        CounterElement(
            id="counter",
            box=s.pick(box(0.05, 0.24, 0.49, 0.34), box(0.06, 0.16, 0.76, 0.18)),
            value=n.value,
            from_value=0.0,
            format=n.format,
            duration=1.3,
            delay=s.beat(0.3),
            color=c.on_accent2,
            font=s.look.fonts.display,
            weight=max(700, s.look.fonts.display_weight),
            align="left" if not s.vertical else "center",
            keyframes=s.breathing(),
        )
    )
    s.add(
        ProgressElement(
            id="bar",
            box=s.pick(box(0.06, 0.66, 0.46, 0.022), box(0.14, 0.37, 0.6, 0.014)),
            value=1.0,
            color=c.on_accent2,
            track=alpha(c.on_accent2, 0.25),
            enter=s.entrance(0.3, "fade"),
        )
    )
    if s.vertical:
        s.headline("headline", "headline", box(0.06, 0.48, 0.76, 0.15), 0.09, beat=1.4, align="center")
        if s.has("body"):
            s.body("body", "body", box(0.06, 0.64, 0.76, 0.11), 0.045, beat=2.2, align="center")
        s.floor()
        return
    s.headline("headline", "headline", box(0.63, 0.22, 0.32, 0.36), 0.075, beat=1.4, valign="top", lines=3)
    if s.has("body"):
        s.body("body", "body", box(0.63, 0.62, 0.32, 0.2), 0.036, beat=2.2)


STAT = Template(
    "stat",
    "One big number that counts up, what it means beside it, and a bar that fills with the scene.",
    (
        Slot("value", "number", hint='the number as it reads: 40, "$650,000", "98%", "3.2x"'),
        Slot("headline", "text", max_chars=44, hint="what the number is, 2-7 words"),
        Slot("body", "text", required=False, max_chars=90, hint="its source or consequence"),
    ),
    "The number counts up in 1.3 s (ease-out) over a soft halo and keeps pushing in slowly; the "
    "progress bar fills across the whole scene; the card slides in and the headline reveals.",
    stat,
    {"value": "$650,000", "headline": "Saved by our customers last year", "body": "Across 1,200 teams"},
)


def chart(s: Stage) -> None:
    """A bar chart (or a line for a series) on a card, the takeaway beside it."""
    c = s.look.colors
    s.ambient()
    points = [Datum(label=p.label, value=p.value) for p in s.data("data")]
    n = s.number("unit") if s.has("unit") else None
    fmt = n.format if n is not None else NumberFormat()
    line = s.has("kind") and s.text("kind").lower().startswith("line")
    if s.vertical:
        s.titled_band(box(0.0, 0.0, 1.0, 0.28), box(0.06, 0.14, 0.76, 0.13), 0.095)
        area = box(0.05, 0.33, 0.8, 0.41)
        card = box(0.02, 0.31, 0.96, 0.45)
        s.floor(width=0.7, align="right")
    else:
        s.field("side", box(0.0, 0.0, 0.36, 1.0), direction="right")
        s.field_headline(box(0.05, 0.2, 0.27, 0.44), 0.075, beat=0.0, lines=3)
        area = box(0.42, 0.14, 0.52, 0.72)
        card = box(0.39, 0.08, 0.58, 0.84)
    s.panel("card", card, c.surface, beat=0.3, enter="slide", direction="up")
    if s.has("body") and not s.vertical:
        s.body("body", "body", box(0.05, 0.68, 0.27, 0.2), 0.034, beat=2.0, color=c.on_accent2)
    if line:
        s.add(
            LineChartElement(
                id="chart", box=area, data=points, format=fmt, delay=s.beat(1.0), keyframes=s.breathing(0.02)
            )
        )
    else:
        s.add(
            BarChartElement(
                id="chart",
                box=area,
                data=points,
                format=fmt,
                highlight=len(points) - 1,
                delay=s.beat(1.0),
                keyframes=s.breathing(0.02),
            )
        )


CHART = Template(
    "chart",
    "A bar chart (or line chart) that grows in on a card, its takeaway as the headline.",
    (
        Slot("headline", "text", max_chars=40, hint="the takeaway: Revenue tripled since 2022"),
        Slot("data", "data", max_items=8, min_items=2, hint='[{"label": "2022", "value": 12}, …]'),
        Slot("kind", "text", required=False, max_chars=4, hint='"bar" (default) or "line"'),
        Slot("unit", "number", required=False, hint='how values read, e.g. "$0" or "0%"'),
        Slot("body", "text", required=False, max_chars=70, hint="the source or a note (16:9)"),
    ),
    "The side field wipes in with the headline; the card rises; bars grow one after another (the "
    "last one in the accent) or the line draws itself left to right; the card breathes.",
    chart,
    {
        "headline": "Teams reclaimed more hours every quarter",
        "data": [
            {"label": "Q1", "value": 120},
            {"label": "Q2", "value": 210},
            {"label": "Q3", "value": 340},
            {"label": "Q4", "value": 520},
        ],
        "unit": "0 h",
    },
    (4.0, 7.0),
)


def progress(s: Stage) -> None:
    """A progress ring that sweeps to its share, the number counting in its middle."""
    c = s.look.colors
    s.ambient()
    n = s.number("value")
    total = 100.0 if n.format.suffix.strip() == "%" or n.value <= 100 else n.value
    ring = s.pick(box(0.08, 0.14, 0.38, 0.72), box(0.16, 0.14, 0.56, 0.32))
    s.glow_field("halo", s.pick(box(0.02, 0.02, 0.5, 0.96), box(0.0, 0.1, 1.0, 0.42)), strength=0.5)
    s.add(
        DonutElement(
            id="ring",
            box=ring,
            value=min(n.value, total),
            total=total,
            format=n.format,
            label=s.text("label") if s.has("label") else "",
            delay=s.beat(0.3),
            keyframes=s.breathing(),
        )
    )
    if s.vertical:
        s.headline("headline", "headline", box(0.06, 0.5, 0.76, 0.14), 0.09, beat=1.4, align="center")
        if s.has("body"):
            s.body("body", "body", box(0.06, 0.65, 0.76, 0.1), 0.045, beat=2.2, align="center")
        s.floor(beat=0.0)
        return
    s.field("field", box(0.52, 0.0, 0.48, 1.0), direction="left")
    s.field_headline(box(0.56, 0.22, 0.38, 0.34), 0.08, beat=1.4)
    if s.has("body"):
        s.body("body", "body", box(0.56, 0.6, 0.38, 0.22), 0.038, beat=2.2, color=c.on_accent2)


PROGRESS = Template(
    "progress",
    "A share or progress: a ring sweeps to the value as the number counts up in its middle.",
    (
        Slot("value", "number", hint='a share: "87%", or a count out of 100'),
        Slot("headline", "text", max_chars=40, hint="what the share is"),
        Slot("label", "text", required=False, max_chars=16, hint="a word under the number"),
        Slot("body", "text", required=False, max_chars=80, hint="a supporting sentence"),
    ),
    "The ring sweeps in 1.3 s while the number counts; the field wipes in and the headline reveals; "
    "the ring and its halo keep pushing in slowly.",
    progress,
    {
        "value": "87%",
        "headline": "of teams meet less after a month",
        "label": "of teams",
        "body": "Measured across 1,200 teams in 2025",
    },
)


def versus(s: Stage) -> None:
    """A versus B: two bars racing, the hero in the accent, a verdict headline."""
    c = s.look.colors
    s.ambient()
    a, b = s.number("a_value"), s.number("b_value")
    fmt = b.format
    if s.vertical:
        s.field("band", box(0.0, 0.0, 1.0, 0.31), direction="down")
        s.field_headline(box(0.06, 0.14, 0.76, 0.15), 0.095)
        s.floor(width=0.7, align="right")
        s.panel("card", box(0.02, 0.34, 0.96, 0.4), c.surface, beat=0.3, enter="slide")
        area = box(0.06, 0.38, 0.76, 0.32)
    else:
        s.field("band", box(0.0, 0.0, 1.0, 0.3), direction="right")
        s.field_headline(box(0.06, 0.07, 0.88, 0.19), 0.08)
        s.panel("card", box(0.04, 0.36, 0.92, 0.56), c.surface, beat=0.3, enter="slide")
        area = box(0.08, 0.4, 0.84, 0.48)
    s.add(
        ComparisonElement(
            id="versus",
            box=area,
            a=Datum(label=s.text("a_label"), value=a.value),
            b=Datum(label=s.text("b_label"), value=b.value),
            format=fmt,
            delay=s.beat(1.0),
            keyframes=s.breathing(0.02),
        )
    )


VERSUS = Template(
    "versus",
    "A versus B: two labelled bars grow side by side, B (the hero) in the accent, under a verdict.",
    (
        Slot("headline", "text", max_chars=44, hint="the verdict: 3x faster than email"),
        Slot("a_label", "text", max_chars=24, hint="the old way or the competitor"),
        Slot("a_value", "number", hint="its value"),
        Slot("b_label", "text", max_chars=24, hint="you"),
        Slot("b_value", "number", hint='its value, as it reads: "2 min"'),
    ),
    "The verdict reveals; the card slides up; both bars grow together (ease-out) with their values "
    "counting; the card breathes.",
    versus,
    {
        "headline": "A status update, then and now",
        "a_label": "Status meeting",
        "a_value": "45 min",
        "b_label": "Fieldnote brief",
        "b_value": "2 min",
    },
)


def before_after(s: Stage) -> None:
    """Before and after: two panels, the after one in colour, each a number and a caption."""
    c = s.look.colors
    s.ambient()
    halves = s.pick(
        (box(0.05, 0.26, 0.43, 0.64), box(0.52, 0.26, 0.43, 0.64)),
        (box(0.04, 0.27, 0.8, 0.23), box(0.04, 0.52, 0.8, 0.24)),
    )
    s.headline(
        "headline",
        "headline",
        s.pick(box(0.06, 0.06, 0.88, 0.16), box(0.06, 0.14, 0.76, 0.11)),
        s.pick(0.075, 0.09),
        beat=0.0,
        valign="top",
    )
    if s.vertical:
        s.floor(width=0.7)
    for k, (side, where) in enumerate(zip(("before", "after"), halves, strict=True)):
        fill, ink = (c.surface, c.text) if k == 0 else (c.accent2, c.on_accent2)
        beat = 0.8 + k * 1.2
        if k == 0:
            s.panel(f"{side}_panel", where, fill, beat=beat, enter="wipe", direction="right")
        else:
            s.field(f"{side}_panel", where, beat=beat, direction="right", radius=s.look.radius)
        inner = box(where.x + 0.03, where.y + 0.02, where.w - 0.06, where.h * 0.22)
        s.label(
            f"{side}_tag",
            side.upper() if not s.has(f"{side}_tag") else s.text(f"{side}_tag"),
            inner,
            s.pick(0.03, 0.04),
            beat=beat + 0.2,
            color=ink,
            slot=f"{side}_tag",
        )
        s.body(
            f"{side}_text",
            side,
            box(where.x + 0.03, where.y + where.h * 0.3, where.w - 0.06, where.h * 0.62),
            s.pick(0.05, 0.06),
            beat=beat + 0.4,
            role="heading",
            color=ink,
        )


BEFORE_AFTER = Template(
    "before_after",
    "Before and after: a plain panel, then the colour panel with the better outcome.",
    (
        Slot("headline", "text", max_chars=40, hint="what changed"),
        Slot("before", "text", max_chars=44, hint="how it was"),
        Slot("after", "text", max_chars=44, hint="how it is now"),
        Slot("before_tag", "text", required=False, max_chars=16, hint="instead of BEFORE"),
        Slot("after_tag", "text", required=False, max_chars=16, hint="instead of AFTER"),
    ),
    "The headline reveals; the before panel wipes in with its tag and text; a beat later the after "
    "panel wipes in in colour; both breathe.",
    before_after,
    {
        "headline": "Monday mornings, changed",
        "before": "Two hours of status meetings",
        "after": "A two-minute read over coffee",
    },
)
