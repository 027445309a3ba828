"""Scene graph → MP4: plan chunks, reuse cached ones, render the rest in parallel, mix, join."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ozor.render import audio, encode
from ozor.render.assets import AssetMap
from ozor.render.chunks import ChunkJob, chunk_key, render_all
from ozor.render.timeline import FPS, chunks, frame_size, total_frames
from ozor.scene.models import Project
from ozor.scene.quality import SIZES, Quality

Progress = Callable[[int, int], None]  # (frames done, frames in all)
PARENT_MB = 250  # this process: the soundtrack, the join, the imports


@dataclass(frozen=True)
class RenderOptions:
    quality: Quality = "1080p"
    preset: str = "veryfast"
    crf: int = 21
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache_dir: Path | None = None  # None: a throw-away directory (no reuse across renders)
    cache_limit_bytes: int = 4 << 30
    memory_mb: int = 1400  # for all render processes together: fewer chunk workers at 4K


def worker_count(options: RenderOptions, width: int, height: int) -> int:
    """Chunk processes that fit the memory budget: each holds an x264 encoder (frame threads keep
    a dozen frames in flight) and a few frames of its own, measured at about 170 MiB + 150 MiB per
    megapixel (≈480 MiB at 1080p, ≈1.4 GiB at 4K)."""
    per_worker = 170 + 150 * width * height / 1e6
    return max(1, min(options.workers, int((options.memory_mb - PARENT_MB) // per_worker)))


@dataclass(frozen=True)
class Result:
    path: Path
    width: int
    height: int
    frames: int
    duration: float
    chunks: int
    reused: int


def render(
    project: Project, assets: AssetMap, out: Path, options: RenderOptions, progress: Progress | None = None
) -> Result:
    if options.quality not in SIZES:
        raise ValueError(f"quality must be one of {', '.join(SIZES)}")
    width, height = frame_size(options.quality, project.aspect)
    plan = chunks(project)
    total = total_frames(project)
    with tempfile.TemporaryDirectory(prefix="ozor-render-") as scratch:
        cache = options.cache_dir or Path(scratch)
        cache.mkdir(parents=True, exist_ok=True)
        settings = (width, height, assets, options.preset, options.crf)
        jobs = [
            ChunkJob(project, c, *settings, cache / f"{chunk_key(project, c, *settings)}.mp4") for c in plan
        ]
        missing = [job for job in jobs if not job.path.exists()]
        done = sum(job.chunk.frames for job in jobs if job.path.exists())
        if progress:
            progress(done, total)

        def finished(job: ChunkJob) -> None:
            nonlocal done
            done += job.chunk.frames
            if progress:
                progress(done, total)

        soundtrack: list[np.ndarray] = []
        mixer = threading.Thread(target=lambda: soundtrack.append(audio.mix(project, assets, total / FPS)))
        mixer.start()  # the mix runs while the workers render
        try:
            render_all(missing, worker_count(options, width, height), finished)
        finally:
            mixer.join()
        if not soundtrack:
            raise RuntimeError("the soundtrack could not be mixed")
        for job in jobs:
            os.utime(job.path)  # recently used chunks survive pruning
        encode.join([(job.path, job.chunk.first) for job in jobs], soundtrack[0], out)
        if options.cache_dir is not None:
            prune(options.cache_dir, options.cache_limit_bytes)
    return Result(out, width, height, total, total / FPS, len(jobs), len(jobs) - len(missing))


def prune(cache: Path, limit: int) -> None:
    """Delete the least recently used chunks beyond `limit` bytes."""
    files = sorted((p.stat().st_mtime, p.stat().st_size, p) for p in cache.glob("*.mp4"))
    size = sum(s for _, s, _ in files)
    for _, s, path in files:
        if size <= limit:
            break
        path.unlink(missing_ok=True)
        size -= s
