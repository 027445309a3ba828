"""Small Pillow drawings the element modules share: labels, rounded shapes and discs, anti-aliased."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ozor.render.draw import SUPERSAMPLE, rounded
from ozor.render.fonts import font
from ozor.scene.color import luminance, rgba_of
from ozor.scene.models import FontFamily

MARGIN = 2  # transparent pixels around a label, so anti-aliased edges are never cut


def label(text: str, family: FontFamily, weight: int, px: int, color: str) -> tuple[Image.Image, int]:
    """One line of text as a tight RGBA image, and the baseline's distance from the image's top."""
    face = font(family, weight, px)
    ascent, descent = face.getmetrics()
    image = Image.new(
        "RGBA", (round(face.getlength(text)) + 2 * MARGIN, ascent + descent + 2 * MARGIN), (0, 0, 0, 0)
    )
    ImageDraw.Draw(image).text((MARGIN, MARGIN + ascent), text, font=face, fill=rgba_of(color), anchor="ls")
    return image, MARGIN + ascent


def fit_px(texts: list[str], family: FontFamily, weight: int, px: int, width: float, minimum: int = 8) -> int:
    """The largest size up to `px` at which every text fits `width` on one line."""
    while px > minimum and max(font(family, weight, px).getlength(t) for t in texts) > width:
        px = max(minimum, int(px * 0.94))
    return px


def shape(
    w: int,
    h: int,
    color: str | tuple[int, int, int, int],
    radius: int = 0,
    kind: str = "rounded",
    stroke: int = 0,
) -> Image.Image:
    """A filled (or stroked) rounded rectangle or ellipse of w×h as RGBA."""
    image = Image.new("RGBA", (max(1, w), max(1, h)), (0, 0, 0, 0))
    fill = rgba_of(color) if isinstance(color, str) else color
    rounded(image, (0, 0, max(1, w), max(1, h)), radius, fill, kind, stroke)
    return image


def polyline(
    size: tuple[int, int],
    points: list[tuple[float, float]],
    color: tuple[int, int, int, int],
    width: float,
    fill_below: tuple[int, int, int, int] | None = None,
) -> Image.Image:
    """An anti-aliased polyline with round joins (drawn supersampled), optionally with the area under it."""
    s = SUPERSAMPLE
    w, h = size
    big = Image.new("RGBA", (w * s, h * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    pts = [(x * s, y * s) for x, y in points]
    if fill_below is not None:
        draw.polygon([*pts, (pts[-1][0], h * s), (pts[0][0], h * s)], fill=fill_below)
    lw = max(1, round(width * s))
    draw.line(pts, fill=color, width=lw, joint="curve")
    r = lw / 2
    for x, y in (pts[0], pts[-1]):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
    return big.resize((w, h), Image.Resampling.LANCZOS)


def on(color: str) -> str:
    """Text colour that reads on `color` (white or near-black)."""
    return "#FFFFFF" if luminance(color[:7]) < 0.4 else "#111111"
