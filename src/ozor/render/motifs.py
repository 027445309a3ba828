"""Decorative motifs that drift: blobs, glow, rings, grid, dots, lines, particles and a synthwave horizon,
each a set of drifting pieces (drift.py) laid out in the element's box from its seed."""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw

from ozor.render import yuv
from ozor.render.drift import Drift, Piece, Stamp, fade, phased, rgba, rising, soft, wobble, wrap
from ozor.render.parts import Built, Context, composite
from ozor.scene.models import MotifElement


def build_motif(el: MotifElement, ctx: Context) -> Built:
    canvas = ctx.canvas
    x, y, w, h = canvas.box(el.box)
    base = canvas.base
    color = el.color or ctx.theme.palette.accent
    rng = np.random.default_rng(el.seed)
    speed = el.speed * base  # pixels a second
    pieces = MOTIFS[el.motif](x, y, w, h, base, color, speed, el.density, rng)
    drift = Drift(pieces, base)
    first = drift.parts(0.0) or []
    return Built(composite([s for s, _ in first]), drift)


Maker = Callable[[int, int, int, int, int, str, float, float, np.random.Generator], list[Piece]]


def _blobs(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
    glow: bool = False,
) -> list[Piece]:
    n = 1 + round(density) if glow else 2 + round(density * 4)
    out = []
    for _ in range(n):
        d = round(base * (rng.uniform(0.7, 0.95) if glow else rng.uniform(0.22, 0.45))) // 2 * 2
        cx, cy = x + rng.uniform(0.1, 0.9) * w, y + rng.uniform(0.1, 0.9) * h
        amp = base * 0.05
        s = yuv.sprite(rgba(soft(d, 0.55 if glow else 0.9), color), round(cx - d / 2), round(cy - d / 2))
        out.append(
            Piece(
                [s],
                "xy",
                wobble(amp, speed, rng.uniform(0, 6.3)),
                wobble(amp * 0.7, speed * 0.7, rng.uniform(0, 6.3)),
            )
        )
    return out


