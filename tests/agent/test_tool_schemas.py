"""Every tool's JSON Schema states exactly what the tool requires.

Arguments are generated from each schema (our own generator, seeded) and from mutations of them. Every
schema-valid set must be accepted by the tool, and every set the tool refuses for its arguments must
be refused by the schema too. Scene numbers, element ids and asset ids are drawn from the project, as
a model reads them from the project summary; refusals that depend on the project as it stands ("the
video is already 9:16", a colour unreadable on this background) are not about the arguments.
"""

from __future__ import annotations

import random
import re
import string
from typing import Any

import jsonschema
import pytest

from ozor.agent.tools import TOOLS, Attachment, Env, ToolError, call
from ozor.agent.tools.base import schema
from ozor.scene.models import Project
from tests.agent.support import generate

PHOTO = Attachment("asset_photo", "image", 1600, 1200)
CLIP = Attachment("asset_clip", "video", 1280, 720, 6.0)
ENV = Env(assets={a.ref: a for a in (PHOTO, CLIP)})
# Refusals about the project as it stands, not about the arguments.
STATE = re.compile(
    r"already|unreadable|is not text|needs an image element in the scene|only one|no scene has|"
    r"there is no voice-over|order must list|is an? (?:video|image), not|would change nothing|"
    r"at least one scene|has no element",
)
SAMPLES = 120


@pytest.fixture(scope="module")
def project() -> Project:
    return generate("A 15-second ad for a minimalist desk lamp").project


class Generator:
    """Random instances of a JSON Schema, with the project's own scene numbers, ids and assets."""

    def __init__(self, root: dict[str, Any], project: Project, rng: random.Random):
        self.root, self.project, self.rng = root, project, rng

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
        if name in ("image", "asset"):
            return PHOTO.ref
        if name == "video":
            return CLIP.ref
        if name == "element":
            return self.rng.choice([e.id for s in self.project.scenes for e in s.elements])
        if "pattern" in node and "#" in node["pattern"]:
            return "#" + "".join(self.rng.choice("0123456789ABCDEF") for _ in range(6))
        low, high = node.get("minLength", 1), min(node.get("maxLength", 30), 30)
        return "".join(
            self.rng.choice(string.ascii_letters + " ") for _ in range(self.rng.randint(low, high))
        )

    def obj(self, node: dict[str, Any]) -> dict[str, Any]:
        props = node.get("properties", {})
        names = [n for n in props if n in node.get("required", []) or self.rng.random() < 0.3]
        return {n: self.value(props[n], n) for n in names}


def candidates(name: str, project: Project, rng: random.Random) -> list[dict[str, Any]]:
    """Generated argument sets, and the same sets with one argument dropped or added."""
    root = schema(TOOLS[name].args)
    gen = Generator(root, project, rng)
    out = []
    for _ in range(SAMPLES):
        args = gen.obj(root)
        out.append(args)
        mutated = dict(args)
        props = root["properties"]
        if mutated and rng.random() < 0.5:
            mutated.pop(rng.choice(list(mutated)))
        else:
            extra = rng.choice(list(props))
            mutated[extra] = gen.value(props[extra], extra)
        out.append(mutated)
    return out


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_the_schema_says_what_the_tool_accepts(name, project):
    validator = jsonschema.Draft202012Validator(schema(TOOLS[name].args))
    rng = random.Random(name)
    accepted = 0
    for args in candidates(name, project, rng):
        valid = validator.is_valid(args)
        try:
            call(project, name, args, ENV)
            error = None
        except ToolError as e:
            error = str(e)
        if error is not None and STATE.search(error):
            continue  # about the project as it stands
        assert not (valid and error), f"{name}{args} is schema-valid but the tool refused it: {error}"
        accepted += valid
    assert accepted > 0, f"no generated argument set for {name} was schema-valid"


def test_create_scene_states_its_requirements():
    """The bug that started this: the schema marked nothing required, yet the tool refused a scene
    without a headline."""
    validator = jsonschema.Draft202012Validator(schema(TOOLS["create_scene"].args))
    assert not validator.is_valid({"layout": "statement"})
    assert validator.is_valid({"layout": "stat", "stat": "3x"})
    assert not validator.is_valid({"layout": "split", "headline": "Hi"})
    assert validator.is_valid({"layout": "split", "headline": "Hi", "image": "asset_photo"})
