"""Pictures framed whole (fit contain) are never padded with black: the frame fits the picture, and where a
frame cannot (a background), the margins take the picture's own edge colour or the look's colour."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image, ImageDraw

from ozor.render.assets import local_assets
from ozor.render.draw import edge_colour
from ozor.scene.models import Project
from tests.render.test_elements import SIZES, frame

FIELD = np.array([224, 231, 255])  # #E0E7FF, a light field: black and the shadow are both told apart from it
BOX = {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.8}  # wide, so a tall picture leaves room either side
KEN_BURNS = {"zoomFrom": 1.0, "zoomTo": 1.08}


def engraving(path: Path) -> Path:
    """A tall print: a dark drawing on white paper with wide white margins (like the Vicksburg plates)."""
    image = Image.new("RGB", (300, 600), (250, 248, 244))
    ImageDraw.Draw(image).rectangle((60, 80, 240, 520), fill=(20, 18, 15))
    image.save(path)
    return path


def photo(path: Path) -> Path:
    """A smooth photo-like picture whose edges are anything but uniform (a colour sweep both ways)."""
    ys, xs = np.mgrid[0:400, 0:300].astype(np.float32)
    rgb = np.stack([xs / 300 * 255, ys / 400 * 255, 255 - xs / 300 * 200], axis=-1)
    Image.fromarray(rgb.astype(np.uint8)).save(path)
    return path


def scene(tmp_path: Path, element: dict | None = None, background: dict | None = None) -> np.ndarray:
    elements = [element] if element else []
    background = background or {"type": "solid", "color": "#E0E7FF"}
    project = Project.model_validate(
        {"scenes": [{"id": "s", "elements": elements, "background": background}]}
    )
    return frame(elements, 2.0, "16:9", local_assets(project, tmp_path), background)


def black(rgb: np.ndarray) -> np.ndarray:
    return rgb.max(axis=-1) < 40


@pytest.mark.parametrize("moving", [False, True])
def test_a_tall_print_in_a_wide_frame_has_no_black_bars(tmp_path: Path, moving: bool) -> None:
    engraving(tmp_path / "print.png")
    el = {"type": "image", "id": "p", "asset": "print.png", "fit": "contain", "shadow": True, "box": BOX}
    if moving:
        el["kenBurns"] = KEN_BURNS
    rgb = scene(tmp_path, el)
    w, h = SIZES["16:9"]
    picture_w = 0.8 * h / 2  # the print's width contained in the box's height
    left, right = round(0.1 * w) + 2, round(w / 2 - picture_w / 2) - 12  # beside it, clear of its shadow
    beside = rgb[round(0.3 * h) : round(0.7 * h), left:right]
    assert not black(beside).any()
    assert np.abs(beside - FIELD).max() < 8  # the field shows there, not a box
    assert black(rgb[round(0.45 * h), round(w / 2) - 10 : round(w / 2) + 10]).all()  # the drawing itself


def test_a_photo_in_a_contained_frame_keeps_its_pixels(tmp_path: Path) -> None:
    photo(tmp_path / "photo.png")
    el = {
        "type": "image",
        "id": "p",
        "asset": "photo.png",
        "fit": "contain",
        "kenBurns": KEN_BURNS,
        "box": BOX,
    }
    rgb = scene(tmp_path, el)
    w, h = SIZES["16:9"]
    ph = round(0.8 * h) // 2 * 2
    pw = round(ph * 300 / 400) // 2 * 2
    x0, y0 = round(w / 2 - pw / 2), round(0.1 * h)
    inside = rgb[y0 + 20 : y0 + ph - 20, x0 + 20 : x0 + pw - 20]
    assert not black(inside).any()
    # Every pixel of the frame is the photo (a sweep, so each row and column is told by its colour).
    assert inside[..., 1].std(axis=1).mean() < 4 and inside[..., 0].std(axis=0).mean() < 4
    assert inside[0, :, 0].min() < 80 < 180 < inside[0, :, 0].max()
    assert np.abs(rgb[y0 + ph // 2, x0 - 6] - FIELD).max() < 8  # the field beside it, no bar


@pytest.mark.parametrize("moving", [False, True])
def test_a_contained_background_takes_the_pictures_edge_colour(tmp_path: Path, moving: bool) -> None:
    engraving(tmp_path / "print.png")
    bg = {"type": "image", "asset": "print.png", "fit": "contain", "kenBurns": KEN_BURNS if moving else None}
    rgb = scene(tmp_path, background=bg)
    margin = rgb[:, :100]
    assert np.abs(margin - np.array([250, 248, 244])).max() < 8  # the paper continues; no black bars


def test_a_contained_photo_background_sits_on_the_looks_colour(tmp_path: Path) -> None:
    photo(tmp_path / "photo.png")
    rgb = scene(tmp_path, background={"type": "image", "asset": "photo.png", "fit": "contain"})
    assert np.abs(rgb[:, :100] - 255).max() < 6  # the default look's background, white


def test_a_cut_out_keeps_its_outline(tmp_path: Path) -> None:
    cut = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(cut).ellipse((20, 20, 280, 280), fill=(200, 60, 40, 255))
    cut.save(tmp_path / "cut.png")
    el = {"type": "image", "id": "c", "asset": "cut.png", "fit": "contain", "kenBurns": KEN_BURNS, "box": BOX}
    rgb = scene(tmp_path, el)
    w, h = SIZES["16:9"]
    side = 0.8 * h
    corner = rgb[round(0.1 * h) + 4, round(w / 2 - side / 2) + 4]  # inside the frame, outside the disc
    assert np.abs(corner - FIELD).max() < 8
    assert rgb[h // 2, w // 2, 0] > 150 > rgb[h // 2, w // 2, 1]  # the disc itself


def test_a_tall_clip_in_a_wide_frame_has_no_black_bars(tmp_path: Path) -> None:
    with av.open(str(tmp_path / "tall.mp4"), "w") as out:
        stream = out.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 160, 320, "yuv420p"
        red = np.zeros((320, 160, 3), np.uint8) + np.array([220, 40, 40], np.uint8)
        for _ in range(10):
            out.mux(stream.encode(av.VideoFrame.from_ndarray(red, format="rgb24")))
        out.mux(stream.encode(None))
    el = {"type": "video", "id": "v", "asset": "tall.mp4", "fit": "contain", "box": BOX}
    rgb = scene(tmp_path, el)
    w, h = SIZES["16:9"]
    beside = rgb[round(0.2 * h) : round(0.8 * h), round(0.1 * w) + 2 : round(w / 2 - 0.2 * h) - 4]
    assert np.abs(beside - FIELD).max() < 8  # the field beside the clip, not black bars
    assert rgb[h // 2, w // 2, 0] > 180 > 80 > rgb[h // 2, w // 2, 1]  # the clip fills its fitted frame


def test_only_a_near_uniform_border_gives_an_edge_colour() -> None:
    paper = Image.new("RGB", (400, 300), (250, 248, 244))
    ImageDraw.Draw(paper).rectangle((40, 40, 360, 260), fill=(20, 18, 15))  # ink inside, not on the edge
    assert edge_colour(paper) == (250, 248, 244)
    noise = np.random.default_rng(0).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    assert edge_colour(Image.fromarray(noise)) is None  # a textured edge is not averaged into a colour
    assert edge_colour(Image.new("RGBA", (40, 40), (0, 0, 0, 0))) is None  # nothing opaque on the edge
