"""Named scene layouts: slot elements placed inside the safe areas of VISUAL.md, sized by measuring text.

A scene with a `layout` owns the boxes and typography of its slot elements (kicker, headline, body,
cta, image, …); re-arranging after an aspect, font or copy change keeps everything readable and
inside the safe area. Elements with other ids are placed freely and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

from ozor.render.draw import Canvas, text_layout
from ozor.render.layout import ROLES, fit
from ozor.scene.models import Aspect, Box, FontFamily, ImageElement, Scene, SceneLayout, TextElement, Theme

LAYOUTS: tuple[str, ...] = get_args(SceneLayout)
Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]

REF_BASE_PX = 1080  # measure at 1080p; boxes keep headroom for other resolutions
HEADROOM = 1.14


@dataclass(frozen=True)
class Slot:
    role: Literal["heading", "body", "caption", "cta"]
    size: float  # wanted size, a fraction of the frame's base side (height at 16:9, width at 9:16)
    weight: int
    uppercase: bool = False
    accent: bool = False  # drawn in the accent colour (one thing per scene)


SLOTS: dict[str, Slot] = {
    "kicker": Slot("caption", 0.028, 600, uppercase=True, accent=True),
    "stat": Slot("heading", 0.15, 800, accent=True),
    "headline": Slot("heading", 0.062, 700),
    "body": Slot("body", 0.036, 400),
    "attribution": Slot("caption", 0.028, 500),
    "cta": Slot("cta", 0.05, 700),
}
HERO = {"title", "cta"}  # layouts whose headline is a hero headline (7–9 %)
TEXT_ORDER = ("kicker", "stat", "headline", "body", "attribution", "cta")
GAP = 0.022  # between stacked blocks, a fraction of the frame height


@dataclass(frozen=True)
class Frame:
    """The areas of a canvas, as frame fractions: where text may go, where media go, where logos go."""

    width_over_height: float
    text: tuple[float, float, float, float]  # x0, y0, x1, y1
    logo_inset_x: float
    logo_top: float
    logo_bottom: float


FRAMES: dict[str, Frame] = {
    # 16:9: title-safe 5 %; text keeps clear of the corner band where logos sit.
    "16:9": Frame(16 / 9, (0.08, 0.14, 0.92, 0.86), 0.035, 0.04, 0.96),
    # 9:16: the apps cover the top 12 %, bottom 22 % and right 12 %: text inside x 6–82 %, y 14–76 %.
    "9:16": Frame(9 / 16, (0.07, 0.2, 0.81, 0.76), 0.06, 0.14, 0.76),
}


DEFAULT_SIZES = {0.085, 0.05, *(slot.size for slot in SLOTS.values())}


def _size(element: TextElement, layout: str) -> float:
    """The slot's size for this layout, unless someone chose another size for this element."""
    if element.size is None or round(element.size, 4) in DEFAULT_SIZES:
        return slot_size(element.id, layout)
    return element.size


def slot_size(slot_id: str, layout: str) -> float:
    if slot_id == "headline" and layout in HERO:
        return 0.085
    if slot_id == "headline" and layout == "quote":
        return 0.05
    return SLOTS[slot_id].size


def _block_height(element: TextElement, layout: str, aspect: Aspect, theme: Theme, width: float) -> float:
    """The height (frame fraction) the text needs at its wanted size, wrapped like the renderer wraps it."""
    slot = SLOTS[element.id]
    family = element.font or (theme.heading_font if slot.role in ("heading", "cta") else theme.body_font)
    text = element.text.upper() if element.uppercase else element.text
    return _natural_height(text, family, slot, aspect, width, _size(element, layout))


@lru_cache(maxsize=4096)
def _natural_height(
    text: str, family: FontFamily, slot: Slot, aspect: Aspect, width: float, size: float
) -> float:
    frame_w, frame_h = _frame_px(aspect)
    block = fit(
        text, family, slot.weight, ROLES[slot.role], int(width * frame_w), 10 * frame_h, REF_BASE_PX, size
    )
    pad = 0.9 * block.size_px if slot.role == "cta" else 0  # the pill around a CTA
    return (block.height + pad) * HEADROOM / frame_h


def _frame_px(aspect: Aspect) -> tuple[int, int]:
    return (1920, 1080) if aspect == "16:9" else (1080, 1920)


