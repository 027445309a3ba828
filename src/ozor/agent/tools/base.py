"""The tool framework: each tool is one arguments model (its docstring is the description the director
reads, its JSON schema the parameters) and one pure edit of the scene graph.

Scenes are addressed by their 1-based position ("scene 2"), elements by id (slot ids: kicker,
headline, body, stat, attribution, cta, image, logo). Scenes are composed by the design templates;
after every edit the slots of scenes stored before templates are re-arranged and unreadable text is
repaired, so no call can leave the project broken or illegible; a bad call raises ToolError, whose
message goes back to the director, and the project stays as it was.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema

from ozor.agent.colors import MODIFIERS, NAMED, parse_color
from ozor.agent.layout import arrange
from ozor.agent.pacing import within_limits
from ozor.agent.readability import readable
from ozor.errors import BadRequest
from ozor.scene.models import (
    Aspect,
    Background,
    GradientBackground,
    ImageBackground,
    KenBurns,
    Project,
    Scene,
    SolidBackground,
    Transition,
    VideoBackground,
)


class ToolError(Exception):
    """A call the director made that cannot be carried out; the message says why, for the director."""


@dataclass(frozen=True)
class Attachment:
    """A stored asset the director may place (an attachment of this turn, or one the project uses)."""

    ref: str
    kind: Literal["image", "video"]
    width: int | None = None
    height: int | None = None
    duration: float | None = None

    @property
    def ratio(self) -> float:
        return self.width / self.height if self.width and self.height else 1.0


@dataclass(frozen=True)
class Env:
    """What tools know besides the project: the aspect and title of a new video, and the assets."""

    aspect: Aspect = "16:9"
    title: str = "Untitled video"
    assets: Mapping[str, Attachment] = field(default_factory=dict)


def _color(value: Any) -> Any:
    if isinstance(value, str) and value and (found := parse_color(value)):
        return found
    return value


_NAMES = "|".join(sorted(NAMED, key=len, reverse=True))
Hex = Annotated[
    str,
    BeforeValidator(_color),
    Field(pattern=r"^#[0-9A-Fa-f]{6}$"),
    WithJsonSchema(
        {
            "type": "string",
            "description": "#RRGGBB, or a colour name such as 'navy' or 'dark green'",
            "pattern": rf"^(?:#[0-9A-Fa-f]{{6}}|(?:(?:{'|'.join(MODIFIERS)})[ -]+)?(?:{_NAMES}))$",
        }
    ),
]
SceneNo = Annotated[int, Field(ge=1, description="1-based scene position")]


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


def given(*names: str) -> dict[str, Any]:
    """A JSON Schema clause: every one of `names` is present (an optional argument left out is absent;
    the schema has no nulls, see `schema`)."""
    return {"required": list(names)}


def one_of(*names: str) -> dict[str, Any]:
    """Exactly one of `names` is present."""
    return {
        "oneOf": [{"required": [n], "not": {"anyOf": [given(o) for o in names if o != n]}} for n in names]
    }


def when(field: str, value: str, then: dict[str, Any]) -> dict[str, Any]:
    """`then` holds whenever `field` is `value`."""
    return {"if": {"properties": {field: {"const": value}}, "required": [field]}, "then": then}


def schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema as a director should read it: an optional argument is left out rather
    than sent as null, and the cross-field rules the tool checks are stated (json_schema_extra)."""
    out = model.model_json_schema()
    for node in [out, *out.get("$defs", {}).values()]:
        for prop in node.get("properties", {}).values():
            alternatives = prop.get("anyOf")
            if prop.get("default", 0) is None and alternatives:
                prop.pop("default")
                kept = [a for a in alternatives if a.get("type") != "null"]
                prop.pop("anyOf")
                prop.update(kept[0] if len(kept) == 1 else {"anyOf": kept})
    return out


class BackgroundSpec(Args):
    model_config = ConfigDict(json_schema_extra=one_of("color", "gradient", "image", "video"))

    color: Hex | None = None
    gradient: list[Hex] | None = Field(None, min_length=2, max_length=4)
    image: str | None = Field(None, description="asset id of an image (shown under a dark scrim)")
    video: str | None = Field(None, description="asset id of a clip (loops under a dark scrim)")
    scrim: float | None = Field(None, ge=0, le=0.9)


