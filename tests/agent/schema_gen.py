"""Random instances of a JSON Schema, for tests that hold a schema to the code that reads it.

Scene numbers, element ids and asset ids are drawn from a project (a director reads them from the
project summary); icon names from the icon catalogue (the templates' hints name them).
"""

from __future__ import annotations

import random
import string
from typing import Any

from ozor.icons import catalog
from ozor.scene.models import Project

ICONS = sorted(catalog.names())[:400]


class Generator:
    """Random instances of a JSON Schema, with the project's own scene numbers, ids and assets."""

    def __init__(
        self, root: dict[str, Any], project: Project, rng: random.Random, assets: dict[str, str] | None = None
    ):
        self.root, self.project, self.rng, self.assets = root, project, rng, assets or {}

    def value(self, node: dict[str, Any], name: str = "") -> Any:
        if "$ref" in node:
            return self.value(self.root["$defs"][node["$ref"].split("/")[-1]], name)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return self.rng.choice(node["enum"])
        if "anyOf" in node and "type" not in node:
            return self.value(self.rng.choice(node["anyOf"]), name)
        kind = node.get("type")
        if kind == "object":
            return self.obj(node)
        if kind == "array":
            low, high = node.get("minItems", 0), node.get("maxItems", 4)
            return [self.value(node["items"], name) for _ in range(self.rng.randint(low, min(high, low + 3)))]
        if kind == "integer":
            if name in ("scene", "scenes", "order"):
                return self.rng.randint(1, len(self.project.scenes))
            return self.rng.randint(node.get("minimum", 0), node.get("maximum", 10))
        if kind == "number":
            low = node.get("minimum", node.get("exclusiveMinimum", 0))
            high = node.get("maximum", node.get("exclusiveMaximum", low + 10))
            return round(self.rng.uniform(low, high), 3) or high
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.text(node, name)

    def text(self, node: dict[str, Any], name: str) -> str:
        if name in self.assets:
            return self.assets[name]
        if name in ("icon", "icons"):
            return self.rng.choice(ICONS)
        if name == "element":
            return self.rng.choice([e.id for s in self.project.scenes for e in s.elements])
        if "pattern" in node and "\\d" in node["pattern"]:
            return f"{self.rng.choice(['', '$'])}{self.rng.randint(1, 99999):,}{self.rng.choice(['', ' %', 'x'])}"
        if "pattern" in node and "#" in node["pattern"]:
            return "#" + "".join(self.rng.choice("0123456789ABCDEF") for _ in range(6))
        low, high = node.get("minLength", 1), min(node.get("maxLength", 30), 30)
        length = self.rng.randint(low, high)
        words: list[str] = []  # copy as people write it: words of 2–9 letters
        while sum(len(w) + 1 for w in words) < length:
            words.append(
                "".join(self.rng.choice(string.ascii_lowercase) for _ in range(self.rng.randint(2, 9)))
            )
        return " ".join(words)[:length].strip() or "a"

    def obj(self, node: dict[str, Any]) -> dict[str, Any]:
        props = dict(node.get("properties", {}))
        required = list(node.get("required", []))
        branches = [b for b in node.get("oneOf", []) if "properties" in b]
        if branches:  # one shape of several (a template and its slots): its properties win
            branch = self.rng.choice(branches)
            props |= branch["properties"]
            required += branch.get("required", list(branch["properties"]))
        names = [n for n in props if n in required or self.rng.random() < 0.3]
        return {n: self.value(props[n], n) for n in names}
