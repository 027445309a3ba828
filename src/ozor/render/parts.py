"""Elements drawn in parts: what a built element is (a resting sprite, and pieces while it animates).

An element that animates inside itself (words rising, bars growing, digits counting) hands the
compositor a list of (sprite, state) parts for the frames it is busy, and None once it rests; the
resting sprite then joins the cached base frame like any still layer, so finished motion costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from PIL import Image

from ozor.render import yuv
from ozor.render.assets import AssetMap
from ozor.render.draw import Canvas
from ozor.render.motion import State, ease
from ozor.render.yuv import Sprite
from ozor.scene.models import Easing, Theme

Part = tuple[Sprite, State]


class Animated(Protocol):
    def parts(self, t: float) -> list[Part] | None:
        """The pieces to paint at scene-local time t (states in base-side fractions), or None at rest."""
        ...


@dataclass(frozen=True)
class Context:
    canvas: Canvas
    theme: Theme
    assets: AssetMap
    duration: float  # the scene's, in seconds


@dataclass
class Built:
    sprite: Sprite  # the element at rest
    anim: Animated | None = None


def progress(t: float, start: float, duration: float, easing: Easing = "ease_out_cubic") -> float:
    """Eased progress of a motion that starts at `start`: 0 before, 1 after."""
    if t <= start:
        return 0.0
    return 1.0 if duration <= 0 or t >= start + duration else ease(easing, (t - start) / duration)


def image_sprite(image: Image.Image, x: int, y: int) -> Sprite:
    return yuv.sprite(np.asarray(image.convert("RGBA")), x, y)


def moved(s: Sprite, x: int, y: int) -> Sprite:
    """The same sprite with its top-left corner at (x, y) (even coordinates)."""
    return Sprite(x, y, s.pm, s.inv_y, s.inv_c, s.ink, s.solid)  # not dataclasses.replace: many a frame


def faded(s: Sprite, opacity: float) -> Sprite:
    """The sprite with its opacity baked in (an element's resting opacity costs nothing per frame)."""
    if opacity >= 1.0:
        return s
    k = np.uint16(round(opacity * 256))
    return Sprite(
        s.x,
        s.y,
        yuv.Planes(scaled(s.pm.y, k), scaled(s.pm.u, k), scaled(s.pm.v, k)),
        inverse_scaled(s.inv_y, k),
        inverse_scaled(s.inv_c, k),
    )


def scaled(plane: np.ndarray, k: np.ndarray | np.uint16) -> np.ndarray:
    """A premultiplied plane times k/256 (k a scalar or a per-pixel weight of 0..256)."""
    return ((plane.astype(np.uint16) * k) >> 8).astype(np.uint8)


def inverse_scaled(inv: np.ndarray, k: np.ndarray | np.uint16) -> np.ndarray:
    """The inverse alpha of a layer whose alpha is scaled by k/256."""
    return np.asarray(255 - (((255 - inv.astype(np.uint16)) * k) >> 8), dtype=np.uint8)


def composite(parts: list[Sprite]) -> Sprite:
    """Sprites flattened into one (premultiplied "over"), in order: a resting look drawn as pieces."""
    x0, y0 = min(s.x for s in parts), min(s.y for s in parts)
    x1, y1 = max(s.x + s.size[0] for s in parts), max(s.y + s.size[1] for s in parts)
    w, h = x1 - x0, y1 - y0
    pm = yuv.Planes(
        np.zeros((h, w), np.uint8), np.zeros((h // 2, w // 2), np.uint8), np.zeros((h // 2, w // 2), np.uint8)
    )
    inv_y, inv_c = np.full((h, w), 255, np.uint8), np.full((h // 2, w // 2), 255, np.uint8)
    for s in parts:
        sw, sh = s.size
        dx, dy = s.x - x0, s.y - y0
        yuv.blend(pm, moved(s, dx, dy))
        for dst, inv in (
            (inv_y[dy : dy + sh, dx : dx + sw], s.inv_y),
            (inv_c[dy // 2 : (dy + sh) // 2, dx // 2 : (dx + sw) // 2], s.inv_c),
        ):
            dst[...] = (dst.astype(np.uint32) * inv + 127) // 255
    return Sprite(x0, y0, pm, inv_y, inv_c)
