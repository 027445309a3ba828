"""The design system the directors fill: looks, scene templates, copy fitting and reading time.

from ozor.design import LOOKS, TEMPLATES, compose, look, reading_time

scene = compose("hero", {"headline": "Meet Fieldnote"}, look("dark", accent="#22C55E"), "9:16", 4.0)
project = Project(theme=look("dark").theme, aspect="9:16", scenes=[scene])
"""

from __future__ import annotations

from ozor.design.compose import compose
from ozor.design.fitting import CopyTooLong
from ozor.design.looks import LOOK_NAMES, LOOKS, Look, look
from ozor.design.reading import reading_time
from ozor.design.slots import Slot
from ozor.design.templates import TEMPLATES, Template

__all__ = [
    "LOOKS",
    "LOOK_NAMES",
    "TEMPLATES",
    "CopyTooLong",
    "Look",
    "Slot",
    "Template",
    "compose",
    "look",
    "reading_time",
]
