"""When each scene plays: transitions overlap neighbours, so the video is shorter than the sum."""

from __future__ import annotations

from ozor.scene.models import Project


def scene_starts(project: Project) -> list[float]:
    """Global start time of each scene; scene k+1 starts `transition_k` seconds before scene k ends."""
    starts, t = [], 0.0
    for scene in project.scenes:
        starts.append(t)
        t += scene.duration - scene.transition.duration
    return starts


def total_duration(project: Project) -> float:
    last = project.scenes[-1]
    return scene_starts(project)[-1] + last.duration


def overlap_after(project: Project, index: int) -> float:
    """Seconds scene `index` shares with the next one (0 for the last scene)."""
    return project.scenes[index].transition.duration if index + 1 < len(project.scenes) else 0.0
