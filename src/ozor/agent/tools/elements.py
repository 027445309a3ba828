"""Element tools: add, change and remove what a scene shows, and place logos."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from ozor.agent.colors import contrast
from ozor.agent.layout import SLOTS
from ozor.agent.readability import behind, needed_contrast
from ozor.agent.tools.base import (
    Args,
    Env,
    Hex,
    SceneNo,
    asset_of,
    at,
    given,
    need,
    picked,
    scenes_word,
    tool,
    when,
)
from ozor.agent.tools.layouts import copy_of
from ozor.agent.tools.templates import element_for, look_of, noted, redesigned, with_text
from ozor.design.kit import entrance
from ozor.design.placement import Corner, Position, free_box, free_text, logo_box
from ozor.errors import BadRequest
from ozor.scene import edit
from ozor.scene.models import (
    Box,
    Element,
    FontFamily,
    ImageElement,
    LogoElement,
    Project,
    ShapeElement,
    TextElement,
    VideoElement,
)


class BoxSpec(Args):
    """A box in frame fractions; one reaching past the frame's edge is trimmed to it."""

    x: float = Field(ge=0, lt=1)
    y: float = Field(ge=0, lt=1)
    w: float = Field(gt=0, le=1)
    h: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _inside(self) -> BoxSpec:
        self.w, self.h = min(self.w, round(1 - self.x, 6)), min(self.h, round(1 - self.y, 6))
        return self


class AddElement(Args):
    """Add an element to a scene. Text in one of the scene's copy slots (kicker, headline, body, stat,
    attribution, cta) composes the scene again with it; other text is set in the look's faces at
    `position` (or an exact `box` in frame fractions), as large as fits. Images and clips need the
    asset id of an attachment; an image with id 'image' goes beside the copy."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                given("text"),
                {"required": ["type"], "properties": {"type": {"enum": ["image", "video", "shape"]}}},
            ],
            "allOf": [when("type", "image", given("asset")), when("type", "video", given("asset"))],
        }
    )

    scene: SceneNo
    type: Literal["text", "image", "video", "shape"] = "text"
    id: str | None = Field(None, min_length=1, max_length=40, description="a slot name, or a new id")
    text: str | None = Field(None, min_length=1, max_length=300)
    role: Literal["heading", "body", "caption", "cta"] = "body"
    asset: str | None = None
    shape: Literal["rectangle", "rounded", "ellipse", "line"] = "rounded"
    color: Hex | None = None
    position: Position = "center"
    box: BoxSpec | None = None


def _new_id(scene_ids: set[str], kind: str) -> str:
    n = 1
    while f"{kind}{n}" in scene_ids:
        n += 1
    return f"{kind}{n}"


@tool(AddElement)
def add_element(project: Project | None, a: AddElement, env: Env) -> tuple[Project, str]:
    p = need(project)
    scene = at(p, a.scene)
    ids = {e.id for e in scene.elements}
    element_id = a.id or _new_id(ids, a.type)
    if element_id in ids:
        raise BadRequest(f"scene {a.scene} already has an element {element_id!r}: use update_element")
    if a.type == "text" and not a.text:
        raise BadRequest("a text element needs text")
    if a.asset and a.type in ("image", "video"):
        asset_of(env, a.asset, a.type)
    said = f"added {a.type} {element_id!r} to scene {a.scene}"
    copy = copy_of(scene)
    slot = (
        {"text": a.text, "image": a.asset}.get(a.type)
        if element_id in SLOTS or element_id == "image"
        else None
    )
    if copy is not None and slot and element_id in copy:
        raise BadRequest(f"scene {a.scene} already has a {element_id}: use update_element")
    if copy is not None and slot and a.color is None and a.box is None:
        layout = "split" if element_id == "image" and scene.layout not in ("split", "media") else scene.layout
        assert layout is not None
        return redesigned(p, scene, layout, {**copy, element_id: slot}), said
    legacy = scene.template is None and scene.layout is not None
    look = look_of(p)
    element: Element
    if a.type == "text" and legacy and element_id in SLOTS:  # the scene's slot layout places it
        assert a.text is not None
        role = SLOTS[element_id].role
        element = TextElement(
            id=element_id,
            box=free_box(a.position, p.aspect),
            text=a.text,
            role=role,
            color=a.color,
            enter=entrance(look, 1.0),
        )
    elif a.type == "text":
        assert a.text is not None
        wide, tall = {"heading": (0.6, 0.2), "cta": (0.34, 0.1), "caption": (0.4, 0.07)}.get(
            a.role, (0.5, 0.15)
        )
        box = Box(**a.box.model_dump()) if a.box else free_box(a.position, p.aspect, wide, tall)
        element = free_text(element_id, a.text, a.role, box, look, p.aspect)
        if a.color:
            element = element.model_copy(update={"color": a.color})
    else:
        box = Box(**a.box.model_dump()) if a.box else free_box(a.position, p.aspect)
        if a.type in ("image", "video"):
            if not a.asset:
                raise BadRequest(f"an {a.type} element needs the asset id of an attachment")
            cls = ImageElement if a.type == "image" else VideoElement
            element = cls(
                id=element_id,
                box=box,
                asset=a.asset,
                corner_radius=look.radius,
                enter=entrance(look, 1.0, "scale"),
            )
        else:
            element = ShapeElement(
                id=element_id,
                box=box,
                shape=a.shape,
                color=a.color or look.colors.accent2,
                corner_radius=look.radius,
                enter=entrance(look, 1.0, "pop"),
            )
    p = edit.set_elements(p, scene.id, [*scene.elements, element])
    p = edit.with_scenes(p, [noted(s, added=element_id) if s.id == scene.id else s for s in p.scenes])
    if legacy and element_id == "image" and scene.layout not in ("split", "media"):
        p = edit.update_scene(p, scene.id, layout="split")
    return p, said


class UpdateElement(Args):
    """Change an element: its text, colour, font, size, position or box. New copy is fitted by the
    scene's design; a colour, font, size or place set by hand stays when the scene is composed again
    (another look or aspect)."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [given(k) for k in ("text", "color", "font", "uppercase", "size", "position", "box")]
        }
    )

    scene: SceneNo
    element: str = Field(min_length=1, max_length=40)
    text: str | None = Field(None, min_length=1, max_length=300)
    color: Hex | None = None
    font: FontFamily | None = None
    uppercase: bool | None = None
    size: float | None = Field(
        None, gt=0, le=0.3, description="font size, a fraction of the frame's short side"
    )
    position: Position | None = None
    box: BoxSpec | None = None


