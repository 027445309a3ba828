"""Where hand-placed things go on a frame: logos in a corner, free elements at a named position, and
free text fitted to its box in the look's faces (measured, like the templates' copy).

Templates place their own blocks; these are for what a director adds by hand beside them.
"""

from __future__ import annotations

from typing import Final, Literal

from ozor.design.fitting import TextRole, fitted_size
from ozor.design.kit import entrance
from ozor.design.looks import Look
from ozor.design.templates.base import SAFE
from ozor.scene.base import Aspect, Box
from ozor.scene.elements import TextElement

Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]
Position = Literal["top", "center", "bottom", "top-left", "top-right", "bottom-left", "bottom-right"]
POSITIONS: Final[tuple[str, ...]] = Position.__args__  # type: ignore[attr-defined]

LOGO_INSET: Final[dict[Aspect, float]] = {"16:9": 0.035, "9:16": 0.06}  # from the left and right edges
LOGO_ROWS: Final[dict[Aspect, tuple[float, float]]] = {"16:9": (0.04, 0.96), "9:16": (0.14, 0.76)}
PORTRAIT_LOGO_SCALE: Final = 9 / 16 * 0.9  # a 9:16 logo is as wide, relative to the frame, as at 16:9
# A free text's wanted size by role (a fraction of the frame's short side) and the least it may shrink to.
TEXT_SIZES: Final[dict[TextRole, float]] = {"heading": 0.07, "body": 0.036, "caption": 0.028, "cta": 0.05}
TEXT_FLOOR: Final = 0.6


def logo_box(corner: Corner, aspect: Aspect, image_ratio: float, height: float = 0.075) -> Box:
    """A logo in a corner: inside 3.5 % at 16:9, inside the apps' safe area at 9:16."""
    ratio = 16 / 9 if aspect == "16:9" else 9 / 16
    h = height if aspect == "16:9" else height * PORTRAIT_LOGO_SCALE
    w = min(0.22, h * image_ratio / ratio)
    h = min(h, w * ratio / image_ratio)
    safe = SAFE[aspect]
    right_edge = 1 - LOGO_INSET[aspect] if aspect == "16:9" else safe.x + safe.w
    x = LOGO_INSET[aspect] if corner.endswith("left") else right_edge - w
    top, bottom = LOGO_ROWS[aspect]
    y = top if corner.startswith("top") else bottom - h
    return Box(x=round(x, 4), y=round(y, 4), w=round(w, 4), h=round(h, 4))


def corner_of(box: Box) -> Corner:
    """The corner a placed logo sits in."""
    return ("top" if box.y < 0.5 else "bottom") + ("-left" if box.x < 0.5 else "-right")  # type: ignore[return-value]


def logo_height(box: Box, aspect: Aspect) -> float:
    """The `height` that logo_box() was given for a logo placed at `aspect`."""
    return box.h if aspect == "16:9" else box.h / PORTRAIT_LOGO_SCALE


def free_box(position: str, aspect: Aspect, w: float = 0.3, h: float = 0.12) -> Box:
    """A box at a named position inside the text-safe area."""
    safe = SAFE[aspect]
    x0, y0, x1, y1 = safe.x, safe.y, safe.x + safe.w, safe.y + safe.h
    w, h = min(w, x1 - x0), min(h, y1 - y0)
    x = {"left": x0, "right": x1 - w}.get(position.split("-")[-1], x0 + (x1 - x0 - w) / 2)
    y = {"top": y0, "bottom": y1 - h}.get(position.split("-")[0], y0 + (y1 - y0 - h) / 2)
    return Box(x=round(x, 4), y=round(y, 4), w=round(w, 4), h=round(h, 4))


def free_text(
    id: str, text: str, role: TextRole, where: Box, look: Look, aspect: Aspect, *, beat: float = 1.0
) -> TextElement:
    """Text added by hand: the look's display face for headings and buttons, its text face otherwise,
    at the largest size that fits `where` (CopyTooLong when even the floor does not), entering on the
    look's beat."""
    fonts, c = look.fonts, look.colors
    display = role in ("heading", "cta")
    family = fonts.display if display else fonts.text
    weight = fonts.display_weight if display else (fonts.text_weight if role == "body" else 600)
    wanted = TEXT_SIZES[role]
    size = fitted_size(
        text.upper() if display and fonts.display_caps else text,
        family=family,
        weight=weight,
        role=role,
        box=where,
        aspect=aspect,
        size=wanted,
        floor=wanted * TEXT_FLOOR,
        pill=role == "cta",
    )
    return TextElement(
        id=id,
        box=where,
        text=text,
        role=role,
        font=family,
        weight=weight,
        size=size,
        uppercase=display and fonts.display_caps,
        color=c.on_accent if role == "cta" else (c.muted if role == "caption" else None),
        background=c.accent if role == "cta" else None,
        enter=entrance(look, beat, "pop" if role == "cta" else "slide"),
    )
