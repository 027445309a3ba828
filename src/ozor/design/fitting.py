"""Copy fitted to its box by measuring it with the renderer's own text layout, never by guessing.

A template asks for a size; the copy is laid out exactly as the renderer will lay it out (same faces,
wrap, line limit) at the reference resolution, and the size steps down until the block fits. Below
the template's floor the copy is too long for the design and the director is told to shorten it.
"""

from __future__ import annotations

from typing import Final, Literal

from ozor.render.layout import ROLES, fit
from ozor.scene.base import Aspect, Box
from ozor.scene.fonts import FontFamily

TextRole = Literal["heading", "body", "caption", "cta"]
REFERENCE: Final[dict[Aspect, tuple[int, int]]] = {"16:9": (1920, 1080), "9:16": (1080, 1920)}
STEP: Final = 0.95


class CopyTooLong(ValueError):
    """The copy does not fit its slot's box at the smallest size the design allows."""


def fitted_size(
    text: str,
    *,
    family: FontFamily,
    weight: int,
    role: TextRole,
    box: Box,
    aspect: Aspect,
    size: float,
    floor: float,
    pill: bool = False,
) -> float:
    """The largest size ≤ `size` (a fraction of the frame's base side) at which `text` fits `box`
    within its role's line limit, measured at the reference resolution; CopyTooLong below `floor`."""
    width, height = REFERENCE[aspect]
    base = min(width, height)
    box_w, box_h = round(box.w * width), round(box.h * height)
    spec = ROLES[role]
    trial = size
    while trial >= floor - 1e-9:
        pad_x, pad_y = (
            (int(trial * base * 0.7), min(int(trial * base * 0.35), box_h // 6)) if pill else (0, 0)
        )
        block = fit(text, family, weight, spec, box_w - 2 * pad_x, box_h - 2 * pad_y, base, trial, False)
        if (
            block.width <= box_w - 2 * pad_x
            and block.height <= box_h - 2 * pad_y
            and len(block.lines) <= spec.max_lines
            and block.size_px >= round(trial * base) - 1
        ):
            return round(trial, 4)
        trial *= STEP
    raise CopyTooLong(f"does not fit its box even at {floor:.3f} of the frame: shorten it")
