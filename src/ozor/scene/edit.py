"""Pure edits: each takes a project and returns a new one (the input is never changed).

These are the primitives; the agent's tools compose them. Every result is re-validated, so an
edit can never produce a graph the renderer would refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ozor.errors import BadRequest
from ozor.scene.models import Element, Project, Scene


def _revalidate(project: Project, **changes: Any) -> Project:
    data = project.model_dump(by_alias=False)
    data.update(
        {k: (v.model_dump(by_alias=False) if hasattr(v, "model_dump") else v) for k, v in changes.items()}
    )
    return Project.model_validate(data)


def replace(project: Project, **changes: Any) -> Project:
    """A copy with top-level fields replaced (title, aspect, theme, audio, captions)."""
    return _revalidate(project, **changes)


def with_scenes(project: Project, scenes: list[Scene]) -> Project:
    if not scenes:
        raise BadRequest("a video needs at least one scene")
    return Project.model_validate(
        {**project.model_dump(by_alias=False), "scenes": [s.model_dump() for s in scenes]}
    )


def scene_index(project: Project, scene_id: str) -> int:
    for i, scene in enumerate(project.scenes):
        if scene.id == scene_id:
            return i
    raise BadRequest(f"no scene with id {scene_id!r}")


def update_scene(project: Project, scene_id: str, **changes: Any) -> Project:
    i = scene_index(project, scene_id)
    scene = Scene.model_validate({**project.scenes[i].model_dump(by_alias=False), **changes})
    return with_scenes(project, [*project.scenes[:i], scene, *project.scenes[i + 1 :]])


def map_scenes(project: Project, fn: Callable[[Scene], Scene]) -> Project:
    return with_scenes(project, [fn(s) for s in project.scenes])


def insert_scene(project: Project, scene: Scene, position: int | None = None) -> Project:
    scenes = list(project.scenes)
    scenes.insert(len(scenes) if position is None else max(0, min(position, len(scenes))), scene)
    return with_scenes(project, scenes)


def remove_scene(project: Project, scene_id: str) -> Project:
    i = scene_index(project, scene_id)
    return with_scenes(project, [*project.scenes[:i], *project.scenes[i + 1 :]])


def move_scene(project: Project, scene_id: str, position: int) -> Project:
    i = scene_index(project, scene_id)
    scenes = list(project.scenes)
    scene = scenes.pop(i)
    scenes.insert(max(0, min(position, len(scenes))), scene)
    return with_scenes(project, scenes)


def element_index(scene: Scene, element_id: str) -> int:
    for i, element in enumerate(scene.elements):
        if element.id == element_id:
            return i
    raise BadRequest(f"scene {scene.id} has no element {element_id!r}")


def set_elements(project: Project, scene_id: str, elements: list[Element]) -> Project:
    return update_scene(project, scene_id, elements=[e.model_dump(by_alias=False) for e in elements])


def update_element(project: Project, scene_id: str, element_id: str, **changes: Any) -> Project:
    scene = project.scenes[scene_index(project, scene_id)]
    i = element_index(scene, element_id)
    data = [e.model_dump(by_alias=False) for e in scene.elements]
    data[i] = {**data[i], **changes}
    return update_scene(project, scene_id, elements=data)
