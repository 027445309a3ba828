"""Renderer benchmark (shared/bench/REFERENCE.md): ozor vs the encode-only limit vs MoviePy 2.x.

    python bench/render.py [--qualities 720p,1080p,4k] [--repeat 3] [--moviepy-runs 1]
                           [--compositions reference,motion,templates]

Every figure is measured in this run, on this machine: wall seconds (median of --repeat), and the
ratio to the encode-only limit (the same frames, pre-rendered, read raw by ffmpeg's libx264 at the
same preset: nothing built on libx264 can be faster). The motion composition (bench/motion.py) has the
reference's timing but is built from the version-2 elements; the templates composition (bench/templates.py)
has it too, composed by the design system. Peak memory is the sum of the resident sizes
of ozor's processes (the parent and its chunk workers), sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import motion, reference, templates
from bench.reference import write_assets
from ozor.render import timeline
from ozor.render.assets import local_assets
from ozor.render.chunks import frames, release
from ozor.render.draw import Canvas
from ozor.render.pipeline import RenderOptions, render

CRF = 23


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def descendants(pid: int) -> dict[int, tuple[int, float]]:
    """Every process below `pid`: its resident bytes and the CPU seconds it has used so far."""
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            stats[int(entry)] = fields
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, stack = {}, list(children.get(pid, []))
    while stack:
        p = stack.pop()
        fields = stats[p]  # state ppid ... utime(12) stime(13) ... rss(22, pages)
        out[p] = (int(fields[21]) * PAGE, (int(fields[11]) + int(fields[12])) / TICKS)
        stack.extend(children.get(p, []))
    return out


PAGE, TICKS = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")


def timed(fn: Callable[[], object]) -> tuple[float, int, float]:
    """Wall seconds, peak resident bytes of this process and its descendants, and the CPU seconds
    they used (sampled every 20 ms; CPU time is what a loaded machine distorts least)."""
    me = os.getpid()
    before = {p: cpu for p, (_, cpu) in descendants(me).items()}
    last: dict[int, float] = {}
    peak = [0]
    stop = threading.Event()

    def rss_self() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE

    def sample() -> None:
        while not stop.wait(0.02):
            procs = descendants(me)
            peak[0] = max(peak[0], rss_self() + sum(r for r, _ in procs.values()))
            last.update({p: cpu for p, (_, cpu) in procs.items()})

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu0, start = time.process_time(), time.perf_counter()
    fn()
    elapsed, own = time.perf_counter() - start, time.process_time() - cpu0
    stop.set()
    sampler.join()
    others = sum(cpu - before.get(p, 0.0) for p, cpu in last.items())
    return elapsed, peak[0], own + others


COMPOSITIONS = {"reference": reference.project, "motion": motion.project, "templates": templates.project}


def raw_frames(folder: Path, quality: str, aspect: str, composition: str = "reference") -> Path:
    """The composition's 450 frames as raw yuv420p (made once, not timed)."""
    p = COMPOSITIONS[composition](aspect)
    w, h = timeline.frame_size(quality, aspect)
    path = folder / f"frames-{quality}-{aspect.replace(':', 'x')}.yuv"
    assets = local_assets(p, folder)
    with open(path, "wb") as f:
        for chunk in timeline.chunks(p):
            f.writelines(buf.tobytes() for buf in frames(p, chunk, Canvas(w, h), assets))
    release()
    return path


def settle() -> None:
    """Give freed memory back to the system, so a peak measured next is ozor's own."""
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)


def encode_only(folder: Path, raw: Path, quality: str, aspect: str, preset: str) -> None:
    w, h = timeline.frame_size(quality, aspect)
    subprocess.run(
        [
            ffmpeg(),
            "-y",
            "-loglevel",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "yuv420p",
            "-s",
            f"{w}x{h}",
            "-r",
            "30",
            "-i",
            str(raw),
            "-i",
            str(folder / "tone.wav"),
            "-c:v",
            "libx264",
            "-preset",
            preset,
            "-crf",
            str(CRF),
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-ar",
            "48000",
            "-ac",
            "2",
            "-movflags",
            "+faststart",
            "-shortest",
            str(folder / "limit.mp4"),
        ],
        check=True,
    )


