"""Image treatments: masks (rounded, circle, blob), tint and duotone, device frames (phone, laptop).

Colour treatments change the picture once, before it is fitted (or handed to a Ken Burns zoom); masks
become the picture's alpha; a device frame is a still bezel drawn over the picture's screen.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from ozor.render.draw import SUPERSAMPLE, Canvas, Raster, rounded
from ozor.scene.color import rgba_of
from ozor.scene.models import ImageElement

BEZEL = "#101114"


def recoloured(image: Image.Image, el: ImageElement) -> Image.Image:
    """The picture with its duotone or tint applied (alpha kept)."""
    if el.duotone is None and el.tint is None:
        return image
    rgba = np.asarray(image.convert("RGBA")).astype(np.float32)
    rgb, alpha = rgba[..., :3], rgba[..., 3:]
    if el.duotone is not None:
        lum = (rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32))[..., None] / 255
        dark, light = (np.array(rgba_of(c)[:3], np.float32) for c in el.duotone)
        rgb = (dark * (1 - lum) + light * lum).astype(np.float32)
    if el.tint is not None:
        r, g, b, a = rgba_of(el.tint)
        k = a / 255 if len(el.tint) == 9 else 0.45
        rgb = (rgb * (1 - k) + np.array([r, g, b], np.float32) * k).astype(np.float32)
    out = np.concatenate([np.clip(np.rint(rgb), 0, 255), alpha], axis=-1).astype(np.uint8)
    return Image.fromarray(out)


def mask(el: ImageElement, w: int, h: int) -> np.ndarray | None:
    """The picture's alpha in a w×h box for its mask (None: a plain rectangle)."""
    kind = el.mask if el.mask != "none" else ("rounded" if el.corner_radius > 0 else "none")
    if kind == "none":
        return None
    s = SUPERSAMPLE
    big = Image.new("L", (w * s, h * s), 0)
    draw = ImageDraw.Draw(big)
    if kind == "rounded":  # drawn as version 1 drew it, so old documents render the same pixels
        image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        rounded(image, (0, 0, w, h), int(min(w, h) * (el.corner_radius or 0.08)), (255, 255, 255, 255))
        return np.asarray(image.getchannel("A"))
    if kind == "circle":
        d = min(w, h) * s
        draw.ellipse(((w * s - d) / 2, (h * s - d) / 2, (w * s + d) / 2 - 1, (h * s + d) / 2 - 1), fill=255)
    else:  # blob: a circle with two slow harmonics, seeded by the element id so it is stable
        seed = sum(map(ord, el.id))
        r0 = min(w, h) * s * 0.46
        pts = [
            (w * s / 2 + r * math.cos(a), h * s / 2 + r * math.sin(a))
            for a in np.linspace(0, 2 * math.pi, 240, endpoint=False)
            for r in [r0 * (1 + 0.07 * math.sin(3 * a + seed) + 0.04 * math.sin(5 * a + seed * 0.7))]
        ]
        draw.polygon(pts, fill=255)
    return np.asarray(big.resize((w, h), Image.Resampling.LANCZOS))


def screen(el: ImageElement, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Where the picture goes inside its box: the whole box, or a device's screen."""
    x, y, w, h = box
    if el.device == "phone":
        b = round(min(w, h) * 0.045)
        return x + b, y + b, w - 2 * b, h - 2 * b
    if el.device == "laptop":
        sw = round(w * 0.8)
        bx, by = round(sw * 0.03), round(sw * 0.03)
        sh = min(h - round(h * 0.08) - 2 * by, round((sw - 2 * bx) * 10 / 16))
        return x + (w - sw) // 2 + bx, y + by, sw - 2 * bx, sh
    return box


def device(el: ImageElement, box: tuple[int, int, int, int], canvas: Canvas) -> Raster | None:
    """The device's body as a still RGBA drawing over the box (its screen left transparent)."""
    if el.device == "none":
        return None
    x, y, w, h = box
    sx, sy, sw, sh = screen(el, box)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    body = rgba_of(BEZEL)
    cut = Image.new("L", (w, h), 0)
    if el.device == "phone":
        radius = round(min(w, h) * 0.14)
        rounded(image, (0, 0, w, h), radius, body)
        screen_radius = max(2, radius - (sx - x))
        ImageDraw.Draw(cut).rounded_rectangle(
            (sx - x, sy - y, sx - x + sw - 1, sy - y + sh - 1), screen_radius, fill=255
        )
    else:
        lid_w = sw + 2 * round(w * 0.8 * 0.03)
        lid_x = (w - lid_w) // 2
        lid_h = sh + 2 * (sy - y)
        rounded(image, (lid_x, 0, lid_x + lid_w, lid_h), round(lid_w * 0.025), body)
        base_h = max(4, round(h * 0.05))
        rounded(image, (0, lid_h, w, min(h, lid_h + base_h)), base_h // 2, (196, 200, 208, 255))
        ImageDraw.Draw(cut).rectangle((sx - x, sy - y, sx - x + sw - 1, sy - y + sh - 1), fill=255)
    alpha = np.asarray(image.getchannel("A")).astype(np.int32) * (255 - np.asarray(cut, np.int32)) // 255
    image.putalpha(Image.fromarray(alpha.astype(np.uint8)))
    if el.device == "phone":  # the camera notch overlaps the screen's top edge
        notch_w, notch_h = round(sw * 0.3), round((sx - x) * 1.2)
        rounded(
            image, ((w - notch_w) // 2, sy - y - 1, (w + notch_w) // 2, sy - y + notch_h), notch_h // 2, body
        )
    return Raster(np.asarray(image), x, y)
