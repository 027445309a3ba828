"""Scenes built on pictures: the product shot, the captioned image, the split and the person."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.base import KenBurns
from ozor.scene.decor import LowerThirdElement
from ozor.scene.elements import ImageElement


def product(s: Stage) -> None:
    """The product in a device frame (or as a cut-out) on a colour field, its name and one line."""
    s.ambient()
    device = s.text("frame") if s.has("frame") else "phone"  # the slot allows only its choices
    if s.vertical:
        s.field("field", box(0.0, 0.5, 1.0, 0.5), direction="up")
        s.glow_field("halo", box(0.1, 0.4, 0.8, 0.42), strength=0.5)
        where = box(0.24, 0.41, 0.44, 0.36) if device != "laptop" else box(0.08, 0.48, 0.76, 0.26)
        s.headline("name", "name", box(0.06, 0.14, 0.76, 0.12), 0.11, beat=0.2, valign="top")
        if s.has("tagline"):
            s.body("tagline", "tagline", box(0.06, 0.27, 0.76, 0.1), 0.048, beat=1.2)
    else:
        s.field("field", box(0.5, 0.0, 0.5, 1.0), direction="left")
        s.glow_field("halo", box(0.52, 0.08, 0.46, 0.84), strength=0.5)
        where = box(0.6, 0.1, 0.3, 0.8) if device != "laptop" else box(0.53, 0.18, 0.44, 0.64)
        s.headline("name", "name", box(0.06, 0.24, 0.4, 0.3), 0.1, beat=0.2, valign="top")
        if s.has("tagline"):
            s.body("tagline", "tagline", box(0.06, 0.58, 0.4, 0.2), 0.04, beat=1.2)
    s.add(
        ImageElement(
            id="product",
            box=where,
            asset=s.text("image"),
            fit="cover" if device != "none" else "contain",
            device=device,  # type: ignore[arg-type]  # checked above
            shadow=device == "none",
            ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.08),
            enter=s.entrance(0.5, "slide", "up", slow=1.4),
            keyframes=s.floating(0, 0.01),
        )
    )


PRODUCT = Template(
    "product",
    "The product shot: an image in a phone or laptop frame (or a cut-out) on a colour field, named.",
    (
        Slot("name", "text", max_chars=28, hint="the product's name"),
        Slot("image", "image", hint="a screenshot, or a cut-out PNG with frame none"),
        Slot("tagline", "text", required=False, max_chars=80, hint="what it is, one line"),
        Slot(
            "frame",
            "text",
            required=False,
            hint="phone (default), laptop or none",
            choices=("phone", "laptop", "none"),
        ),
    ),
    "The field wipes in; the device rises into place and floats while its screen slowly zooms (Ken "
    "Burns); the name reveals and the tagline follows; the halo breathes.",
    product,
    {
        "name": "Fieldnote",
        "image": "lamp.jpg",
        "tagline": "Every meeting, read in two minutes",
        "frame": "phone",
    },
)


def page(s: Stage) -> None:
    """A page or slide of a document shown whole: contained (never cropped) on the look's colour field,
    with a soft shadow, its title above it. A slide's own design and every line of it stay in view."""
    s.field("field", box(0.0, 0.0, 1.0, 1.0), direction=s.pick("right", "up"))
    titled = s.has("title")
    if s.vertical:
        where = box(0.04, 0.3, 0.92, 0.46) if titled else box(0.04, 0.18, 0.92, 0.6)
        heading = box(0.06, 0.14, 0.76, 0.13)
    else:
        where = box(0.08, 0.2, 0.84, 0.76) if titled else box(0.06, 0.06, 0.88, 0.88)
        heading = box(0.06, 0.05, 0.88, 0.12)
    if titled:
        s.headline(
            "title", "title", heading, s.pick(0.07, 0.08), beat=0.2, valign="top",
            color=s.look.colors.on_accent2, emphasis=False,
        )  # fmt: skip
    s.add(
        ImageElement(
            id="page",
            box=where,
            asset=s.text("image"),
            fit="contain",
            shadow=True,
            enter=s.entrance(0.3, "slide", "up", slow=1.4),
            keyframes=s.floating(0, 0.006),
        )
    )


PAGE = Template(
    "page",
    "A document's page or slide shown whole on a colour field, its title above: nothing is cropped.",
    (
        Slot("image", "image", hint="a rendered page or slide, or a diagram"),
        Slot("title", "text", required=False, max_chars=60, hint="what the page is about"),
    ),
    "The field wipes in with its texture drifting; the page rises into place with a soft shadow and "
    "floats gently; the title reveals above it.",
    page,
    {"image": "lamp.jpg", "title": "How the lamp is made"},
    (3.0, 10.0),
)


def caption(s: Stage) -> None:
    """A full-bleed image with a slow Ken Burns and a lower third that names it."""
    s.add(
        ImageElement(
            id="image",
            box=box(0.0, 0.0, 1.0, 1.0),
            asset=s.text("image"),
            ken_burns=KenBurns(zoom_from=1.02, zoom_to=1.12, pan_x=0.02),
            enter=s.entrance(0.0, "fade", slow=0.6),
        )
    )
    c = s.look.colors
    s.add(
        LowerThirdElement(
            id="strap",
            box=s.pick(box(0.05, 0.7, 0.6, 0.16), box(0.06, 0.62, 0.76, 0.11)),
            title=s.text("title"),
            subtitle=s.text("subtitle") if s.has("subtitle") else "",
            color=c.accent,
            panel=c.surface,
            start=s.beat(1.0),
        )
    )


