"""Slots that fit their template: the copy within each slot's limits at both aspects, measured by
composing the scene, and shortened at a phrase boundary only when it must be (the narration still
says the fact in full, so what is cut from the screen is not lost from the video).
"""

from __future__ import annotations

import re
from typing import Any

from ozor.design import TEMPLATES, compose

ASPECTS = ("16:9", "9:16")
BREAKS = re.compile(
    r"\s*(?:[,;:–—(]|\s-\s|\b(?:with|and|for|that|which|con|y|para|que|mit|und|für|die|der)\b)\s*"
)
SLOT_IN_ERROR = re.compile(r"slot '([^']+)'")
TRIES = 12


def shortened(text: str, limit: int) -> str:
    """`text` within `limit` characters: cut at the last phrase break that fits, else at a word."""
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in BREAKS.finditer(text) if 0 < m.start() <= limit]
    if cuts and cuts[-1] >= limit // 3:
        return text[: cuts[-1]].rstrip(" ,;:–—-")
    words = text[: limit + 1].split()
    kept = " ".join(words[:-1]) if len(text) > limit else text
    return (kept or text[:limit]).rstrip(" ,;:–—-")


def within_limits(template: str, slots: dict[str, Any]) -> dict[str, Any]:
    """The slots the template declares, each within its declared characters and items."""
    spec = {s.name: s for s in TEMPLATES[template].slots}
    out: dict[str, Any] = {}
    for name, value in slots.items():
        slot = spec.get(name)
        if slot is None or value in (None, "", []):
            continue
        if isinstance(value, str) and slot.kind == "text" and slot.max_chars:
            value = shortened(value, slot.max_chars)
        elif isinstance(value, list) and slot.kind == "list":
            value = value[: slot.max_items or None]
            if slot.max_chars:
                value = [shortened(str(v), slot.max_chars) for v in value]
        elif isinstance(value, list) and slot.max_items:
            value = value[: slot.max_items]
        out[name] = value
    return out


def fitted_slots(template: str, given: dict[str, Any], look: str) -> dict[str, Any]:
    """The slots, composed at both aspects and shortened until they fit (the scene may later be
    switched to the other aspect, so it must fit there too)."""
    slots = within_limits(template, given)
    problem: str | None = None
    for _ in range(TRIES):
        problem = _misfit(template, slots, look)
        if problem is None:
            return slots
        name = problem
        value = slots.get(name)
        if isinstance(value, str) and len(value.split()) > 1:
            slots[name] = shortened(value, len(value) - len(value.split()[-1]) - 1)
        elif isinstance(value, list) and value:
            longest = max(range(len(value)), key=lambda i: len(str(value[i])))
            item = str(value[longest])
            if len(item.split()) > 1:
                value[longest] = shortened(item, len(item) - len(item.split()[-1]) - 1)
            elif len(value) > 1:
                value.pop()
            else:
                break
        elif name in slots and not _required(template, name):
            del slots[name]
        else:
            break
    raise ValueError(f"{template}: the copy does not fit ({problem}): {slots}")


def _misfit(template: str, slots: dict[str, Any], look: str) -> str | None:
    """The slot that does not fit at one of the aspects, or None."""
    for aspect in ASPECTS:
        try:
            compose(template, slots, look, aspect, 5.0)  # type: ignore[arg-type]
        except ValueError as e:
            found = SLOT_IN_ERROR.search(str(e))
            return found.group(1) if found else str(e)
    return None


def _required(template: str, name: str) -> bool:
    return any(s.name == name and s.required for s in TEMPLATES[template].slots)
