"""Each design template's slot schema (what `use_template` declares) against the template itself:
every schema-valid set of slots composes, in both aspects, and what the template refuses the schema
refuses too."""

from __future__ import annotations

import random

import jsonschema
import pytest

from ozor.agent.tools.templates import slots_schema
from ozor.design import TEMPLATES, compose, look
from tests.agent.schema_gen import Generator
from tests.agent.support import slot_video

SAMPLES = 25


@pytest.fixture(scope="module")
def project():
    return slot_video()


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_schema_valid_slot_set_composes(name, project):
    schema = slots_schema(name)
    validator = jsonschema.Draft202012Validator(schema)
    rng = random.Random(name)
    gen = Generator(
        schema, project, rng, {"image": "asset_photo", "photo": "asset_photo", "logo": "asset_logo"}
    )
    template = TEMPLATES[name]
    duration = sum(template.duration) / 2
    tried = 0
    for _ in range(SAMPLES):
        slots = gen.obj(schema)
        if rng.random() < 0.3 and slots:
            slots.pop(rng.choice(list(slots)))  # a required slot may go missing: the schema must say so
        valid = validator.is_valid(slots)
        for aspect in ("16:9", "9:16"):
            try:
                compose(name, slots, look("minimalist"), aspect, duration)
                error = None
            except ValueError as e:
                error = str(e)
            assert not (valid and error), f"{name} {aspect} {slots}: schema-valid but refused: {error}"
        tried += valid
    assert tried > 0
    assert validator.is_valid(dict(template.example))