def _glow(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    return _blobs(x, y, w, h, base, color, speed * 0.5, density, rng, glow=True)


def _grid(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    cell = max(8, round(base * (0.16 - 0.1 * density)))
    thick = max(1.0, base / 900)
    out = []
    vertical = np.zeros((h, 3), np.float32)
    vertical[:, 1] = 255 * min(1.0, thick)
    horizontal = np.zeros((3, w), np.float32)
    horizontal[1, :] = 255 * min(1.0, thick)
    columns, rows = Stamp(vertical, color, "x"), Stamp(horizontal, color, "y")
    for k in range(w // cell + 2):
        home = k * cell
        out.append(
            Piece(
                columns.at(x + home - 1, y),
                "x",
                wrap(home, speed, (w // cell + 2) * cell),
                fade=fade(0, w, cell, home),
            )
        )
    for k in range(h // cell + 2):
        home = k * cell
        out.append(
            Piece(
                rows.at(x, y + home - 1),
                "y",
                wrap(home, speed * 0.6, (h // cell + 2) * cell),
                fade=fade(0, h, cell, home),
            )
        )
    return out


def _dots(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    gap = max(6, round(base * (0.07 - 0.04 * density)))
    d = max(2, round(base * 0.006))
    row = np.zeros((d + 2, w + gap), np.float32)
    dot = soft(d * 2, 1.0)
    dot = cv2.resize(np.clip(dot * 3, 0, 255), (d + 2, d + 2), interpolation=cv2.INTER_AREA)
    for k in range(0, w + gap - d - 2, gap):
        row[:, k : k + d + 2] = np.maximum(row[:, k : k + d + 2], dot)
    out, stamp = [], Stamp(row, color, "x")
    for j, top in enumerate(range(y + gap // 2, y + h - d, gap)):
        direction = 1 if j % 2 else -1
        piece = Piece(stamp.at(x - gap, top), "x", wrap(0, direction * speed * 0.5, gap))
        out.append(piece)
    return out


def _lines(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    out = []
    for _ in range(3 + round(density * 8)):
        length = round(w * rng.uniform(0.15, 0.4))
        thick = max(2, round(base * rng.uniform(0.002, 0.004)))
        ramp = np.sin(np.linspace(0, math.pi, length)) ** 0.8 * 255
        alpha = np.repeat(ramp[None, :], thick, 0).astype(np.float32)
        home = rng.uniform(0, w)
        top = round(y + rng.uniform(0.05, 0.95) * h)
        v = speed * rng.uniform(0.6, 1.6)
        out.append(
            Piece(
                phased(alpha, color, x - length, top, "x"),
                "x",
                wrap(home, v, w + length),
                fade=fade(0, w + length, length * 0.5, home),
            )
        )
    return out


def _particles(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    out = []
    for _ in range(8 + round(density * 40)):
        d = max(3, round(base * rng.uniform(0.004, 0.011)))
        alpha = soft(d * 2, rng.uniform(0.5, 1.0) * 2.2)
        alpha = cv2.resize(np.clip(alpha, 0, 255), (d, d), interpolation=cv2.INTER_AREA)
        home = rng.uniform(0, h)
        left = round(x + rng.uniform(0, w - d))
        v = -speed * rng.uniform(0.6, 1.8)  # they rise
        out.append(
            Piece(
                phased(alpha, color, left, y + h, "y"), "y", rising(home, -v, h), fade=fade(-h, 0, h * 0.15)
            )
        )
    return out


def _rings(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    out = []
    cx, cy = x + w * rng.uniform(0.6, 0.85), y + h * rng.uniform(0.3, 0.7)
    for k in range(2 + round(density * 2)):
        d = round(base * (0.16 + 0.12 * k)) // 2 * 2
        stroke = max(1.5, base * 0.003)
        ys, xs = np.mgrid[0:d, 0:d].astype(np.float32)
        dist = np.sqrt((xs + 0.5 - d / 2) ** 2 + (ys + 0.5 - d / 2) ** 2)
        alpha = np.clip(stroke / 2 + 0.5 - np.abs(dist - (d / 2 - stroke)), 0, 1) * 255
        out.append(
            Piece(
                phased(alpha, color, round(cx - d / 2), round(cy - d / 2), "y"),
                "y",
                wobble(base * 0.02 * (1 + k * 0.5), speed * (1 + 0.3 * k) * 0.5, k * 1.7),
            )
        )
    return out


def _horizon(
    x: int,
    y: int,
    w: int,
    h: int,
    base: int,
    color: str,
    speed: float,
    density: float,
    rng: np.random.Generator,
) -> list[Piece]:
    """A perspective floor: rays to the vanishing point (still) and cross lines flowing toward the viewer."""
    top = y + round(h * 0.55)
    depth = y + h - top
    rays = Image.new("L", (w, depth), 0)
    draw = ImageDraw.Draw(rays)
    n = 10 + round(density * 14)
    for k in range(-n, n + 1):
        draw.line((w / 2, 0, w / 2 + k * w / n * 1.6, depth), fill=150, width=max(1, round(base / 700)))
    glow = np.clip(np.asarray(rays, np.float32), 0, 255)
    fade = np.linspace(0.15, 1, depth)[:, None]
    out = [Piece([yuv.sprite(rgba(glow * fade, color), x, top)], "xy", lambda t: 0.0)]
    rows = 10
    line = np.zeros((4, w), np.float32)
    line[1:3, :] = 200
    stamp = Stamp(line, color, "y")
    for k in range(rows):
        # z in (0, 1]: the line's depth; y = top + depth * z² looks like a floor in perspective.
        def path(t: float, k: int = k) -> float:
            z = ((k + t * speed / max(depth, 1) * 4) % rows) / rows
            return depth * z * z

        out.append(
            Piece(
                stamp.at(x, top - 2),
                "y",
                path,
                fade=lambda p: min(1.0, 0.2 + 1.6 * p / max(depth, 1)),
            )
        )
    return out


MOTIFS: dict[str, Maker] = {
    "blobs": _blobs,
    "glow": _glow,
    "grid": _grid,
    "dots": _dots,
    "lines": _lines,
    "particles": _particles,
    "rings": _rings,
    "horizon": _horizon,
}
