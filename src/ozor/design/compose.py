"""Template + slots + look + aspect → one designed scene of the scene graph."""

from __future__ import annotations

from collections.abc import Mapping

from ozor.design.clear import clear_of_copy
from ozor.design.kit import Stage
from ozor.design.looks import Look
from ozor.design.looks import look as named_look
from ozor.design.slots import fill
from ozor.design.templates import TEMPLATES
from ozor.scene.base import Aspect
from ozor.scene.models import Scene, Transition


def compose(
    template: str,
    slots: Mapping[str, object],
    look: Look | str,
    aspect: Aspect,
    duration: float,
    seed: int = 0,
    scene_id: str | None = None,
) -> Scene:
    """The scene `template` designs for `aspect` with the filled `slots`, in `look`.

    Raises ValueError naming the template and slot when a slot is unknown, missing, of the wrong
    kind, or holds more copy than its box fits at the design's smallest size (measured).
    """
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}: one of {', '.join(TEMPLATES)}")
    if aspect not in ("16:9", "9:16"):
        raise ValueError(f"aspect must be 16:9 or 9:16, not {aspect!r}")
    if not 0.5 <= duration <= 600:
        raise ValueError("duration must be between 0.5 and 600 seconds")
    spec = TEMPLATES[template]
    chosen = named_look(look) if isinstance(look, str) else look
    stage = Stage(template, chosen, aspect, duration, seed, fill(spec.slots, slots, template))
    spec.build(stage)
    return Scene(
        id=scene_id or f"{template}-{seed}",
        title=template,
        duration=duration,
        background=stage.background,
        elements=clear_of_copy(stage.elements),
        transition=Transition(
            kind=chosen.transition,
            duration=0.0 if chosen.transition == "cut" else min(chosen.transition_duration, duration / 2),
        ),
        grain=chosen.grain,
    )
