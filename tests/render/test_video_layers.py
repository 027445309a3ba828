"""Video clips as backgrounds and elements: decoded with PyAV, trimmed, looped, fitted into their box."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ozor.render.assets import local_assets
from ozor.render.pipeline import RenderOptions, render
from ozor.scene.models import Project
from tests.render.helpers import decode_rgb, two_colour_project


def clip(tmp_path: Path) -> Path:
    """A 2 s clip that is red for its first second and blue for its second (made by the renderer)."""
    source = two_colour_project({"kind": "cut"})
    render(
        source,
        local_assets(source, tmp_path),
        tmp_path / "clip.mp4",
        RenderOptions(quality="720p", workers=1),
    )
    return tmp_path / "clip.mp4"


def test_video_background_trim_and_loop(tmp_path: Path) -> None:
    clip(tmp_path)
    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "v",
                    "duration": 2.0,
                    "background": {
                        "type": "video",
                        "asset": "clip.mp4",
                        "trimStart": 1.0,
                        "trimEnd": 2.0,
                        "loop": True,
                    },
                }
            ]
        }
    )
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    frames = decode_rgb(out)
    assert len(frames) == 60
    for i in (0, 29, 30, 59):  # trimmed to the blue second, and looped over the two seconds
        r, g, b = frames[i][360, 640].astype(int)
        assert b > 180 and r < 80, (i, (r, g, b))


def test_video_element_in_a_box(tmp_path: Path) -> None:
    clip(tmp_path)
    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "v",
                    "duration": 1.5,
                    "background": {"type": "solid", "color": "#FFFFFF"},
                    "elements": [
                        {
                            "type": "video",
                            "id": "c",
                            "asset": "clip.mp4",
                            "fit": "cover",
                            "cornerRadius": 0.1,
                            "box": {"x": 0.25, "y": 0.25, "w": 0.5, "h": 0.5},
                        }
                    ],
                }
            ]
        }
    )
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=2))
    frames = decode_rgb(out)
    first, last = frames[0], frames[-1]
    assert np.abs(first[360, 640].astype(int) - [220, 38, 38]).max() < 12  # red at the start
    assert np.abs(last[360, 640].astype(int) - [37, 99, 235]).max() < 12  # blue after a second
    assert first[100, 100].min() > 240 and first[182, 322].min() > 200  # white outside; the rounded corner
