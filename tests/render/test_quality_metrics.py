"""bench/quality.py on rendered videos: grain and a drifting light are alive but do not count as motion;
a counter and a kinetic headline do; ink counts what stands out from the background."""

from __future__ import annotations

from pathlib import Path

from bench.quality import measure
from ozor.render.assets import AssetMap
from ozor.render.pipeline import RenderOptions, render
from ozor.scene.models import Project


def scene(elements: list[dict], **extra: object) -> Project:
    return Project.model_validate({"scenes": [{"id": "s", "duration": 3.0, "elements": elements, **extra}]})


def test_grain_and_drift_are_not_motion(tmp_path: Path) -> None:
    quiet = scene(
        [],
        grain=0.05,
        background={"type": "gradient", "kind": "radial", "colors": ["#16213A", "#0A0F1C"], "drift": 0.02},
    )
    render(quiet, AssetMap(), tmp_path / "quiet.mp4", RenderOptions(quality="720p", workers=1))
    ink, motion = measure(tmp_path / "quiet.mp4")
    assert motion == 0.0 and ink < 0.01


def test_counting_and_revealing_are_motion(tmp_path: Path) -> None:
    busy = scene(
        [
            {
                "type": "counter",
                "id": "c",
                "value": 650000,
                "format": {"prefix": "$"},
                "duration": 1.5,
                "box": {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.3},
            },
            {
                "type": "text",
                "id": "t",
                "role": "heading",
                "text": "Eat more protein every day",
                "box": {"x": 0.1, "y": 0.5, "w": 0.8, "h": 0.3},
                "reveal": {"by": "word", "stagger": 0.25},
            },
        ]
    )
    render(busy, AssetMap(), tmp_path / "busy.mp4", RenderOptions(quality="720p", workers=1))
    ink, motion = measure(tmp_path / "busy.mp4")
    assert motion >= 0.4 and ink > 0.03
