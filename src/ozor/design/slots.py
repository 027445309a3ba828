"""A template's slots: what a director fills (copy, icon, image, number, list, data) and its limits.

Values arrive from rules or from an LLM's tool call as plain JSON, so each kind is checked and
normalised here, and every refusal names the slot and says what would be accepted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ozor.icons import catalog
from ozor.scene.base import NumberFormat

SlotKind = Literal["text", "icon", "image", "number", "list", "data"]


@dataclass(frozen=True)
class Slot:
    name: str
    kind: SlotKind
    required: bool = True
    max_chars: int = 0  # text: the whole copy; list: each item (0: no limit beyond the box)
    max_items: int = 0  # list and data
    min_items: int = 1
    hint: str = ""  # what goes here, for the director
    choices: tuple[str, ...] = ()  # text: the only values the template knows, when it is a choice

    def describe(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "kind": self.kind, "required": self.required}
        if self.max_chars:
            out["maxChars"] = self.max_chars
        if self.max_items:
            out["maxItems"] = self.max_items
        if self.hint:
            out["hint"] = self.hint
        if self.choices:
            out["choices"] = list(self.choices)
        return out


@dataclass(frozen=True)
class Number:
    """A number as it reads: "$650,000" is 650000 with prefix "$"."""

    value: float
    format: NumberFormat


@dataclass(frozen=True)
class Datum:
    label: str
    value: float


SlotValue = str | Number | list[str] | list[Datum]
NUMBER = re.compile(r"^\s*([^\d\-+.]{0,8}?)\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(.{0,16}?)\s*$")


def number(raw: object) -> Number:
    """A number from 40, 12.5 or a string such as "$650,000", "40 %", "3.2x", "1,200 users"."""
    if isinstance(raw, bool):
        raise ValueError("expected a number")
    if isinstance(raw, int | float):
        value = float(raw)
        decimals = 0 if value == int(value) else min(4, len(repr(raw).split(".")[-1]))
        return Number(value, NumberFormat(decimals=decimals))
    if isinstance(raw, str):
        match = NUMBER.match(raw)
        if match:
            prefix, digits, suffix = match.groups()
            plain = digits.replace(",", "")
            decimals = len(plain.split(".")[1]) if "." in plain else 0
            if suffix and suffix[0] not in " %":
                suffix = suffix if suffix[0].isalpha() and len(suffix) <= 2 else " " + suffix
            return Number(float(plain), NumberFormat(prefix=prefix, suffix=suffix, decimals=min(4, decimals)))
    raise ValueError(f"expected a number such as 40, 12.5 or '$650,000', not {raw!r}")


def icon(raw: object) -> str:
    """An icon by its catalogue name or by a keyword ("battery", "leaf"): the best match."""
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected an icon name or keyword")
    word = raw.strip().lower()
    if catalog.exists(word):
        return word
    found = catalog.search(word)
    if not found:
        raise ValueError(f"no icon matches {raw!r}")
    return found[0]


def data(raw: object, slot: Slot) -> list[Datum]:
    """Labelled values: [{"label": "2023", "value": 40}, …] or [["2023", 40], …]."""
    if not isinstance(raw, list):
        raise ValueError('expected a list of {"label": …, "value": …}')
    out: list[Datum] = []
    for item in raw:
        if isinstance(item, Mapping):
            label, value = item.get("label", ""), item.get("value")
        elif isinstance(item, list | tuple) and len(item) == 2:
            label, value = item
        else:
            raise ValueError('each datum is {"label": …, "value": …}')
        if not isinstance(label, str) or len(label) > 24:
            raise ValueError("a datum's label is text of at most 24 characters")
        out.append(Datum(label, number(value).value))
    return out


def text(raw: object, slot: Slot) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected non-empty text")
    value = " ".join(raw.split())
    if slot.choices and value not in slot.choices:
        raise ValueError(f"is {' or '.join(slot.choices)}, not {value!r}")
    if slot.max_chars and len(value) > slot.max_chars:
        raise ValueError(f"is {len(value)} characters; at most {slot.max_chars} fit the design")
    return value


def items(raw: object, slot: Slot) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(i, str) and i.strip() for i in raw):
        raise ValueError("expected a list of non-empty strings")
    out = [" ".join(i.split()) for i in raw]
    for i, item in enumerate(out, 1):
        if slot.max_chars and len(item) > slot.max_chars:
            raise ValueError(f"item {i} is {len(item)} characters; at most {slot.max_chars} fit")
    return out


def checked(slot: Slot, raw: object) -> SlotValue:
    """The slot's value, normalised; ValueError (without the slot's name) when it is not acceptable."""
    if slot.kind == "text":
        return text(raw, slot)
    if slot.kind == "icon":
        return icon(raw)
    if slot.kind == "image":
        if not isinstance(raw, str) or not raw.strip():
            raise ValueError("expected an asset id or a file path")
        return raw.strip()
    if slot.kind == "number":
        return number(raw)
    values: list[str] | list[Datum] = items(raw, slot) if slot.kind == "list" else data(raw, slot)
    if len(values) < slot.min_items or (slot.max_items and len(values) > slot.max_items):
        raise ValueError(f"has {len(values)} entries; {slot.min_items}–{slot.max_items or 'any'} fit")
    return values


def fill(slots: tuple[Slot, ...], values: Mapping[str, object], template: str) -> dict[str, SlotValue]:
    """Every slot's checked value (missing optional ones left out); a ValueError names the slot."""
    known = {s.name for s in slots}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(
            f"template {template!r} has no slot {unknown[0]!r}; its slots: {', '.join(sorted(known))}"
        )
    out: dict[str, SlotValue] = {}
    for slot in slots:
        raw = values.get(slot.name)
        if raw is None or raw == "" or raw == []:
            if slot.required:
                raise ValueError(f"template {template!r}: slot {slot.name!r} ({slot.kind}) is required")
            continue
        try:
            out[slot.name] = checked(slot, raw)
        except ValueError as e:
            raise ValueError(f"template {template!r}: slot {slot.name!r} {e}") from None
    return out
