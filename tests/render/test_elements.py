"""The version-2 elements render at 16:9 and 9:16 and show what they should, at rest and mid-animation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ozor.render.assets import AssetMap, local_assets
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas
from ozor.render.yuv import frame_buffer, i420_to_rgb
from ozor.scene.models import Project

SIZES = {"16:9": (640, 360), "9:16": (360, 640)}
ACCENT = np.array([14, 165, 233])  # the default theme's accent, #0EA5E9
WHITE = 255


def frame(
    elements: list[dict],
    t: float,
    aspect: str = "16:9",
    assets: AssetMap | None = None,
    background: dict | None = None,
    duration: float = 3.0,
) -> np.ndarray:
    project = Project.model_validate(
        {
            "aspect": aspect,
            "scenes": [
                {
                    "id": "s",
                    "duration": duration,
                    "background": background or {"type": "solid", "color": "#FFFFFF"},
                    "elements": elements,
                }
            ],
        }
    )
    canvas = Canvas(*SIZES[aspect])
    renderer = SceneRenderer(project, project.scenes[0], canvas, assets or AssetMap())
    buf, planes = frame_buffer(canvas.width, canvas.height)
    renderer.render(t, planes)
    return i420_to_rgb(buf, canvas.width, canvas.height).astype(int)


def accent_mask(rgb: np.ndarray) -> np.ndarray:
    return np.abs(rgb - ACCENT).max(axis=-1) < 40


def ink(rgb: np.ndarray) -> np.ndarray:
    return np.abs(rgb - WHITE).max(axis=-1) > 40


BOX = {"x": 0.1, "y": 0.2, "w": 0.6, "h": 0.5}


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_counter_lands_on_its_final_value(aspect: str) -> None:
    counting = {
        "type": "counter",
        "id": "c",
        "value": 650000,
        "format": {"prefix": "$"},
        "box": BOX,
        "duration": 1.0,
    }
    static = {**counting, "fromValue": 650000}
    end = frame([counting], 1.5, aspect)
    assert np.array_equal(end, frame([static], 1.5, aspect))  # the same digits as a number that never counted
    assert np.array_equal(frame([static], 0.3, aspect), end)
    middle = frame([counting], 0.3, aspect)
    assert not np.array_equal(middle, end) and accent_mask(middle).sum() > 0


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_bars_grow_to_their_heights(aspect: str) -> None:
    bars = {
        "type": "barChart",
        "id": "b",
        "box": BOX,
        "showValues": False,
        "duration": 0.8,
        "stagger": 0.1,
        "data": [{"value": 10}, {"value": 40}],
    }
    w, h = SIZES[aspect]

    def column_height(rgb: np.ndarray, k: int) -> int:
        x = round((BOX["x"] + BOX["w"] * (k + 0.5) / 2) * w)
        return int(accent_mask(rgb[:, x - 1 : x + 2]).any(axis=1).sum())

    end, early = frame([bars], 2.0, aspect), frame([bars], 0.25, aspect)
    tall, short = column_height(end, 1), column_height(end, 0)
    assert tall == pytest.approx(4 * short, rel=0.15)
    assert tall == pytest.approx(BOX["h"] * h, rel=0.12)  # the biggest value fills the chart's height
    assert 0 < column_height(early, 1) < tall / 2


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_icon_has_ink_in_the_accent(aspect: str) -> None:
    plain = frame([{"type": "icon", "id": "i", "name": "rocket", "box": BOX}], 0.5, aspect)
    tiled = frame(
        [
            {
                "type": "icon",
                "id": "i",
                "name": "rocket",
                "background": "tile",
                "backgroundColor": "#0F172A",
                "box": BOX,
            }
        ],
        0.5,
        aspect,
    )
    w, h = SIZES[aspect]
    area = min(BOX["w"] * w, BOX["h"] * h) ** 2
    assert 0.04 < accent_mask(plain).sum() / area < 0.5  # strokes, not a filled square
    assert ink(tiled).sum() / area > 0.8


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_donut_sweeps_to_its_value(aspect: str) -> None:
    donut = {"type": "donut", "id": "d", "value": 25, "box": BOX, "duration": 1.0}
    w, h = SIZES[aspect]
    cx, cy = (BOX["x"] + BOX["w"] / 2) * w, (BOX["y"] + BOX["h"] / 2) * h
    r = min(BOX["w"] * w, BOX["h"] * h) / 2 * 0.93
    end = frame([donut], 1.5, aspect)

    def at(turns: float) -> tuple[int, int]:
        return int(cy - r * np.cos(turns * 2 * np.pi)), int(cx + r * np.sin(turns * 2 * np.pi))

    assert accent_mask(end)[at(0.12)] and not accent_mask(end)[at(0.4)]  # a quarter swept, the rest is track
    assert not accent_mask(frame([donut], 0.1, aspect))[at(0.2)]


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_line_draws_on_from_the_left(aspect: str) -> None:
    line = {
        "type": "lineChart",
        "id": "l",
        "box": BOX,
        "duration": 1.0,
        "showLastValue": False,
        "data": [{"value": 1}, {"value": 3}, {"value": 2}, {"value": 5}],
    }
    w, _ = SIZES[aspect]
    right = round((BOX["x"] + BOX["w"] * 0.8) * w)
    assert accent_mask(frame([line], 2.0, aspect))[:, right:].sum() > 0
    middle = accent_mask(frame([line], 0.45, aspect))
    assert middle[:, :right].sum() > 0 and middle[:, right:].sum() == 0


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_list_steps_in_one_by_one(aspect: str) -> None:
    steps = {
        "type": "list",
        "id": "l",
        "box": BOX,
        "items": ["Pick a style", "Add your words", "Export it"],
        "stagger": 0.5,
        "duration": 0.3,
    }

    def rows(rgb: np.ndarray) -> int:  # badges, counted top to bottom
        return int((np.diff(accent_mask(rgb).any(axis=1).astype(int)) == 1).sum())

    assert rows(frame([steps], 0.35, aspect)) == 1
    assert rows(frame([steps], 2.0, aspect)) == 3


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_kinetic_text_reveals_word_by_word_inside_its_box(aspect: str) -> None:
    text = {
        "type": "text",
        "id": "t",
        "role": "heading",
        "text": "Eat more protein daily",
        "box": BOX,
        "reveal": {"by": "word", "style": "wipe", "stagger": 0.3, "duration": 0.2},
        "emphasis": ["protein"],
    }
    w, h = SIZES[aspect]
    early, end = ink(frame([text], 0.25, aspect)), ink(frame([text], 2.0, aspect))
    assert 0 < early.sum() < end.sum() / 3
    ys, xs = np.nonzero(end)
    assert xs.min() >= BOX["x"] * w - 1 and xs.max() <= (BOX["x"] + BOX["w"]) * w + 1
    assert ys.min() >= BOX["y"] * h - 1 and ys.max() <= (BOX["y"] + BOX["h"]) * h + 1
    assert accent_mask(frame([text], 2.0, aspect)).sum() > 20  # the emphasised word


@pytest.mark.parametrize("motif", ["blobs", "glow", "rings", "grid", "dots", "lines", "particles", "horizon"])
@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_motifs_drift_gently(motif: str, aspect: str) -> None:
    el = {
        "type": "motif",
        "id": "m",
        "motif": motif,
        "box": {"x": 0, "y": 0, "w": 1, "h": 1},
        "opacity": 0.6,
        "speed": 0.03,
    }
    first, next_frame, later = (frame([el], t, aspect) for t in (1.0, 1.0 + 1 / 30, 2.0))
    assert ink(first).sum() > 50
    assert np.abs(later - first).max() > (6 if motif == "glow" else 20)  # it moves (a glow is soft)
    step, second = np.abs(next_frame - first).mean(), np.abs(later - first).mean()
    assert step < 1.5 and step < second / 2  # …smoothly: one frame changes little, no flicker


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_broadcast_graphics(aspect: str) -> None:
    w, h = SIZES[aspect]
    bar = {"type": "progress", "id": "p", "box": {"x": 0.1, "y": 0.9, "w": 0.8, "h": 0.02}}
    row = accent_mask(frame([bar], 1.5, aspect))[round(0.91 * h)]
    assert row.sum() == pytest.approx(0.4 * w, abs=4)  # half of the 3 s scene: half of the bar
    strap = {
        "type": "lowerThird",
        "id": "l",
        "title": "Ada Lovelace",
        "subtitle": "Programmer",
        "box": {"x": 0.05, "y": 0.7, "w": 0.6, "h": 0.12},
    }
    assert ink(frame([strap], 0.05, aspect)).sum() < ink(frame([strap], 1.5, aspect)).sum() / 3
    sting = {"type": "sting", "id": "s", "text": "ozor", "box": {"x": 0.2, "y": 0.4, "w": 0.6, "h": 0.15}}
    assert ink(frame([sting], 1.5, aspect)).sum() > 100


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_image_masks_and_device_frames(tmp_path: Path, aspect: str) -> None:
    from PIL import Image

    Image.new("RGB", (200, 200), (240, 220, 120)).save(tmp_path / "sand.png")
    images = [
        {
            "type": "image",
            "id": "c",
            "asset": "sand.png",
            "mask": "circle",
            "box": {"x": 0.05, "y": 0.05, "w": 0.4, "h": 0.4},
        },
        {
            "type": "image",
            "id": "p",
            "asset": "sand.png",
            "device": "phone",
            "duotone": ["#000000", "#00FF00"],
            "box": {"x": 0.55, "y": 0.05, "w": 0.4, "h": 0.9},
        },
    ]
    project = Project.model_validate({"scenes": [{"id": "s", "elements": images}]})
    rgb = frame(images, 1.0, aspect, local_assets(project, tmp_path))
    w, h = SIZES[aspect]
    side = min(0.4 * w, 0.4 * h)
    assert tuple(rgb[round(0.05 * h) + 1, round(0.05 * w) + 1]) == (WHITE, WHITE, WHITE)  # outside the circle
    assert rgb[round(0.05 * h + side / 2), round(0.05 * w + side / 2), 0] > 150  # inside it
    bezel = rgb[round(0.5 * h), round(0.55 * w) + 2]
    screen = rgb[round(0.5 * h), round(0.75 * w)]
    assert bezel.max() < 40 and screen[1] > 150 > screen[0]  # dark body, duotone-green picture


def test_keyframes_move_turn_and_overshoot() -> None:
    shape = {
        "type": "shape",
        "id": "s",
        "box": {"x": 0.1, "y": 0.4, "w": 0.1, "h": 0.2},
        "keyframes": [{"at": 0}, {"at": 1, "x": 0.5, "rotation": 30, "easing": "ease_out_back"}],
    }

    def centre(rgb: np.ndarray) -> float:
        return float(np.nonzero(accent_mask(rgb))[1].mean() / 640)

    start, overshoot, end = (centre(frame([shape], t)) for t in (0.0, 0.7, 2.0))
    assert start == pytest.approx(0.15, abs=0.01) and end == pytest.approx(0.65, abs=0.01)
    assert overshoot > end  # ease_out_back passes the target before settling


def test_thumbnail_waits_for_reveals_and_counts() -> None:
    from ozor.render.thumbnail import representative_time

    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "s",
                    "duration": 8.0,
                    "elements": [
                        {"type": "counter", "id": "c", "value": 9, "box": BOX, "delay": 1.0, "duration": 2.5},
                        {
                            "type": "text",
                            "id": "t",
                            "text": "one two three four",
                            "box": BOX,
                            "reveal": {"by": "word", "stagger": 0.5, "delay": 0.5},
                        },
                        {"type": "motif", "id": "m", "motif": "dots", "box": BOX},
                    ],
                }
            ]
        }
    )
    assert representative_time(project) >= 3.5  # the count ends at 3.5 s


@pytest.mark.parametrize("by", ["word", "character", "line"])
def test_kinetic_units_tile_the_resting_text(by: str) -> None:
    """Word, character or line slices cover the text exactly: no column twice, none missing."""
    from ozor.render.kinetic import KineticText, build_text
    from ozor.render.parts import Context
    from ozor.render.yuv import blend

    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "s",
                    "elements": [
                        {
                            "type": "text",
                            "id": "t",
                            "role": "heading",
                            "text": "Quietly fast, fairly jolly",
                            "box": BOX,
                            "reveal": {"by": by},
                        }
                    ],
                }
            ]
        }
    )
    canvas = Canvas(640, 360)
    built = build_text(project.scenes[0].elements[0], Context(canvas, project.theme, AssetMap(), 4.0))  # type: ignore[arg-type]
    assert isinstance(built.anim, KineticText)
    whole, pieces = (frame_buffer(640, 360) for _ in range(2))
    for buf, _ in (whole, pieces):
        buf.fill(0)
    blend(whole[1], built.sprite)
    for unit in built.anim.units:
        blend(pieces[1], unit.sprite)
    assert np.array_equal(whole[0], pieces[0])


CONTAINED = [
    {"type": "counter", "value": 1234567.5, "format": {"prefix": "$", "decimals": 1}},
    {
        "type": "barChart",
        "data": [
            {"label": "January", "value": 3},
            {"label": "February", "value": 9},
            {"label": "March", "value": 6},
        ],
        "format": {"suffix": " users"},
    },
    {
        "type": "lineChart",
        "data": [{"label": "Mon", "value": 1}, {"value": 4}, {"label": "Sun", "value": 3}],
        "format": {"prefix": "$", "suffix": "k"},
    },
    {"type": "donut", "value": 72, "label": "of everyone asked"},
    {
        "type": "comparison",
        "a": {"label": "Before", "value": 40},
        "b": {"label": "After", "value": 95},
        "format": {"suffix": "%"},
    },
    {
        "type": "list",
        "items": ["A first step with a few words", "A second one", "And a third, longer, step to take"],
    },
    {"type": "icon", "name": "rocket", "background": "disc"},
    {"type": "lowerThird", "title": "Ada Lovelace", "subtitle": "The first programmer"},
    {"type": "sting", "text": "ozor"},
]


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
@pytest.mark.parametrize("element", CONTAINED, ids=lambda e: str(e["type"]))
def test_elements_stay_inside_their_box(element: dict, aspect: str) -> None:
    box = {"x": 0.2, "y": 0.3, "w": 0.5, "h": 0.3}
    rgb = frame([{**element, "id": "e", "box": box}], 2.9, aspect)
    w, h = SIZES[aspect]
    ys, xs = np.nonzero(ink(rgb))
    assert len(xs) > 0
    assert xs.min() >= box["x"] * w - 2 and xs.max() <= (box["x"] + box["w"]) * w + 2, (xs.min(), xs.max())
    assert ys.min() >= box["y"] * h - 2 and ys.max() <= (box["y"] + box["h"]) * h + 2, (ys.min(), ys.max())


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_comparison_bars_are_in_proportion(aspect: str) -> None:
    versus = {
        "type": "comparison",
        "id": "v",
        "box": BOX,
        "a": {"label": "Before", "value": 25},
        "b": {"label": "After", "value": 100},
        "duration": 0.8,
    }
    end = accent_mask(frame([versus], 2.0, aspect))
    lengths = [int(row.sum()) for row in end if row.any()]
    assert max(lengths) > 0.5 * BOX["w"] * SIZES[aspect][0]  # B, the hero, in the accent and longest
    assert accent_mask(frame([versus], 0.1, aspect)).sum() < end.sum() / 4
