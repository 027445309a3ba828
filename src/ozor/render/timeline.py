"""The video as frames (pure): where each scene starts, its transitions, and the chunks to render.

A chunk is a run of frames inside one scene's segment: the frames after its incoming transition up
to the end of its outgoing one (which it renders, blending in the next scene). Long segments split
into pieces of at most MAX_CHUNK frames, so two workers stay busy even on a one-scene video. A chunk's
content depends only on its scene, the next scene (when it holds the transition), its frame range
and the output size, which is what makes its cache key stable across edits of other scenes.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from ozor.scene.models import Aspect, Project
from ozor.scene.quality import SIZES, Quality
from ozor.scene.timing import scene_starts

FPS = 30
MAX_CHUNK = 90


def frame_size(quality: Quality, aspect: Aspect) -> tuple[int, int]:
    """Output width and height: spec section 11 (portrait swaps the sides)."""
    w, h = SIZES[quality]
    return (w, h) if aspect == "16:9" else (h, w)


@dataclass(frozen=True)
class SceneSpan:
    index: int
    start: int  # first global frame
    frames: int
    overlap_in: int  # frames shared with the previous scene
    overlap_out: int  # frames shared with the next scene


@dataclass(frozen=True)
class Chunk:
    index: int
    scene: int
    first: int  # global frame range [first, end)
    end: int

    @property
    def frames(self) -> int:
        return self.end - self.first


def spans(project: Project) -> list[SceneSpan]:
    starts = [round(s * FPS) for s in scene_starts(project)]
    ends = [
        round((s + scene.duration) * FPS)
        for s, scene in zip(scene_starts(project), project.scenes, strict=True)
    ]
    out = []
    for i in range(len(starts)):
        overlap_in = ends[i - 1] - starts[i] if i else 0
        overlap_out = ends[i] - starts[i + 1] if i + 1 < len(starts) else 0
        out.append(SceneSpan(i, starts[i], ends[i] - starts[i], overlap_in, overlap_out))
    return out


def total_frames(project: Project) -> int:
    last = spans(project)[-1]
    return last.start + last.frames


def chunks(project: Project, max_chunk: int = MAX_CHUNK) -> list[Chunk]:
    out: list[Chunk] = []
    for span in spans(project):
        first, end = span.start + span.overlap_in, span.start + span.frames
        pieces = max(1, math.ceil((end - first) / max_chunk))
        bounds = [first + (end - first) * k // pieces for k in range(pieces + 1)]
        for a, b in itertools.pairwise(bounds):
            if b > a:
                out.append(Chunk(len(out), span.index, a, b))
    return out
