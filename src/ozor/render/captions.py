"""Burned-in captions: the narration split into short phrases, timed by their share of the speech."""

from __future__ import annotations

import re

from ozor.scene.models import Aspect, Box, Scene, TextElement

MAX_CHARS = 70  # two lines of about 35 characters
CAPTION_SIZE = 0.042  # of the base side: about 35 characters fill the 9:16 caption box
CAPTION_BOX = {"16:9": Box(x=0.1, y=0.80, w=0.8, h=0.14), "9:16": Box(x=0.08, y=0.62, w=0.74, h=0.11)}


def phrases(text: str) -> list[str]:
    """Split at sentence and clause ends first, then by words, into captions of at most MAX_CHARS."""
    out: list[str] = []
    for clause in re.split(r"(?<=[.!?;:,])\s+", " ".join(text.split())):
        current = ""
        for word in clause.split():
            if current and len(current) + 1 + len(word) > MAX_CHARS:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        if current:
            out.append(current)
    # Merge fragments too short to read on their own into their neighbour.
    merged: list[str] = []
    for p in out:
        if merged and (len(p) < 16 or len(merged[-1]) < 16) and len(merged[-1]) + 1 + len(p) <= MAX_CHARS:
            merged[-1] = f"{merged[-1]} {p}"
        else:
            merged.append(p)
    return merged


def caption_elements(scene: Scene, aspect: Aspect) -> list[TextElement]:
    """Caption text elements for a narrated scene, timed across its narration."""
    narration = scene.narration
    if narration is None or not narration.text.strip():
        return []
    parts = phrases(narration.text)
    start = min(narration.lead_in, scene.duration * 0.5)
    speech = narration.audio_duration or max(0.5, scene.duration - start - 0.3)
    speech = min(speech, scene.duration - start)
    total = sum(len(p) for p in parts)
    out, t = [], start
    for i, text in enumerate(parts):
        length = speech * len(text) / total
        end = scene.duration if i == len(parts) - 1 else t + length
        out.append(
            TextElement(
                id=f"caption-{i}",
                box=CAPTION_BOX[aspect],
                text=text,
                role="caption",
                start=t,
                end=end,
                color="#FFFFFF",
                background="#000000B0",
                weight=600,
                size=CAPTION_SIZE,
            )
        )
        t += length
    return out
