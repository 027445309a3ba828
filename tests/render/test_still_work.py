"""What the renderer keeps instead of redrawing (box masks, measured sprites, sub-pixel phases) gives
exactly the pixels of drawing it all again."""

from __future__ import annotations

import itertools

import numpy as np
from PIL import Image

from ozor.render import draw, yuv
from ozor.render.draw import Canvas
from ozor.render.motion import State
from ozor.render.sprites import warped
from ozor.scene.models import Project
from tests.render.test_chunks import assert_incremental_equals_scratch


def test_box_masks_are_the_supersampled_ones() -> None:
    for w, h, radius in itertools.product((41, 101, 540), (43, 648), (0, 1, 8, 16)):
        fast = draw._box_mask(w, h, radius)
        assert fast is not None
        assert np.array_equal(np.asarray(fast), np.asarray(draw._supersampled(w, h, radius, "rounded", 0)))


def test_measured_sprites_blend_the_same() -> None:
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    draw.rounded(image, (40, 30, 260, 170), 20, (30, 60, 140, 255))  # an opaque card in a margin
    draw.rounded(image, (100, 80, 160, 120), 6, (250, 250, 250, 120))  # and something see-through on it
    plain = yuv.sprite(np.asarray(image), 51, 17)
    canvas = Canvas(320, 180)
    moved = warped(plain, State(dx=0.3 / 180, dy=1.7 / 180), canvas)  # chroma a warp spreads
    for s in (plain, moved):
        kept = yuv.measured(s)
        assert kept.ink is not None and kept.ink[2] < s.size[0]
        assert s is moved or kept.solid is not None
        for opacity in (1.0, 0.5):
            a, pa = yuv.frame_buffer(320, 180)
            b, pb = yuv.frame_buffer(320, 180)
            a[:] = b[:] = np.random.default_rng(1).integers(0, 256, a.shape, dtype=np.uint8)
            yuv.blend(pa, s, opacity)
            yuv.blend(pb, kept, opacity)
            assert np.array_equal(a, b)


def test_floating_elements_over_a_drifting_background_equal_frames_drawn_from_scratch() -> None:
    box = {"x": 0.55, "y": 0.3, "w": 0.3, "h": 0.4}
    float_ = [{"at": 0.0}, {"at": 0.4, "y": -0.013}, {"at": 0.8, "y": 0.004}, {"at": 1.2, "x": 0.006}]
    p = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "alive",
                    "duration": 2.0,
                    "grain": 0.04,
                    "background": {"type": "gradient", "colors": ["#1B2B52", "#0A0F1C"], "drift": 0.04},
                    "elements": [
                        {
                            "type": "shape",
                            "id": "field",
                            "box": {"x": 0.5, "y": 0.0, "w": 0.5, "h": 1.0},
                            "color": "#1E3A8A",
                        },
                        {
                            "type": "icon",
                            "id": "icon",
                            "name": "clock",
                            "box": box,
                            "background": "disc",
                            "keyframes": float_,
                        },
                        {
                            "type": "text",
                            "id": "words",
                            "text": "Still words",
                            "box": {"x": 0.05, "y": 0.4, "w": 0.4, "h": 0.2},
                        },
                    ],
                }
            ]
        }
    )
    assert_incremental_equals_scratch(p, 45)
