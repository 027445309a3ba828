"""BT.709 limited-range YUV 4:2:0: layers are converted once, so frames never need an RGB→YUV pass.

A frame is one contiguous (H*3/2, W) uint8 buffer, the layout libx264 takes (Y, then U, then V);
`Planes` are views into it. A `Sprite` is a premultiplied Y/U/V layer with its alpha, ready to
blend anywhere with a few integer operations on its own bounding box only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

KR, KB = 0.2126, 0.0722
KG = 1.0 - KR - KB
_RGB_TO_YUV = (
    np.array(
        [
            [219 * KR, 219 * KG, 219 * KB],
            [-112 * KR / (1 - KB), -112 * KG / (1 - KB), 112.0],
            [112.0, -112 * KG / (1 - KR), -112 * KB / (1 - KR)],
        ],
        dtype=np.float32,
    )
    / 255.0
)
# The same as one 3×4 affine map (offsets in the last column), for cv2.transform.
_AFFINE = np.hstack([_RGB_TO_YUV, np.array([[16.0], [128.0], [128.0]], np.float32)])


def rgb_to_yuv(rgb: np.ndarray) -> np.ndarray:
    """(h, w, 3) RGB → (h, w, 3) float32 Y'CbCr (limited range)."""
    return cv2.transform(rgb.astype(np.float32), _AFFINE)


_YUV_TO_RGB = np.linalg.inv(_RGB_TO_YUV).astype(np.float32)
_OFFSETS = np.array([16.0, 128.0, 128.0], np.float32)


