"""Counters: numbers that count up. Each glyph is rasterised once (at both pixel parities, since chroma
needs even positions) and every frame's number is laid out from those sprites with tabular digits."""

from __future__ import annotations

from ozor.render.fonts import font
from ozor.render.motion import IDENTITY
from ozor.render.paint import MARGIN, label
from ozor.render.parts import Built, Context, Part, composite, image_sprite, moved, progress
from ozor.render.yuv import Sprite
from ozor.scene.models import CounterElement, Easing, FontFamily, NumberFormat


class Digits:
    """A glyph set of one face, size and colour, and numbers laid out from it at a baseline."""

    def __init__(self, family: FontFamily, weight: int, px: int, color: str):
        self.face = font(family, weight, px)
        self.family, self.weight, self.px, self.color = family, weight, px, color
        self.digit = max(self.face.getlength(d) for d in "0123456789")
        self.ascent = self.face.getmetrics()[0]
        self._glyphs: dict[tuple[str, int], Sprite] = {}

    def advance(self, ch: str) -> float:
        return self.digit if ch.isdigit() else self.face.getlength(ch)

    def width(self, text: str) -> float:
        return sum(self.advance(c) for c in text)

    def glyph(self, ch: str, parity: int, top: int) -> Sprite:
        key = (ch, parity)
        if key not in self._glyphs:
            image, _ = label(ch, self.family, self.weight, self.px, self.color)
            self._glyphs[key] = image_sprite(image, parity, top)
        return self._glyphs[key]

    def line(self, text: str, left: float, baseline: int) -> list[Sprite]:
        """Sprites of `text` starting at x = left; digits centred in their tabular cells."""
        out, pen = [], left
        top = baseline - self.ascent - MARGIN
        for ch in text:
            if ch != " ":
                x = round(pen + (self.advance(ch) - self.face.getlength(ch)) / 2) - MARGIN
                s = self.glyph(ch, x % 2, top)
                out.append(moved(s, x - x % 2, s.y))
            pen += self.advance(ch)
        return out


class Count:
    """The parts of a counting number: the digits for each frame's value, until it rests."""

    def __init__(
        self,
        digits: Digits,
        fmt: NumberFormat,
        start: float,
        end: float,
        t0: float,
        duration: float,
        easing: Easing,
        place: tuple[int, int, int, str],
    ):
        self.digits, self.fmt, self.start, self.end = digits, fmt, start, end
        self.t0, self.duration, self.easing = t0, duration, easing
        self.x, self.width, self.baseline, self.align = place
        self._last: tuple[str, list[Sprite]] = ("", [])

    def text(self, t: float) -> str:
        return self.fmt.format(
            self.start + (self.end - self.start) * progress(t, self.t0, self.duration, self.easing)
        )

    def sprites(self, text: str) -> list[Sprite]:
        if self._last[0] != text:
            inner = self.digits.width(text)
            left = (
                self.x
                + {"left": 0.0, "center": (self.width - inner) / 2, "right": self.width - inner}[self.align]
            )
            self._last = (text, self.digits.line(text, left, self.baseline))
        return self._last[1]

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.t0 + self.duration:
            return None
        return [(s, IDENTITY) for s in self.sprites(self.text(t))]


def build_counter(el: CounterElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    family = el.font or theme.heading_font
    texts = [el.format.format(el.value), el.format.format(el.from_value)]
    px = max(8, round(h * 0.8))
    digits = Digits(family, el.weight, px, el.color or theme.palette.accent)
    while px > 8 and (max(digits.width(t) for t in texts) > w or sum(digits.face.getmetrics()) > h):
        px = max(8, int(px * 0.95))
        digits = Digits(family, el.weight, px, el.color or theme.palette.accent)
    ascent, descent = digits.face.getmetrics()
    baseline = y + (h - ascent - descent) // 2 + ascent
    count = Count(
        digits,
        el.format,
        el.from_value,
        el.value,
        el.start + el.delay,
        el.duration,
        el.easing,
        (x, w, baseline, el.align),
    )
    return Built(composite(count.sprites(count.text(el.start + el.delay + el.duration))), count)
