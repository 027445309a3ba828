"""Scenes built on numbers: the stat counter, charts, progress, comparisons and before/after."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.data import CounterElement
from ozor.scene.decor import ProgressElement


def stat(s: Stage) -> None:
    c = s.look.colors
    s.ambient()
    n = s.number("value")
    where = s.pick(box(0.05, 0.16, 0.55, 0.42), box(0.06, 0.17, 0.76, 0.2))
    s.glow_field("halo", s.pick(box(0.02, 0.02, 0.6, 0.96), box(0.0, 0.08, 1.0, 0.4)), strength=0.45)
    s.add(
        CounterElement(
            id="counter",
            box=where,
            value=n.value,
            from_value=0.0,
            format=n.format,
            duration=1.3,
            delay=s.beat(0.3),
            color=c.accent,
            font=s.look.fonts.display,
            weight=max(700, s.look.fonts.display_weight),
            align="left" if not s.vertical else "center",
            keyframes=s.breathing(),
        )
    )
    s.add(
        ProgressElement(
            id="bar",
            box=s.pick(box(0.06, 0.62, 0.5, 0.025), box(0.12, 0.4, 0.64, 0.016)),
            value=1.0,
            color=c.accent,
            track=c.surface,
            enter=s.entrance(0.3, "fade"),
        )
    )
    if s.vertical:
        s.headline("headline", "headline", box(0.06, 0.46, 0.76, 0.16), 0.09, beat=1.4, align="center")
        if s.has("body"):
            s.body("body", "body", box(0.06, 0.63, 0.76, 0.12), 0.045, beat=2.2, align="center")
        return
    s.panel("card", box(0.6, 0.12, 0.35, 0.76), c.surface, beat=1.0, enter="slide", direction="left")
    s.headline("headline", "headline", box(0.63, 0.2, 0.29, 0.34), 0.07, beat=1.4, valign="top")
    if s.has("body"):
        s.body("body", "body", box(0.63, 0.56, 0.29, 0.26), 0.036, beat=2.2)


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
