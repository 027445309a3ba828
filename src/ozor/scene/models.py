"""The scene graph: frozen, JSON-serialisable, versioned models (camelCase on the wire).

Positions and sizes are fractions of the frame, so one project renders at any resolution.
Times are seconds. A scene's transition is into the *next* scene and overlaps the two scenes
(see timing.py). Assets are referenced by a string: a stored asset id (`asset_…`), or, for
local renders, a file path relative to the project file. Version 2 added icons, data elements,
kinetic text, keyframes, motifs, animated backgrounds and image treatments; version-1 documents
are migrated as they are read (migrate.py).
"""

from __future__ import annotations

import functools
import itertools
from typing import Annotated, Any, Literal

from pydantic import Field, JsonValue, model_validator

from ozor.scene.base import (
    Animation,
    Aspect,
    AssetRef,
    Box,
    Color,
    Easing,
    ElementBase,
    Fraction,
    KenBurns,
    Keyframe,
    Mood,
    Node,
    NumberFormat,
    Palette,
    SceneLayout,
    Seconds,
    Side,
    Theme,
)
from ozor.scene.data import (
    BarChartElement,
    ComparisonElement,
    CounterElement,
    Datum,
    DonutElement,
    LineChartElement,
    ListElement,
)
from ozor.scene.decor import LowerThirdElement, MotifElement, ProgressElement, StingElement
from ozor.scene.elements import (
    IconElement,
    ImageElement,
    LogoElement,
    ShapeElement,
    TextElement,
    TextReveal,
    VideoElement,
)
from ozor.scene.fonts import FontFamily
from ozor.scene.migrate import SCHEMA_VERSION, migrate

__all__ = [
    "SCHEMA_VERSION",
    "Animation",
    "Aspect",
    "AssetRef",
    "AudioSettings",
    "Background",
    "BarChartElement",
    "Box",
    "Color",
    "ComparisonElement",
    "CounterElement",
    "Datum",
    "DonutElement",
    "Easing",
    "Element",
    "ElementBase",
    "FontFamily",
    "Fraction",
    "GradientBackground",
    "IconElement",
    "ImageBackground",
    "ImageElement",
    "KenBurns",
    "Keyframe",
    "LineChartElement",
    "ListElement",
    "LogoElement",
    "LowerThirdElement",
    "Mood",
    "MotifElement",
    "Narration",
    "Node",
    "NumberFormat",
    "Palette",
    "ProgressElement",
    "Project",
    "Scene",
    "SceneLayout",
    "Seconds",
    "ShapeElement",
    "Side",
    "SolidBackground",
    "StingElement",
    "TextElement",
    "TextReveal",
    "Theme",
    "Transition",
    "VideoBackground",
    "VideoElement",
    "json_schema",
]

Element = Annotated[
    TextElement
    | ImageElement
    | VideoElement
    | ShapeElement
    | LogoElement
    | IconElement
    | CounterElement
    | BarChartElement
    | LineChartElement
    | DonutElement
    | ComparisonElement
    | ListElement
    | MotifElement
    | LowerThirdElement
    | ProgressElement
    | StingElement,
    Field(discriminator="type"),
]


class SolidBackground(Node):
    type: Literal["solid"] = "solid"
    color: Color | None = None  # None: the theme's background


class GradientBackground(Node):
    type: Literal["gradient"] = "gradient"
    kind: Literal["linear", "radial"] = "linear"
    colors: Annotated[list[Color], Field(min_length=2, max_length=4)]
    angle: Annotated[float, Field(ge=0.0, lt=360.0)] = 180.0  # degrees; 180: top to bottom
    # How far the gradient's light wanders, in fractions of the frame per second (0.01–0.03: subtle).
    drift: Annotated[float, Field(ge=0.0, le=0.1)] = 0.0


class ImageBackground(Node):
    type: Literal["image"] = "image"
    asset: AssetRef
    fit: Literal["cover", "contain"] = "cover"
    ken_burns: KenBurns | None = KenBurns()
    scrim: Annotated[float, Field(ge=0.0, le=0.9)] = 0.0  # darkening under text, 0..0.9


class VideoBackground(Node):
    type: Literal["video"] = "video"
    asset: AssetRef
    trim_start: Seconds = 0.0
    trim_end: Seconds | None = None
    loop: bool = True
    muted: bool = True
    scrim: Annotated[float, Field(ge=0.0, le=0.9)] = 0.0


