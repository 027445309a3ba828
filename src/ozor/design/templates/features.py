"""Feature scenes: one benefit with its icon, three side by side, steps, lists, agendas and timelines."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template


def feature(s: Stage) -> None:
    c = s.look.colors
    s.ambient()
    if s.vertical:
        s.panel("tile", box(0.06, 0.14, 0.76, 0.3), c.accent2, enter="scale")
        s.icon("icon", s.text("icon"), box(0.29, 0.18, 0.3, 0.22), beat=0.6, background="disc", lift=0.008)
        if s.has("kicker"):
            s.label("kicker", s.text("kicker"), box(0.06, 0.47, 0.76, 0.035), 0.04, beat=0.8, slot="kicker")
        s.headline("headline", "headline", box(0.06, 0.51, 0.76, 0.14), 0.1, beat=1.0, valign="top")
        s.body("body", "body", box(0.06, 0.65, 0.76, 0.11), 0.048, beat=2.0)
        return
    s.panel("tile", box(0.05, 0.1, 0.4, 0.8), c.accent2, enter="wipe", direction="right")
    s.icon("icon", s.text("icon"), box(0.13, 0.26, 0.24, 0.48), beat=0.6, background="disc", lift=0.01)
    if s.has("kicker"):
        s.label("kicker", s.text("kicker"), box(0.5, 0.22, 0.44, 0.05), 0.032, beat=0.8, slot="kicker")
    s.headline("headline", "headline", box(0.5, 0.28, 0.44, 0.3), 0.08, beat=1.0, valign="top")
    s.body("body", "body", box(0.5, 0.6, 0.42, 0.22), 0.04, beat=2.0)


FEATURE = Template(
    "feature",
    "One benefit: a large icon on a colour tile, its headline and one supporting sentence.",
    (
        Slot("icon", "icon", hint="a keyword for the benefit: battery, leaf, shield"),
        Slot("headline", "text", max_chars=40, hint="the benefit, 2-6 words"),
        Slot("body", "text", max_chars=110, hint="one or two short sentences"),
        Slot("kicker", "text", required=False, max_chars=24, hint="feature number or category"),
    ),
    "The tile wipes in, the icon pops with the look's overshoot and keeps floating; kicker, headline "
    "(word reveal, key word marked) and body follow on the look's beats; tile breathes, motif drifts.",
    feature,
    {
        "icon": "battery",
        "headline": "Lasts all week",
        "body": "One charge runs seven days of tracking, even with the screen always on.",
        "kicker": "Battery",
    },
)
