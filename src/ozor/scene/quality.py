"""Export qualities: the spec's three names and the 16:9 frame size of each (9:16 swaps them)."""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

Quality = Literal["720p", "1080p", "4k"]
QUALITIES: tuple[Quality, ...] = get_args(Quality)
SIZES: dict[Quality, tuple[int, int]] = {"720p": (1280, 720), "1080p": (1920, 1080), "4k": (3840, 2160)}


def is_quality(value: str) -> TypeGuard[Quality]:
    return value in QUALITIES