def tradeoff(folder: Path) -> None:
    """x264 preset × CRF at 1080p on the composition's frames: encode time, file size and PSNR."""
    raw = raw_frames(folder, "1080p", "16:9")
    for preset in ("ultrafast", "superfast", "veryfast", "faster", "medium"):
        for crf in (20, 23):
            out = folder / f"t-{preset}-{crf}.mp4"
            cmd = [
                ffmpeg(),
                "-y",
                "-loglevel",
                "error",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "yuv420p",
                "-s",
                "1920x1080",
                "-r",
                "30",
                "-i",
                str(raw),
                "-c:v",
                "libx264",
                "-preset",
                preset,
                "-crf",
                str(crf),
                str(out),
            ]
            seconds = timed(lambda c=cmd: subprocess.run(c, check=True))[0]
            probe = subprocess.run(
                [
                    ffmpeg(),
                    "-i",
                    str(out),
                    "-f",
                    "rawvideo",
                    "-pix_fmt",
                    "yuv420p",
                    "-s",
                    "1920x1080",
                    "-r",
                    "30",
                    "-i",
                    str(raw),
                    "-lavfi",
                    "psnr",
                    "-f",
                    "null",
                    "-",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stderr
            psnr = probe.rsplit("average:", 1)[1].split()[0]
            print(
                f"1080p {preset:<9} crf {crf}: {seconds:5.2f} s, "
                f"{out.stat().st_size / 1e6:5.2f} MB, PSNR {psnr} dB",
                flush=True,
            )
    raw.unlink()


def ozor(
    folder: Path, quality: str, aspect: str, preset: str, workers: int, composition: str = "reference"
) -> None:
    p = COMPOSITIONS[composition](aspect)
    render(
        p,
        local_assets(p, folder),
        folder / "ozor.mp4",
        RenderOptions(quality=quality, preset=preset, crf=CRF, workers=workers),
    )


def moviepy(folder: Path, preset: str) -> None:
    """The same composition the idiomatic MoviePy 2 way (1080p, 16:9)."""
    import fontpkg
    import numpy as np
    from moviepy import AudioFileClip, CompositeVideoClip, ImageClip, TextClip, vfx

    from bench.reference import GRADIENTS, SUBTITLE, TITLES

    bold, regular = str(fontpkg.path("Inter", 700)), str(fontpkg.path("Inter", 400))
    scenes = []
    for k, (start, dur) in enumerate([(0.0, 5.25), (4.75, 5.5), (9.75, 5.25)]):
        top, bottom = (np.array([int(c[i : i + 2], 16) for i in (1, 3, 5)]) for c in GRADIENTS[k])
        ramp = np.linspace(0, 1, 1080)[:, None, None]
        gradient = (top * (1 - ramp) + bottom * ramp).astype(np.uint8) * np.ones((1, 1920, 1), np.uint8)
        background = ImageClip(gradient).with_duration(dur)
        photo = ImageClip(str(folder / f"photo{k}.jpg")).with_duration(dur)
        zoom = photo.resized(lambda t, d=dur: 1 + 0.1 * t / d)
        zoom = zoom.with_position(
            lambda t, d=dur: (600 - 600 * (1 + 0.1 * t / d), 400 - 400 * (1 + 0.1 * t / d))
        )
        framed = CompositeVideoClip([zoom], size=(1200, 800)).with_position((360, 40))
        title = TextClip(
            font=bold, text=TITLES[k], font_size=96, color="white", margin=(10, 10)
        ).with_duration(dur)
        shadow = TextClip(
            font=bold, text=TITLES[k], font_size=96, color="black", margin=(10, 10)
        ).with_duration(dur)
        x = (1920 - title.w) / 2

        def slide(t: float, x0: float = x, y0: float = 860 - title.h) -> tuple[float, float]:
            return x0, y0 + 60 * max(0.0, 1 - t / 0.6)

        title = title.with_position(slide).with_effects([vfx.CrossFadeIn(0.6)])
        shadow = shadow.with_opacity(0.5).with_position(lambda t, f=slide: (f(t)[0] + 3, f(t)[1] + 4))
        subtitle = TextClip(font=regular, text=SUBTITLE, font_size=44, color="white").with_duration(dur)
        subtitle = subtitle.with_position(((1920 - subtitle.w) / 2, 995 - subtitle.h / 2))
        logo = (
            ImageClip(str(folder / "logo.png"), transparent=True).with_duration(dur).with_position((1720, 40))
        )
        scene = CompositeVideoClip([background, framed, shadow, title, subtitle, logo], size=(1920, 1080))
        scene = scene.with_start(start).with_duration(dur)
        scenes.append(scene.with_effects([vfx.CrossFadeIn(0.5)]) if k else scene)
    video = CompositeVideoClip(scenes, size=(1920, 1080)).with_duration(15.0)
    video = video.with_audio(AudioFileClip(str(folder / "tone.wav")))
    video.write_videofile(
        str(folder / "moviepy.mp4"),
        fps=30,
        codec="libx264",
        preset=preset,
        threads=2,
        audio_codec="aac",
        ffmpeg_params=["-crf", str(CRF), "-pix_fmt", "yuv420p"],
        logger=None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qualities", default="720p,1080p,4k")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--moviepy-runs", type=int, default=1, help="0 skips MoviePy (about 2 minutes a run)")
    parser.add_argument("--preset", default="veryfast")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--portrait", action="store_true", help="also 9:16 at 1080p")
    parser.add_argument("--tradeoff", action="store_true", help="only the x264 preset/CRF table")
    parser.add_argument("--compositions", default="reference,motion")
    args = parser.parse_args()
    if args.tradeoff:
        with tempfile.TemporaryDirectory(prefix="ozor-bench-") as tmp:
            write_assets(Path(tmp))
            tradeoff(Path(tmp))
        return
    print(
        f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start; "
        f"x264 preset {args.preset}, crf {CRF}; ozor workers {args.workers}; medians of {args.repeat}"
    )
    names = args.compositions.split(",")
    cases = [(c, q, "16:9") for c in names for q in args.qualities.split(",")]
    cases += [(c, "1080p", "9:16") for c in names] if args.portrait else []
    anchor: tuple[float, float] | None = None  # the 1080p 16:9 limit and ozor times, for MoviePy's ratio
    with tempfile.TemporaryDirectory(prefix="ozor-bench-") as tmp:
        folder = Path(tmp)
        write_assets(folder)
        for name, quality, aspect in cases:
            raw = raw_frames(folder, quality, aspect, name)
            ozor(
                folder, quality, aspect, args.preset, args.workers, name
            )  # warm-up: page cache, worker start-up
            settle()
            limits = [
                timed(lambda r=raw, q=quality, a=aspect: encode_only(folder, r, q, a, args.preset))
                for _ in range(args.repeat)
            ]
            raw.unlink()
            runs = []
            for _ in range(args.repeat):
                settle()
                runs.append(
                    timed(
                        lambda q=quality, a=aspect, n=name: ozor(folder, q, a, args.preset, args.workers, n)
                    )
                )
            limit, mine = statistics.median(r[0] for r in limits), statistics.median(r[0] for r in runs)
            limit_cpu, mine_cpu = (
                statistics.median(r[2] for r in limits),
                statistics.median(r[2] for r in runs),
            )
            peak = max(r[1] for r in runs)
            print(
                f"{name:<9} {quality:>5} {aspect:<4} {args.preset:<9} "
                f"encode-only limit {limit:6.2f} s ({limit_cpu:5.1f} CPU s)"
                f" | ozor {mine:6.2f} s ({mine_cpu:5.1f} CPU s): {mine / limit:.2f}x the limit's time, "
                f"{mine_cpu / limit_cpu:.2f}x its CPU; peak RSS {peak / 2**20:.0f} MiB",
                flush=True,
            )
            if name == "reference" and quality == "1080p" and aspect == "16:9":
                anchor = (limit, mine)
        if args.moviepy_runs > 0 and anchor:  # last: MoviePy leaves this process larger
            limit, mine = anchor
            other = statistics.median(
                timed(lambda: moviepy(folder, args.preset))[0] for _ in range(args.moviepy_runs)
            )
            print(
                f"1080p 16:9 {args.preset:<9} MoviePy {other:6.2f} s ({other / limit:.1f}x the limit; "
                f"ozor is {other / mine:.1f}x faster)",
                flush=True,
            )
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
