"""Bar charts and A-vs-B comparisons: bars drawn once, grown by revealing them from their baseline."""

from __future__ import annotations

from ozor.render.motion import HIDDEN, IDENTITY, State
from ozor.render.paint import fit_px, label, shape
from ozor.render.parts import Built, Context, Part, composite, image_sprite, progress
from ozor.render.yuv import Sprite
from ozor.scene.color import rgba_of
from ozor.scene.models import BarChartElement, ComparisonElement, Theme

LABEL = 0.03  # category and value labels, a fraction of the base side
FADE = 0.3


class Growth:
    """Static pieces, then bars that grow (each from its own start), then labels that land after them."""

    def __init__(
        self,
        static: list[Sprite],
        bars: list[tuple[Sprite, float, str]],
        labels: list[tuple[Sprite, float]],
        duration: float,
    ):
        self.static, self.bars, self.labels, self.duration = static, bars, labels, duration
        self.end = max([b[1] + duration for b in bars] + [s + FADE for _, s in labels])

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.end:
            return None
        out: list[Part] = [(s, IDENTITY) for s in self.static]
        for sprite, start, edge in self.bars:
            p = progress(t, start, self.duration)
            if p > 0:
                out.append((sprite, State(reveal=max(0.01, p), reveal_from=edge) if p < 1 else IDENTITY))
        for sprite, start in self.labels:
            p = progress(t, start, FADE)
            out.append((sprite, State(opacity=p) if p < 1 else IDENTITY) if p > 0 else (sprite, HIDDEN))
        return [part for part in out if part[1].visible]

    def rest(self) -> Sprite:
        return composite([*self.static, *(b[0] for b in self.bars), *(s for s, _ in self.labels)])


def _color(color: str | None, hot: bool, theme: Theme) -> str | tuple[int, int, int, int]:
    """The datum's own colour, else the accent for the hero and the muted tone, dimmed, for the rest."""
    if color is not None:
        return color
    return theme.palette.accent if hot else (*rgba_of(theme.palette.muted)[:3], 150)


def build_bars(el: BarChartElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    n = len(el.data)
    slot = w / n
    family, text = theme.body_font, theme.palette.text
    px = fit_px(
        [d.label for d in el.data if d.label] or ["0"], family, 500, round(LABEL * canvas.base), slot * 0.92
    )
    values = [el.format.format(d.value) for d in el.data]
    value_px = fit_px(values, theme.heading_font, 700, round(px * 1.15), slot * 0.95)
    label_h = round(px * 1.7) if any(d.label for d in el.data) else 0
    value_h = round(value_px * 1.6) if el.show_values else 0
    top, bottom = y + value_h, y + h - label_h
    peak = max(max(d.value for d in el.data), 1e-9)
    bar_w = max(2, round(slot * 0.62))
    t0 = el.start + el.delay
    static: list[Sprite] = [
        image_sprite(
            shape(w, max(2, round(canvas.base * 0.002)), (*rgba_of(theme.palette.muted)[:3], 90)), x, bottom
        )
    ]
    bars, labels = [], []
    for k, d in enumerate(el.data):
        cx = x + slot * (k + 0.5)
        bh = max(2, round((bottom - top) * max(0.0, d.value) / peak))
        hot = el.highlight in (-1, k)
        bar = shape(bar_w, bh, _color(d.color, hot, theme), round(bar_w * 0.16))
        start = t0 + k * el.stagger
        bars.append((image_sprite(bar, round(cx - bar_w / 2), bottom - bh), start, "rise"))
        if d.label:
            image, _ = label(d.label, family, 500, px, theme.palette.muted)
            static.append(image_sprite(image, round(cx - image.width / 2), bottom + round(px * 0.35)))
        if el.show_values:
            image, _ = label(values[k], theme.heading_font, 700, value_px, text)
            labels.append(
                (
                    image_sprite(image, round(cx - image.width / 2), bottom - bh - image.height),
                    start + el.duration * 0.75,
                )
            )
    growth = Growth(static, bars, labels, el.duration)
    return Built(growth.rest(), growth)


def build_comparison(el: ComparisonElement, ctx: Context) -> Built:
    """Two rows: a label over a bar that grows from the left, its value at the bar's end."""
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    row = h / 2
    values = [el.format.format(el.a.value), el.format.format(el.b.value)]
    px = fit_px(
        [el.a.label, el.b.label, "A"],
        theme.body_font,
        600,
        min(round(row * 0.3), round(0.04 * canvas.base)),
        w,
    )
    value_px = fit_px(values, theme.heading_font, 800, round(px * 1.3), w * 0.3)
    bar_h = max(4, round(min(row * 0.32, px * 1.3)))
    reserve = max(label(v, theme.heading_font, 800, value_px, theme.palette.text)[0].width for v in values)
    span = w - reserve - round(px * 0.6)
    peak = max(el.a.value, el.b.value, 1e-9)
    static: list[Sprite] = []
    bars, labels = [], []
    t0 = el.start + el.delay
    for k, (d, value) in enumerate(((el.a, values[0]), (el.b, values[1]))):
        top = y + round(row * k + (row - (px * 1.5 + bar_h)) / 2)
        name, _ = label(d.label or "—", theme.body_font, 600, px, theme.palette.text)
        static.append(image_sprite(name, x, top))
        bar_y = top + round(px * 1.5)
        length = max(bar_h, round(span * max(0.0, d.value) / peak))
        static.append(
            image_sprite(shape(span, bar_h, (*rgba_of(theme.palette.muted)[:3], 40), bar_h // 2), x, bar_y)
        )
        bar = shape(length, bar_h, _color(d.color, k == 1, theme), bar_h // 2)
        start = t0 + k * 0.25
        bars.append((image_sprite(bar, x, bar_y), start, "left"))
        number, base = label(value, theme.heading_font, 800, value_px, theme.palette.text)
        labels.append(
            (
                image_sprite(
                    number, x + length + round(px * 0.5), bar_y + bar_h // 2 - base + value_px * 7 // 20
                ),
                start + el.duration * 0.8,
            )
        )
    growth = Growth(static, bars, labels, el.duration)
    return Built(growth.rest(), growth)
