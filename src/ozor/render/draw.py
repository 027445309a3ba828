"""Rasterise what does not move: text blocks, shapes, images and logos as RGBA, once per scene."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from ozor.render.layout import ROLES, TextBlock, fit
from ozor.scene.color import luminance, rgba_of
from ozor.scene.models import (
    Box,
    GradientBackground,
    ImageElement,
    LogoElement,
    ShapeElement,
    TextElement,
    Theme,
)

SUPERSAMPLE = 3  # shapes are drawn larger and reduced, so their edges are anti-aliased
CORNER_MARGIN = 4  # pixels beyond a corner's radius that its reduction reaches (Lanczos: 3)


@dataclass(frozen=True)
class Canvas:
    width: int
    height: int

    @property
    def base(self) -> int:
        """The side type sizes scale with: the height at 16:9, the width at 9:16."""
        return min(self.width, self.height)

    def box(self, box: Box) -> tuple[int, int, int, int]:
        x, y = round(box.x * self.width), round(box.y * self.height)
        w = max(2, min(round(box.w * self.width), self.width - x))
        h = max(2, min(round(box.h * self.height), self.height - y))
        return x, y, w, h


@dataclass
class Raster:
    """An RGBA image and where its top-left corner goes in the frame."""

    rgba: np.ndarray
    x: int
    y: int


def text_layout(el: TextElement, theme: Theme, canvas: Canvas) -> tuple[TextBlock, tuple[int, int, int, int]]:
    """The fitted block and the box it fits (a CTA's pill padding comes off the box first)."""
    role = ROLES[el.role]
    x, y, w, h = canvas.box(el.box)
    text = el.text.upper() if el.uppercase else el.text
    family = el.font or (theme.heading_font if el.role in ("heading", "cta") else theme.body_font)
    weight = el.weight or role.weight
    pad_x, pad_y = pill_padding(el, canvas, h)
    block = fit(text, family, weight, role, w - 2 * pad_x, h - 2 * pad_y, canvas.base, el.size, el.auto_fit)
    return block, (x, y, w, h)


def pill_padding(el: TextElement, canvas: Canvas, box_h: int) -> tuple[int, int]:
    if el.background is None:
        return 0, 0
    size = (el.size or ROLES[el.role].size) * canvas.base
    return int(size * 0.7), min(int(size * 0.35), box_h // 6)


def text_raster(el: TextElement, theme: Theme, canvas: Canvas, chars: int | None = None) -> Raster:
    """The element's text (first `chars` characters, for typewriters) laid out in its box."""
    block, (x, y, w, h) = text_layout(el, theme, canvas)
    pad_x, pad_y = pill_padding(el, canvas, h)
    shadow = max(2, block.size_px // 12) if el.shadow else 0
    margin = shadow * 3
    image = Image.new("RGBA", (w + 2 * margin, h + 2 * margin), (0, 0, 0, 0))
    inner_h = block.height + 2 * pad_y
    top = {"top": 0, "middle": (h - inner_h) // 2, "bottom": h - inner_h}[el.valign] + margin
    if el.background is not None:
        pill_w = block.width + 2 * pad_x
        left = aligned(el.align, w, pill_w) + margin
        radius = min(inner_h // 2, int(block.size_px * 0.6))
        rounded(image, (left, top, left + pill_w, top + inner_h), radius, rgba_of(el.background))
        lines_left, lines_w = left + pad_x, block.width
    else:
        lines_left, lines_w = margin, w
    color = el.color or text_color(el, theme)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ascent, _ = block.font.getmetrics()
    remaining = len(el.text) if chars is None else chars
    for i, line in enumerate(block.lines):
        shown = line[: max(0, remaining)]
        remaining -= len(line) + 1
        if not shown:
            break
        lx = lines_left + aligned(el.align, lines_w, block.line_width(line))
        draw.text(
            (lx, top + pad_y + ascent + i * block.line_px),
            shown,
            font=block.font,
            fill=rgba_of(color),
            anchor="ls",
        )
    if shadow:
        alpha = layer.getchannel("A").point(lambda a: a * 0.55)
        soft = Image.new("RGBA", image.size, (0, 0, 0, 0))
        soft.putalpha(alpha)
        soft = soft.filter(ImageFilter.GaussianBlur(shadow))
        image.alpha_composite(soft, (0, shadow // 2 + 1))
    image.alpha_composite(layer)
    return Raster(np.asarray(image), x - margin, y - margin)


def text_color(el: TextElement, theme: Theme) -> str:
    if el.background is None:
        return theme.palette.text
    return "#FFFFFF" if luminance(el.background[:7]) < 0.45 else "#111111"


def aligned(align: str, width: int, inner: int) -> int:
    return {"left": 0, "center": (width - inner) // 2, "right": width - inner}[align]


def rounded(
    image: Image.Image,
    rect: tuple[int, int, int, int],
    radius: int,
    fill: tuple[int, ...],
    shape: str = "rounded",
    stroke: int = 0,
) -> None:
    """An anti-aliased shape composited onto `image` (drawn supersampled, then reduced)."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    mask = (
        _box_mask(w, h, radius if shape == "rounded" else 0)
        if shape in ("rounded", "rect") and not stroke
        else None
    )
    if mask is None:
        mask = _supersampled(w, h, radius, shape, stroke)
    layer = Image.new("RGBA", (w, h), fill[:3] + (0,))
    layer.putalpha(mask.point(lambda a: a * fill[3] // 255))
    image.alpha_composite(layer, (x0, y0))


def _box_mask(w: int, h: int, radius: int) -> Image.Image | None:
    """A filled (rounded) rectangle's mask without supersampling all of it: everything but the corners
    is solid, so only a small rounded square is supersampled and its corners placed (the same pixels)."""
    side = radius + CORNER_MARGIN if radius > 0 else 0
    if 2 * side >= min(w, h):
        return None
    mask = Image.new("L", (w, h), 255)
    if side:
        corners = _supersampled(2 * side, 2 * side, radius, "rounded", 0)
        for cx, cy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            patch = corners.crop((cx * side, cy * side, (cx + 1) * side, (cy + 1) * side))
            mask.paste(patch, (cx * (w - side), cy * (h - side)))
    return mask


def _supersampled(w: int, h: int, radius: int, shape: str, stroke: int) -> Image.Image:
    s = SUPERSAMPLE
    big = Image.new("L", (w * s, h * s), 0)
    draw = ImageDraw.Draw(big)
    box = (0, 0, w * s - 1, h * s - 1)
    width = stroke * s if stroke else 0
    if shape == "ellipse":
        draw.ellipse(box, fill=None if width else 255, outline=255 if width else None, width=width)
    elif shape == "line":
        draw.line((0, h * s // 2, w * s, h * s // 2), fill=255, width=max(s, stroke * s or h * s))
    else:
        r = radius * s if shape == "rounded" else 0
        draw.rounded_rectangle(
            box, r, fill=None if width else 255, outline=255 if width else None, width=width
        )
    return big.resize((w, h), Image.Resampling.LANCZOS)


def shape_raster(el: ShapeElement, theme: Theme, canvas: Canvas) -> Raster:
    x, y, w, h = canvas.box(el.box)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    radius = int(min(w, h) * el.corner_radius)
    stroke = round(el.stroke_width * canvas.base)
    rounded(image, (0, 0, w, h), radius, rgba_of(el.color or theme.palette.accent), el.shape, stroke)
    return Raster(np.asarray(image), x, y)


def load_image(path: Path) -> Image.Image:
    with Image.open(path) as im:
        return ImageOps.exif_transpose(im).convert("RGBA")


def fitted(image: Image.Image, w: int, h: int, mode: str) -> tuple[Image.Image, int, int]:
    """The image scaled to cover (cropped to) or be contained in w×h, and its offset in the box."""
    if mode == "cover":
        return ImageOps.fit(image, (w, h), Image.Resampling.LANCZOS), 0, 0
    contained = ImageOps.contain(image, (w, h), Image.Resampling.LANCZOS)
    return contained, (w - contained.width) // 2, (h - contained.height) // 2


def contained_box(size: tuple[int, int], box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The part of `box` a picture (or clip) of `size` contained in it covers: a frame fitted to the
    picture pads nothing."""
    (iw, ih), (x, y, w, h) = size, box
    scale = min(w / iw, h / ih)
    cw, ch = max(1, round(iw * scale)), max(1, round(ih * scale))
    return x + (w - cw) // 2, y + (h - ch) // 2, cw, ch


def edge_colour(image: Image.Image, spread: int = 24) -> tuple[int, int, int] | None:
    """The picture's own edge colour (the median of its opaque border pixels) when the border is
    near-uniform (a page's paper, a print's margin, a studio backdrop), else None: what a letterbox
    around it may take so the picture reads as continuing, not boxed in black."""
    w, h = image.size
    band = max(1, min(w, h) // 100)
    strips = [(0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)]
    samples = []
    for strip in strips:  # sampled, not averaged: a textured edge (grass, noise) is not a uniform one
        pixels = np.asarray(image.crop(strip).convert("RGBA")).reshape(-1, 4)
        samples.append(pixels[:: max(1, len(pixels) // 2000)])
    ring = np.concatenate(samples).astype(np.int16)
    ring = ring[ring[:, 3] > 127, :3]
    if len(ring) == 0:
        return None
    median = np.median(ring, axis=0)
    if np.percentile(np.abs(ring - median).max(axis=1), 90) > spread:
        return None
    r, g, b = (int(c) for c in np.rint(median))
    return r, g, b


def mat(image: Image.Image, fallback: str) -> tuple[int, int, int]:
    """What fills a frame around a contained picture: its own edge colour, else the look's `fallback`."""
    edge = edge_colour(image)
    return edge if edge is not None else rgba_of(fallback)[:3]


def has_transparency(image: Image.Image) -> bool:
    """A cut-out: some of the picture is see-through, so it must not be flattened onto a box."""
    return image.mode == "RGBA" and bool(np.asarray(image.getchannel("A")).min() < 255)


def image_raster(
    el: ImageElement | LogoElement,
    image: Image.Image,
    box: tuple[int, int, int, int],
    canvas: Canvas,
    cutout: Callable[[int, int], np.ndarray | None] | None = None,
) -> Raster:
    """A still image or logo fitted in `box`, cut out by its mask (made for the fitted size), with shadow."""
    x, y, w, h = box
    mode = el.fit if isinstance(el, ImageElement) else "contain"
    picture, ox, oy = fitted(image, w, h, mode)
    alpha = cutout(*picture.size) if cutout is not None else None
    if alpha is not None:
        picture.putalpha(Image.fromarray(np.minimum(np.asarray(picture.getchannel("A")), alpha)))
    if isinstance(el, ImageElement) and el.shadow:
        rgba, dx, dy = _with_shadow(picture, canvas)
        return Raster(rgba, x + ox + dx, y + oy + dy)
    return Raster(np.asarray(picture), x + ox, y + oy)


def shadow_raster(el: ImageElement, box: tuple[int, int, int, int], canvas: Canvas) -> Raster:
    """The soft drop shadow under a picture's frame (drawn separately when the picture itself moves)."""
    x, y, w, h = box
    radius = int(min(w, h) * el.corner_radius)
    blur = max(4, canvas.base // 60)
    pad = blur * 3
    image = Image.new("RGBA", (w + 2 * pad, h + 2 * pad), (0, 0, 0, 0))
    rounded(image, (pad, pad + blur // 2, pad + w, pad + h + blur // 2), radius, (0, 0, 0, 110))
    return Raster(np.asarray(image.filter(ImageFilter.GaussianBlur(blur))), x - pad, y - pad)


def _with_shadow(picture: Image.Image, canvas: Canvas) -> tuple[np.ndarray, int, int]:
    blur = max(4, canvas.base // 60)
    pad = blur * 3
    base = Image.new("RGBA", (picture.width + 2 * pad, picture.height + 2 * pad), (0, 0, 0, 0))
    shade = Image.new("RGBA", picture.size, (0, 0, 0, 0))
    shade.putalpha(picture.getchannel("A").point(lambda a: a * 110 // 255))
    base.alpha_composite(shade, (pad, pad + blur // 2))
    base = base.filter(ImageFilter.GaussianBlur(blur))
    base.alpha_composite(picture, (pad, pad))
    return np.asarray(base), -pad, -pad


def gradient(bg: GradientBackground, w: int, h: int) -> np.ndarray:
    """A linear (at `angle`, 180 = top to bottom) or radial gradient through the colour stops.

    Computed on a quarter-size grid and enlarged bilinearly: a gradient is smooth, and this is 16×
    less work than evaluating every pixel.
    """
    gw, gh = max(2, w // 4), max(2, h // 4)
    stops = np.array([rgba_of(c)[:3] for c in bg.colors], dtype=np.float32)
    xs = ((np.arange(gw, dtype=np.float32) + 0.5) / gw - 0.5)[None, :]
    ys = ((np.arange(gh, dtype=np.float32) + 0.5) / gh - 0.5)[:, None]
    if bg.kind == "radial":
        pos = np.sqrt(xs**2 + ys**2) / np.sqrt(0.5)
    else:
        a = np.deg2rad(bg.angle)
        dx, dy = np.sin(a), -np.cos(a)
        pos = (xs * dx + ys * dy) / (abs(dx) + abs(dy)) + 0.5
    pos = np.clip(pos, 0, 1) * (len(stops) - 1)
    i = np.minimum(pos.astype(np.int32), len(stops) - 2)
    f = (pos - i)[..., None]
    rgb = stops[i] * (1 - f) + stops[i + 1] * f
    return np.asarray(
        cv2.resize(np.clip(np.rint(rgb), 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    )