CAPTION = Template(
    "caption",
    "A full-frame image that slowly pushes in, with a lower third naming what or who it shows.",
    (
        Slot("image", "image", hint="a photo"),
        Slot("title", "text", max_chars=40, hint="what or who"),
        Slot("subtitle", "text", required=False, max_chars=48, hint="where, or their role"),
    ),
    "The image fades up and pushes in with a slight pan for the whole scene; the strap's bar grows, "
    "its panel wipes, the title rises and the subtitle follows.",
    caption,
    {"image": "lamp.jpg", "title": "The Arc lamp", "subtitle": "Designed and made in Lisbon"},
)


def split(s: Stage) -> None:
    """Half image, half copy: the picture in a rounded frame that drifts, the copy on the other half."""
    c = s.look.colors
    s.ambient()
    ink = c.on_accent2
    if s.vertical:
        picture = box(0.0, 0.0, 1.0, 0.46)
        s.field("field", box(0.0, 0.46, 1.0, 0.54), direction="up")
        s.headline(
            "headline",
            "headline",
            box(0.06, 0.5, 0.76, 0.13),
            0.095,
            beat=0.6,
            valign="top",
            color=ink,
            emphasis=False,
        )
        s.body("body", "body", box(0.06, 0.64, 0.76, 0.12), 0.046, beat=1.6, color=ink)
    else:
        picture = box(0.0, 0.0, 0.5, 1.0)
        s.field("field", box(0.5, 0.0, 0.5, 1.0), direction="left")
        if s.has("kicker"):
            s.label(
                "kicker",
                s.text("kicker"),
                box(0.57, 0.2, 0.37, 0.05),
                0.032,
                beat=0.5,
                slot="kicker",
                color=ink,
            )
        s.headline(
            "headline",
            "headline",
            box(0.57, 0.26, 0.37, 0.32),
            0.08,
            beat=0.6,
            valign="top",
            color=ink,
            emphasis=False,
        )
        s.body("body", "body", box(0.57, 0.6, 0.37, 0.26), 0.038, beat=1.6, color=ink)
    s.add(
        ImageElement(
            id="image",
            box=picture,
            asset=s.text("image"),
            ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.1, pan_y=0.02),
            enter=s.entrance(0.0, "wipe", "down" if s.vertical else "right", slow=1.5),
        )
    )


SPLIT = Template(
    "split",
    "Half picture, half copy: a photo fills one side and pushes in slowly; the message takes the other.",
    (
        Slot("image", "image", hint="a photo"),
        Slot("headline", "text", max_chars=40, hint="the point, 2-7 words"),
        Slot("body", "text", max_chars=100, hint="one or two sentences"),
        Slot("kicker", "text", required=False, max_chars=24, hint="a category (16:9)"),
    ),
    "The photo wipes open and pushes in with a slight pan all scene long; the kicker fades, the "
    "headline reveals and the body slides up on the look's beats.",
    split,
    {
        "image": "dusk.jpg",
        "headline": "Built for teams that ship",
        "kicker": "Why Fieldnote",
        "body": "Less time in meetings, more time building what your customers asked for.",
    },
)


def person(s: Stage) -> None:
    """A person or a team member: a round portrait on a colour field, name, role and one line."""
    s.ambient()
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.42), direction="down")
        s.floor()
        portrait = box(0.2, 0.15, 0.48, 0.27)
        s.headline(
            "name", "name", box(0.06, 0.46, 0.76, 0.08), 0.09, beat=1.0, align="center", emphasis=False
        )
        s.label(
            "role", s.text("role"), box(0.06, 0.55, 0.76, 0.04), 0.042, beat=1.4, align="center", slot="role"
        )
        if s.has("bio"):
            s.body("bio", "bio", box(0.06, 0.61, 0.76, 0.13), 0.045, beat=2.0, align="center")
    else:
        s.field("field", box(0.0, 0.0, 0.42, 1.0), direction="right")
        portrait = s.square(0.03, 0.16, 0.68)
        s.headline(
            "name", "name", box(0.48, 0.22, 0.46, 0.2), 0.09, beat=1.0, valign="bottom", emphasis=False
        )
        s.label("role", s.text("role"), box(0.48, 0.44, 0.46, 0.06), 0.034, beat=1.4, slot="role")
        if s.has("bio"):
            s.body("bio", "bio", box(0.48, 0.54, 0.44, 0.28), 0.04, beat=2.0)
    s.glow_field("halo", portrait, strength=0.6)
    s.add(
        ImageElement(
            id="portrait",
            box=portrait,
            asset=s.text("photo"),
            mask="circle",
            ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.08),
            enter=s.entrance(0.4, "pop"),
            keyframes=s.floating(1, 0.008),
        )
    )


PERSON = Template(
    "person",
    "A person or team member: a round portrait on a colour field, their name, role and a line.",
    (
        Slot("photo", "image", hint="a portrait"),
        Slot("name", "text", max_chars=28, hint="their name"),
        Slot("role", "text", max_chars=36, hint="their role"),
        Slot("bio", "text", required=False, max_chars=100, hint="one sentence about them"),
    ),
    "The field wipes in; the portrait pops into its circle, zooms slowly and floats; the name "
    "reveals, the role fades, the line slides up.",
    person,
    {
        "photo": "lamp.jpg",
        "name": "Dana Ruiz",
        "role": "Head of product",
        "bio": "Dana led the design of the two-minute brief.",
    },
)