Background = Annotated[
    SolidBackground | GradientBackground | ImageBackground | VideoBackground, Field(discriminator="type")
]


class Transition(Node):
    """How this scene hands over to the next one; it overlaps the two by `duration`."""

    kind: Literal["cut", "crossfade", "slide", "wipe"] = "cut"
    duration: Annotated[float, Field(ge=0.0, le=2.0)] = 0.0
    direction: Side = "left"

    @model_validator(mode="after")
    def _cut_is_instant(self) -> Transition:
        if self.kind == "cut" and self.duration:
            raise ValueError("a cut has no duration")
        return self


class Narration(Node):
    text: Annotated[str, Field(max_length=4000)] = ""
    voice: str | None = None  # a voice id of the catalog (aria, nova, …)
    audio: AssetRef | None = None  # the synthesised narration, once voiced
    audio_duration: Seconds | None = None
    lead_in: Annotated[float, Field(ge=0.0, le=2.0)] = 0.3  # silence before the first word
    rate: Annotated[float, Field(ge=0.5, le=2.0)] = 1.0  # speaking rate: 0.85 slower, 1.15 faster


HandField = Literal["color", "size", "box", "font", "uppercase"]


class TemplateEdits(Node):
    """What was changed by hand on a composed scene, so composing it again (another look, aspect or
    copy) keeps it: the values stay on the scene's own elements and background; this says which."""

    fields: dict[str, list[HandField]] = {}  # element id → the fields set by hand
    added: list[str] = []  # elements added by hand (a logo, a shape, a caption): carried over
    removed: list[str] = []  # template elements removed by hand: left out
    background: bool = False  # the background was chosen by hand


class SceneTemplate(Node):
    """The design template a scene was composed from, and the copy and data of its slots: kept so a
    later edit (new text, another look or aspect) can compose the scene again instead of patching it."""

    name: Annotated[str, Field(min_length=1, max_length=60)]
    slots: dict[str, JsonValue] = {}
    edits: TemplateEdits = TemplateEdits()


class Scene(Node):
    id: Annotated[str, Field(min_length=1, max_length=40)]
    title: Annotated[str, Field(max_length=200)] = ""
    duration: Annotated[float, Field(ge=0.5, le=600.0)] = 4.0
    background: Background = SolidBackground()
    elements: Annotated[list[Element], Field(max_length=60)] = []
    transition: Transition = Transition()
    narration: Narration | None = None
    # The create_scene arrangement asked for: composed by a template when `template` is set; a scene
    # stored before templates has only this, and the agent re-arranges its slots (agent/layout.py).
    layout: SceneLayout | None = None
    grain: Annotated[float, Field(ge=0.0, le=0.2)] = (
        0.0  # film grain over the whole frame (0.03–0.06: subtle)
    )
    template: SceneTemplate | None = None  # None: built element by element, not from a template

    @model_validator(mode="after")
    def _unique_element_ids(self) -> Scene:
        seen = [e.id for e in self.elements]
        if len(seen) != len(set(seen)):
            raise ValueError("element ids must be unique within a scene")
        return self


class AudioSettings(Node):
    music: Mood = "none"
    music_volume: Fraction = 0.5
    master_volume: Fraction = 1.0


class Project(Node):
    """A whole video: what the agent edits and the renderer draws."""

    schema_version: Literal[2] = SCHEMA_VERSION
    title: Annotated[str, Field(max_length=300)] = "Untitled video"
    aspect: Aspect = "16:9"
    theme: Theme = Theme()
    scenes: Annotated[list[Scene], Field(min_length=1, max_length=100)]
    audio: AudioSettings = AudioSettings()
    captions: bool = False  # burn the narration in as captions

    @model_validator(mode="before")
    @classmethod
    def _migrated(cls, data: Any) -> Any:
        return migrate(data)

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        ids = [s.id for s in self.scenes]
        if len(ids) != len(set(ids)):
            raise ValueError("scene ids must be unique")
        for before, after in itertools.pairwise(self.scenes):
            limit = min(before.duration, after.duration) / 2
            if before.transition.duration > limit + 1e-9:
                raise ValueError(
                    f"scene {before.id}: a transition may last at most half of either scene ({limit:.2f} s)"
                )
        return self

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


@functools.cache
def json_schema() -> dict[str, Any]:
    """The published JSON Schema of a project document (built once: it takes ~20 ms)."""
    return Project.model_json_schema(by_alias=True)
