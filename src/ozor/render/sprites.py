"""Sprite geometry: moving, scaling, rotating and wiping sprites, and the rectangles frames are painted in.

Whole-pixel moves on even pixels are slices (free); anything else (sub-pixel drift, scale, rotation)
is one bilinear warp per plane of the sprite alone, so slow motion glides instead of stepping.
"""

from __future__ import annotations

import dataclasses
import math

import cv2
import numpy as np

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
    """A moving layer's footprint this frame (its box, moved, scaled and turned as the state says)."""
    x, y, w, h = box
    _, (x0, y0, x1, y1) = _affine(x, y, w, h, state, canvas)
    return (x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4)


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def even_rect(r: Rect, width: int, height: int) -> Rect:
    """The rectangle clipped to the frame, widened to even coordinates (chroma is half size)."""
    x0, y0 = max(0, r[0]) // 2 * 2, max(0, r[1]) // 2 * 2
    x1, y1 = min(width, -(-(r[0] + r[2]) // 2) * 2), min(height, -(-(r[1] + r[3]) // 2) * 2)
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def transformed(s: Sprite, state: State, canvas: Canvas) -> Sprite:
    """The sprite wiped, moved, scaled and turned as the state says."""
    if state.reveal < 1.0:
        s = wiped(s, state.reveal, state.reveal_from)
        if 0 in s.size:  # nothing revealed yet: nothing to move or warp
            return s
    dx, dy = state.dx * canvas.base, state.dy * canvas.base
    whole = abs(dx - even(dx)) < 1e-6 and abs(dy - even(dy)) < 1e-6
    if state.scale == 1.0 and state.rotation == 0.0 and whole:
        return dataclasses.replace(s, x=s.x + even(dx), y=s.y + even(dy)) if dx or dy else s
    return warped(s, state, canvas)


def _affine(x: int, y: int, w: int, h: int, state: State, canvas: Canvas) -> tuple[np.ndarray, Rect]:
    """The 2×2 linear part (scale and rotation about the centre) and the even bounding box it lands in."""
    a = math.radians(state.rotation)
    lin = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]]) * state.scale
    cx, cy = x + w / 2 + state.dx * canvas.base, y + h / 2 + state.dy * canvas.base
    corners = lin @ np.array([[-w / 2, w / 2, w / 2, -w / 2], [-h / 2, -h / 2, h / 2, h / 2]])
    x0, y0 = math.floor(cx + corners[0].min()) // 2 * 2, math.floor(cy + corners[1].min()) // 2 * 2
    x1, y1 = -(-math.ceil(cx + corners[0].max()) // 2) * 2, -(-math.ceil(cy + corners[1].max()) // 2) * 2
    return lin, (x0, y0, max(x1, x0 + 2), max(y1, y0 + 2))


def warped(s: Sprite, state: State, canvas: Canvas) -> Sprite:
    """One bilinear warp per plane (premultiplied colour and inverse alpha alike, so edges stay exact)."""
    w, h = s.size
    lin, (x0, y0, x1, y1) = _affine(s.x, s.y, w, h, state, canvas)
    cx, cy = s.x + w / 2 + state.dx * canvas.base, s.y + h / 2 + state.dy * canvas.base
    # Pixel centres sit at i + 0.5 (luma) and 2j + 1 (chroma) in frame coordinates.
    luma = np.hstack([lin, (lin @ [0.5 - w / 2, 0.5 - h / 2] + [cx - 0.5 - x0, cy - 0.5 - y0])[:, None]])
    chroma = np.hstack([lin, ((lin @ [1 - w / 2, 1 - h / 2] + [cx - x0, cy - y0]) / 2 - 0.5)[:, None]])
    ow, oh = x1 - x0, y1 - y0

    def warp(plane: np.ndarray, m: np.ndarray, size: tuple[int, int], border: int) -> np.ndarray:
        return cv2.warpAffine(
            np.ascontiguousarray(plane),
            m,
            size,
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=border,
        )

    half = (ow // 2, oh // 2)
    return Sprite(
        x0,
        y0,
        Planes(warp(s.pm.y, luma, (ow, oh), 0), warp(s.pm.u, chroma, half, 0), warp(s.pm.v, chroma, half, 0)),
        warp(s.inv_y, luma, (ow, oh), 255),
        warp(s.inv_c, chroma, half, 255),
    )


def wiped(s: Sprite, reveal: float, edge: str) -> Sprite:
    """Part of the sprite: a wipe from `edge`, or ("rise") its top part shown at its bottom."""
    w, h = s.size
    if edge in ("left", "right"):
        keep = even(w * reveal)
        x0 = 0 if edge == "left" else w - keep
        return Sprite(
            s.x + x0,
            s.y,
            s.pm.region(x0, 0, keep, h),
            s.inv_y[:, x0 : x0 + keep],
            s.inv_c[:, x0 // 2 : (x0 + keep) // 2],
        )
    keep = even(h * reveal)
    y0 = h - keep if edge == "bottom" else 0
    at = s.y + (h - keep if edge in ("bottom", "rise") else 0)
    return Sprite(
        s.x, at, s.pm.region(0, y0, w, keep), s.inv_y[y0 : y0 + keep], s.inv_c[y0 // 2 : (y0 + keep) // 2]
    )
