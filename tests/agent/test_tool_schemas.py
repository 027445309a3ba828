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
from typing import Any

import jsonschema
import pytest

from ozor.agent.tools import TOOLS, Attachment, Env, ToolError, call
from ozor.agent.tools.base import schema
from ozor.scene.models import Project
from tests.agent.schema_gen import Generator
from tests.agent.support import slot_video

PHOTO = Attachment("asset_photo", "image", 1600, 1200)
CLIP = Attachment("asset_clip", "video", 1280, 720, 6.0)
ENV = Env(assets={a.ref: a for a in (PHOTO, CLIP)})
# Refusals about the project as it stands, not about the arguments; and a template's copy that does
# not fit its box, which is measured with the look's fonts at both aspects (a schema states only the
# characters each slot allows).
STATE = re.compile(
    r"already|unreadable|is not text|needs an image element in the scene|only one|no scene has|"
    r"there is no voice-over|order must list|is an? (?:video|image), not|would change nothing|"
    r"at least one scene|has no element|does not fit its box",
)
SAMPLES = 120


@pytest.fixture(scope="module")
def project() -> Project:
    return slot_video()


def candidates(name: str, project: Project, rng: random.Random) -> list[dict[str, Any]]:
    """Generated argument sets, and the same sets with one argument dropped or added."""
    root = schema(TOOLS[name].args)
    gen = Generator(root, project, rng, {"image": PHOTO.ref, "asset": PHOTO.ref, "video": CLIP.ref})
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
