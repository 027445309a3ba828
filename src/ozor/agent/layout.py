"""Slot layouts of scenes stored before design templates: their slot elements re-placed inside the
safe areas of VISUAL.md, sized by measuring text.

New scenes are composed by design templates (create_scene too); a stored scene with a `layout` and
no template still owns the boxes and typography of its slot elements (kicker, headline, body, cta,
image, …), and re-arranging after an aspect, font or copy change keeps it readable and inside the
safe area. Elements with other ids are placed freely and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ozor.render.layout import ROLES, fit
from ozor.scene.models import Aspect, Box, FontFamily, ImageElement, Scene, TextElement, Theme

REF_BASE_PX = 1080  # measure at 1080p; boxes keep headroom for other resolutions
HEADROOM = 1.14


@dataclass(frozen=True)
class Slot:
    role: Literal["heading", "body", "caption", "cta"]
    size: float  # wanted size, a fraction of the frame's base side (height at 16:9, width at 9:16)
    weight: int


SLOTS: dict[str, Slot] = {
    "kicker": Slot("caption", 0.028, 600),
    "stat": Slot("heading", 0.15, 800),
    "headline": Slot("heading", 0.062, 700),
    "body": Slot("body", 0.036, 400),
    "attribution": Slot("caption", 0.028, 500),
    "cta": Slot("cta", 0.05, 700),
}
HERO = {"title", "cta"}  # layouts whose headline is a hero headline (7–9 %)
TEXT_ORDER = ("kicker", "stat", "headline", "body", "attribution", "cta")
GAP = 0.022  # between stacked blocks, a fraction of the frame height


# Where slot text goes (x0, y0, x1, y1, frame fractions): clear of the corner band where logos sit at
# 16:9; at 9:16 the apps cover the top 12 %, bottom 22 % and right 12 %.
TEXT_AREAS: dict[str, tuple[float, float, float, float]] = {
    "16:9": (0.08, 0.14, 0.92, 0.86),
    "9:16": (0.07, 0.2, 0.81, 0.76),
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
    """The scene with its slot elements boxed and styled for `aspect`; free and composed scenes come
    back unchanged."""
    if scene.layout is None or scene.template is not None:
        return scene
    x0, y0, x1, y1 = TEXT_AREAS[aspect]
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
