"""What changes every frame: Ken Burns pictures (sub-pixel warps on Y/U/V) and video clips (PyAV)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
from PIL import Image

from ozor.render.draw import fitted
from ozor.render.yuv import Planes, opaque_planes
from ozor.scene.models import KenBurns

WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP


def darken(planes: Planes, amount: float) -> None:
    """A uniform scrim: pull luma toward black and chroma toward grey, in place."""
    if amount <= 0:
        return
    k = 1.0 - amount
    cv2.convertScaleAbs(planes.y, planes.y, k, 16 * amount)
    for c in (planes.u, planes.v):
        cv2.convertScaleAbs(c, c, k, 128 * amount)


class KenBurnsPicture:
    """A picture that zooms (and pans) linearly over the scene, resampled exactly at sub-pixel positions.

    The source is prepared once at the largest zoom's resolution, so every frame is a downscale
    (sharp, no upscaling blur) by one bilinear warp per plane, straight into the frame buffer.
    """

    def __init__(
        self,
        image: Image.Image,
        width: int,
        height: int,
        fit: str,
        kb: KenBurns,
        duration: float,
        scrim: float = 0.0,
        fill: tuple[int, int, int] = (0, 0, 0),
    ):
        """`fill` shows where the picture is not: its see-through parts and a contained picture's margins."""
        self.zoom_max = max(kb.zoom_from, kb.zoom_to)
        self.width, self.height = width, height
        sw, sh = _even(width * self.zoom_max), _even(height * self.zoom_max)
        flat = Image.new("RGB", image.size, fill)
        flat.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
        picture, _, _ = fitted(flat, sw, sh, fit)
        canvas = Image.new("RGB", (sw, sh), fill)
        canvas.paste(picture, ((sw - picture.width) // 2, (sh - picture.height) // 2))
        self.src = opaque_planes(np.asarray(canvas))
        darken(self.src, scrim)
        self.kb, self.duration = kb, max(duration, 1e-6)

    def matrices(self, t: float) -> tuple[np.ndarray, np.ndarray]:
        """Destination→source affine maps for luma and for (centre-sited, half-size) chroma."""
        p = min(1.0, max(0.0, t / self.duration))
        zoom = self.kb.zoom_from + (self.kb.zoom_to - self.kb.zoom_from) * p
        s = self.zoom_max / zoom
        sw, sh = self.src.size
        # The window may pan only as far as the picture reaches beyond it.
        slack_x, slack_y = (sw - self.width * s) / 2, (sh - self.height * s) / 2
        cx = sw / 2 + max(-slack_x, min(slack_x, self.kb.pan_x * p * sw))
        cy = sh / 2 + max(-slack_y, min(slack_y, self.kb.pan_y * p * sh))
        luma = np.array(
            [[s, 0, cx - 0.5 + (0.5 - self.width / 2) * s], [0, s, cy - 0.5 + (0.5 - self.height / 2) * s]]
        )
        chroma = np.array(
            [
                [s, 0, cx / 2 - 0.5 + (0.5 - self.width / 4) * s],
                [0, s, cy / 2 - 0.5 + (0.5 - self.height / 4) * s],
            ]
        )
        return luma, chroma

    def draw(self, dst: Planes, t: float) -> None:
        """Warp the picture at time t into `dst` (a box-sized view of the frame)."""
        luma, chroma = self.matrices(t)
        w, h = self.width, self.height
        cv2.warpAffine(self.src.y, luma, (w, h), dst=dst.y, flags=WARP, borderMode=cv2.BORDER_REPLICATE)
        for src, out in ((self.src.u, dst.u), (self.src.v, dst.v)):
            cv2.warpAffine(
                src, chroma, (w // 2, h // 2), dst=out, flags=WARP, borderMode=cv2.BORDER_REPLICATE
            )


def _even(x: float) -> int:
    return max(2, round(x / 2) * 2)


def video_size(path: Path) -> tuple[int, int]:
    """A clip's frame size, read from its header (nothing is decoded)."""
    with av.open(str(path)) as container:
        codec = container.streams.video[0].codec_context
        return codec.width, codec.height


class VideoClip:
    """Frames of a video file for scene-local times: decoded forward, looped or held, covering their box
    (a clip framed whole gets a box of its own shape, so nothing is ever padded)."""

    def __init__(
        self,
        path: Path,
        width: int,
        height: int,
        trim_start: float,
        trim_end: float | None,
        loop: bool,
        scrim: float = 0.0,
    ):
        self.path, self.width, self.height = path, width, height
        self.trim_start, self.loop, self.scrim = trim_start, loop, scrim
        self.container = av.open(str(path))
        self.stream = self.container.streams.video[0]
        self.stream.thread_type = "AUTO"
        self.time_base = self.stream.time_base or Fraction(1, 1000)
        length = float(self.stream.duration * self.time_base) if self.stream.duration else None
        if length is None and self.container.duration:
            length = self.container.duration / av.time_base
        end = trim_end if trim_end is not None else length
        self.span = max(0.04, (end or 1e9) - trim_start)
        self._frames: Iterator[av.VideoFrame] | None = None
        self._current: Planes | None = None
        self._current_t = -1.0
        self._next: av.VideoFrame | None = None
        self._restart(trim_start)

    def close(self) -> None:
        self.container.close()

    def _restart(self, at: float) -> None:
        self.container.seek(int(at / self.time_base), stream=self.stream, backward=True, any_frame=False)
        self._frames = self.container.decode(self.stream)
        self._next = None
        self._current_t = -1.0

    def _source_time(self, t: float) -> float:
        local = t % self.span if self.loop else min(t, self.span - 1e-3)
        return self.trim_start + local

    def draw(self, dst: Planes, t: float) -> None:
        """The clip's frame at scene-local time t, fitted into `dst` (a box-sized view)."""
        want = self._source_time(t)
        if want < self._current_t - 1e-6:
            self._restart(want)
        frame = self._advance(want)
        if frame is not None:
            self._current = self._fit(frame)
        if self._current is not None:
            dst.copy_from(self._current)

    def _advance(self, want: float) -> av.VideoFrame | None:
        """Decode up to the last frame at or before `want`; None when the current one still holds."""
        chosen = None
        assert self._frames is not None
        while True:
            if self._next is None:
                self._next = next(self._frames, None)
                if self._next is None:
                    return chosen
            ft = float(self._next.time or 0.0)
            if ft > want + 1e-4 and (chosen is not None or self._current is not None):
                return chosen
            chosen, self._next = self._next, None
            self._current_t = ft

    def _fit(self, frame: av.VideoFrame) -> Planes:
        w, h = self.width, self.height
        scale = max(w / frame.width, h / frame.height)
        fw, fh = _even(frame.width * scale), _even(frame.height * scale)
        flat = frame.reformat(width=fw, height=fh, format="yuv420p", dst_colorspace="ITU709").to_ndarray()
        flat = flat.reshape(-1)
        n = fw * fh
        planes = Planes(
            flat[:n].reshape(fh, fw),
            flat[n : n + n // 4].reshape(fh // 2, fw // 2),
            flat[n + n // 4 :].reshape(fh // 2, fw // 2),
        )
        out = Planes(
            np.full((h, w), 16, np.uint8),
            np.full((h // 2, w // 2), 128, np.uint8),
            np.full((h // 2, w // 2), 128, np.uint8),
        )
        ox, oy = (fw - w) // 2 // 2 * 2, (fh - h) // 2 // 2 * 2
        out.copy_from(planes.region(ox, oy, w, h))
        darken(out, self.scrim)
        return out
