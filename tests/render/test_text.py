"""Text stays inside its box at 16:9 and 9:16, whatever its length: wrapped, then shrunk, never clipped."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ozor.render.assets import AssetMap
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas, text_layout
from ozor.render.layout import ROLES, fit
from ozor.scene.models import Project
from tests.render.helpers import luma_of

TEXTS = [
    "Hi",
    "A headline of about five words",
    (
        "A much longer piece of supporting copy that will certainly need several lines to fit inside a box "
        "that is not very large at all, and then some more words so that it must shrink as well"
    ),
    "Pneumonoultramicroscopicsilicovolcanoconiosis appears",
]
BOXES = {
    "16:9": [
        {"x": 0.05, "y": 0.05, "w": 0.9, "h": 0.25},
        {"x": 0.55, "y": 0.5, "w": 0.4, "h": 0.2},
        {"x": 0.1, "y": 0.8, "w": 0.25, "h": 0.08},
    ],
    "9:16": [
        {"x": 0.06, "y": 0.14, "w": 0.76, "h": 0.2},
        {"x": 0.06, "y": 0.5, "w": 0.5, "h": 0.1},
        {"x": 0.3, "y": 0.7, "w": 0.3, "h": 0.06},
    ],
}


def lit_bounds(luma: np.ndarray, background: int) -> tuple[int, int, int, int] | None:
    ys, xs = np.nonzero(np.abs(luma.astype(int) - background) > 12)
    if not len(xs):
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


@pytest.mark.parametrize("aspect,size", [("16:9", (1280, 720)), ("9:16", (720, 1280))])
@pytest.mark.parametrize("role", ["heading", "body", "caption", "cta"])
def test_text_pixels_inside_their_box(aspect: str, size: tuple[int, int], role: str) -> None:
    canvas = Canvas(*size)
    for text in TEXTS:
        for box in BOXES[aspect]:
            element = {"type": "text", "id": "t", "text": text, "role": role, "box": box, "color": "#FFFFFF"}
            if role == "cta":
                element["background"] = "#2F6FEB"
            project = Project.model_validate(
                {
                    "aspect": aspect,
                    "scenes": [
                        {
                            "id": "s",
                            "background": {"type": "solid", "color": "#000000"},
                            "elements": [element],
                        }
                    ],
                }
            )
            luma = luma_of(SceneRenderer(project, project.scenes[0], canvas, AssetMap()), 1.0, canvas)
            bounds = lit_bounds(luma, 16)
            assert bounds is not None, (text, box)
            x0, y0 = round(box["x"] * size[0]), round(box["y"] * size[1])
            x1, y1 = x0 + round(box["w"] * size[0]), y0 + round(box["h"] * size[1])
            # One pixel of slack for chroma siting at the edges of anti-aliased glyphs.
            assert (
                x0 - 1 <= bounds[0] and y0 - 1 <= bounds[1] and bounds[2] <= x1 + 1 and bounds[3] <= y1 + 1
            ), (role, text[:20], box, bounds, (x0, y0, x1, y1))


def test_wrap_before_shrink_and_role_limits() -> None:
    role = ROLES["heading"]
    short = fit("Two words", "Inter", 700, role, 1000, 300, 1080)
    assert short.size_px == round(role.size * 1080) and len(short.lines) == 1
    wrapped = fit("Quiet light for focused evenings at your desk", "Inter", 700, role, 900, 300, 1080)
    assert wrapped.size_px == round(role.size * 1080) and len(wrapped.lines) == 2  # wrapped, not shrunk
    assert len(wrapped.lines[-1].split()) > 1  # no lone word on the last line
    long = fit("word " * 40, "Inter", 700, role, 900, 300, 1080)
    assert long.size_px < role.size * 1080 and long.height <= 300 and long.width <= 900


def test_explicit_size_and_uppercase(tmp_path: Path) -> None:
    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "s",
                    "elements": [
                        {
                            "type": "text",
                            "id": "t",
                            "text": "label",
                            "uppercase": True,
                            "size": 0.05,
                            "box": {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.2},
                        }
                    ],
                }
            ]
        }
    )
    block, _ = text_layout(project.scenes[0].elements[0], project.theme, Canvas(1920, 1080))  # type: ignore[arg-type]
    assert block.lines == ["LABEL"] and block.size_px == 54
