"""Pacing: how long text needs on screen (VISUAL.md) and scaling a video to a target length."""

from __future__ import annotations

from ozor.design import reading_time as text_reading_time
from ozor.scene.models import Project, Scene, TextElement
from ozor.scene.timing import total_duration


def reading_time(scene: Scene, language: str = "en") -> float:
    """Seconds the scene must last so every text block stays fully visible for 0.6 s + words / 3.5 s
    (in English; design.reading_time has other languages' pace) after its entrance ends (the outgoing
    transition does not count as visible)."""
    need = 0.0
    for e in scene.elements:
        if isinstance(e, TextElement):
            appear = e.start + (e.enter.delay + e.enter.duration if e.enter else 0.0)
            need = max(need, appear + text_reading_time(e.text, language))
    return need + scene.transition.duration


def short_scenes(project: Project) -> list[int]:
    """1-based numbers of scenes too short to read."""
    return [i + 1 for i, s in enumerate(project.scenes) if s.duration + 1e-6 < reading_time(s)]


def scaled(project: Project, factor: float) -> list[Scene]:
    """Every scene `factor` times as long (transitions keep their length, within half a scene)."""
    out = []
    for scene in project.scenes:
        duration = round(max(0.5, scene.duration * factor), 2)
        out.append(scene.model_copy(update={"duration": duration}))
    return out


def fit_total(project: Project, seconds: float) -> list[Scene]:
    """Scene durations scaled so the whole video lasts `seconds` (transitions overlap, see timing.py)."""
    overlaps = sum(s.transition.duration for s in project.scenes[:-1])
    durations = sum(s.duration for s in project.scenes)
    return scaled(project, (seconds + overlaps) / durations)


def within_limits(scenes: list[Scene]) -> list[Scene]:
    """Transitions shortened where a scene got too short for them (at most half of either scene)."""
    out = list(scenes)
    for i in range(len(out) - 1):
        limit = round(min(out[i].duration, out[i + 1].duration) / 2, 3)
        if out[i].transition.duration > limit:
            out[i] = out[i].model_copy(
                update={"transition": out[i].transition.model_copy(update={"duration": limit})}
            )
    return out


def length_word(project: Project) -> str:
    return f"{total_duration(project):.1f} s"
