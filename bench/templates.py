"""The templates composition: the reference's timing (3 scenes, 0.5 s crossfades, 15 s) composed by the
design system (ozor.design) in the dark look — a hero, a stat counter and a three-feature grid, with
their textured fields, drifting motifs and breathing anchors."""

from __future__ import annotations

from ozor.design import TEMPLATES, compose, look
from ozor.scene.models import Narration, Project, Transition

SCENES = (("hero", 5.25), ("stat", 5.5), ("trio", 5.25))


def project(aspect: str = "16:9") -> Project:
    chosen = look("dark")
    scenes = []
    for k, (name, seconds) in enumerate(SCENES):
        scene = compose(name, TEMPLATES[name].example, chosen, aspect, seconds, seed=k)  # type: ignore[arg-type]
        last = k == len(SCENES) - 1
        scenes.append(
            scene.model_copy(
                update={
                    "transition": Transition() if last else Transition(kind="crossfade", duration=0.5),
                    "narration": Narration(audio="tone.wav", lead_in=0.0) if k == 0 else None,
                }
            )
        )
    return Project(title="Templates composition", aspect=aspect, theme=chosen.theme, scenes=scenes)  # type: ignore[arg-type]
