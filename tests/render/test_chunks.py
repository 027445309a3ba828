"""Chunks: a chunked render has exactly the frames of a one-piece render; edits reuse unchanged chunks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ozor.render import chunks as chunking
from ozor.render import timeline
from ozor.render.assets import local_assets
from ozor.render.draw import Canvas
from ozor.render.pipeline import RenderOptions, render
from ozor.scene import edit
from ozor.scene.models import Project
from tests.render.helpers import decode_rgb


def project() -> Project:
    """Three scenes with motion in each (a slide-in, a Ken Burns gradient-free pan, a pop)."""

    def text(i: int, kind: str) -> dict[str, object]:
        return {
            "type": "text",
            "id": f"t{i}",
            "text": f"Scene number {i}",
            "role": "heading",
            "box": {"x": 0.1, "y": 0.3, "w": 0.8, "h": 0.3},
            "enter": {"kind": kind, "duration": 0.5},
        }

    return Project.model_validate(
        {
            "scenes": [
                {
                    "id": "a",
                    "duration": 2.0,
                    "elements": [text(1, "slide")],
                    "transition": {"kind": "crossfade", "duration": 0.5},
                },
                {
                    "id": "b",
                    "duration": 2.5,
                    "background": {"type": "gradient", "colors": ["#101828", "#3B82F6"]},
                    "elements": [text(2, "pop")],
                    "transition": {"kind": "slide", "duration": 0.4},
                },
                {"id": "c", "duration": 1.5, "elements": [text(3, "wipe")]},
            ]
        }
    )


def composed(p: Project, max_chunk: int) -> list[np.ndarray]:
    canvas = Canvas(640, 360)
    out = []
    for chunk in timeline.chunks(p, max_chunk):
        out.extend(buf.copy() for buf in chunking.frames(p, chunk, canvas, local_assets(p, Path("."))))
    return out


def test_chunk_plan_covers_every_frame_once() -> None:
    p = project()
    plan = timeline.chunks(p, max_chunk=20)
    frames = [f for c in plan for f in range(c.first, c.end)]
    assert frames == list(range(timeline.total_frames(p)))
    assert max(c.frames for c in plan) <= 20


def test_chunked_frames_equal_one_piece() -> None:
    p = project()
    pieces, whole = composed(p, 17), composed(p, 10_000)
    assert len(pieces) == len(whole) == timeline.total_frames(p)
    for i, (a, b) in enumerate(zip(pieces, whole, strict=True)):
        assert np.array_equal(a, b), f"frame {i} differs"


def test_chunked_video_equals_one_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = project()
    render(p, local_assets(p, tmp_path), tmp_path / "chunked.mp4", RenderOptions(quality="720p", workers=2))
    monkeypatch.setattr("ozor.render.pipeline.chunks", lambda project: timeline.chunks(project, 10_000))
    render(p, local_assets(p, tmp_path), tmp_path / "whole.mp4", RenderOptions(quality="720p", workers=1))
    chunked, whole = decode_rgb(tmp_path / "chunked.mp4"), decode_rgb(tmp_path / "whole.mp4")
    assert len(chunked) == len(whole) == timeline.total_frames(p)
    # The same pictures, up to x264's (different) keyframe decisions.
    for a, b in zip(chunked, whole, strict=True):
        assert np.abs(a.astype(int) - b.astype(int)).mean() < 2.0


def test_edit_reuses_unchanged_chunks(tmp_path: Path) -> None:
    p = project()
    cache = tmp_path / "cache"
    first = render(
        p,
        local_assets(p, tmp_path),
        tmp_path / "a.mp4",
        RenderOptions(quality="720p", workers=2, cache_dir=cache),
    )
    assert first.reused == 0
    again = render(
        p,
        local_assets(p, tmp_path),
        tmp_path / "b.mp4",
        RenderOptions(quality="720p", workers=2, cache_dir=cache),
    )
    assert again.reused == again.chunks
    # Editing the last scene changes its own chunks and the middle scene's (it holds the slide into it).
    edited = edit.update_element(p, "c", "t3", text="Edited")
    third = render(
        edited,
        local_assets(edited, tmp_path),
        tmp_path / "c.mp4",
        RenderOptions(quality="720p", workers=2, cache_dir=cache),
    )
    slide_from = timeline.spans(edited)[2].start  # the first frame of the slide from b into c
    untouched = [c for c in timeline.chunks(edited) if c.scene == 0 or (c.scene == 1 and c.end <= slide_from)]
    assert third.reused == len(untouched) > 0
    assert len(decode_rgb(tmp_path / "c.mp4")) == timeline.total_frames(edited)


def test_incremental_frames_equal_frames_drawn_from_scratch() -> None:
    """Restoring only last frame's painted rectangles leaves no trail: every frame equals a fresh one."""
    p = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "a",
                    "duration": 1.5,
                    "elements": [
                        {
                            "type": "shape",
                            "id": "bar",
                            "box": {"x": 0.1, "y": 0.1, "w": 0.3, "h": 0.2},
                            "enter": {"kind": "slide", "direction": "left", "duration": 0.6, "distance": 0.3},
                            "exit": {"kind": "scale", "duration": 0.4},
                        },
                        {
                            "type": "text",
                            "id": "t",
                            "text": "Over the bar",
                            "box": {"x": 0.05, "y": 0.15, "w": 0.5, "h": 0.2},
                            "enter": {"kind": "pop", "duration": 0.5, "delay": 0.3},
                        },
                        {
                            "type": "text",
                            "id": "u",
                            "text": "Typed",
                            "box": {"x": 0.5, "y": 0.6, "w": 0.4, "h": 0.2},
                            "enter": {"kind": "typewriter", "duration": 0.5},
                            "exit": {"kind": "wipe", "duration": 0.3},
                        },
                    ],
                }
            ]
        }
    )
    assert_incremental_equals_scratch(p, 45)


