"""Kinetic type: text revealed word by word, line by line or character by character, with emphasis.

Each line is rasterised once; words (or characters) are slices of the line's sprite, cut at even
pixels in the gaps between them, so a reveal moves ready-made pieces and never re-rasterises text.
Emphasised words get the accent: their colour, or an underline, marker or box that sweeps in as
the word lands.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from ozor.render.draw import aligned, pill_padding, rounded, text_color, text_layout
from ozor.render.layout import TextBlock
from ozor.render.motion import HIDDEN, IDENTITY, State, back_out, ease
from ozor.render.parts import Built, Context, Part, image_sprite, progress
from ozor.render.yuv import Sprite
from ozor.scene.color import luminance, rgba_of
from ozor.scene.models import TextElement, TextReveal

SWEEP = 0.4  # seconds an emphasis mark takes to sweep in


def _norm(word: str) -> str:
    return re.sub(r"[^\w%$€£+-]", "", word.lower())


def emphasised(words: list[str], phrases: list[str]) -> set[int]:
    """Indices of the words that make up any of the phrases (consecutive, case and punctuation ignored)."""
    marked: set[int] = set()
    norm = [_norm(w) for w in words]
    for phrase in phrases:
        tokens = [_norm(t) for t in phrase.split() if _norm(t)]
        for i in range(len(words) - len(tokens) + 1):
            if tokens and norm[i : i + len(tokens)] == tokens:
                marked.update(range(i, i + len(tokens)))
    return marked


@dataclass
class _Unit:
    sprite: Sprite
    start: float


@dataclass
class _Mark:
    sprite: Sprite
    start: float
    style: str


class KineticText:
    """The parts of a revealing text: static pieces (a pill), marks behind, then units in order."""

    def __init__(
        self,
        units: list[_Unit],
        marks: list[_Mark],
        static: list[Sprite],
        reveal: TextReveal | None,
        size_px: int,
        base: int,
    ):
        self.units, self.marks, self.static, self.reveal = units, marks, static, reveal
        self.rise = 0.45 * size_px / base
        unit_end = self.units[-1].start + (reveal.duration if reveal else 0.0) if self.units else 0.0
        self.end = max([unit_end, *(m.start + SWEEP for m in marks)])

    def parts(self, t: float) -> list[Part] | None:
        if t >= self.end:
            return None
        out: list[Part] = [(s, IDENTITY) for s in self.static]
        for m in self.marks:
            p = progress(t, m.start, SWEEP)
            if p > 0:
                out.append(
                    (
                        m.sprite,
                        State(opacity=min(1.0, p * 1.5), scale=0.9 + 0.1 * back_out(p))
                        if m.style == "box"
                        else State(reveal=p),
                    )
                )
        for u in self.units:
            state = self._unit(t - u.start)
            if state.visible:
                out.append((u.sprite, state))
        return out

    def _unit(self, dt: float) -> State:
        if self.reveal is None:
            return IDENTITY
        if dt < 0:
            return HIDDEN
        raw = min(1.0, dt / self.reveal.duration)
        p = ease("ease_out_cubic", raw)
        style = self.reveal.style
        if style == "typewriter" or raw >= 1.0:
            return IDENTITY
        if style == "rise":
            return State(opacity=min(1.0, raw * 2.0), dy=(1 - p) * self.rise)
        if style == "wipe":
            return State(reveal=max(0.02, p))
        if style == "punch":
            return State(opacity=min(1.0, raw * 3.0), scale=1.45 - 0.45 * back_out(raw))
        return State(opacity=p)  # fade


def build_text(el: TextElement, ctx: Context) -> Built:
    """The text at rest, and (when it reveals or sweeps emphasis in) its kinetic parts."""
    canvas, theme = ctx.canvas, ctx.theme
    block, (x, y, w, h) = text_layout(el, theme, canvas)
    pad_x, pad_y = pill_padding(el, canvas, h)
    shadow = max(2, block.size_px // 12) if el.shadow else 0
    margin = shadow * 3 + 4
    inner_h = block.height + 2 * pad_y
    top = {"top": 0, "middle": (h - inner_h) // 2, "bottom": h - inner_h}[el.valign]
    accent = theme.palette.accent
    color = el.color or text_color(el, theme)
    lines_left, lines_w = 0, w
    static: list[Sprite] = []
    whole = Image.new("RGBA", (w + 2 * margin, h + 2 * margin), (0, 0, 0, 0))
    if el.background is not None:
        pill_w = block.width + 2 * pad_x
        left = aligned(el.align, w, pill_w)
        pill = Image.new("RGBA", (pill_w, inner_h), (0, 0, 0, 0))
        rounded(
            pill, (0, 0, pill_w, inner_h), min(inner_h // 2, int(block.size_px * 0.6)), rgba_of(el.background)
        )
        static.append(image_sprite(pill, x + left, y + top))
        whole.alpha_composite(pill, (margin + left, margin + top))
        lines_left, lines_w = left + pad_x, block.width
    ascent, descent = block.font.getmetrics()
    words = [wd for line in block.lines for wd in line.split()]
    marked = emphasised(words, el.emphasis)
    style = el.emphasis_style
    on_box = "#FFFFFF" if luminance(accent) < 0.4 else "#111111"
    reveal = el.reveal
    t0 = el.start + (reveal.delay if reveal else 0.0)
    stagger = reveal.stagger if reveal else 0.0
    units: list[_Unit] = []
    marks: list[_Mark] = []
    index = 0  # of the word, across lines
    for i, line in enumerate(block.lines):
        lx = lines_left + aligned(el.align, lines_w, block.line_width(line))
        baseline = top + pad_y + ascent + i * block.line_px
        image = Image.new(
            "RGBA", (block.line_width(line) + 2 * margin, ascent + descent + 2 * margin), (0, 0, 0, 0)
        )
        draw = ImageDraw.Draw(image)
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
        cuts = [0]
        for k, (a, b) in enumerate(spans):
            wx = margin + round(block.font.getlength(line[:a]))
            hot = index + k in marked
            fill = accent if hot and style == "color" else on_box if hot and style == "box" else color
            draw.text((wx, margin + ascent), line[a:b], font=block.font, fill=rgba_of(fill), anchor="ls")
            if k:
                gap = (block.font.getlength(line[: spans[k - 1][1]]) + block.font.getlength(line[:a])) / 2
                cuts.append(margin + round(gap))
        if shadow:
            soft = Image.new("RGBA", image.size, (0, 0, 0, 0))
            soft.putalpha(image.getchannel("A").point(lambda a: a * 0.55))
            soft = soft.filter(ImageFilter.GaussianBlur(shadow))
            under = Image.new("RGBA", image.size, (0, 0, 0, 0))
            under.alpha_composite(soft, (0, shadow // 2 + 1))
            image = Image.alpha_composite(under, image)
        ox, oy = x + lx - margin, y + baseline - ascent - margin
        whole_marks = _marks(line, spans, marked, index, block, style, accent, margin, ascent, descent)
        first_unit = len(units)
        for (mx0, mark), _ in whole_marks:
            whole.alpha_composite(mark, (lx + mx0, baseline - ascent))
        whole.alpha_composite(image, (lx, baseline - ascent))
        sprite = image_sprite(image, ox, oy)
        for a, b in _unit_cuts(reveal, line, cuts, block, margin, image.width):
            units.append(_Unit(_slice(sprite, ox + a, ox + b), t0 + len(units) * stagger))
        for (mx0, mark), k in whole_marks:
            by = reveal.by if reveal else "line"
            unit = first_unit + {"line": 0, "word": k}.get(by, len(line[: spans[k][0]].replace(" ", "")))
            lag = reveal.duration * 0.6 if reveal and style != "box" else 0.0  # a box arrives with its word
            marks.append(_Mark(image_sprite(mark, ox + mx0, oy), t0 + unit * stagger + lag, style))
        index += len(spans)
    rest = image_sprite(whole, x - margin, y - margin)
    animated = reveal is not None or (marked and style != "color")
    return Built(
        rest, KineticText(units, marks, static, reveal, block.size_px, canvas.base) if animated else None
    )


def _unit_cuts(
    reveal: TextReveal | None,
    line: str,
    cuts: list[int],
    block: TextBlock,
    margin: int,
    width: int,
) -> list[tuple[int, int]]:
    """Horizontal ranges (in the line image) of the line's units: the whole line, its words or characters."""
    by = reveal.by if reveal else "line"
    if by == "line":
        return [(0, width)]
    if by == "word":
        edges = [0, *cuts[1:], width]
    else:
        font = block.font
        edges = [
            0,
            *(margin + round(font.getlength(line[:i])) for i in range(1, len(line)) if line[i] != " "),
            width,
        ]
    return [(a, b) for a, b in itertools.pairwise(edges) if b > a]


