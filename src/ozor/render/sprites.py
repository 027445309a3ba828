"""Sprite geometry: moving, scaling and wiping sprites, and the rectangles frames are painted in."""

from __future__ import annotations

import dataclasses

import cv2

from ozor.render.draw import Canvas
from ozor.render.motion import State
from ozor.render.yuv import Planes, Sprite


def even(v: float) -> int:
    """The nearest even pixel count (chroma planes are half size)."""
    return round(v / 2) * 2


Rect = tuple[int, int, int, int]  # x, y, w, h in frame pixels


def sprite_rect(s: Sprite) -> Rect:
    return (s.x, s.y, *s.size)


def offset_rect(box: Rect, state: State, canvas: Canvas) -> Rect:
    """A moving layer's footprint this frame (its box, moved and enlarged as the state says)."""
    x, y, w, h = box
    grow = max(0.0, state.scale - 1.0)
    gx, gy = int(w * grow / 2) + 2, int(h * grow / 2) + 2
    return (x + even(state.dx * canvas.base) - gx, y + even(state.dy * canvas.base) - gy, w + 2 * gx, h + 2 * gy)


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def even_rect(r: Rect, width: int, height: int) -> Rect:
    """The rectangle clipped to the frame, widened to even coordinates (chroma is half size)."""
    x0, y0 = max(0, r[0]) // 2 * 2, max(0, r[1]) // 2 * 2
    x1, y1 = min(width, -(-(r[0] + r[2]) // 2) * 2), min(height, -(-(r[1] + r[3]) // 2) * 2)
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def transformed(s: Sprite, state: State, canvas: Canvas) -> Sprite:
    """The sprite moved, scaled or wiped as the state says (offsets are even pixels)."""
    if state.scale != 1.0:
        w, h = s.size
        nw, nh = max(2, int(w * state.scale / 2) * 2), max(2, int(h * state.scale / 2) * 2)
        resize = lambda p, sw, sh: cv2.resize(p, (sw, sh), interpolation=cv2.INTER_LINEAR)
        s = Sprite(s.x + (w - nw) // 4 * 2, s.y + (h - nh) // 4 * 2,
                   Planes(resize(s.pm.y, nw, nh), resize(s.pm.u, nw // 2, nh // 2), resize(s.pm.v, nw // 2, nh // 2)),
                   resize(s.inv_y, nw, nh), resize(s.inv_c, nw // 2, nh // 2))
    if state.reveal < 1.0:
        s = wiped(s, state.reveal, state.reveal_from)
    if state.dx or state.dy:
        s = dataclasses.replace(s, x=s.x + even(state.dx * canvas.base), y=s.y + even(state.dy * canvas.base))
    return s


def wiped(s: Sprite, reveal: float, edge: str) -> Sprite:
    w, h = s.size
    if edge in ("left", "right"):
        keep = even(w * reveal)
        x0 = 0 if edge == "left" else w - keep
        return Sprite(s.x + x0, s.y, s.pm.region(x0, 0, keep, h), s.inv_y[:, x0 : x0 + keep],
                      s.inv_c[:, x0 // 2 : (x0 + keep) // 2])
    keep = even(h * reveal)
    y0 = 0 if edge == "top" else h - keep
    return Sprite(s.x, s.y + y0, s.pm.region(0, y0, w, keep), s.inv_y[y0 : y0 + keep],
                  s.inv_c[y0 // 2 : (y0 + keep) // 2])
