"""Scene backgrounds, including the alive ones: a gradient whose light drifts, and film grain.

Both are cheap by construction: the drifting gradient is evaluated on a 1/8-size grid and enlarged
(it is smooth, so nothing is lost), and grain is a handful of precomputed luma tiles cycled every
other frame (film-like 15 fps grain, which x264 also spends fewer bits on than per-frame noise).
"""

from __future__ import annotations

import math
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image

from ozor.render import draw, yuv
from ozor.render.layers import Layer
from ozor.render.moving import KenBurnsPicture, VideoClip, darken
from ozor.render.parts import Context
from ozor.render.yuv import Planes, Sprite
from ozor.scene.models import GradientBackground, ImageBackground, Scene, SolidBackground, VideoBackground

GRAIN_TILES = 4


def background_layer(scene: Scene, ctx: Context) -> Layer:
    bg, (w, h) = scene.background, (ctx.canvas.width, ctx.canvas.height)
    if isinstance(bg, ImageBackground):
        image = draw.load_image(ctx.assets.path(bg.asset))
        # A contained picture's margins take its edge colour (measured only when there are margins).
        fill = draw.mat(image, ctx.theme.palette.background) if bg.fit == "contain" else (0, 0, 0)
        if bg.ken_burns is not None:
            picture = KenBurnsPicture(image, w, h, bg.fit, bg.ken_burns, scene.duration, bg.scrim, fill)
            return Layer(None, moving=picture, box=(0, 0, w, h))
        picture_, ox, oy = draw.fitted(image, w, h, bg.fit)
        canvas = Image.new("RGB", (w, h), fill)
        canvas.paste(picture_, (ox, oy), picture_)
        planes = yuv.opaque_planes(np.asarray(canvas))
        darken(planes, bg.scrim)
        return Layer(None, sprite=opaque_sprite(planes))
    if isinstance(bg, VideoBackground):
        clip = VideoClip(ctx.assets.path(bg.asset), w, h, bg.trim_start, bg.trim_end, bg.loop, bg.scrim)
        return Layer(None, moving=clip, box=(0, 0, w, h))
    if isinstance(bg, GradientBackground):
        if bg.drift > 0:
            return Layer(None, moving=DriftingGradient(bg, w, h), box=(0, 0, w, h))
        return Layer(None, sprite=opaque_sprite(yuv.opaque_planes(draw.gradient(bg, w, h))))
    assert isinstance(bg, SolidBackground)
    y, u, v = yuv.color_yuv(bg.color or ctx.theme.palette.background)
    planes = Planes(
        np.full((h, w), y, np.uint8),
        np.full((h // 2, w // 2), u, np.uint8),
        np.full((h // 2, w // 2), v, np.uint8),
    )
    return Layer(None, sprite=opaque_sprite(planes))


def opaque_sprite(planes: Planes) -> Sprite:
    """A full-frame opaque layer; its all-zero inverse alphas are broadcast views (no memory)."""
    w, h = planes.size
    zero = np.uint8(0)
    return Sprite(0, 0, planes, np.broadcast_to(zero, (h, w)), np.broadcast_to(zero, (h // 2, w // 2)))


class DriftingGradient:
    """The gradient on a larger, coarse grid; each frame a sub-pixel window of it wanders on a slow
    ellipse (`drift` frame-fractions a second) and is enlarged straight into the frame's planes."""

    STEP = 8

    def __init__(self, bg: GradientBackground, width: int, height: int):
        self.width, self.height, self.drift = width, height, bg.drift
        self.margin = 0.25  # of the frame, on each side of the coarse grid
        gw, gh = max(8, width // self.STEP), max(8, height // self.STEP)
        big = draw.gradient(bg, round(gw * (1 + 2 * self.margin)), round(gh * (1 + 2 * self.margin)))
        ycc = np.clip(np.rint(yuv.rgb_to_yuv(big)), 0, 255).astype(np.uint8)
        self.grid = [np.ascontiguousarray(ycc[..., k]) for k in range(3)]
        self.gw, self.gh = gw, gh

    def draw(self, dst: Planes, t: float) -> None:
        radius = min(self.margin, self.drift * 4.0)  # an ellipse whose speed is about `drift`
        angle = t * self.drift / max(radius, 1e-6)
        ox = (self.margin + radius * math.cos(angle)) * self.gw
        oy = (self.margin + radius * 0.6 * math.sin(angle)) * self.gh
        for plane, src in zip((dst.y, dst.u, dst.v), self.grid, strict=True):
            h, w = plane.shape
            sx, sy = self.gw / w, self.gh / h
            m = np.array([[sx, 0, ox + 0.5 * sx - 0.5], [0, sy, oy + 0.5 * sy - 0.5]])
            cv2.warpAffine(
                src,
                m,
                (w, h),
                dst=plane,
                flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                borderMode=cv2.BORDER_REPLICATE,
            )


@lru_cache(maxsize=1)
def grain(amount: float, width: int, height: int) -> Grain:
    """The grain for this amount and size, kept per process: a chunk worker renders several scenes
    that share it, and its tiles take longer to make than a few seconds of frames take to compose."""
    return Grain(amount, width, height)


class Grain:
    """Film grain on the finished frame: signed luma noise from a few tiles, a new one every 2 frames."""

    def __init__(self, amount: float, width: int, height: int, seed: int = 7):
        rng = np.random.default_rng(seed)
        sigma = amount * 40.0
        self.tiles = []
        for _ in range(GRAIN_TILES):
            white = rng.standard_normal((height, width), dtype=np.float32)
            soft = cv2.GaussianBlur(white, (0, 0), 0.6)  # grain has a size: not single-pixel sparkle
            noise = np.rint(soft * np.float32(sigma * 1.6))
            self.tiles.append(
                (cv2.convertScaleAbs(np.maximum(noise, 0)), cv2.convertScaleAbs(np.minimum(noise, 0)))
            )

    def apply(self, out: Planes, frame: int) -> None:
        up, down = self.tiles[(frame // 2) % len(self.tiles)]
        cv2.add(out.y, up, dst=out.y)
        cv2.subtract(out.y, down, dst=out.y)
