"""Line charts that draw themselves on, and donut (progress) rings that sweep while their number counts."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from ozor.render.counter import Count, Digits
from ozor.render.draw import SUPERSAMPLE
from ozor.render.motion import IDENTITY, State
from ozor.render.paint import fit_px, label, polyline, shape
from ozor.render.parts import Built, Context, Part, composite, image_sprite, inverse_scaled, progress, scaled
from ozor.render.yuv import Planes, Sprite
from ozor.scene.color import rgba_of
from ozor.scene.models import DonutElement, LineChartElement

FADE = 0.3


class DrawOn:
    """A line (and its area) revealed left to right, a dot riding its head, then the last value lands."""

    def __init__(
        self,
        line: Sprite,
        dot: Sprite,
        head: list[tuple[float, float]],
        static: list[Sprite],
        value: Sprite | None,
        t0: float,
        duration: float,
        base: int,
    ):
        self.line, self.dot, self.head, self.static, self.value = line, dot, head, static, value
        self.t0, self.duration, self.base = t0, duration, base
        self.end = t0 + duration + (FADE if value is not None else 0.0)

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.end:
            return None
        p = progress(t, self.t0, self.duration, "ease_in_out_cubic")
        out: list[Part] = [(s, IDENTITY) for s in self.static]
        if p > 0:
            out.append((self.line, State(reveal=max(0.005, p)) if p < 1 else IDENTITY))
            hx, hy = _along(self.head, p)
            w, h = self.dot.size
            out.append(
                (
                    self.dot,
                    State(dx=(hx - self.dot.x - w / 2) / self.base, dy=(hy - self.dot.y - h / 2) / self.base),
                )
            )
        if self.value is not None and t > self.t0 + self.duration:
            out.append((self.value, State(opacity=progress(t, self.t0 + self.duration, FADE))))
        return out


def _along(points: list[tuple[float, float]], p: float) -> tuple[float, float]:
    """The point at horizontal fraction p of a left-to-right polyline."""
    x = points[0][0] + (points[-1][0] - points[0][0]) * p
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            f = (x - x0) / (x1 - x0) if x1 > x0 else 1.0
            return x, y0 + (y1 - y0) * f
    return points[-1]


def build_line(el: LineChartElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    color = el.color or theme.palette.accent
    px = round(0.028 * canvas.base)
    labels = [d.label for d in el.data]
    label_h = round(px * 1.8) if labels[0] or labels[-1] else 0
    value_text = el.format.format(el.data[-1].value)
    value_px = round(px * 1.25)
    pad = round(canvas.base * 0.02)
    top = y + (round(value_px * 1.7) if el.show_last_value else pad)
    bottom = y + h - label_h
    values = [d.value for d in el.data]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    right = (
        x
        + w
        - (
            round(label(value_text, theme.heading_font, 700, value_px, color)[0].width / 2)
            if el.show_last_value
            else 0
        )
    )
    pts = [
        (
            x + pad + (right - x - 2 * pad) * i / (len(values) - 1),
            bottom - pad - (bottom - top - 2 * pad) * (v - low) / span,
        )
        for i, v in enumerate(values)
    ]
    lw = max(2.0, canvas.base * 0.006)
    rgb = rgba_of(color)[:3]
    local = [(px_ - x, py - top) for px_, py in pts]
    image = polyline((w, bottom - top), local, (*rgb, 255), lw, (*rgb, 46) if el.area else None)
    line = image_sprite(image, x, top)
    d = round(lw * 3.2)
    dot = image_sprite(_dot(d, color), x, top)
    static = [
        image_sprite(
            shape(w, max(2, round(canvas.base * 0.002)), (*rgba_of(theme.palette.muted)[:3], 90)), x, bottom
        )
    ]
    for text, at, anchor in ((labels[0], pts[0][0], 0.0), (labels[-1], pts[-1][0], 1.0)):
        if text:
            small = fit_px([text], theme.body_font, 500, px, w / 2)
            img, _ = label(text, theme.body_font, 500, small, theme.palette.muted)
            static.append(
                image_sprite(
                    img,
                    round(min(max(x, at - img.width * anchor), x + w - img.width)),
                    bottom + round(px * 0.4),
                )
            )
    value = None
    if el.show_last_value:
        img, _ = label(value_text, theme.heading_font, 700, value_px, color)
        value = image_sprite(
            img,
            round(min(pts[-1][0] - img.width / 2, x + w - img.width)),
            round(pts[-1][1] - img.height - lw * 2),
        )
    anim = DrawOn(line, dot, pts, static, value, el.start + el.delay, el.duration, canvas.base)
    end_dot = image_sprite(_dot(d, color), round(pts[-1][0] - d / 2), round(pts[-1][1] - d / 2))
    return Built(composite([*static, line, end_dot, *([value] if value else [])]), anim)


def _dot(d: int, color: str) -> Image.Image:
    s = SUPERSAMPLE
    big = Image.new("RGBA", (d * s, d * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    draw.ellipse((0, 0, d * s - 1, d * s - 1), fill=rgba_of(color))
    draw.ellipse((d * s * 0.3, d * s * 0.3, d * s * 0.7, d * s * 0.7), fill=(255, 255, 255, 255))
    return big.resize((d, d), Image.Resampling.LANCZOS)


class Sweep:
    """A ring revealed clockwise from 12 o'clock up to an angle, with an anti-aliased leading edge."""

    def __init__(self, ring: Sprite):
        self.ring = ring
        w, h = ring.size
        self.angle_y = _angles(w, h, 1)
        self.angle_c = _angles(w // 2, h // 2, 2)

    def at(self, fraction: float) -> Sprite:
        r = self.ring
        if fraction >= 1.0:
            return r
        wy = _weights(self.angle_y, fraction, r.size[0])
        wc = _weights(self.angle_c, fraction, r.size[0] // 2)
        return Sprite(
            r.x,
            r.y,
            Planes(scaled(r.pm.y, wy), scaled(r.pm.u, wc), scaled(r.pm.v, wc)),
            inverse_scaled(r.inv_y, wy),
            inverse_scaled(r.inv_c, wc),
        )


def _angles(w: int, h: int, step: int) -> np.ndarray:
    """Clockwise angle from 12 o'clock of each pixel centre, in turns (0..1)."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    a = np.arctan2(xs + 0.5 - w / 2, -(ys + 0.5 - h / 2)) / (2 * math.pi)
    return np.asarray(np.mod(a, 1.0), dtype=np.float32)


def _weights(angles: np.ndarray, fraction: float, diameter: int) -> np.ndarray:
    """0..256 per pixel: inside the swept angle; about one pixel of soft edge at the ring's outside."""
    soft = 1.0 / max(1.0, math.pi * diameter)
    return (np.clip((fraction - angles) / soft, 0.0, 1.0) * 256).astype(np.uint16)


class Ring:
    def __init__(
        self, static: list[Sprite], sweep: Sweep, count: Count, fraction: float, t0: float, duration: float
    ):
        self.static, self.sweep, self.count, self.fraction = static, sweep, count, fraction
        self.t0, self.duration = t0, duration

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.t0 + self.duration:
            return None
        p = progress(t, self.t0, self.duration, "ease_out_cubic")
        out: list[Part] = [(s, IDENTITY) for s in self.static]
        if p > 0:
            out.append((self.sweep.at(self.fraction * p), IDENTITY))
        out.extend((s, IDENTITY) for s in self.count.sprites(self.count.text(t)))
        return out


def build_donut(el: DonutElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    d = min(w, h) // 2 * 2
    left, top = x + (w - d) // 2, y + (h - d) // 2
    thick = max(3, round(d * el.thickness))
    color = el.color or theme.palette.accent
    track = shape(d, d, (*rgba_of(theme.palette.muted)[:3], 55), 0, "ellipse", thick)
    ring = image_sprite(shape(d, d, color, 0, "ellipse", thick), left, top)
    static = [image_sprite(track, left, top)]
    inner = d - 2 * thick
    digits = Digits(theme.heading_font, 800, round(inner * 0.3), theme.palette.text)
    final = el.format.format(el.value)
    while digits.width(final) > inner * 0.8 and digits.px > 8:
        digits = Digits(theme.heading_font, 800, max(8, int(digits.px * 0.92)), theme.palette.text)
    ascent, descent = digits.face.getmetrics()
    shift = round(digits.px * 0.3) if el.label else 0
    baseline = top + d // 2 + (ascent - descent) // 2 - shift
    t0 = el.start + el.delay
    count = Count(
        digits, el.format, 0.0, el.value, t0, el.duration, "ease_out_cubic", (left, d, baseline, "center")
    )
    if el.label:
        small = fit_px([el.label], theme.body_font, 500, round(digits.px * 0.38), inner * 0.8)
        img, _ = label(el.label, theme.body_font, 500, small, theme.palette.muted)
        static.append(image_sprite(img, left + (d - img.width) // 2, baseline + round(descent * 0.6)))
    fraction = el.value / el.total
    sweep = Sweep(ring)
    rest = composite([*static, sweep.at(fraction), *count.sprites(final)])
    ring_anim = Ring(static, sweep, count, fraction, t0, el.duration)
    return Built(rest, ring_anim)
