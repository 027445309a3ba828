"""Scene tools: create, update, delete and reorder scenes."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from ozor.agent.tools.base import (
    Args,
    BackgroundSpec,
    Env,
    SceneNo,
    Short,
    asset_of,
    at,
    backdrop_of,
    current_voice,
    given,
    need,
    next_scene_id,
    tool,
    transition_of,
    when,
)
from ozor.agent.tools.layouts import COPY_SLOTS, copy_of
from ozor.agent.tools.templates import LOOK_VOICES, designed, look_of, noted, redesigned
from ozor.agent.voices import Voice
from ozor.errors import BadRequest
from ozor.scene import edit
from ozor.scene.models import Narration, Project, SceneLayout, VideoBackground


class CreateScene(Args):
    """Add a scene from free-form copy, by slot, and a layout; the scene is designed in the video's
    look by the template that holds the copy (title: a hero title; statement: a kinetic statement, or
    a feature with its icon; split: copy beside an image; media: a captioned full-bleed image or clip;
    stat: a counting number; quote: a quotation card; cta: the end card with a button), which fits the
    copy and animates it. Prefer use_template when one of the templates suits. Keep headlines under 8
    words."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [given("headline"), given("stat")],
            "allOf": [
                when("layout", "split", given("image")),
                when("layout", "media", {"anyOf": [given("image"), given("video")]}),
            ],
        }
    )

    order: SceneNo | None = Field(None, description="position of the new scene; default: at the end")
    title: str = Field("", max_length=200, description="a short internal name, e.g. 'Hook'")
    layout: SceneLayout = "statement"
    duration: float = Field(4.0, ge=0.5, le=600, description="seconds")
    kicker: Short | None = Field(None, description="a small label above the headline")
    headline: str | None = Field(None, min_length=1, max_length=90)
    body: str | None = Field(None, min_length=1, max_length=200)
    stat: str | None = Field(
        None, min_length=1, max_length=12, description="a key number, e.g. '3x' or '24h'"
    )
    attribution: str | None = Field(None, min_length=1, max_length=60, description="who said a quote")
    cta: Short | None = Field(None, description="button text, e.g. 'Shop now'")
    icon: Short | None = Field(None, description="a keyword for an icon: battery, leaf, coffee")
    image: str | None = Field(
        None, description="asset id of an image (split: beside the copy; media: full bleed)"
    )
    video: str | None = Field(None, description="asset id of a clip, played as the background")
    background: BackgroundSpec | None = None
    narration: str | None = Field(None, max_length=600, description="voice-over text for this scene")
    voice: Voice | None = Field(None, description="who reads the narration; default: the video's voice")
    transition: Literal["cut", "crossfade", "slide", "wipe"] | None = Field(
        None, description="into the next scene; default: the look's"
    )
    transition_sec: float | None = Field(None, ge=0.2, le=1.0, description="default: the look's")


@tool(CreateScene)
def create_scene(project: Project | None, a: CreateScene, env: Env) -> tuple[Project, str]:
    if not (a.headline or a.stat):
        raise BadRequest("a scene needs a headline (or a stat)")
    if a.layout == "split" and not a.image:
        raise BadRequest("the split layout needs an image")
    if a.layout == "media" and not (a.image or a.video):
        raise BadRequest("the media layout needs an image or a video")
    for ref, kind in ((a.image, "image"), (a.video, "video")):
        if ref:
            asset_of(env, ref, kind)
    chosen = look_of(project)
    copy = {k: v for k in COPY_SLOTS if (v := getattr(a, k))}
    aspect = project.aspect if project else env.aspect
    scene = designed(a.layout, copy, chosen, aspect, a.duration, next_scene_id(project))
    if a.video or a.background:
        background = VideoBackground(asset=a.video, scrim=0.55) if a.video else backdrop_of(a.background, env)  # type: ignore[arg-type]
        scene = noted(scene.model_copy(update={"background": background}), background=True)
    voice = a.voice or current_voice(project) or LOOK_VOICES.get(chosen.name, "aria")
    changes: dict[str, Any] = {
        "title": a.title or (a.headline or a.stat or "")[:60],
        "narration": Narration(text=a.narration, voice=voice) if a.narration else None,
    }
    if a.transition or a.transition_sec:
        kind = a.transition or scene.transition.kind
        changes["transition"] = transition_of(kind, a.transition_sec or chosen.transition_duration)
    scene = scene.model_copy(update=changes)
    if project is None:  # designed in the default look until the director chooses one (set_look)
        theme = chosen.theme.model_copy(update={"style": None})
        new = Project(title=env.title, aspect=env.aspect, theme=theme, scenes=[scene])
    else:
        new = edit.insert_scene(project, scene, None if a.order is None else a.order - 1)
    position = [s.id for s in new.scenes].index(scene.id) + 1
    return new, f"created scene {position} ({a.layout}): {a.headline or a.stat!r}"


