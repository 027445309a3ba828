"""The scene graph: frozen, JSON-serialisable, versioned models (camelCase on the wire).

Positions and sizes are fractions of the frame, so one project renders at any resolution.
Times are seconds. A scene's transition is into the *next* scene and overlaps the two scenes
(see timing.py). Assets are referenced by a string: a stored asset id (`asset_…`), or, for
local renders, a file path relative to the project file.
"""

from __future__ import annotations

import functools
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

SCHEMA_VERSION: Literal[1] = 1

Color = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$", examples=["#2F6FEB"])]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Seconds = Annotated[float, Field(ge=0.0, le=3600.0)]
AssetRef = Annotated[str, Field(min_length=1, max_length=500)]
Aspect = Literal["16:9", "9:16"]
FontFamily = Literal["Inter", "Noto Sans", "Noto Serif", "Playfair Display"]
Mood = Literal["calm", "upbeat", "corporate", "dramatic", "none"]
Side = Literal["left", "right", "up", "down"]
Easing = Literal["ease_out_cubic", "ease_out_expo", "ease_in_cubic", "ease_in_out_cubic", "linear"]
# Named arrangements the agent places a scene's slot elements by (agent/layout.py).
SceneLayout = Literal["title", "statement", "split", "media", "stat", "quote", "cta"]


class Node(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=to_camel, populate_by_name=True, validate_default=True
    )


class Box(Node):
    """A rectangle in frame fractions: (x, y) is its top-left corner."""

    x: Fraction
    y: Fraction
    w: Annotated[float, Field(gt=0.0, le=1.0)]
    h: Annotated[float, Field(gt=0.0, le=1.0)]

    @model_validator(mode="after")
    def _inside_frame(self) -> Box:
        if self.x + self.w > 1.0001 or self.y + self.h > 1.0001:
            raise ValueError("the box must lie inside the frame (x + w <= 1, y + h <= 1)")
        return self


class Palette(Node):
    background: Color = "#FFFFFF"
    surface: Color = "#F3F6FA"
    text: Color = "#0F172A"
    accent: Color = "#0EA5E9"
    muted: Color = "#475569"


class Theme(Node):
    palette: Palette = Palette()
    heading_font: FontFamily = "Inter"
    body_font: FontFamily = "Inter"
    style: str | None = Field(default=None, max_length=40, description="The style word it was derived from.")


class Animation(Node):
    """An entrance or exit. `delay` counts from the element's start (enter) or is before its end (exit)."""

    kind: Literal["none", "fade", "slide", "scale", "pop", "wipe", "typewriter"] = "fade"
    direction: Side = "up"
    duration: Annotated[float, Field(ge=0.0, le=5.0)] = 0.45
    delay: Annotated[float, Field(ge=0.0, le=60.0)] = 0.0
    easing: Easing = "ease_out_cubic"
    distance: Annotated[float, Field(ge=0.0, le=1.0)] = 0.04  # slide distance, a fraction of the frame


class KenBurns(Node):
    """A slow zoom (and optional pan) over the whole scene: sub-pixel, linear."""

    zoom_from: Annotated[float, Field(ge=1.0, le=2.0)] = 1.0
    zoom_to: Annotated[float, Field(ge=1.0, le=2.0)] = 1.08
    pan_x: Annotated[float, Field(ge=-0.1, le=0.1)] = 0.0
    pan_y: Annotated[float, Field(ge=-0.1, le=0.1)] = 0.0


class ElementBase(Node):
    id: Annotated[str, Field(min_length=1, max_length=40)]
    box: Box
    start: Seconds = 0.0
    end: Seconds | None = None  # None: until the scene ends
    opacity: Fraction = 1.0
    enter: Animation | None = None
    exit: Animation | None = None


