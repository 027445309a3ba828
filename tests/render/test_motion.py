"""Animation states and easing: entrances, exits, and what "still" means."""

from __future__ import annotations

import pytest

from ozor.render.motion import ease, element_state, transition_progress
from ozor.scene.models import TextElement


def element(**extra: object) -> TextElement:
    return TextElement.model_validate(
        {"id": "t", "text": "x", "box": {"x": 0, "y": 0, "w": 0.5, "h": 0.2}, **extra}
    )


def test_easings_start_at_zero_and_end_at_one() -> None:
    for name in ("linear", "ease_out_cubic", "ease_out_expo", "ease_in_cubic", "ease_in_out_cubic"):
        assert ease(name, 0.0) == pytest.approx(0.0, abs=1e-3) and ease(name, 1.0) == pytest.approx(1.0)  # type: ignore[arg-type]
    assert ease("ease_out_cubic", 0.5) > 0.5 > ease("ease_in_cubic", 0.5)


def test_slide_enter_and_fade_exit() -> None:
    el = element(
        enter={"kind": "slide", "direction": "up", "duration": 0.6, "distance": 0.05},
        exit={"kind": "fade", "duration": 0.3},
    )
    first = element_state(el, 0.0, 4.0)
    assert first.visible and first.opacity == 0.0 and first.dy == pytest.approx(0.05)
    assert element_state(el, 0.3, 4.0).dy < 0.05 / 2  # ease-out: most of the way early
    assert element_state(el, 2.0, 4.0).still
    assert 0 < element_state(el, 3.85, 4.0).opacity < 1
    assert not element_state(el, 4.0, 4.0).visible


def test_delays_start_and_end() -> None:
    el = element(start=1.0, end=2.0, enter={"kind": "fade", "duration": 0.2, "delay": 0.5})
    assert not element_state(el, 0.5, 4.0).visible
    assert not element_state(el, 1.2, 4.0).visible  # waiting for its delayed entrance
    assert element_state(el, 1.8, 4.0).still
    assert not element_state(el, 2.0, 4.0).visible


def test_typewriter_wipe_and_pop() -> None:
    typed = element_state(element(enter={"kind": "typewriter", "duration": 1.0}), 0.5, 4.0)
    assert typed.chars == pytest.approx(0.5)
    wiped = element_state(element(enter={"kind": "wipe", "direction": "right", "duration": 1.0}), 0.5, 4.0)
    assert 0 < wiped.reveal < 1 and wiped.reveal_from == "left"
    popped = [
        element_state(element(enter={"kind": "pop", "duration": 1.0}), t, 4.0).scale for t in (0.1, 0.6, 0.9)
    ]
    assert popped[0] < 1 < max(popped)  # overshoots, then settles


def test_transition_progress_is_symmetric() -> None:
    frames = 12
    values = [transition_progress(i, frames, "crossfade") for i in range(frames)]
    assert values[0] > 0 and values[-1] < 1
    assert all(abs(values[i] + values[-1 - i] - 1) < 1e-9 for i in range(frames))


def test_a_wipe_with_keyframes_draws_nothing_before_it_starts():
    """A wiped-in element that also scales has nothing to warp at reveal 0 (it used to crash OpenCV)."""
    import numpy as np

    from ozor.render.draw import Canvas
    from ozor.render.motion import State
    from ozor.render.sprites import transformed
    from ozor.render.yuv import Planes, Sprite

    planes = Planes(np.zeros((8, 8), np.uint8), np.zeros((4, 4), np.uint8), np.zeros((4, 4), np.uint8))
    sprite = Sprite(0, 0, planes, np.zeros((8, 8), np.uint8), np.zeros((4, 4), np.uint8))
    out = transformed(sprite, State(reveal=0.0, reveal_from="left", scale=1.02), Canvas(64, 36))
    assert 0 in out.size
