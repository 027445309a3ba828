"""Data elements: numbers that count, charts that grow, lists that step in, all from data in the element."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ozor.scene.base import Color, Easing, ElementBase, Label, Node, NumberFormat
from ozor.scene.fonts import FontFamily

Delay = Annotated[float, Field(ge=0.0, le=60.0)]
Build = Annotated[float, Field(ge=0.1, le=10.0)]  # how long the element takes to animate in


class Datum(Node):
    label: Label = ""
    value: float
    color: Color | None = None  # None: the accent (or the palette's muted tone for secondary data)


class CounterElement(ElementBase):
    """A number that counts from `fromValue` to `value` (ease-out), e.g. "$0 → $650,000"."""

    type: Literal["counter"] = "counter"
    value: float
    from_value: float = 0.0
    format: NumberFormat = NumberFormat()
    duration: Build = 1.2
    delay: Delay = 0.0
    easing: Easing = "ease_out_expo"
    color: Color | None = None  # None: the accent
    font: FontFamily | None = None  # None: the theme's heading font
    weight: Annotated[int, Field(ge=100, le=900)] = 800
    align: Literal["left", "center", "right"] = "center"


class BarChartElement(ElementBase):
    """Vertical bars that grow from the baseline one after another, labelled below, valued above."""

    type: Literal["barChart"] = "barChart"
    data: Annotated[list[Datum], Field(min_length=1, max_length=12)]
    format: NumberFormat = NumberFormat()
    show_values: bool = True
    highlight: Annotated[
        int, Field(ge=-1, le=11)
    ] = -1  # this bar in the accent, the rest muted; -1: all accent
    duration: Build = 0.9  # of each bar
    stagger: Annotated[float, Field(ge=0.0, le=1.0)] = 0.12
    delay: Delay = 0.0


class LineChartElement(ElementBase):
    """A line through the values that draws itself on left to right, with a soft area under it."""

    type: Literal["lineChart"] = "lineChart"
    data: Annotated[list[Datum], Field(min_length=2, max_length=60)]
    format: NumberFormat = NumberFormat()
    color: Color | None = None
    area: bool = True
    show_last_value: bool = True
    duration: Build = 1.5
    delay: Delay = 0.0


class DonutElement(ElementBase):
    """A ring that sweeps to `value` of `total`, the number counting in its middle (a progress ring)."""

    type: Literal["donut"] = "donut"
    value: float
    total: Annotated[float, Field(gt=0.0)] = 100.0
    format: NumberFormat = NumberFormat(suffix="%")
    label: Label = ""  # under the number, inside the ring
    color: Color | None = None
    thickness: Annotated[float, Field(ge=0.03, le=0.5)] = 0.14  # of the diameter
    duration: Build = 1.3
    delay: Delay = 0.0

    @model_validator(mode="after")
    def _within_total(self) -> DonutElement:
        if not 0 <= self.value <= self.total:
            raise ValueError("value must lie between 0 and total")
        return self


class ComparisonElement(ElementBase):
    """A versus B as two labelled bars growing side by side; B (the hero) in the accent."""

    type: Literal["comparison"] = "comparison"
    a: Datum
    b: Datum
    format: NumberFormat = NumberFormat()
    duration: Build = 1.1
    delay: Delay = 0.0


class ListElement(ElementBase):
    """Bullets, numbered steps or checks with badges, stepping in one by one."""

    type: Literal["list"] = "list"
    items: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=140)]], Field(min_length=1, max_length=8)
    ]
    marker: Literal["bullet", "number", "check"] = "number"
    color: Color | None = None  # text; None: the theme's text colour (badges use the accent)
    stagger: Annotated[float, Field(ge=0.0, le=2.0)] = 0.15
    duration: Annotated[float, Field(ge=0.05, le=3.0)] = 0.45  # of each item
    delay: Delay = 0.0
