"""Easing and the animated state of an element at a scene-local time (pure functions)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ozor.scene.models import Animation, Easing, ElementBase, Keyframe


def back_out(p: float) -> float:
    """An ease-out that overshoots by ~10 % and settles: the "pop"."""
    c = 1.70158
    return 1 + (c + 1) * (p - 1) ** 3 + c * (p - 1) ** 2


EASINGS: dict[str, Callable[[float], float]] = {
    "linear": lambda p: p,
    "ease_out_cubic": lambda p: 1 - (1 - p) ** 3,
    "ease_out_expo": lambda p: 1.0 if p >= 1 else 1 - 2 ** (-10 * p),
    "ease_in_cubic": lambda p: p**3,
    "ease_in_out_cubic": lambda p: 4 * p**3 if p < 0.5 else 1 - (-2 * p + 2) ** 3 / 2,
    "ease_out_back": back_out,
}
EXIT_EASING: dict[Easing, Easing] = {"ease_out_cubic": "ease_in_cubic", "ease_out_expo": "ease_in_cubic"}


def ease(name: Easing, p: float) -> float:
    return EASINGS[name](min(1.0, max(0.0, p)))


@dataclass(frozen=True)
class State:
    """How an element looks at one instant; IDENTITY means "exactly as rasterised"."""

    visible: bool = True
    opacity: float = 1.0
    dx: float = 0.0  # offset as a fraction of the frame's base side
    dy: float = 0.0
    scale: float = 1.0
    rotation: float = 0.0  # degrees, clockwise
    reveal: float = 1.0  # wipe: the revealed fraction
    reveal_from: str = "left"  # left/right/top/bottom: a wipe; "rise": the top part rises from the bottom
    chars: float = 1.0  # typewriter: the fraction of characters shown

    @property
    def still(self) -> bool:
        return self == IDENTITY


IDENTITY = State()
HIDDEN = State(visible=False)
_SIDE = {"up": (0.0, 1.0), "down": (0.0, -1.0), "left": (1.0, 0.0), "right": (-1.0, 0.0)}
# A wipe moving `direction` reveals from the opposite edge.
_WIPE_FROM = {"up": "bottom", "down": "top", "left": "right", "right": "left"}


def _apply(anim: Animation, p: float) -> State:
    """The state of an entrance at eased progress p (0: before, 1: done); exits run it backwards."""
    if anim.kind == "none" or p >= 1.0:
        return IDENTITY
    rest = 1.0 - p
    if anim.kind == "fade":
        return State(opacity=p)
    if anim.kind == "slide":
        sx, sy = _SIDE[anim.direction]
        return State(opacity=min(1.0, p * 1.5), dx=sx * rest * anim.distance, dy=sy * rest * anim.distance)
    if anim.kind == "scale":
        return State(opacity=p, scale=0.85 + 0.15 * p)
    if anim.kind == "pop":
        return State(opacity=min(1.0, p * 2.5), scale=max(0.05, 0.6 + 0.4 * back_out(p)))
    if anim.kind == "wipe":
        return State(reveal=p, reveal_from=_WIPE_FROM[anim.direction])
    return State(chars=p)  # typewriter


def element_state(
    element: ElementBase, t: float, scene_duration: float, frame: tuple[float, float] = (1.0, 1.0)
) -> State:
    """The element's state at scene-local time t; `frame` is the frame's (width, height) in base sides,
    which turns keyframe offsets (fractions of the width and height) into base-side fractions."""
    end = scene_duration if element.end is None else min(element.end, scene_duration)
    if t < element.start or t >= end:
        return HIDDEN
    state = IDENTITY
    if element.enter is not None and element.enter.kind != "none":
        a = element.enter
        begin = element.start + a.delay
        if t < begin:
            return HIDDEN
        raw = (t - begin) / a.duration if a.duration > 0 else 1.0
        linear = a.kind == "typewriter"
        state = _apply(a, min(1.0, max(0.0, raw)) if linear else _progress(a, raw))
    if element.exit is not None and element.exit.kind != "none":
        a = element.exit
        finish = end - a.delay
        if t >= finish:
            return HIDDEN
        left = (finish - t) / a.duration if a.duration > 0 else 1.0
        if left < 1.0:
            gone = ease(EXIT_EASING.get(a.easing, a.easing), 1.0 - left)  # exits accelerate away
            state = combine(state, _apply(a, 1.0 - gone))
    if element.keyframes:
        state = combine(state, keyframe_state(element.keyframes, t - element.start, frame))
    return state


def keyframe_state(keys: list[Keyframe], t: float, frame: tuple[float, float]) -> State:
    """The pose at element-local time t: held before the first and after the last keyframe."""
    if t <= keys[0].at:
        a = b = keys[0]
        p = 0.0
    elif t >= keys[-1].at:
        a = b = keys[-1]
        p = 0.0
    else:
        i = next(i for i, k in enumerate(keys) if k.at > t)
        a, b = keys[i - 1], keys[i]
        p = ease(b.easing, (t - a.at) / (b.at - a.at)) if b.at > a.at else 1.0

    def mix(u: float, v: float) -> float:
        return u + (v - u) * p

    return State(
        opacity=min(1.0, max(0.0, mix(a.opacity, b.opacity))),
        dx=mix(a.x, b.x) * frame[0],
        dy=mix(a.y, b.y) * frame[1],
        scale=max(0.01, mix(a.scale, b.scale)),
        rotation=mix(a.rotation, b.rotation),
    )


def _progress(anim: Animation, raw: float) -> float:
    """The eased progress; a pop eases inside its own curve, so it gets the raw one."""
    return min(1.0, max(0.0, raw)) if anim.kind == "pop" else ease(anim.easing, raw)


def combine(a: State, b: State) -> State:
    """Both states at once (offsets add, scales and opacities multiply)."""
    if not (a.visible and b.visible):
        return HIDDEN
    if a.still:
        return b
    if b.still:
        return a
    return State(
        opacity=a.opacity * b.opacity,
        dx=a.dx + b.dx,
        dy=a.dy + b.dy,
        scale=a.scale * b.scale,
        rotation=a.rotation + b.rotation,
        reveal=min(a.reveal, b.reveal),
        reveal_from=b.reveal_from if b.reveal < 1 else a.reveal_from,
        chars=min(a.chars, b.chars),
    )


def transition_progress(index: int, frames: int, kind: str) -> float:
    """Progress of a transition at its frame `index` of `frames`: sampled mid-frame, eased unless a fade."""
    p = (index + 0.5) / frames
    return p if kind == "crossfade" else ease("ease_in_out_cubic", p)


def about(outer: State, inner: State, centre: tuple[float, float], pivot: tuple[float, float]) -> State:
    """A part's state inside an element: the part's own `inner` motion, then the element's `outer`
    scale and rotation about the element's `pivot` (so parts keep their places), in base fractions."""
    if outer.still:
        return inner
    px, py = centre[0] + inner.dx - pivot[0], centre[1] + inner.dy - pivot[1]
    a = math.radians(outer.rotation)
    rx = (px * math.cos(a) - py * math.sin(a)) * outer.scale
    ry = (px * math.sin(a) + py * math.cos(a)) * outer.scale
    moved = State(dx=pivot[0] + rx - centre[0] + outer.dx, dy=pivot[1] + ry - centre[1] + outer.dy)
    both = combine(
        State(
            opacity=outer.opacity,
            scale=outer.scale,
            rotation=outer.rotation,
            reveal=outer.reveal,
            reveal_from=outer.reveal_from,
            chars=outer.chars,
        ),
        State(
            visible=inner.visible,
            opacity=inner.opacity,
            scale=inner.scale,
            rotation=inner.rotation,
            reveal=inner.reveal,
            reveal_from=inner.reveal_from,
            chars=inner.chars,
        ),
    )
    return State(
        visible=both.visible,
        opacity=both.opacity,
        dx=moved.dx,
        dy=moved.dy,
        scale=both.scale,
        rotation=both.rotation,
        reveal=both.reveal,
        reveal_from=both.reveal_from,
        chars=both.chars,
    )
