"""Drifting pieces: sprites rasterised once that move on slow paths, sub-pixel without per-frame warps.

Soft pieces (blobs, glow) move on even pixels: a 2-pixel step of a blur is invisible. Crisp pieces
(lines, dots, rings) each move along one axis and are kept at four half-pixel phases (their alpha
pre-shifted once), so they glide instead of stepping.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from ozor.render import yuv
from ozor.render.motion import IDENTITY, State
from ozor.render.parts import Part, moved
from ozor.render.yuv import Sprite
from ozor.scene.color import rgba_of

PHASES = 4  # half-pixel steps over the 2-pixel period of even placement
Path = Callable[[float], float]  # seconds → pixels along the piece's axis


@dataclass
class Piece:
    """One rasterised piece: its phase sprites (or one sprite), the axis it moves on and its path."""

    sprites: list[Sprite]
    axis: str  # "x", "y" or "xy" (soft pieces: both, on even pixels)
    path: Path
    path2: Path | None = None  # the second axis of a soft piece
    fade: Callable[[float], float] | None = None  # opacity by position (crisp pieces near the box's edge)


def phased(alpha: np.ndarray, color: str, x: int, y: int, axis: str) -> list[Sprite]:
    """A one-colour piece (its alpha, at (x, y)) at four half-pixel shifts along `axis`."""
    pad = np.pad(alpha.astype(np.float32), 2)
    out = []
    for k in range(PHASES):
        shift = k * 2.0 / PHASES
        m = np.array([[1, 0, shift if axis == "x" else 0], [0, 1, shift if axis == "y" else 0]], np.float32)
        a = cv2.warpAffine(pad, m, (pad.shape[1], pad.shape[0]), flags=cv2.INTER_LINEAR)
        out.append(yuv.sprite(rgba(np.rint(a), color), x - 2, y - 2))
    return out


class Stamp:
    """One piece's phases made once and placed many times (a grid's lines, a field's rows of dots): a
    place's parity is all that changes the arrays (odd places are padded), so each parity is made once."""

    def __init__(self, alpha: np.ndarray, color: str, axis: str):
        self.alpha, self.color, self.axis = alpha, color, axis
        self._made: dict[tuple[int, int], tuple[int, int, list[Sprite]]] = {}

    def at(self, x: int, y: int) -> list[Sprite]:
        key = (x % 2, y % 2)
        if key not in self._made:
            self._made[key] = (x, y, phased(self.alpha, self.color, x, y, self.axis))
        x0, y0, sprites = self._made[key]
        return [moved(s, s.x + x - x0, s.y + y - y0) for s in sprites]


class Drift:
    def __init__(self, pieces: list[Piece], base: int):
        self.pieces, self.base = pieces, base

    def parts(self, t: float) -> list[Part] | None:
        out: list[Part] = []
        for piece in self.pieces:
            p = piece.path(t)
            first = piece.sprites[0]
            if piece.axis == "xy":
                q = piece.path2(t) if piece.path2 else 0.0
                sprite = moved(first, first.x + round(p / 2) * 2, first.y + round(q / 2) * 2)
            else:
                step = round(p * PHASES / 2)  # in half pixels
                even, phase = divmod(step, PHASES)
                s = piece.sprites[phase]
                sprite = moved(s, s.x + even * 2, s.y) if piece.axis == "x" else moved(s, s.x, s.y + even * 2)
            opacity = piece.fade(p) if piece.fade else 1.0
            if opacity > 0.004:
                out.append((sprite, IDENTITY if opacity >= 1 else State(opacity=opacity)))
        return out


def soft(d: int, strength: float) -> np.ndarray:
    ys, xs = np.mgrid[0:d, 0:d].astype(np.float32)
    r2 = ((xs + 0.5 - d / 2) ** 2 + (ys + 0.5 - d / 2) ** 2) / (d / 2) ** 2
    falloff = np.clip(1.0 - r2, 0.0, 1.0) ** 2  # reaches zero at the rim: no square edge
    return np.asarray(np.clip(np.exp(-r2 * 1.6) * falloff * 255 * strength, 0, 255), dtype=np.float32)


def wobble(amplitude: float, speed: float, phase: float) -> Path:
    """A slow sine whose top speed is `speed` pixels a second."""
    omega = speed / max(amplitude, 1e-6)
    return lambda t: amplitude * math.sin(omega * t + phase)


def wrap(start: float, speed: float, span: float) -> Path:
    """Constant drift that wraps around `span` pixels (for repeating patterns)."""
    return lambda t: (start + speed * t) % span - start if span > 0 else 0.0


def rising(home: float, speed: float, height: float) -> Path:
    """Upward drift that wraps: offsets from the box's bottom, 0 down to -height."""
    return lambda t: -((home + speed * t) % height)


def fade(low: float, high: float, margin: float, home: float = 0.0) -> Callable[[float], float]:
    """Opacity by position (home + offset): 0 at `low` and `high`, full from `margin` inside them."""
    return lambda p: max(0.0, min(1.0, (home + p - low) / margin, (high - home - p) / margin))


def rgba(alpha: np.ndarray, color: str) -> np.ndarray:
    r, g, b, _ = rgba_of(color)
    return np.dstack(
        [np.full(alpha.shape, c, np.uint8) for c in (r, g, b)] + [np.clip(alpha, 0, 255).astype(np.uint8)]
    )
