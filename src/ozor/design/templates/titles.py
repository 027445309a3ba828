"""Title-like scenes: the hook, the kinetic statement, the quote, the intro sting and the end card."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.base import Box
from ozor.scene.decor import StingElement
from ozor.scene.elements import ImageElement, LogoElement


def hero(s: Stage) -> None:
    s.ambient()
    if s.vertical:
        s.field("field", box(0.0, 0.6, 1.0, 0.4), direction="up")
        if s.has("kicker"):
            s.label("kicker", s.text("kicker"), box(0.06, 0.15, 0.76, 0.04), 0.04, slot="kicker")
        s.headline("headline", "headline", box(0.06, 0.2, 0.76, 0.26), 0.13, beat=0.5, valign="top")
        if s.has("subline"):
            s.body("subline", "subline", box(0.06, 0.46, 0.76, 0.12), 0.05, beat=1.6)
        if s.has("icon"):
            s.icon("icon", s.text("icon"), box(0.58, 0.64, 0.34, 0.19), beat=1.2, background="disc")
        return
    s.field("field", box(0.64, 0.0, 0.36, 1.0), direction="left")
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


def statement(s: Stage) -> None:
    """Type as the visual: huge kinetic copy across a split field, the key word boxed or marked."""
    c = s.look.colors
    s.ambient()
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.12), direction="down")
        s.floor(beat=0.0)
        s.headline(
            "statement",
            "statement",
            box(0.06, 0.2, 0.76, 0.4),
            0.13,
            beat=0.3,
            valign="top",
            floor=0.45,
            lines=3,
        )
        s.rule("rule", box(0.06, 0.63, 0.3, 0.006), beat=1.5)
        if s.has("attribution"):
            s.label(
                "by",
                s.text("attribution"),
                box(0.06, 0.66, 0.76, 0.04),
                0.04,
                beat=1.8,
                color=c.text,
                slot="attribution",
            )
        return
    s.panel("field", box(0.0, 0.0, 0.05, 1.0), c.accent, enter="wipe", direction="down", radius=0.0)
    s.glow_field("halo", box(0.45, -0.0, 0.55, 1.0), strength=0.3)
    s.field("slab", box(0.7, 0.58, 0.3, 0.42), direction="left")
    s.headline("statement", "statement", box(0.1, 0.14, 0.8, 0.5), 0.13, beat=0.3, valign="top")
    s.rule("rule", box(0.1, 0.7, 0.2, 0.01), beat=1.5)
    if s.has("attribution"):
        # In the text colour, not the accent: the accent's own motif drifts behind it.
        s.label(
            "by",
            s.text("attribution"),
            box(0.1, 0.74, 0.55, 0.06),
            0.034,
            beat=1.8,
            color=c.text,
            slot="attribution",
        )


STATEMENT = Template(
    "statement",
    "A kinetic statement: one bold line, huge, revealed word by word, the key word emphasised.",
    (
        Slot("statement", "text", max_chars=56, hint="a claim or question, 3-9 words"),
        Slot("attribution", "text", required=False, max_chars=32, hint="who says so, or a tag"),
    ),
    "Colour slabs wipe in from the edges; the statement reveals word by word with the look's "
    "punch or rise; a rule draws under it; the halo and slabs breathe, the motif drifts.",
    statement,
    {"statement": "Meetings should not take 9 hours a week", "attribution": "Fieldnote"},
    (2.5, 5.0),
)


def quote(s: Stage) -> None:
    """A quote on a card: asked big and fitted down, so a short quote fills its card instead of
    sitting small in it (a long one still fits at the old size)."""
    c = s.look.colors
    s.ambient()
    if s.vertical:
        s.panel("card", box(0.04, 0.14, 0.8, 0.52), c.surface, enter="scale")
        s.icon("mark", "quote", box(0.1, 0.17, 0.14, 0.08), beat=0.4, background="disc")
        s.headline(
            "quote", "quote", box(0.1, 0.27, 0.68, 0.36), 0.13, beat=0.8, valign="middle", floor=0.35, lines=3
        )
        s.field("band", box(0.0, 0.68, 1.0, 0.32), beat=1.4, direction="up")
        s.body(
            "name", "name", box(0.06, 0.69, 0.76, 0.04), 0.045, beat=2.0, role="caption", color=c.on_accent2
        )
        if s.has("role"):
            s.body(
                "role",
                "role",
                box(0.06, 0.73, 0.76, 0.03),
                0.034,
                beat=2.2,
                role="caption",
                color=c.on_accent2,
            )
        return
    s.field("band", box(0.0, 0.0, 0.3, 1.0), direction="right")
    s.icon("mark", "quote", box(0.09, 0.3, 0.16, 0.28), beat=0.4, background="disc")
    if s.has("photo"):
        s.add(
            ImageElement(
                id="photo",
                box=box(0.09, 0.3, 0.16, 0.28),
                asset=s.text("photo"),
                mask="circle",
                enter=s.entrance(0.4, "pop"),
                keyframes=s.floating(1, 0.008),
            )
        )
    s.panel("card", box(0.34, 0.12, 0.61, 0.76), c.surface, beat=0.3, enter="slide", direction="left")
    s.headline(
        "quote", "quote", box(0.38, 0.18, 0.54, 0.46), 0.13, beat=0.8, valign="middle", floor=0.32, lines=3
    )
    s.rule("rule", box(0.38, 0.68, 0.08, 0.008), beat=1.8)
    s.body("name", "name", box(0.38, 0.71, 0.54, 0.06), 0.036, beat=2.0, role="caption", color=c.text)
    if s.has("role"):
        s.body("role", "role", box(0.38, 0.77, 0.54, 0.05), 0.03, beat=2.2, role="caption")


QUOTE = Template(
    "quote",
    "A quote or testimonial on a card, a quote mark (or the person's photo) on a colour band.",
    (
        Slot("quote", "text", max_chars=110, hint="the words, without quotation marks"),
        Slot("name", "text", max_chars=32, hint="who said it"),
        Slot("role", "text", required=False, max_chars=40, hint="their title and company"),
        Slot("photo", "image", required=False, hint="a portrait (16:9 only)"),
    ),
    "The band wipes in, the mark pops and floats, the card slides in and the quote reveals line by "
    "line; a rule draws, the name and role follow; card and band breathe.",
    quote,
    {
        "quote": "We cut our weekly meetings in half in the first month.",
        "name": "Dana Ruiz",
        "role": "COO, Lumen",
    },
    (4.0, 7.0),
)


def sting(s: Stage) -> None:
    """An intro sting: the brand bursts in between two colour fields, a tagline follows."""
    c = s.look.colors
    s.ambient()
    # The wordmark is set in the text colour, so it sits on the background between two fields.
    s.field("top", s.pick(box(0.0, 0.0, 1.0, 0.24), box(0.0, 0.0, 1.0, 0.3)), direction="right")
    s.field("bottom", s.pick(box(0.0, 0.82, 1.0, 0.18), box(0.0, 0.8, 1.0, 0.2)), direction="left")
    s.add(
        StingElement(
            id="sting",
            box=s.pick(box(0.2, 0.36, 0.6, 0.28), box(0.08, 0.38, 0.72, 0.2)),
            asset=s.text("logo") if s.has("logo") else None,
            text=s.text("brand"),
            color=c.accent,
            start=s.beat(0.6),
            keyframes=s.breathing(),
        )
    )
    if s.has("tagline"):
        s.label(
            "tag",
            s.text("tagline"),
            s.pick(box(0.2, 0.68, 0.6, 0.06), box(0.08, 0.66, 0.72, 0.04)),
            s.pick(0.036, 0.045),
            beat=2.0,
            align="center",
            slot="tagline",
        )


STING = Template(
    "sting",
    "An intro sting: the logo and wordmark burst in between two bands of colour, a tagline follows.",
    (
        Slot("brand", "text", max_chars=24, hint="the brand's name"),
        Slot("logo", "image", required=False, hint="the logo (PNG with transparency)"),
        Slot("tagline", "text", required=False, max_chars=40, hint="a short tagline"),
    ),
    "The bands wipe across, a ring bursts, the logo pops with overshoot and the wordmark wipes in; "
    "the tagline fades up; the mark keeps pushing in slowly.",
    sting,
    {"brand": "Fieldnote", "logo": "logo.png", "tagline": "Meetings, read in two minutes"},
    (2.0, 4.0),
)


def cta(s: Stage) -> None:
    """The end card: the ask, the button, the brand."""
    c = s.look.colors
    s.ambient()
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.5), direction="down")
        s.floor()
        asks = s.has("button")
        if s.has("logo"):
            s.add(_logo(s, box(0.3, 0.15, 0.28, 0.1) if asks else box(0.2, 0.17, 0.48, 0.26)))
        elif asks:
            s.icon("mark", _anchor(s), s.square(0.333, 0.12, 0.12), beat=0.3, background="disc")
        else:  # a wish or a takeaway: the subject's icon big on the field, the line under it
            s.icon("mark", _anchor(s), s.square(0.21, 0.18, 0.26), beat=0.3, background="disc")
        if asks:
            s.headline(
                "headline",
                "headline",
                box(0.06, 0.27, 0.76, 0.2),
                0.11,
                beat=0.6,
                align="center",
                color=c.on_accent2,
                emphasis=False,
            )
            s.button("button", "button", box(0.1, 0.55, 0.68, 0.08), 0.065, beat=1.6, align="center")
        else:
            s.headline(
                "headline",
                "headline",
                box(0.06, 0.53, 0.76, 0.17),
                0.12,
                beat=0.6,
                align="center",
                emphasis=False,
            )
        if s.has("url"):
            s.label(
                "url",
                s.text("url"),
                box(0.06, 0.71 if not asks else 0.66, 0.76, 0.04),
                0.042,
                beat=2.0,
                align="center",
                color=c.text,
                slot="url",
            )
        return
    s.field("field", box(0.55, 0.0, 0.45, 1.0), direction="left")
    s.glow_field("halo", box(0.6, 0.15, 0.36, 0.7), strength=0.5)
    if s.has("logo"):
        s.add(_logo(s, box(0.62, 0.3, 0.3, 0.4)))
    else:
        s.icon("mark", _anchor(s), box(0.65, 0.3, 0.25, 0.4), beat=0.6, background="disc")
    if not s.has("button"):  # a wish or a takeaway: the whole line is the message, no word marked
        s.headline(
            "headline", "headline", box(0.06, 0.2, 0.46, 0.5), 0.12, beat=0.4, valign="middle", emphasis=False
        )
    else:
        s.headline("headline", "headline", box(0.06, 0.2, 0.46, 0.36), 0.095, beat=0.4, valign="top")
        s.button("button", "button", box(0.06, 0.6, 0.46, 0.12), 0.055, beat=1.6)
    if s.has("url"):
        s.label("url", s.text("url"), box(0.06, 0.76, 0.46, 0.05), 0.032, beat=2.0, color=c.text, slot="url")


def _anchor(s: Stage) -> str:
    """The end card's icon when there is no logo: the subject's own, else a neutral spark."""
    return s.text("icon") if s.has("icon") else "sparkles"


def _logo(s: Stage, where: Box) -> LogoElement:
    return LogoElement(
        id="logo",
        box=where,
        asset=s.text("logo"),
        enter=s.entrance(0.2, "pop"),
        keyframes=s.breathing(),
    )


CTA = Template(
    "cta",
    "The end card: a call to action (or a wish or takeaway), a button, the logo on a colour field and the address.",
    (
        Slot("headline", "text", max_chars=40, hint="the ask, 2-6 words"),
        Slot(
            "button",
            "text",
            required=False,
            max_chars=22,
            hint="the button: Try it free, Book a demo; none when the video asks nothing (a wish, a takeaway)",
        ),
        Slot("logo", "image", required=False, hint="the logo (PNG with transparency)"),
        Slot("icon", "icon", required=False, hint="without a logo: the subject's icon (cake, music, rocket)"),
        Slot("url", "text", required=False, max_chars=36, hint="where to go"),
    ),
    "The field wipes in with the logo (or the subject's icon) popping on it; the headline reveals; the button pops with "
    "the look's overshoot and floats; the address fades in; logo and field breathe.",
    cta,
    {
        "headline": "Get your hours back",
        "button": "Try Fieldnote free",
        "logo": "logo.png",
        "url": "fieldnote.app",
    },
    (3.0, 5.0),
)