@dataclass(frozen=True)
class Tool:
    name: str
    args: type[Args]
    edit: Callable[[Project | None, Any, Env], tuple[Project, str]]

    @property
    def description(self) -> str:
        return inspect.cleandoc(self.args.__doc__ or "")

    def spec(self) -> dict[str, Any]:
        """The chat-completions tool declaration."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": schema(self.args),
            },
        }


TOOLS: dict[str, Tool] = {}


def tool(
    args: type[Args],
) -> Callable[[Callable[..., tuple[Project, str]]], Callable[..., tuple[Project, str]]]:
    def register(fn: Callable[..., tuple[Project, str]]) -> Callable[..., tuple[Project, str]]:
        TOOLS[fn.__name__] = Tool(fn.__name__, args, fn)
        return fn

    return register


def call(project: Project | None, name: str, args: Mapping[str, Any], env: Env) -> tuple[Project, str]:
    """Run one tool call: the new project and a one-line result; ToolError leaves `project` as it was."""
    entry = TOOLS.get(name)
    if entry is None:
        raise ToolError(f"There is no tool {name!r}; the tools are: {', '.join(TOOLS)}.")
    try:
        parsed = entry.args.model_validate(dict(args))
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(map(str, err['loc'])) or 'arguments'}: {err['msg']}" for err in e.errors()
        )
        raise ToolError(f"Invalid arguments for {name}: {problems}") from None
    try:
        new, result = entry.edit(project, parsed, env)
        return finish(new), result
    except (BadRequest, ValidationError, ValueError) as e:
        raise ToolError(f"{name} failed: {getattr(e, 'detail', None) or _first_error(e)}") from None


def _first_error(e: Exception) -> str:
    if isinstance(e, ValidationError):
        err = e.errors()[0]
        return f"{'.'.join(map(str, err['loc']))}: {err['msg']}"
    return str(e)


def finish(project: Project) -> Project:
    """Slots re-arranged for the aspect and fonts, transitions within half a scene, text readable."""
    scenes = within_limits([arrange(s, project.aspect, project.theme) for s in project.scenes])
    project = readable(project.model_copy(update={"scenes": scenes}))
    return Project.model_validate(project.model_dump())


# --- helpers ------------------------------------------------------------------------------
def need(project: Project | None) -> Project:
    if project is None:
        raise BadRequest("the video has no scenes yet: call create_scene first")
    return project


def at(project: Project, number: int) -> Scene:
    if not 1 <= number <= len(project.scenes):
        count = len(project.scenes)
        raise BadRequest(f"there is no scene {number}: the video has {count} scene{'s' * (count != 1)}")
    return project.scenes[number - 1]


def picked(project: Project, numbers: list[int] | None) -> list[Scene]:
    return list(project.scenes) if numbers is None else [at(project, n) for n in sorted(set(numbers))]


def scenes_word(n: int, total: int) -> str:
    if n == total and n > 1:
        return f"all {n} scenes"
    return "1 scene" if n == 1 else f"{n} scenes"


def asset_of(env: Env, ref: str, kind: str) -> Attachment:
    info = env.assets.get(ref)
    if info is None:
        raise BadRequest(f"unknown asset {ref!r}: use the id of an attached {kind}")
    if info.kind != kind:
        raise BadRequest(
            f"asset {ref} is a {info.kind}, not an {kind}"
            if kind == "image"
            else f"asset {ref} is an {info.kind}, not a {kind}"
        )
    return info


def backdrop_of(spec: BackgroundSpec, env: Env) -> Background:
    given = [k for k in ("color", "gradient", "image", "video") if getattr(spec, k)]
    if len(given) != 1:
        raise BadRequest("a background needs exactly one of color, gradient, image or video")
    if spec.image:
        asset_of(env, spec.image, "image")
    if spec.video:
        asset_of(env, spec.video, "video")
    scrim = 0.55 if spec.scrim is None else spec.scrim
    background: Background
    if spec.image:
        background = ImageBackground(
            asset=spec.image, ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.08), scrim=scrim
        )
    elif spec.video:
        background = VideoBackground(asset=spec.video, scrim=scrim)
    elif spec.gradient:
        background = GradientBackground(colors=spec.gradient, angle=160.0)
    else:
        background = SolidBackground(color=spec.color)
    return background


def transition_of(kind: str, seconds: float) -> Transition:
    """A transition of `kind` into the next scene (a cut takes no time)."""
    return Transition() if kind == "cut" else Transition(kind=kind, duration=seconds)  # type: ignore[arg-type]


def current_voice(project: Project | None) -> str | None:
    voices = (
        [s.narration.voice for s in project.scenes if s.narration and s.narration.voice] if project else []
    )
    return voices[0] if voices else None


def next_scene_id(project: Project | None) -> str:
    used = {s.id for s in project.scenes} if project else set()
    n = 1
    while f"s{n}" in used:
        n += 1
    return f"s{n}"


Short = Annotated[str, Field(min_length=1, max_length=40)]