@tool(UpdateElement)
def update_element(project: Project | None, a: UpdateElement, env: Env) -> tuple[Project, str]:
    p = need(project)
    scene = at(p, a.scene)
    copy = copy_of(scene)
    if a.text is not None and copy is not None and a.element in copy:  # a created scene's copy slot
        assert scene.layout is not None
        p = redesigned(p, scene, scene.layout, {**copy, a.element: a.text})
        if not (a.color or a.font or a.uppercase is not None or a.size or a.position or a.box):
            return p, f"updated {a.element!r} in scene {a.scene}: text"
        scene, a = at(p, a.scene), a.model_copy(update={"text": None})
    a = a.model_copy(update={"element": element_for(scene, a.element)})
    element = scene.elements[edit.element_index(scene, a.element)]
    if a.text is not None and (recomposed := with_text(p, scene, a.element, a.text)) is not None:
        p, scene = recomposed, at(recomposed, a.scene)  # the template fits the new copy
        element = scene.elements[edit.element_index(scene, a.element)]
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "text": a.text,
            "color": a.color,
            "font": a.font,
            "uppercase": a.uppercase,
            "size": a.size,
        }.items()
        if v is not None
    }
    if a.box or a.position:
        changes["box"] = (
            Box(**a.box.model_dump())
            if a.box
            else free_box(a.position or "center", p.aspect, element.box.w, element.box.h)
        )
    text_only = {"text", "color", "font", "uppercase", "size"}
    if not isinstance(element, TextElement) and set(changes) & text_only - {"color"}:
        raise BadRequest(f"{a.element!r} is not text: only its colour, position or box can change")
    if not changes:
        raise BadRequest("nothing to change: give text, color, font, uppercase, size, position or box")
    if a.color and isinstance(element, TextElement):
        worst = min(contrast(a.color, b) for b in behind(scene, element, p.theme.palette))
        needed = 3.0 if element.role == "cta" else needed_contrast(element)
        if worst < needed:
            raise BadRequest(
                f"{a.color} would be unreadable there (contrast {worst:.1f}:1 against the "
                f"background, at least {needed:.1f}:1 is needed)"
            )
    p = edit.update_element(p, scene.id, a.element, **changes)
    legacy = scene.template is None and scene.layout is not None
    if "box" in changes and legacy and a.element in (*SLOTS, "image"):
        p = edit.update_scene(p, scene.id, layout=None)  # out of its slot layout: placed by hand
    by_hand = tuple(k for k in changes if k != "text")
    marked = [noted(s, element=a.element, fields=by_hand) if s.id == scene.id else s for s in p.scenes]
    return edit.with_scenes(p, marked), f"updated {a.element!r} in scene {a.scene}: {', '.join(changes)}"


class RemoveElement(Args):
    """Remove an element (by id) from some scenes, or from every scene that has it."""

    element: str = Field(min_length=1, max_length=40)
    scenes: list[SceneNo] | None = Field(None, description="scene numbers; default: every scene")


@tool(RemoveElement)
def remove_element(project: Project | None, a: RemoveElement, env: Env) -> tuple[Project, str]:
    p = need(project)
    targets = [s for s in picked(p, a.scenes) if any(e.id == a.element for e in s.elements)]
    if not targets:
        raise BadRequest(f"no scene has an element {a.element!r}")
    for scene in targets:
        p = edit.set_elements(p, scene.id, [e for e in scene.elements if e.id != a.element])
    ids = {s.id for s in targets}
    p = edit.with_scenes(p, [noted(s, removed=a.element) if s.id in ids else s for s in p.scenes])
    return p, f"removed {a.element!r} from {scenes_word(len(targets), len(p.scenes))}"


class AddLogo(Args):
    """Place a logo (an attached image) in a corner of some scenes or of every scene; it replaces
    any logo already there."""

    asset: str
    corner: Corner = "top-right"
    scenes: list[SceneNo] | None = Field(None, description="scene numbers; default: every scene")
    height: float = Field(0.075, ge=0.03, le=0.2, description="logo height, a fraction of the frame height")


@tool(AddLogo)
def add_logo(project: Project | None, a: AddLogo, env: Env) -> tuple[Project, str]:
    p = need(project)
    info = asset_of(env, a.asset, "image")
    box = logo_box(a.corner, p.aspect, info.ratio, a.height)
    targets = picked(p, a.scenes)
    for scene in targets:
        logo = LogoElement(
            id="logo",
            box=box,
            asset=a.asset,
            enter=entrance(look_of(p), 0.2, "fade"),
        )
        p = edit.set_elements(p, scene.id, [*(e for e in scene.elements if e.id != "logo"), logo])
    ids = {s.id for s in targets}
    p = edit.with_scenes(p, [noted(s, added="logo") if s.id in ids else s for s in p.scenes])
    return p, f"logo in the {a.corner} corner of {scenes_word(len(targets), len(p.scenes))}"
