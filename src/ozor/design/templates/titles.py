"""Title-like scenes: the hook, the kinetic statement, the quote, the intro sting and the end card."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template


def hero(s: Stage) -> None:
    c = s.look.colors
    s.ambient()
    if s.vertical:
        s.panel("field", box(0.0, 0.6, 1.0, 0.4), c.accent2, enter="wipe", direction="up", radius=0.0)
        if s.has("kicker"):
            s.label("kicker", s.text("kicker"), box(0.06, 0.15, 0.76, 0.04), 0.04, slot="kicker")
        s.headline("headline", "headline", box(0.06, 0.2, 0.76, 0.26), 0.13, beat=0.5, valign="top")
        if s.has("subline"):
            s.body("subline", "subline", box(0.06, 0.46, 0.76, 0.12), 0.05, beat=1.6)
        if s.has("icon"):
            s.icon("icon", s.text("icon"), box(0.58, 0.64, 0.34, 0.19), beat=1.2, background="disc")
        return
    s.panel("field", box(0.64, 0.0, 0.36, 1.0), c.accent2, enter="wipe", direction="left", radius=0.0)
    s.glow_field("halo", box(0.5, 0.12, 0.42, 0.76), strength=0.25)
    if s.has("kicker"):
        s.label("kicker", s.text("kicker"), box(0.07, 0.2, 0.5, 0.05), 0.032, slot="kicker")
    s.headline("headline", "headline", box(0.07, 0.26, 0.54, 0.36), 0.11, beat=0.5, valign="top")
    if s.has("subline"):
        s.body("subline", "subline", box(0.07, 0.64, 0.5, 0.16), 0.04, beat=1.6)
    if s.has("icon"):
        s.icon("icon", s.text("icon"), box(0.7, 0.28, 0.24, 0.44), beat=1.2, background="disc")


HERO = Template(
    "hero",
    "Opening title: a big kinetic headline with a kicker and a subline beside a field of colour.",
    (
        Slot("headline", "text", max_chars=48, hint="the hook, 3-8 words"),
        Slot("subline", "text", required=False, max_chars=90, hint="one supporting sentence"),
        Slot("kicker", "text", required=False, max_chars=28, hint="brand or category, 1-3 words"),
        Slot("icon", "icon", required=False, hint="a keyword for an icon beside the title"),
    ),
    "0 s the colour field wipes in; the kicker fades; the headline reveals word by word with its key "
    "word marked; the subline slides up; the icon pops and floats; the field breathes and the "
    "background and motif drift throughout.",
    hero,
    {
        "headline": "Your team loses 9 hours a week",
        "subline": "Fieldnote turns status meetings into a two-minute read",
        "kicker": "Fieldnote",
        "icon": "clock",
    },
    (2.5, 5.0),
)
