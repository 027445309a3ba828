"""Our rasteriser against resvg (a full SVG renderer, dev dependency) on every icon of the set."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from ozor import icons
from ozor.icons import raster

resvg_py = pytest.importorskip("resvg_py")


def _svg(name: str) -> str:
    body = "".join(
        "<{} {}/>".format(tag, " ".join(f'{k}="{v}"' for k, v in attrs.items()))
        for tag, attrs in icons.shapes(name)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
        'stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" color="#000">'
        f"{body}</svg>"
    )


def _reference(name: str, size: int) -> np.ndarray:
    png = resvg_py.svg_to_bytes(svg_string=_svg(name), width=size, height=size, skip_system_fonts=True)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))[..., 3].astype(np.float64)


def test_every_icon_matches_the_reference_renderer() -> None:
    worst: list[tuple[float, str]] = []
    for name in icons.names():
        ours = np.asarray(raster.rasterize(name, 32, (0, 0, 0)))[..., 3].astype(np.float64)
        diff = np.abs(ours - _reference(name, 32))
        # Edge pixels differ by anti-aliasing conventions; a wrong shape differs by whole pixels.
        assert diff.max() < 160, name
        worst.append((float(diff.mean()), name))
    worst.sort()
    assert worst[-1][0] < 8.0, worst[-5:]  # mean error per pixel, of 255; measured worst 6.3
    assert worst[len(worst) // 2][0] < 4.0  # measured median 3.1


@pytest.mark.parametrize("name", ["battery", "leaf", "rocket", "brain-circuit", "chart-scatter"])
def test_large_sizes_match_closely(name: str) -> None:
    ours = np.asarray(raster.rasterize(name, 512, (0, 0, 0)))[..., 3].astype(np.float64)
    diff = ours - _reference(name, 512)
    assert abs(diff.mean()) < 1.0  # same stroke weight: no overall bias
    assert np.abs(diff).mean() < 1.0