def _slice(s: Sprite, x0: int, x1: int) -> Sprite:
    """The columns [x0, x1) of a sprite (frame coordinates); both ends are floored to even columns, so
    neighbouring units share their cut exactly (no column drawn twice, none missing)."""
    end = s.x + s.size[0]
    a = min(end - 2, max(s.x, x0 // 2 * 2))
    b = end if x1 >= end - 1 else max(a + 2, min(end, x1 // 2 * 2))
    i, j = a - s.x, b - s.x
    return Sprite(a, s.y, s.pm.region(i, 0, j - i, s.size[1]), s.inv_y[:, i:j], s.inv_c[:, i // 2 : j // 2])


def _marks(
    line: str,
    spans: list[tuple[int, int]],
    marked: set[int],
    first: int,
    block: TextBlock,
    style: str,
    accent: str,
    margin: int,
    ascent: int,
    descent: int,
) -> list[tuple[tuple[int, Image.Image], int]]:
    """One mark per run of emphasised words on this line: (x in the line image, image), its first word."""
    if style == "color":
        return []
    font = block.font
    size = block.size_px
    runs: list[list[int]] = []
    for k in range(len(spans)):
        if first + k in marked:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    out = []
    height = ascent + descent + 2 * margin
    for run in runs:
        a, b = spans[run[0]][0], spans[run[-1]][1]
        pad = round(size * 0.12)
        x0 = margin + round(font.getlength(line[:a])) - pad
        x1 = margin + round(font.getlength(line[:b])) + pad
        image = Image.new("RGBA", (x1 - x0, height), (0, 0, 0, 0))
        r, g, bb, _ = rgba_of(accent)
        if style == "underline":
            thick = max(2, round(size * 0.07))
            yy = margin + ascent + round(size * 0.14)
            rounded(image, (pad // 2, yy, x1 - x0 - pad // 2, yy + thick), thick // 2, (r, g, bb, 255))
        elif style == "marker":
            rounded(
                image,
                (0, margin + round(ascent * 0.3), x1 - x0, margin + ascent + round(descent * 0.5)),
                round(size * 0.1),
                (r, g, bb, 110),
            )
        else:  # box
            rounded(
                image,
                (0, margin + round(ascent * 0.12), x1 - x0, margin + ascent + round(descent * 0.8)),
                round(size * 0.16),
                (r, g, bb, 255),
            )
        out.append(((x0, image), run[0]))
    return out
