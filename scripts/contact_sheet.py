"""A contact sheet of an MP4: frames at even times tiled into one PNG (there is no ffmpeg CLI here).

    python scripts/contact_sheet.py video.mp4 [more.mp4 ...] --frames 6 --width 320 -o sheet.png

With several videos each gets a row, so looks and aspects can be compared side by side; with
--columns N each video gives one settled frame (at 70 % of its length) and the frames are tiled N wide.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import av
from PIL import Image, ImageDraw


def frames_at(path: Path, count: int, width: int, at: float | None = None) -> list[Image.Image]:
    """`count` frames spread over the video (the first after 0.4 s, the last just before the end),
    or the one frame at fraction `at` of its length."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        duration = float(stream.duration * stream.time_base) if stream.duration else 4.0
        wanted = [0.4 + (duration - 0.6) * k / max(1, count - 1) for k in range(count)]
        if at is not None:
            wanted, count = [duration * at], 1
        out: list[Image.Image] = []
        for frame in container.decode(stream):
            if out and len(out) == count:
                break
            if frame.time is not None and frame.time >= wanted[len(out)] - 1e-3:
                image = frame.to_image()
                height = round(image.height * width / image.width)
                out.append(image.resize((width, height), Image.Resampling.LANCZOS))
    return out


def sheet(videos: list[Path], count: int, width: int) -> Image.Image:
    rows = [frames_at(v, count, width) for v in videos]
    height = max(f.height for row in rows for f in row)
    label = 18
    image = Image.new("RGB", (count * (width + 4) + 4, len(rows) * (height + label + 4) + 4), (40, 40, 40))
    pen = ImageDraw.Draw(image)
    for r, (video, row) in enumerate(zip(videos, rows, strict=True)):
        top = 4 + r * (height + label + 4)
        pen.text((6, top + 2), video.name, fill=(230, 230, 230))
        for k, frame in enumerate(row):
            image.paste(frame, (4 + k * (width + 4), top + label))
    return image


def grid(videos: list[Path], columns: int, width: int) -> Image.Image:
    frames = [frames_at(v, 1, width, at=0.7)[0] for v in videos]
    height = max(f.height for f in frames)
    rows = -(-len(frames) // columns)
    image = Image.new("RGB", (columns * (width + 4) + 4, rows * (height + 4) + 4), (40, 40, 40))
    for k, frame in enumerate(frames):
        image.paste(frame, (4 + (k % columns) * (width + 4), 4 + (k // columns) * (height + 4)))
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("videos", nargs="+", type=Path)
    parser.add_argument("--frames", type=int, default=6)
    parser.add_argument("--width", type=int, default=320)
    parser.add_argument("--columns", type=int, default=0, help="one frame per video, tiled this wide")
    parser.add_argument("-o", "--out", type=Path, default=Path("sheet.png"))
    args = parser.parse_args()
    if args.columns:
        grid(args.videos, args.columns, args.width).save(args.out)
    else:
        sheet(args.videos, args.frames, args.width).save(args.out)
    print(args.out)


if __name__ == "__main__":
    main()
