"""Broadcast graphics: lower thirds, progress bars and logo stings, each a few sprites in a timed build."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from ozor.render.draw import fitted, load_image
from ozor.render.motion import IDENTITY, State, back_out
from ozor.render.paint import fit_px, label, shape
from ozor.render.parts import Built, Context, Part, composite, image_sprite, progress
from ozor.render.sprites import wiped
from ozor.render.yuv import Sprite
from ozor.scene.color import rgba_of
from ozor.scene.models import LowerThirdElement, ProgressElement, StingElement


@dataclass
class Beat:
    """One sprite's entrance: from `start` for `duration` seconds, in a named style."""

    sprite: Sprite
    start: float
    duration: float
    style: str  # "grow" (up from its bottom), "wipe" (from the left), "rise", "fade", "pop", "burst"


class Timed:
    def __init__(self, beats: list[Beat], base: int):
        self.beats, self.base = beats, base
        self.end = max(b.start + b.duration for b in beats)

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.end:
            return None
        out: list[Part] = []
        for b in self.beats:
            raw = (t - b.start) / b.duration
            if raw <= 0:
                continue
            p = progress(t, b.start, b.duration)
            if b.style == "burst":  # a ring that expands and fades away; gone at rest
                if raw < 1:
                    out.append((b.sprite, State(opacity=(1 - raw) ** 1.5, scale=0.6 + 1.0 * p)))
                continue
            if raw >= 1:
                out.append((b.sprite, IDENTITY))
                continue
            h = b.sprite.size[1]
            state = {
                "grow": State(reveal=max(0.01, p), reveal_from="bottom"),
                "wipe": State(reveal=max(0.01, p), reveal_from="left"),
                "rise": State(opacity=min(1.0, raw * 2), dy=(1 - p) * 0.5 * h / self.base),
                "fade": State(opacity=p),
                "pop": State(opacity=min(1.0, raw * 3), scale=max(0.05, 0.4 + 0.6 * back_out(min(1.0, raw)))),
            }[b.style]
            out.append((b.sprite, state))
        return out

    def rest(self) -> Sprite:
        return composite([b.sprite for b in self.beats if b.style != "burst"])


def build_lower_third(el: LowerThirdElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    bar_w = max(4, round(canvas.base * 0.007)) // 2 * 2
    pad = round(h * 0.16)
    title_px = fit_px(
        [el.title],
        theme.heading_font,
        700,
        min(round(h * (0.42 if el.subtitle else 0.55)), round(canvas.base * 0.05)),
        w - bar_w - 3 * pad,
    )
    sub_px = fit_px([el.subtitle or "x"], theme.body_font, 500, round(title_px * 0.62), w - bar_w - 3 * pad)
    title, _ = label(el.title, theme.heading_font, 700, title_px, theme.palette.text)
    sub, _ = (
        label(el.subtitle, theme.body_font, 500, sub_px, theme.palette.muted) if el.subtitle else (None, 0)
    )
    text_h = title.height + (sub.height if sub else 0)
    panel_w = min(w - bar_w, max(title.width, sub.width if sub else 0) + 2 * pad)
    panel = shape(
        panel_w, h, (*rgba_of(el.panel or theme.palette.surface)[:3], 235), round(canvas.base * 0.008)
    )
    t0 = el.start
    top = y + (h - text_h) // 2
    beats = [
        Beat(image_sprite(panel, x + bar_w, y), t0 + 0.1, 0.45, "wipe"),
        Beat(
            image_sprite(shape(bar_w, h, el.color or theme.palette.accent, bar_w // 2), x, y),
            t0,
            0.35,
            "grow",
        ),
        Beat(image_sprite(title, x + bar_w + pad, top), t0 + 0.25, 0.4, "rise"),
    ]
    if sub is not None:
        beats.append(Beat(image_sprite(sub, x + bar_w + pad, top + title.height), t0 + 0.4, 0.4, "fade"))
    timed = Timed(beats, canvas.base)
    return Built(timed.rest(), timed)


class Fill:
    """A progress bar filling linearly over the element's life."""

    def __init__(self, track: Sprite, bar: Sprite, span: tuple[float, float], times: tuple[float, float]):
        self.track, self.bar, self.span, self.times = track, bar, span, times

    def parts(self, t: float) -> list[Part] | None:
        t0, t1 = self.times
        if t >= t1:
            return None
        p = min(1.0, max(0.0, (t - t0) / max(t1 - t0, 1e-6)))
        fill = self.span[0] + (self.span[1] - self.span[0]) * p
        out: list[Part] = [(self.track, IDENTITY)]
        if fill > 0:
            out.append((self.bar, State(reveal=fill) if fill < 1 else IDENTITY))
        return out


def build_progress(el: ProgressElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    track = image_sprite(shape(w, h, el.track or (*rgba_of(theme.palette.muted)[:3], 60), h // 2), x, y)
    bar = image_sprite(shape(w, h, el.color or theme.palette.accent, h // 2), x, y)
    end = min(el.end if el.end is not None else ctx.duration, ctx.duration)
    fill = Fill(track, bar, (el.from_value, el.value), (el.start, end))
    shown = [bar] if el.value >= 1 else [wiped(bar, el.value, "left")] if el.value > 0 else []
    return Built(composite([track, *shown]), fill)


def build_sting(el: StingElement, ctx: Context) -> Built:
    canvas, theme = ctx.canvas, ctx.theme
    x, y, w, h = canvas.box(el.box)
    color = el.color or theme.palette.accent
    t0 = el.start
    beats: list[Beat] = []
    side = min(h, w) if not el.text else min(h, w // 3)
    left = x + (w - side) // 2 if not el.text else x
    if el.asset is not None:
        logo, ox, oy = fitted(load_image(ctx.assets.path(el.asset)), side, side, "contain")
        beats.append(Beat(image_sprite(logo, left + ox, y + (h - side) // 2 + oy), t0 + 0.1, 0.55, "pop"))
    ring = shape(round(side * 1.3), round(side * 1.3), color, 0, "ellipse", max(2, round(side * 0.03)))
    beats.insert(
        0,
        Beat(
            image_sprite(ring, left - round(side * 0.15), y + (h - side) // 2 - round(side * 0.15)),
            t0,
            0.8,
            "burst",
        ),
    )
    if el.text:
        gap = round(side * 0.2) if el.asset is not None else 0
        room = w - (side + gap if el.asset is not None else 0)
        px = fit_px([el.text], theme.heading_font, 800, round(h * 0.5), room)
        word, _ = label(el.text, theme.heading_font, 800, px, theme.palette.text)
        wx = x + side + gap if el.asset is not None else x + (w - word.width) // 2
        beats.append(Beat(image_sprite(word, wx, y + (h - word.height) // 2), t0 + 0.35, 0.5, "wipe"))
    timed = Timed(beats, canvas.base)
    return Built(timed.rest() if len(beats) > 1 else image_sprite(Image.new("RGBA", (2, 2)), x, y), timed)
