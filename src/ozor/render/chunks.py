"""Render chunks (in parallel worker processes) and keep them in a content-addressed cache.

A chunk's key hashes exactly what its pixels depend on, so an edit re-renders only the chunks of
the scenes it touched, and the next export joins the rest from the cache as they are.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ozor.render import yuv
from ozor.render.assets import AssetMap, scene_refs
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas
from ozor.render.encode import Encoder
from ozor.render.motion import transition_progress
from ozor.render.timeline import FPS, Chunk, SceneSpan, spans
from ozor.render.yuv import Planes
from ozor.scene.hashing import content_hash
from ozor.scene.models import Project, Transition

RENDER_VERSION = "3"  # 2: sub-pixel moves, element opacity, schema version 2; 3: contain never pads


@dataclass(frozen=True)
class ChunkJob:
    """Everything a worker process needs to render one chunk (picklable)."""

    project: Project
    chunk: Chunk
    width: int
    height: int
    assets: AssetMap
    preset: str
    crf: int
    path: Path


def chunk_key(
    project: Project, chunk: Chunk, width: int, height: int, assets: AssetMap, preset: str, crf: int
) -> str:
    span = spans(project)[chunk.scene]
    scene = project.scenes[chunk.scene]
    blends = chunk.end > span.start + span.frames - span.overlap_out
    nxt = project.scenes[chunk.scene + 1] if blends else None
    refs = scene_refs(scene) + (scene_refs(nxt) if nxt else [])
    return content_hash(
        {
            "scene": scene.model_dump(mode="json"),
            "next": nxt.model_dump(mode="json") if nxt else None,
            "range": [chunk.first - span.start, chunk.end - span.start, span.frames, span.overlap_out],
            "theme": project.theme.model_dump(mode="json"),
            "aspect": project.aspect,
            "captions": project.captions,
        },
        f"{width}x{height}",
        preset,
        str(crf),
        assets.fingerprint(refs),
        RENDER_VERSION,
    )


# --- in the worker ------------------------------------------------------------------------------
_renderers: dict[tuple[str, int, int], SceneRenderer] = {}


def _renderer(project: Project, index: int, canvas: Canvas, assets: AssetMap) -> SceneRenderer:
    """Scene renderers are kept per process, so the next chunk of the same scene skips rasterising."""
    scene = project.scenes[index]
    key = (
        content_hash(
            scene,
            project.theme.model_dump_json(),
            str(project.captions),
            project.aspect,
            assets.fingerprint(scene_refs(scene)),
        ),
        canvas.width,
        canvas.height,
    )
    if key not in _renderers:
        while len(_renderers) >= 2:  # this scene and the next (for its transition)
            _renderers.pop(next(iter(_renderers))).close()
        _renderers[key] = SceneRenderer(project, scene, canvas, assets)
    return _renderers[key]


def release() -> None:
    """Drop the kept scene renderers (their frames and open clips) once a render is done."""
    while _renderers:
        _renderers.popitem()[1].close()


def frames(project: Project, chunk: Chunk, canvas: Canvas, assets: AssetMap) -> Iterator[np.ndarray]:
    """The chunk's frames, one buffer reused: the caller must consume each before the next."""
    span: SceneSpan = spans(project)[chunk.scene]
    scene = _renderer(project, chunk.scene, canvas, assets)
    blend_from = span.start + span.frames - span.overlap_out
    buf, out = yuv.frame_buffer(canvas.width, canvas.height)
    for f in range(chunk.first, chunk.end):
        t = (f - span.start) / FPS
        if f < blend_from:
            scene.render(t, out)
            yield buf
            continue
        if f == max(blend_from, chunk.first):  # the two scenes of a transition get buffers of their own
            size = (canvas.width, canvas.height)
            (a_buf, a_planes), (b_buf, b_planes) = (yuv.frame_buffer(*size) for _ in "ab")
        nxt = _renderer(project, chunk.scene + 1, canvas, assets)
        scene.render(t, a_planes)
        nxt.render((f - span.start - span.frames + span.overlap_out) / FPS, b_planes)
        p = transition_progress(f - blend_from, span.overlap_out, project.scenes[chunk.scene].transition.kind)
        transition(project.scenes[chunk.scene].transition, p, a_buf, b_buf, buf, a_planes, b_planes, out)
        out.mark = None  # no scene drew this frame: the next one starts from a full copy
        yield buf


def transition(
    tr: Transition,
    p: float,
    a: np.ndarray,
    b: np.ndarray,
    out: np.ndarray,
    pa: Planes,
    pb: Planes,
    po: Planes,
) -> None:
    """Blend outgoing frame A into incoming frame B at progress p (0..1): buffers and their planes."""
    if tr.kind in ("crossfade", "cut"):
        cv2.addWeighted(a, 1.0 - p, b, p, 0.0, dst=out)
        return
    horizontal = tr.direction in ("left", "right")
    extent = po.size[0] if horizontal else po.size[1]
    cut = min(extent, round(extent * p / 2) * 2)  # how far B has come in (even, for chroma)
    for k, (sa, sb, so) in ((1, (pa.y, pb.y, po.y)), (2, (pa.u, pb.u, po.u)), (2, (pa.v, pb.v, po.v))):
        if not horizontal:
            sa, sb, so = sa.T, sb.T, so.T
        c, keep = cut // k, (extent - cut) // k
        for dst, src, part in _pieces(tr.kind, tr.direction in ("left", "up"), c, keep):
            so[:, dst] = (sa if src == "a" else sb)[:, part]


def _pieces(kind: str, forward: bool, cut: int, keep: int) -> list[tuple[slice, str, slice]]:
    """(destination columns, source frame, source columns) for a slide or wipe; forward = B enters from
    the right (or bottom). A slide moves both frames; a wipe uncovers B where it already is."""
    end = cut + keep
    if forward:
        a_part = slice(cut, end) if kind == "slide" else slice(0, keep)
        b_part = slice(0, cut) if kind == "slide" else slice(keep, end)
        return [(slice(0, keep), "a", a_part), (slice(keep, end), "b", b_part)]
    a_part = slice(0, keep) if kind == "slide" else slice(cut, end)
    b_part = slice(keep, end) if kind == "slide" else slice(0, cut)
    return [(slice(cut, end), "a", a_part), (slice(0, cut), "b", b_part)]


def render_chunk(job: ChunkJob) -> Path:
    """Encode one chunk to its MP4 (written beside and renamed, so the cache never holds half a file)."""
    cv2.setNumThreads(1)
    canvas = Canvas(job.width, job.height)
    job.path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=job.path.parent, prefix=".part-", suffix=".mp4")
    os.close(fd)
    try:
        encoder = Encoder(Path(tmp), job.width, job.height, preset=job.preset, crf=job.crf)
        try:
            for buf in frames(job.project, job.chunk, canvas, job.assets):
                encoder.write(buf)
        finally:
            encoder.close()
        os.replace(tmp, job.path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return job.path


def render_all(jobs: list[ChunkJob], workers: int, done: Callable[[ChunkJob], None]) -> None:
    """Render chunks on `workers` processes (in this process when one is enough)."""
    if workers <= 1 or len(jobs) <= 1:
        try:
            for job in jobs:
                render_chunk(job)
                done(job)
        finally:
            release()
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ozor.render.chunks"])  # workers start with everything imported
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
        pending: dict[Future[Path], ChunkJob] = {pool.submit(render_chunk, job): job for job in jobs}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                job = pending.pop(future)
                future.result()  # a worker's error fails the render
                done(job)