def i420_to_rgb(buf: np.ndarray, width: int, height: int) -> np.ndarray:
    """A frame buffer (limited-range I420, as composed) → (h, w, 3) uint8 RGB, for stills and previews."""
    n, q = width * height, width * height // 4
    flat = buf.reshape(-1)
    y = flat[:n].reshape(height, width).astype(np.float32)
    u = cv2.resize(
        flat[n : n + q].reshape(height // 2, width // 2), (width, height), interpolation=cv2.INTER_LINEAR
    )
    v = cv2.resize(
        flat[n + q :].reshape(height // 2, width // 2), (width, height), interpolation=cv2.INTER_LINEAR
    )
    ycc = np.dstack([y, u.astype(np.float32), v.astype(np.float32)]) - _OFFSETS
    return np.asarray(np.clip(np.rint(ycc @ _YUV_TO_RGB.T), 0, 255), dtype=np.uint8)


def color_yuv(hex_color: str) -> tuple[int, int, int]:
    rgb = np.array([[[int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]]], dtype=np.uint8)
    y, u, v = np.clip(np.rint(rgb_to_yuv(rgb)[0, 0]), 0, 255).astype(int)
    return int(y), int(u), int(v)


def half(plane: np.ndarray) -> np.ndarray:
    """2×2 average (centre-sited chroma), for even-sized planes."""
    return cv2.resize(plane, (plane.shape[1] // 2, plane.shape[0] // 2), interpolation=cv2.INTER_AREA)


@dataclass
class Planes:
    y: np.ndarray
    u: np.ndarray
    v: np.ndarray
    # Who drew the frame now in these planes, and how (see SceneRenderer.render); None: unknown.
    mark: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def size(self) -> tuple[int, int]:
        return self.y.shape[1], self.y.shape[0]

    def region(self, x: int, y: int, w: int, h: int) -> Planes:
        """A view of an even-aligned rectangle."""
        return Planes(
            self.y[y : y + h, x : x + w],
            self.u[y // 2 : (y + h) // 2, x // 2 : (x + w) // 2],
            self.v[y // 2 : (y + h) // 2, x // 2 : (x + w) // 2],
        )

    def copy_from(self, other: Planes) -> None:
        np.copyto(self.y, other.y)
        np.copyto(self.u, other.u)
        np.copyto(self.v, other.v)


def frame_buffer(width: int, height: int) -> tuple[np.ndarray, Planes]:
    buf = np.empty((height * 3 // 2, width), dtype=np.uint8)
    flat = buf.reshape(-1)
    n = width * height
    q = n // 4
    planes = Planes(
        flat[:n].reshape(height, width),
        flat[n : n + q].reshape(height // 2, width // 2),
        flat[n + q :].reshape(height // 2, width // 2),
    )
    return buf, planes


def fill(planes: Planes, yuv: tuple[int, int, int]) -> None:
    planes.y.fill(yuv[0])
    planes.u.fill(yuv[1])
    planes.v.fill(yuv[2])


def opaque_planes(rgb: np.ndarray) -> Planes:
    """An opaque RGB image (even size) as Y/U/V planes."""
    y, u, v = cv2.split(cv2.transform(np.ascontiguousarray(rgb), _AFFINE))  # rounded and saturated
    return Planes(y, half(u), half(v))


@dataclass
class Sprite:
    """A premultiplied layer: planes (Y/U/V × alpha) and inverse alphas at luma and chroma resolution."""

    x: int  # even
    y: int  # even
    pm: Planes
    inv_y: np.ndarray  # 255 - alpha, uint8
    inv_c: np.ndarray
    # Measured once for sprites blended often (see `measured`), relative (x, y, w, h), even:
    ink: tuple[int, int, int, int] | None = None  # where anything shows (outside it blending is a no-op)
    solid: tuple[int, int, int, int] | None = None  # fully opaque (blending there is a copy)

    @property
    def size(self) -> tuple[int, int]:
        return self.pm.size


def sprite(rgba: np.ndarray, x: int, y: int) -> Sprite:
    """An RGBA image placed at (x, y) as a sprite; odd positions and sizes are padded to even ones."""
    pad_l, pad_t = x % 2, y % 2
    h, w = rgba.shape[:2]
    pad_r, pad_b = (w + pad_l) % 2, (h + pad_t) % 2
    if pad_l or pad_t or pad_r or pad_b:
        rgba = np.pad(rgba, ((pad_t, pad_b), (pad_l, pad_r), (0, 0)))
    alpha = rgba[..., 3].astype(np.float32) / 255.0
    yuv = rgb_to_yuv(rgba[..., :3]) * alpha[..., None]
    a8 = rgba[..., 3]
    pm_y = np.clip(np.rint(yuv[..., 0]), 0, 255).astype(np.uint8)
    pm_u = np.clip(np.rint(half(np.ascontiguousarray(yuv[..., 1]))), 0, 255).astype(np.uint8)
    pm_v = np.clip(np.rint(half(np.ascontiguousarray(yuv[..., 2]))), 0, 255).astype(np.uint8)
    a_c = half(a8)
    return Sprite(
        x - pad_l,
        y - pad_t,
        Planes(pm_y, pm_u, pm_v),
        255 - a8,
        255 - a_c,
    )


def _over(dst: np.ndarray, pm: np.ndarray, inv: np.ndarray) -> None:
    """dst = pm + round(dst·inv/255) in place: two saturating OpenCV passes (exact: x/255 never ties)."""
    cv2.multiply(dst, inv, dst=dst, scale=1 / 255)
    cv2.add(dst, pm, dst=dst)


def _clip(s: Sprite, width: int, height: int) -> tuple[int, int, int, int, int, int] | None:
    """The visible part: destination x0, y0 and source sx0, sy0, w, h (all even)."""
    w, h = s.size
    x0, y0 = max(s.x, 0), max(s.y, 0)
    x1, y1 = min(s.x + w, width), min(s.y + h, height)
    if x1 <= x0 or y1 <= y0:
        return None
    return x0, y0, x0 - s.x, y0 - s.y, x1 - x0, y1 - y0


def measured(s: Sprite) -> Sprite:
    """The sprite with its ink and solid rectangles found, for one blended every frame: blending then
    skips its transparent margins and copies its opaque middle (the same pixels, less work)."""
    luma, chroma = s.inv_y < 255, s.inv_c < 255  # chroma too: a warp can spread it past the luma
    rows = np.flatnonzero(luma.any(axis=1) | np.repeat(chroma.any(axis=1), 2))
    cols = np.flatnonzero(luma.any(axis=0) | np.repeat(chroma.any(axis=0), 2))
    if not len(rows):
        return Sprite(s.x, s.y, s.pm, s.inv_y, s.inv_c, ink=(0, 0, 0, 0))
    w, h = s.size
    x0, y0 = cols[0] // 2 * 2, rows[0] // 2 * 2
    x1, y1 = min(w, (cols[-1] + 2) // 2 * 2), min(h, (rows[-1] + 2) // 2 * 2)
    solid = _solid(s.inv_y == 0)
    if solid is not None:
        sx, sy, sw, sh = solid
        if s.inv_c[sy // 2 : (sy + sh) // 2, sx // 2 : (sx + sw) // 2].any():
            solid = None  # chroma not opaque all over it (a sprite flattened from pieces can be so)
    return Sprite(s.x, s.y, s.pm, s.inv_y, s.inv_c, ink=(x0, y0, x1 - x0, y1 - y0), solid=solid)


def _solid(opaque: np.ndarray) -> tuple[int, int, int, int] | None:
    """A large fully opaque rectangle (even, inside the middle row's and column's opaque runs)."""
    h, w = opaque.shape
    c0, c1 = _run(opaque[h // 2], w // 2)
    if c1 - c0 < 64:
        return None
    r0, r1 = _run(np.all(opaque[:, c0:c1], axis=1), h // 2)
    x0, y0, x1, y1 = -(-c0 // 2) * 2, -(-r0 // 2) * 2, c1 // 2 * 2, r1 // 2 * 2
    return (x0, y0, x1 - x0, y1 - y0) if x1 - x0 >= 64 and y1 - y0 >= 16 else None


def _run(line: np.ndarray, at: int) -> tuple[int, int]:
    """The run of True around index `at` ([start, end); empty when line[at] is False)."""
    if not line[at]:
        return at, at
    falses = np.flatnonzero(~line)
    before, after = falses[falses < at], falses[falses > at]
    return (int(before[-1]) + 1 if len(before) else 0), (int(after[0]) if len(after) else len(line))


def _part(s: Sprite, x: int, y: int, w: int, h: int) -> Sprite:
    """A rectangle of the sprite (relative, even) as a sprite of its own: views, no copies."""
    return Sprite(
        s.x + x,
        s.y + y,
        s.pm.region(x, y, w, h),
        s.inv_y[y : y + h, x : x + w],
        s.inv_c[y // 2 : (y + h) // 2, x // 2 : (x + w) // 2],
    )


def blend(frame: Planes, s: Sprite, opacity: float = 1.0) -> None:
    """Composite a sprite over the frame (only its bounding box, or its ink, is touched)."""
    if opacity <= 0.0:
        return
    x, y, w, h = s.ink or (0, 0, *s.size)
    if s.solid is not None and opacity >= 1.0:
        sx, sy, sw, sh = s.solid
        _copy(frame, _part(s, sx, sy, sw, sh))
        for r in (
            (x, y, w, sy - y),  # above, below, left and right of the solid middle
            (x, sy + sh, w, y + h - sy - sh),
            (x, sy, sx - x, sh),
            (sx + sw, sy, x + w - sx - sw, sh),
        ):
            if r[2] > 0 and r[3] > 0:
                _blend(frame, _part(s, *r), 1.0)
        return
    _blend(frame, _part(s, x, y, w, h) if s.ink is not None else s, opacity)


def _copy(frame: Planes, s: Sprite) -> None:
    clip = _clip(s, *frame.size)
    if clip is not None:
        x0, y0, sx, sy, w, h = clip
        frame.region(x0, y0, w, h).copy_from(s.pm.region(sx, sy, w, h))


def _blend(frame: Planes, s: Sprite, opacity: float) -> None:
    fw, fh = frame.size
    clip = _clip(s, fw, fh)
    if clip is None:
        return
    x0, y0, sx, sy, w, h = clip
    dst = frame.region(x0, y0, w, h)
    src = s.pm.region(sx, sy, w, h)
    inv_y = s.inv_y[sy : sy + h, sx : sx + w]
    inv_c = s.inv_c[sy // 2 : (sy + h) // 2, sx // 2 : (sx + w) // 2]
    if opacity < 1.0:  # scale the premultiplied colour and alpha together
        k = np.uint16(round(opacity * 256))
        inv_y = (255 - (((255 - inv_y.astype(np.uint16)) * k) >> 8)).astype(np.uint8)
        inv_c = (255 - (((255 - inv_c.astype(np.uint16)) * k) >> 8)).astype(np.uint8)
        sy_, su_, sv_ = (((p.astype(np.uint16) * k) >> 8).astype(np.uint8) for p in (src.y, src.u, src.v))
        src = Planes(sy_, su_, sv_)
    for d, p, inv in ((dst.y, src.y, inv_y), (dst.u, src.u, inv_c), (dst.v, src.v, inv_c)):
        _over(d, p, inv)


def planes_sprite(planes: Planes, alpha: np.ndarray, x: int, y: int) -> Sprite:
    """Opaque planes cut out by an alpha mask (full luma resolution) as a sprite."""
    a_c = half(alpha)
    a16, c16 = alpha.astype(np.uint16), a_c.astype(np.uint16)
    py, pu, pv = (
        ((p * a + 127) // 255).astype(np.uint8)
        for p, a in ((planes.y, a16), (planes.u, c16), (planes.v, c16))
    )
    return Sprite(x, y, Planes(py, pu, pv), 255 - alpha, 255 - a_c)
