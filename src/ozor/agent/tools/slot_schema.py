"""JSON Schema for a design template's slots, so a director's `use_template` call states exactly what
each template requires: its slot names, which are required, their kinds and their length limits.
"""

from __future__ import annotations

from typing import Any

from ozor.design import TEMPLATES, Slot

NUMBER = {
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": r"^\s*[^\d\-+.]{0,8}?\s*[-+]?\d[\d,]*(?:\.\d+)?\s*.{0,16}?\s*$"},
    ],
    "description": "a number: 40, 12.5 or '$650,000', '40 %', '3.2x'",
}
TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}


def slot_schema(slot: Slot) -> dict[str, Any]:
    """One slot's value as JSON Schema."""
    out: dict[str, Any]
    if slot.kind == "text" and slot.choices:
        out = {"enum": list(slot.choices)}
    elif slot.kind == "text":
        out = {**TEXT, **({"maxLength": slot.max_chars} if slot.max_chars else {})}
    elif slot.kind == "icon":
        out = {**TEXT, "description": "an icon name or keyword, e.g. 'leaf', 'battery'"}
    elif slot.kind == "image":
        out = {**TEXT, "description": "the asset id of an attached image"}
    elif slot.kind == "number":
        out = dict(NUMBER)
    elif slot.kind == "list":
        item = {**TEXT, **({"maxLength": slot.max_chars} if slot.max_chars else {})}
        out = {"type": "array", "items": item, "minItems": slot.min_items}
    else:
        datum = {
            "type": "object",
            "properties": {"label": {"type": "string", "maxLength": 24}, "value": NUMBER},
            "required": ["label", "value"],
            "additionalProperties": False,
        }
        out = {"type": "array", "items": datum, "minItems": slot.min_items}
    if slot.kind in ("list", "data") and slot.max_items:
        out["maxItems"] = slot.max_items
    if slot.hint:
        out["description"] = slot.hint
    return out


def template_schema(name: str) -> dict[str, Any]:
    """The `slots` object one template accepts."""
    slots = TEMPLATES[name].slots
    return {
        "type": "object",
        "properties": {s.name: slot_schema(s) for s in slots},
        "required": [s.name for s in slots if s.required],
        "additionalProperties": False,
    }


def templates_clause() -> dict[str, Any]:
    """For a tool with `template` and `slots` arguments: one branch per template, each naming the
    slots that template takes."""
    return {
        "oneOf": [
            {"properties": {"template": {"const": name}, "slots": template_schema(name)}}
            for name in TEMPLATES
        ]
    }
