"""Scene tools: create, update, delete and reorder scenes."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from ozor.agent import build
from ozor.agent.layout import SLOTS
from ozor.agent.styles import style_of
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
    when,
)
from ozor.agent.voices import Voice
from ozor.errors import BadRequest
from ozor.scene import edit
from ozor.scene.models import Narration, Project, Scene, SceneLayout, Theme


class CreateScene(Args):
    """Add a scene. Give its copy by slot and pick a layout; the layout sizes and places every slot
    inside the safe area (title: hero headline centred; statement: headline and body, left; split:
    copy beside an image; media: copy over a full-bleed image or clip; stat: a big number; quote: a
    quotation; cta: closing headline with a call-to-action button). Keep headlines under 8 words."""

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
    image: str | None = Field(
        None, description="asset id of an image (split: beside the copy; media: full bleed)"
    )
    video: str | None = Field(None, description="asset id of a clip, played as the background")
    background: BackgroundSpec | None = None
    narration: str | None = Field(None, max_length=600, description="voice-over text for this scene")
    voice: Voice | None = Field(None, description="who reads the narration; default: the video's voice")
    transition: Literal["cut", "crossfade", "slide", "wipe"] | None = Field(
        None, description="into the next scene"
    )
    transition_sec: float | None = Field(None, ge=0.2, le=1.0, description="default: the style's")


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
    theme = project.theme if project else Theme()
    style = style_of(theme)
    copy = {k: getattr(a, k) for k in SLOTS if getattr(a, k)}
    first = project is None or a.order == 1
    elements = build.slot_elements(
        copy, theme.palette, style, image=a.image if a.layout != "media" else None, first=first
    )
    if a.video:
        bg = build.background(video=a.video)
    elif a.layout == "media" and a.image:
        bg = build.background(image=a.image)
    else:
        bg = backdrop_of(a.background, env) if a.background else build.style_background(style, theme.palette)
    voice = a.voice or current_voice(project) or style.voice
    narration = Narration(text=a.narration, voice=voice) if a.narration else None
    scene = Scene(
        id=next_scene_id(project),
        title=a.title or (a.headline or a.stat or "")[:60],
        duration=a.duration,
        layout=a.layout,
        background=bg,
        elements=elements,
        narration=narration,
        transition=build.transition(a.transition or "cut", a.transition_sec or style.transition_sec),
    )
    if project is None:
        new = Project(title=env.title, aspect=env.aspect, scenes=[scene])
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
        changes["transition"] = build.transition(a.transition, style_of(p.theme).transition_sec)
    if a.layout is not None:
        has_image = any(e.id == "image" for e in scene.elements)
        if a.layout == "split" and not has_image:
            raise BadRequest("the split layout needs an image element in the scene")
        changes["layout"] = a.layout
    if not changes:
        raise BadRequest("nothing to change: give a title, duration, layout, background or transition")
    return edit.update_scene(p, scene.id, **changes), f"updated scene {a.scene}: {', '.join(changes)}"


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