class TextElement(ElementBase):
    type: Literal["text"] = "text"
    text: Annotated[str, Field(min_length=1, max_length=600)]
    role: Literal["heading", "body", "caption", "cta"] = "body"
    align: Literal["left", "center", "right"] = "center"
    valign: Literal["top", "middle", "bottom"] = "middle"
    weight: Annotated[int, Field(ge=100, le=900)] | None = None  # None: the role's weight
    color: Color | None = None  # None: the theme's text colour (a CTA's pill uses the accent)
    font: FontFamily | None = None  # None: the theme's heading or body font
    size: Annotated[float, Field(gt=0.0, le=0.3)] | None = None  # font size as a fraction of frame height
    uppercase: bool = False
    background: Color | None = None  # a pill or box behind the text (CTAs)
    auto_fit: bool = True
    shadow: bool = False  # a soft drop shadow, for text over photos


class ImageElement(ElementBase):
    type: Literal["image"] = "image"
    asset: AssetRef
    fit: Literal["cover", "contain"] = "cover"
    corner_radius: Annotated[float, Field(ge=0.0, le=0.5)] = 0.0  # a fraction of the box's shorter side
    shadow: bool = False
    ken_burns: KenBurns | None = None


class VideoElement(ElementBase):
    type: Literal["video"] = "video"
    asset: AssetRef
    fit: Literal["cover", "contain"] = "cover"
    trim_start: Seconds = 0.0
    trim_end: Seconds | None = None
    muted: bool = True
    corner_radius: Annotated[float, Field(ge=0.0, le=0.5)] = 0.0


class ShapeElement(ElementBase):
    type: Literal["shape"] = "shape"
    shape: Literal["rectangle", "rounded", "ellipse", "line"] = "rectangle"
    color: Color | None = None  # None: the theme's accent
    corner_radius: Annotated[float, Field(ge=0.0, le=0.5)] = 0.15
    stroke_width: Annotated[float, Field(ge=0.0, le=0.1)] = 0.0  # 0: filled


class LogoElement(ElementBase):
    type: Literal["logo"] = "logo"
    asset: AssetRef


Element = Annotated[
    TextElement | ImageElement | VideoElement | ShapeElement | LogoElement, Field(discriminator="type")
]


class SolidBackground(Node):
    type: Literal["solid"] = "solid"
    color: Color | None = None  # None: the theme's background


class GradientBackground(Node):
    type: Literal["gradient"] = "gradient"
    kind: Literal["linear", "radial"] = "linear"
    colors: Annotated[list[Color], Field(min_length=2, max_length=4)]
    angle: Annotated[float, Field(ge=0.0, lt=360.0)] = 180.0  # degrees; 180: top to bottom


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


class Scene(Node):
    id: Annotated[str, Field(min_length=1, max_length=40)]
    title: Annotated[str, Field(max_length=200)] = ""
    duration: Annotated[float, Field(ge=0.5, le=600.0)] = 4.0
    background: Background = SolidBackground()
    elements: Annotated[list[Element], Field(max_length=60)] = []
    transition: Transition = Transition()
    narration: Narration | None = None
    layout: SceneLayout | None = None  # None: elements placed freely; else the agent re-arranges its slots

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

    schema_version: Literal[1] = SCHEMA_VERSION
    title: Annotated[str, Field(max_length=300)] = "Untitled video"
    aspect: Aspect = "16:9"
    theme: Theme = Theme()
    scenes: Annotated[list[Scene], Field(min_length=1, max_length=100)]
    audio: AudioSettings = AudioSettings()
    captions: bool = False  # burn the narration in as captions

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        ids = [s.id for s in self.scenes]
        if len(ids) != len(set(ids)):
            raise ValueError("scene ids must be unique")
        for before, after in zip(self.scenes, self.scenes[1:]):
            limit = min(before.duration, after.duration) / 2
            if before.transition.duration > limit + 1e-9:
                raise ValueError(
                    f"scene {before.id}: a transition may last at most half of either scene ({limit:.2f} s)"
                )
        return self

    def to_json(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


@functools.cache
def json_schema() -> dict:
    """The published JSON Schema of a project document (built once: it takes ~20 ms)."""
    return Project.model_json_schema(by_alias=True)