def arrange(scene: Scene, aspect: Aspect, theme: Theme) -> Scene:
    """The scene with its slot elements boxed and styled for `aspect`; free scenes come back unchanged."""
    if scene.layout is None:
        return scene
    frame = FRAMES[aspect]
    x0, y0, x1, y1 = frame.text
    texts = {e.id: e for e in scene.elements if isinstance(e, TextElement) and e.id in SLOTS}
    image = next((e for e in scene.elements if isinstance(e, ImageElement) and e.id == "image"), None)
    align: Literal["left", "center"] = "center"
    anchor = "middle"
    boxes: dict[str, Box] = {}
    if scene.layout == "split" and image is not None:
        if aspect == "16:9":
            boxes["image"] = Box(x=0.52, y=0.14, w=0.4, h=0.72)
            x1, align = 0.47, "left"
        else:
            boxes["image"] = Box(x=0.07, y=0.2, w=0.74, h=0.3)
            y0 = 0.53
    elif scene.layout in ("statement", "media"):
        align = "left"
        if aspect == "16:9":
            x1 = 0.72
        anchor = "bottom" if scene.layout == "media" else "middle"
    order = [sid for sid in TEXT_ORDER if sid in texts]
    width = x1 - x0
    heights = [_block_height(texts[sid], scene.layout, aspect, theme, width) for sid in order]
    gaps = GAP * max(0, len(order) - 1)
    room = y1 - y0 - gaps
    if sum(heights) > room:  # too tall: every block gets its share; the renderer shrinks to fit
        heights = [h * room / sum(heights) for h in heights]
    y = (
        y0
        if anchor == "top"
        else y1 - sum(heights) - gaps
        if anchor == "bottom"
        else (y0 + (y1 - y0 - sum(heights) - gaps) / 2)
    )
    for sid, h in zip(order, heights, strict=True):
        boxes[sid] = Box(x=x0, y=round(y, 4), w=round(width, 4), h=round(min(h, 1 - y), 4))
        y += h + GAP
    elements = []
    for e in scene.elements:
        if e.id in boxes and isinstance(e, TextElement):
            slot = SLOTS[e.id]
            e = e.model_copy(
                update={
                    "box": boxes[e.id],
                    "role": slot.role,
                    "size": _size(e, scene.layout),
                    "weight": slot.weight,
                    "valign": "middle",
                    "align": align,
                }
            )
        elif e.id in boxes:
            e = e.model_copy(update={"box": boxes[e.id]})
        elements.append(e)
    return scene.model_copy(update={"elements": elements})


def logo_box(corner: Corner, aspect: Aspect, image_ratio: float, height: float = 0.075) -> Box:
    """A logo in a corner: inside 3 % at 16:9, inside the apps' safe area at 9:16."""
    frame = FRAMES[aspect]
    h = height if aspect == "16:9" else height * PORTRAIT_LOGO_SCALE
    w = min(0.22, h * image_ratio / frame.width_over_height)
    h = min(h, w * frame.width_over_height / image_ratio)
    right_edge = 1 - frame.logo_inset_x if aspect == "16:9" else frame.text[2]
    x = frame.logo_inset_x if corner.endswith("left") else right_edge - w
    y = frame.logo_top if corner.startswith("top") else frame.logo_bottom - h
    return Box(x=round(x, 4), y=round(y, 4), w=round(w, 4), h=round(h, 4))


PORTRAIT_LOGO_SCALE = 9 / 16 * 0.9  # a 9:16 logo is as wide, relative to the frame width, as at 16:9


def corner_of(box: Box) -> Corner:
    """The corner a placed logo sits in."""
    return ("top" if box.y < 0.5 else "bottom") + ("-left" if box.x < 0.5 else "-right")  # type: ignore[return-value]


def logo_height(box: Box, aspect: Aspect) -> float:
    """The `height` that logo_box() was given for a logo placed at `aspect`."""
    return box.h if aspect == "16:9" else box.h / PORTRAIT_LOGO_SCALE


POSITIONS = ("top", "center", "bottom", "top-left", "top-right", "bottom-left", "bottom-right")


def free_box(position: str, aspect: Aspect, w: float = 0.3, h: float = 0.12) -> Box:
    """A box for a freely placed element at a named position inside the text-safe area."""
    x0, y0, x1, y1 = FRAMES[aspect].text
    w, h = min(w, x1 - x0), min(h, y1 - y0)
    x = {"left": x0, "right": x1 - w}.get(position.split("-")[-1], x0 + (x1 - x0 - w) / 2)
    y = {"top": y0, "bottom": y1 - h}.get(position.split("-")[0], y0 + (y1 - y0 - h) / 2)
    return Box(x=round(x, 4), y=round(y, 4), w=round(w, 4), h=round(h, 4))


def overflowing(scene: Scene, aspect: Aspect, theme: Theme) -> list[str]:
    """Ids of text elements that only fit below their role's minimum size or line limit, as the
    renderer would draw them at 1080p."""
    canvas = Canvas(*_frame_px(aspect))
    bad = []
    for e in scene.elements:
        if isinstance(e, TextElement):
            block, (_, _, w, h) = text_layout(e, theme, canvas)
            role = ROLES[e.role]
            if (
                block.size_px < round(role.min_size * canvas.base) - 1
                or len(block.lines) > role.max_lines
                or block.height > h
                or block.width > w
            ):
                bad.append(e.id)
    return bad


def slot_text(scene: Scene) -> dict[str, str]:
    """The copy of a scene by slot, for summaries and edits."""
    return {e.id: e.text for e in scene.elements if isinstance(e, TextElement)}
