"""The graph's vocabulary of values: colours, fractions, seconds, boxes, theme, easing and motion.

Shared by every element module, so a director (rules or LLM) fills the same words everywhere:
fractions of the frame for geometry, seconds for time, camelCase on the wire.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from ozor.scene.fonts import FontFamily

Color = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$", examples=["#2F6FEB"])]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Seconds = Annotated[float, Field(ge=0.0, le=3600.0)]
AssetRef = Annotated[str, Field(min_length=1, max_length=500)]
Aspect = Literal["16:9", "9:16"]
Mood = Literal["calm", "upbeat", "corporate", "dramatic", "none"]
Side = Literal["left", "right", "up", "down"]
# ease_out_back overshoots by ~10 % and settles: the snappy ease of bold and playful looks.
Easing = Literal[
    "ease_out_cubic", "ease_out_expo", "ease_in_cubic", "ease_in_out_cubic", "linear", "ease_out_back"
]
# create_scene's layouts: which design template composes free-form copy (agent/tools/layouts.py);
# a scene stored before templates is arranged by its layout (agent/layout.py).
SceneLayout = Literal["title", "statement", "split", "media", "stat", "quote", "cta"]
Label = Annotated[str, Field(max_length=60)]


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


class Keyframe(Node):
    """The element's pose at `at` seconds after its start; between keyframes it eases by `easing`.

    x and y are offsets from the box (fractions of the frame's width and height), rotation is in
    degrees (clockwise), scale and opacity multiply the element's own.
    """

    at: Seconds
    x: Annotated[float, Field(ge=-1.0, le=1.0)] = 0.0
    y: Annotated[float, Field(ge=-1.0, le=1.0)] = 0.0
    scale: Annotated[float, Field(ge=0.05, le=5.0)] = 1.0
    rotation: Annotated[float, Field(ge=-720.0, le=720.0)] = 0.0
    opacity: Fraction = 1.0
    easing: Easing = "ease_in_out_cubic"  # how the move *into* this keyframe goes


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
    keyframes: Annotated[list[Keyframe], Field(max_length=24)] = []

    @model_validator(mode="after")
    def _keyframes_in_order(self) -> ElementBase:
        times = [k.at for k in self.keyframes]
        if times != sorted(times):
            raise ValueError("keyframes must be in time order")
        return self


class NumberFormat(Node):
    """How a number reads: "$650,000", "40 %", "1.5k users"."""

    prefix: Annotated[str, Field(max_length=8)] = ""
    suffix: Annotated[str, Field(max_length=16)] = ""
    decimals: Annotated[int, Field(ge=0, le=4)] = 0
    separator: Literal[",", ".", " ", "'", ""] = ","  # thousands
    decimal_mark: Literal[".", ","] = "."

    @model_validator(mode="after")
    def _distinct_marks(self) -> NumberFormat:
        if self.separator == self.decimal_mark:
            raise ValueError("the thousands separator and the decimal mark must differ")
        return self

    def format(self, value: float) -> str:
        text = f"{abs(value):,.{self.decimals}f}"
        whole, _, frac = text.partition(".")
        whole = whole.replace(",", self.separator)
        sign = "-" if value < 0 and float(text.replace(",", "")) != 0 else ""
        return f"{sign}{self.prefix}{whole}{self.decimal_mark + frac if frac else ''}{self.suffix}"
