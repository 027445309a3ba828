"""Picture metrics of any MP4 (issue #10): how much of the frame is designed, and how often it moves.

    python bench/quality.py video.mp4 [more.mp4 ...]

ink: for frames sampled every second at 160×90, the share of pixels whose largest channel difference
from the frame's most common colour (16-level bins) exceeds 40; the median over the frames.
motion: at 5 fps and 160×90, the share of consecutive frame pairs whose mean absolute difference
exceeds 0.6 (0–255 scale).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import av
import numpy as np

SIZE = (160, 90)
INK_STEP, MOTION_FPS = 1.0, 5.0
INK_THRESHOLD, MOTION_THRESHOLD = 40, 0.6


def samples(path: Path, every: float) -> list[np.ndarray]:
    """The frames on screen at t = 0, every, 2·every, … (160×90 RGB)."""
    out: list[np.ndarray] = []
    shown: np.ndarray | None = None
    t, step = 0.0, 1 / 30
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        if stream.average_rate:
            step = 1 / float(stream.average_rate)
        for frame in container.decode(stream):
            t = float(frame.time or 0.0)
            while shown is not None and len(out) * every < t - 1e-6:
                out.append(shown)  # the previous frame was on screen at this instant
            shown = frame.reformat(
                width=SIZE[0], height=SIZE[1], format="rgb24", interpolation="AREA"
            ).to_ndarray()
    while shown is not None and len(out) * every < t + step - 1e-6:
        out.append(shown)
    return out


def ink(frame: np.ndarray) -> float:
    pixels = frame.reshape(-1, 3).astype(np.int32)
    bins = (pixels // 16) @ np.array([256, 16, 1])
    mode = np.bincount(bins).argmax()
    common = pixels[bins == mode].mean(axis=0)
    return float((np.abs(pixels - common).max(axis=1) > INK_THRESHOLD).mean())


def measure(path: Path) -> tuple[float, float]:
    """(ink, motion) of one video."""
    stills = samples(path, INK_STEP)
    moving = samples(path, 1.0 / MOTION_FPS)
    diffs = [
        np.abs(a.astype(np.int16) - b.astype(np.int16)).mean()
        for a, b in zip(moving, moving[1:], strict=False)
    ]
    return statistics.median(ink(f) for f in stills), float(
        np.mean([d > MOTION_THRESHOLD for d in diffs])
    ) if diffs else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("videos", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.videos:
        value_ink, value_motion = measure(path)
        print(f"{path.name}: ink {value_ink:.3f}, motion {value_motion:.3f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