def test_incremental_frames_equal_scratch_with_version_2_elements() -> None:
    """The same for parts: kinetic words, counting digits, growing bars, drifting motifs, keyframed turns."""

    def box(x: float, y: float, w: float, h: float) -> dict[str, float]:
        return {"x": x, "y": y, "w": w, "h": h}

    p = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "a",
                    "duration": 1.5,
                    "background": {"type": "gradient", "colors": ["#101828", "#3B82F6"]},
                    "elements": [
                        {"type": "motif", "id": "m", "motif": "rings", "box": box(0, 0, 1, 1), "speed": 0.05},
                        {
                            "type": "motif",
                            "id": "g",
                            "motif": "grid",
                            "box": box(0, 0, 0.5, 0.5),
                            "speed": 0.05,
                        },
                        {
                            "type": "text",
                            "id": "t",
                            "text": "Eat more protein",
                            "box": box(0.05, 0.05, 0.6, 0.25),
                            "reveal": {"by": "word", "style": "punch", "stagger": 0.08},
                            "emphasis": ["protein"],
                            "emphasisStyle": "box",
                        },
                        {
                            "type": "counter",
                            "id": "c",
                            "value": 4200,
                            "box": box(0.6, 0.05, 0.35, 0.2),
                            "duration": 0.8,
                        },
                        {
                            "type": "barChart",
                            "id": "b",
                            "data": [{"value": 2}, {"value": 5}],
                            "box": box(0.05, 0.4, 0.4, 0.5),
                        },
                        {
                            "type": "icon",
                            "id": "i",
                            "name": "rocket",
                            "background": "disc",
                            "box": box(0.55, 0.45, 0.15, 0.25),
                            "keyframes": [
                                {"at": 0},
                                {
                                    "at": 1.2,
                                    "rotation": 20,
                                    "x": 0.1,
                                    "scale": 1.2,
                                    "easing": "ease_out_back",
                                },
                            ],
                        },
                        {
                            "type": "lowerThird",
                            "id": "l",
                            "title": "Ada",
                            "box": box(0.5, 0.75, 0.45, 0.15),
                            "start": 0.3,
                        },
                    ],
                }
            ]
        }
    )
    assert_incremental_equals_scratch(p, 45)
    scene = p.scenes[0]
    alive = scene.model_copy(
        update={"grain": 0.05, "background": scene.background.model_copy(update={"drift": 0.03})}
    )
    assert_incremental_equals_scratch(p.model_copy(update={"scenes": [alive]}), 20)


def assert_incremental_equals_scratch(p: Project, count: int) -> None:
    """Restoring only last frame's painted rectangles leaves no trail: every frame equals a fresh one."""
    from ozor.render.compose import SceneRenderer
    from ozor.render.yuv import frame_buffer

    canvas = Canvas(320, 180)
    assets = local_assets(p, Path("."))
    steady = SceneRenderer(p, p.scenes[0], canvas, assets)
    buf, planes = frame_buffer(320, 180)
    for f in range(count):
        steady.render(f / 30, planes)
        fresh_buf, fresh = frame_buffer(320, 180)
        SceneRenderer(p, p.scenes[0], canvas, assets).render(f / 30, fresh)
        assert np.array_equal(buf, fresh_buf), f"frame {f} differs from a frame drawn from scratch"
