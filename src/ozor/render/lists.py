"""Lists: bullets, numbered steps or checks, each item's badge popping in as its text rises, staggered."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ozor.render.draw import SUPERSAMPLE
from ozor.render.fonts import font
from ozor.render.layout import wrap
from ozor.render.motion import HIDDEN, IDENTITY, State, back_out
from ozor.render.paint import label, on
from ozor.render.parts import Built, Context, Part, composite, image_sprite
from ozor.render.yuv import Sprite
from ozor.scene.color import rgba_of
from ozor.scene.models import FontFamily, ListElement

MAX_LINES = 2


class Steps:
    def __init__(
        self, items: list[tuple[list[tuple[Sprite, int]], float]], duration: float, base: int, px: int
    ):
        self.items, self.duration = items, duration
        self.rise = 0.35 * px / base
        self.end = max(start for _, start in items) + duration

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.end:
            return None
        out: list[Part] = []
        for pieces, start in self.items:
            raw = (t - start) / self.duration
            if raw <= 0:
                continue
            p = min(1.0, raw)
            for sprite, kind in pieces:
                if raw >= 1:
                    state = IDENTITY
                elif kind == 0:  # the badge pops
                    state = State(opacity=min(1.0, p * 3), scale=max(0.05, 0.4 + 0.6 * back_out(p)))
                else:  # the text rises, a little later
                    q = min(1.0, max(0.0, (raw - 0.15) / 0.85))
                    eased = 1 - (1 - q) ** 3
                    state = State(opacity=min(1.0, q * 2), dy=(1 - eased) * self.rise) if q > 0 else HIDDEN
                if state.visible:
                    out.append((sprite, state))
        return out


def _layout(items: list[str], family: FontFamily, px: int, width: float) -> list[list[str]] | None:
    face = font(family, 500, px)
    out = []
    for text in items:
        lines = wrap(text.split(), face, width)
        if lines is None or len(lines) > MAX_LINES:
            return None
        out.append(lines)
    return out


def _badge(marker: str, index: int, d: int, accent: str, family: FontFamily) -> Image.Image:
    s = SUPERSAMPLE
    big = Image.new("RGBA", (d * s, d * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    if marker == "bullet":
        r = d * s * 0.22
        draw.ellipse((d * s / 2 - r, d * s / 2 - r, d * s / 2 + r, d * s / 2 + r), fill=rgba_of(accent))
        return big.resize((d, d), Image.Resampling.LANCZOS)
    draw.ellipse((0, 0, d * s - 1, d * s - 1), fill=rgba_of(accent))
    ink = rgba_of(on(accent))
    if marker == "check":
        pts = [(0.3, 0.52), (0.45, 0.66), (0.71, 0.37)]
        draw.line(
            [(px_ * d * s, py * d * s) for px_, py in pts], fill=ink, width=round(d * s * 0.1), joint="curve"
        )
    image = big.resize((d, d), Image.Resampling.LANCZOS)
    if marker == "number":
        digit, base = label(str(index + 1), family, 700, round(d * 0.52), on(accent))
        face = font(family, 700, round(d * 0.52))
        cap = face.getbbox("0", anchor="ls")[1]  # negative: the digits' height above the baseline
        image.alpha_composite(digit, ((d - digit.width) // 2, round(d / 2 - cap / 2 - base)))
    return image


def build_list(el: ListElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    family = theme.body_font
    px = round(0.042 * canvas.base)
    while True:
        badge = round(px * 1.45)
        gap, spacing = round(px * 0.7), round(px * 0.6)
        layout = _layout(el.items, family, px, w - badge - gap)
        line_px = round(px * 1.3)
        total = sum(max(badge, len(lines) * line_px) for lines in layout or []) + spacing * (
            len(el.items) - 1
        )
        if (layout is not None and total <= h) or px <= 10:
            break
        px = max(10, int(px * 0.94))
    layout = layout or [[t] for t in el.items]
    ascent = font(family, 500, px).getmetrics()[0]
    color = el.color or theme.palette.text
    top = y + max(0, (h - total) // 2)
    items: list[tuple[list[tuple[Sprite, int]], float]] = []
    sprites: list[Sprite] = []
    for k, lines in enumerate(layout):
        height = max(badge, len(lines) * line_px)
        pieces: list[tuple[Sprite, int]] = [
            (
                image_sprite(
                    _badge(el.marker, k, badge, theme.palette.accent, theme.heading_font),
                    x,
                    top + (min(height, line_px) - badge) // 2 + (line_px - px) // 4,
                ),
                0,
            )
        ]
        for i, line in enumerate(lines):
            img, base = label(line, family, 500, px, color)
            text_top = (
                top
                + (min(height, line_px) - line_px) // 2
                + i * line_px
                + (line_px - ascent) // 2
                + ascent
                - base
            )
            pieces.append((image_sprite(img, x + badge + gap, text_top), 1))
        items.append((pieces, el.start + el.delay + k * el.stagger))
        sprites.extend(s for s, _ in pieces)
        top += height + spacing
    return Built(composite(sprites), Steps(items, el.duration, canvas.base, px))
