"""Elements that show content: text (kinetic, with emphasis), images and video, shapes, logos, icons."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from ozor.scene.base import AssetRef, Color, ElementBase, KenBurns, Node, Seconds
from ozor.scene.fonts import FontFamily


class TextReveal(Node):
    """Kinetic type: the text comes in unit by unit (word, line or character), `stagger` seconds apart."""

    by: Literal["word", "line", "character"] = "word"
    style: Literal["rise", "wipe", "punch", "fade", "typewriter"] = "rise"
    stagger: Annotated[float, Field(ge=0.0, le=0.5)] = 0.06
    duration: Annotated[float, Field(ge=0.05, le=3.0)] = 0.5  # of each unit
    delay: Annotated[float, Field(ge=0.0, le=60.0)] = 0.0  # after the element's start


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
    reveal: TextReveal | None = None
    # Words or phrases to emphasise (matched case-insensitively), in the theme's accent.
    emphasis: Annotated[list[Annotated[str, Field(min_length=1, max_length=60)]], Field(max_length=8)] = []
    emphasis_style: Literal["color", "underline", "marker", "box"] = "color"


ImageMask = Literal["none", "rounded", "circle", "blob"]


class ImageElement(ElementBase):
    type: Literal["image"] = "image"
    asset: AssetRef
    fit: Literal["cover", "contain"] = "cover"
    corner_radius: Annotated[float, Field(ge=0.0, le=0.5)] = 0.0  # a fraction of the box's shorter side
    shadow: bool = False  # on a cut-out (a PNG with alpha) the shadow follows its outline
    ken_burns: KenBurns | None = None
    mask: ImageMask = "none"  # rounded uses corner_radius (0.08 when it is 0)
    device: Literal["none", "phone", "laptop"] = "none"  # a device frame drawn around the picture
    tint: Color | None = None  # a colour wash (its alpha is the strength; #RRGGBB means 45 %)
    duotone: Annotated[list[Color], Field(min_length=2, max_length=2)] | None = None  # shadows, highlights


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


class IconElement(ElementBase):
    """A catalogue icon (ozor.icons), drawn as vectors at the output size: crisp at any resolution."""

    type: Literal["icon"] = "icon"
    name: Annotated[str, Field(min_length=1, max_length=60)]
    color: Color | None = None  # None: the accent (or the background's contrast colour on a tile)
    background: Literal["none", "disc", "tile"] = "none"
    background_color: Color | None = None  # None: the accent, lightly (a tinted disc or tile)
    stroke_width: Annotated[float, Field(ge=0.5, le=4.0)] = 2.0  # in the icon's 24-unit grid

    @field_validator("name")
    @classmethod
    def _known(cls, name: str) -> str:
        from ozor.icons import catalog

        if not catalog.exists(name):
            near = ", ".join(catalog.search(name)[:5]) or "none"
            raise ValueError(f"unknown icon {name!r} (close: {near})")
        return name