class UpdateScene(Args):
    """Change a scene's title, duration, layout, background or transition into the next scene."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [given(k) for k in ("title", "duration", "layout", "background", "transition")]
        }
    )

    scene: SceneNo
    title: str | None = Field(None, max_length=200)
    duration: float | None = Field(None, ge=0.5, le=600)
    layout: SceneLayout | None = None
    background: BackgroundSpec | None = None
    transition: Literal["cut", "crossfade", "slide", "wipe"] | None = None


@tool(UpdateScene)
def update_scene(project: Project | None, a: UpdateScene, env: Env) -> tuple[Project, str]:
    p = need(project)
    scene = at(p, a.scene)
    changes: dict[str, Any] = {}
    if a.title is not None:
        changes["title"] = a.title
    if a.duration is not None:
        changes["duration"] = a.duration
    if a.background is not None:
        changes["background"] = backdrop_of(a.background, env)
    if a.transition is not None:
        changes["transition"] = transition_of(a.transition, look_of(p).transition_duration)
    if a.layout is not None:
        has_image = any(e.id == "image" for e in scene.elements)
        if a.layout == "split" and not has_image:
            raise BadRequest("the split layout needs an image element in the scene")
        changes["layout"] = a.layout
    if not changes:
        raise BadRequest("nothing to change: give a title, duration, layout, background or transition")
    if "layout" in changes and scene.template is not None:
        p = relaid(p, a.scene, changes.pop("layout"))
        scene = at(p, a.scene)
        changes["layout"] = scene.layout
    p = edit.update_scene(p, scene.id, **changes)
    if "background" in changes:
        p = edit.with_scenes(p, [noted(s, background=True) if s.id == scene.id else s for s in p.scenes])
    return p, f"updated scene {a.scene}: {', '.join(changes)}"


def relaid(project: Project, number: int, layout: SceneLayout) -> Project:
    """A composed scene's copy designed again for another layout (its hand edits kept)."""
    scene = at(project, number)
    copy = copy_of(scene)
    if copy is None:
        assert scene.template is not None
        raise BadRequest(
            f"scene {number} is composed from the {scene.template.name} template: "
            "call use_template to compose it differently"
        )
    images = [e.asset for e in scene.elements if e.id == "image" and hasattr(e, "asset")]
    if images and "image" not in copy:
        copy["image"] = str(images[0])
    return redesigned(project, scene, layout, copy)


class DeleteScene(Args):
    """Remove a scene; the scenes after it move up one place."""

    scene: SceneNo


@tool(DeleteScene)
def delete_scene(project: Project | None, a: DeleteScene, env: Env) -> tuple[Project, str]:
    p = need(project)
    if len(p.scenes) == 1:
        raise BadRequest("a video needs at least one scene; this is the only one")
    return edit.remove_scene(p, at(p, a.scene).id), f"deleted scene {a.scene}"


class ReorderScenes(Args):
    """Put the scenes in a new order: list every current scene number once, in the order wanted."""

    order: list[SceneNo] = Field(min_length=1)


@tool(ReorderScenes)
def reorder_scenes(project: Project | None, a: ReorderScenes, env: Env) -> tuple[Project, str]:
    p = need(project)
    if sorted(a.order) != list(range(1, len(p.scenes) + 1)):
        raise BadRequest(f"order must list each of the scenes 1–{len(p.scenes)} exactly once")
    return edit.with_scenes(p, [p.scenes[i - 1] for i in a.order]), f"new order: {a.order}"
