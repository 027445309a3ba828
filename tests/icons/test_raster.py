"""Icon rasterisation: tinted, anti-aliased, right-sized, and geometrically faithful to the SVG."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from ozor import icons
from ozor.icons import raster
from ozor.icons.geometry import SvgShapeError, parse_path, polylines


def _alpha(image: Image.Image) -> np.ndarray:
    return np.asarray(image)[..., 3]


@pytest.mark.parametrize("size", [24, 256, 1024])
def test_rasterize_is_tinted_antialiased_and_sized(size: int) -> None:
    image = raster.rasterize("battery", size, (200, 30, 60))
    assert image.mode == "RGBA" and image.size == (size, size)
    pixels = np.asarray(image)
    alpha = pixels[..., 3]
    assert (alpha == 255).any()  # solid stroke
    partial = ((alpha > 0) & (alpha < 255)).sum()
    assert partial > size // 2  # soft edges, not a jagged 1-bit mask
    assert 0.03 < (alpha > 127).mean() < 0.5  # an outline, not a blob or nothing
    # Straight alpha: every pixel carries the colour itself, faint ones too.
    assert (pixels[alpha > 0][:, :3] == (200, 30, 60)).all()


def test_stroke_weight_matches_the_view_box() -> None:
    # "minus" is one horizontal 2-unit stroke from x 5 to 19 at y 12: 14 units long plus two round caps.
    size = 240
    alpha = _alpha(raster.rasterize("minus", size, (0, 0, 0))).astype(float) / 255
    scale = size / 24
    column = alpha[:, size // 2]
    assert column.sum() == pytest.approx(2 * scale, rel=0.03)
    assert alpha.sum() == pytest.approx((14 * 2 + np.pi) * scale * scale, rel=0.03)
    centre = (np.arange(size) * column).sum() / column.sum()
    assert centre == pytest.approx(12 * scale - 0.5, abs=0.05)  # pixel i covers [i, i + 1)


def test_circle_ring_area() -> None:
    # "circle" is a ring of radius 10 and width 2: its area is 2π · 10 · 2 units², centred in the box.
    size = 480
    scale = size / 24
    alpha = _alpha(raster.rasterize("circle", size, (0, 0, 0))).astype(float) / 255
    assert alpha.sum() == pytest.approx(40 * np.pi * scale * scale, rel=0.01)
    ys, xs = np.indices(alpha.shape) + 0.5
    assert (xs * alpha).sum() / alpha.sum() == pytest.approx(size / 2, abs=0.05)
    assert (ys * alpha).sum() / alpha.sum() == pytest.approx(size / 2, abs=0.05)
    assert alpha[size // 2, size // 2] == 0  # a ring, not a disc


def test_stroke_width_parameter() -> None:
    thin = _alpha(raster.rasterize("minus", 120, (0, 0, 0), stroke_width=1.0))[:, 60].astype(float).sum()
    thick = _alpha(raster.rasterize("minus", 120, (0, 0, 0), stroke_width=3.0))[:, 60].astype(float).sum()
    assert thick / thin == pytest.approx(3.0, rel=0.03)


def test_small_and_huge_sizes() -> None:
    assert _alpha(raster.rasterize("heart", 16, (0, 0, 0))).max() == 255
    for size in range(1, 8):  # a preview frame may shrink an icon to a few pixels: faint, but no error
        assert raster.rasterize("heart", size, (0, 0, 0)).size == (size, size)
    huge = raster.rasterize("heart", 2000, (10, 20, 30))
    assert huge.size == (2000, 2000) and _alpha(huge).max() == 255


def test_cached_result_is_a_private_copy() -> None:
    a = raster.rasterize("leaf", 64, (1, 2, 3))
    a.putpixel((0, 0), (9, 9, 9, 9))
    b = raster.rasterize("leaf", 64, (1, 2, 3))
    assert b.getpixel((0, 0)) != (9, 9, 9, 9)


def test_old_names_render_like_new_ones() -> None:
    assert np.array_equal(
        np.asarray(raster.rasterize("home", 48, (0, 0, 0))),
        np.asarray(raster.rasterize("house", 48, (0, 0, 0))),
    )


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(icons.UnknownIconError, match="unknown icon"):
        raster.rasterize("not-an-icon", 64, (0, 0, 0))
    with pytest.raises(ValueError, match="size"):
        raster.rasterize("leaf", 0, (0, 0, 0))
    with pytest.raises(ValueError, match="colour"):
        raster.rasterize("leaf", 64, (0, 0, 300))


def test_every_icon_parses_and_draws_something() -> None:
    for name in icons.names():
        lines = [p for tag, attrs in icons.shapes(name) for p in polylines(tag, attrs, 1.0)]
        assert lines, name
        for line in lines:
            xs = [x for x, _ in line.points]
            ys = [y for _, y in line.points]
            assert -1 <= min(xs) and max(xs) <= 25 and -1 <= min(ys) and max(ys) <= 25, name


def test_path_grammar() -> None:
    # Packed arc flags, implicit linetos after a moveto, relative commands, smooth curves and close.
    (arc,) = parse_path("M7 10a5 5 0 013 1", 10.0)
    assert arc.points[-1] == pytest.approx((10, 11))
    (poly,) = parse_path("m1 1 2 0 0 2z", 1.0)
    assert poly.closed and poly.points[:3] == ((1, 1), (3, 1), (3, 3))
    (curve,) = parse_path("M0 0c1 1 2 1 3 0s2-1 3 0", 1.0)
    assert curve.points[-1] == pytest.approx((6, 0))
    (half_circle,) = parse_path("M0 12A12 12 0 0 1 24 12", 10.0)
    assert min(y for _, y in half_circle.points) == pytest.approx(0, abs=0.05)  # sweeps over the top
    assert parse_path("M5 5", 1.0) == []  # a lone moveto draws nothing
    with pytest.raises(SvgShapeError):
        parse_path("M0 0 L1", 1.0)
