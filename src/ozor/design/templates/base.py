"""What a template is: its slots and limits, its motion script, its safe areas and how it builds."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from ozor.design.kit import Stage
from ozor.design.slots import Slot
from ozor.scene.base import Aspect, Box

# Where a template's text may go (VISUAL.md): title-safe at 16:9, clear of the apps' chrome at 9:16.
SAFE: Final[dict[Aspect, Box]] = {
    "16:9": Box(x=0.05, y=0.05, w=0.9, h=0.9),
    "9:16": Box(x=0.06, y=0.14, w=0.76, h=0.62),
}


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    slots: tuple[Slot, ...]
    motion: str  # the motion script, in words: what enters when, what keeps moving
    build: Callable[[Stage], None]
    example: Mapping[str, object]  # a filled set of slots: for the director's prompt, tests and demos
    duration: tuple[float, float] = (3.0, 6.0)  # the range it is designed for, seconds

    @property
    def safe(self) -> dict[Aspect, Box]:
        return SAFE

    def describe(self) -> dict[str, object]:
        """The template as a director's tool lists it."""
        return {
            "name": self.name,
            "description": self.description,
            "slots": [s.describe() for s in self.slots],
            "motion": self.motion,
            "aspects": list(SAFE),
            "duration": list(self.duration),
            "example": dict(self.example),
        }
