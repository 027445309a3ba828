"""Free-form copy: whatever mix of kicker, number, headline, body, attribution and button a director
writes, stacked in a measured column beside the look's colour field (and a picture or an icon).

The other templates each hold one kind of message; this one takes copy they cannot, so a scene a
director writes freely (create_scene) is still a designed scene in the look, recomposed like any.
"""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot
from ozor.design.templates.base import Template
from ozor.scene.base import Box, KenBurns
from ozor.scene.elements import ImageElement

ORDER = ("kicker", "stat", "headline", "body", "attribution", "cta")
# Per slot: the height it wants (a fraction of the frame) and the size its type asks for, by aspect.
WANT = {
    "16:9": {
        "kicker": (0.05, 0.032),
        "stat": (0.22, 0.16),
        "headline": (0.3, 0.09),
        "body": (0.18, 0.04),
        "attribution": (0.05, 0.03),
        "cta": (0.11, 0.05),
    },
    "9:16": {
        "kicker": (0.04, 0.04),
        "stat": (0.13, 0.2),
        "headline": (0.2, 0.11),
        "body": (0.14, 0.05),
        "attribution": (0.04, 0.04),
        "cta": (0.07, 0.06),
    },
}
GAP = 0.025


def copy(s: Stage) -> None:
    c = s.look.colors
    s.ambient()
    picture = s.has("image")
    if s.vertical:
        s.field("field", box(0.0, 0.8, 1.0, 0.2), direction="up")
        column = box(0.06, 0.45, 0.76, 0.31) if picture else box(0.06, 0.15, 0.76, 0.61)
        if picture:
            _image(s, box(0.06, 0.14, 0.76, 0.28))
        elif s.has("icon"):
            s.icon("icon", s.text("icon"), box(0.58, 0.81, 0.24, 0.135), beat=1.2, background="disc")
    else:
        s.field(
            "field", box(0.56, 0.0, 0.44, 1.0) if picture else box(0.74, 0.0, 0.26, 1.0), direction="left"
        )
        column = box(0.07, 0.14, 0.44, 0.72) if picture else box(0.07, 0.14, 0.6, 0.72)
        if picture:
            _image(s, box(0.6, 0.14, 0.34, 0.72))
        elif s.has("icon"):
            s.icon("icon", s.text("icon"), box(0.77, 0.34, 0.2, 0.32), beat=1.2, background="disc")
    stacked = [k for k in ORDER if s.has(k)]
    wants = WANT[s.aspect]
    room = column.h - GAP * (len(stacked) - 1)
    scale = min(1.0, room / max(1e-6, sum(wants[k][0] for k in stacked)))
    heights = {k: wants[k][0] * scale for k in stacked}
    if "headline" in heights:  # room to spare goes to the headline, up to twice its height
        heights["headline"] += min(room - sum(heights.values()), heights["headline"])
    y = column.y + (room - sum(heights.values())) / 2
    for n, k in enumerate(stacked):
        where = box(column.x, y, column.w, heights[k])
        size, at = wants[k][1], 0.3 + 0.5 * n
        if k == "kicker":
            s.label("kicker", s.text(k), where, size, beat=at, slot=k)
        elif k == "stat":
            s.headline("stat", k, where, size, beat=at, color=c.accent, emphasis=False, floor=0.4)
        elif k == "headline":
            s.headline("headline", k, where, size, beat=at, floor=0.45, lines=3)
        elif k == "body":
            s.body("body", k, where, size, beat=at, floor=0.65)
        elif k == "attribution":
            s.label("attribution", s.text(k), where, size, beat=at, color=c.text, slot=k)
        else:
            s.button("cta", k, where, size, beat=at)
        y += heights[k] + GAP


def _image(s: Stage, where: Box) -> None:
    s.add(
        ImageElement(
            id="image",
            box=where,
            asset=s.text("image"),
            fit="cover",
            corner_radius=s.look.radius,
            shadow=True,
            ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.06),
            enter=s.entrance(0.4, "scale", slow=1.2),
            keyframes=s.floating(1, 0.006),
        )
    )


COPY = Template(
    "copy",
    "Free-form copy: a headline (or a big number) with any of a kicker, body text, an attribution and "
    "a button, beside the look's colour field and a picture or an icon. For copy no other template holds.",
    (
        Slot("headline", "text", required=False, max_chars=90, hint="the message, under 8 words"),
        Slot("body", "text", required=False, max_chars=200, hint="one or two sentences"),
        Slot("kicker", "text", required=False, max_chars=40, hint="a small label above"),
        Slot("stat", "text", required=False, max_chars=12, hint="a key number: 3x, 24h"),
        Slot("attribution", "text", required=False, max_chars=60, hint="who said it"),
        Slot("cta", "text", required=False, max_chars=40, hint="button text: Shop now"),
        Slot("image", "image", required=False, hint="a picture beside the copy"),
        Slot("icon", "icon", required=False, hint="without a picture: a keyword for an icon"),
    ),
    "The colour field wipes in and its texture drifts; the copy enters top to bottom on the look's "
    "beats (label fades, headline reveals, body slides up, button pops and floats); the picture or "
    "icon pops and floats; the background and motif drift throughout.",
    copy,
    {
        "kicker": "New",
        "headline": "Light, made simple",
        "body": "A desk lamp that dims itself as the day goes down.",
        "cta": "Shop now",
        "icon": "lamp",
    },
    (3.0, 8.0),
)
