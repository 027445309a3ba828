"""Schema version 2: version-1 documents migrate on read; the new vocabulary validates, naming bad fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ozor.errors import BadRequest
from ozor.scene.models import NumberFormat, Project, json_schema
from ozor.scene.parse import parse_project

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "projects").glob("*.json"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_version_1_documents_migrate(path: Path) -> None:
    data = json.loads(path.read_text())
    assert data["schemaVersion"] == 1
    project = parse_project(data)
    assert project.schema_version == 2
    again = parse_project(project.to_json())
    assert again == project
    # Only the version changed: what the document said reads back as it was written.
    written = project.to_json()
    assert written["title"] == data["title"] and written["aspect"] == data.get("aspect", "16:9")
    assert [s["id"] for s in written["scenes"]] == [s["id"] for s in data["scenes"]]
    assert [e for s in written["scenes"] for e in s["elements"] if e["type"] == "text" and e["text"]] and all(
        a["text"] == b["text"]
        for s, t in zip(written["scenes"], data["scenes"], strict=True)
        for a, b in zip(s["elements"], t["elements"], strict=True)
        if a["type"] == "text"
    )


def test_unknown_version_is_named() -> None:
    with pytest.raises(BadRequest, match="schemaVersion"):
        parse_project({"schemaVersion": 7, "scenes": [{"id": "a"}]})


def element(**fields: object) -> dict:
    return {
        "schemaVersion": 2,
        "scenes": [
            {"id": "s", "elements": [{"id": "e", "box": {"x": 0.1, "y": 0.1, "w": 0.5, "h": 0.3}, **fields}]}
        ],
    }


@pytest.mark.parametrize(
    "fields,where",
    [
        (
            {"type": "counter", "value": 5, "format": {"separator": ".", "decimalMark": "."}},
            "scenes.0.elements.0.counter",
        ),
        ({"type": "barChart", "data": []}, "scenes.0.elements.0.barChart.data"),
        ({"type": "donut", "value": 120}, "scenes.0.elements.0.donut"),
        ({"type": "motif", "motif": "confetti"}, "scenes.0.elements.0.motif.motif"),
        ({"type": "text", "text": "x", "reveal": {"by": "sentence"}}, "scenes.0.elements.0.text.reveal.by"),
        ({"type": "text", "text": "x", "keyframes": [{"at": 2}, {"at": 1}]}, "scenes.0.elements.0.text"),
        ({"type": "image", "asset": "a.png", "duotone": ["#000000"]}, "scenes.0.elements.0.image.duotone"),
        ({"type": "icon", "name": "no-such-icon-anywhere"}, "scenes.0.elements.0.icon.name"),
    ],
)
def test_bad_fields_are_named(fields: dict, where: str) -> None:
    with pytest.raises(BadRequest) as info:
        parse_project(element(**fields))
    assert info.value.detail.startswith(where), info.value.detail


def test_unknown_icon_suggests_close_names() -> None:
    with pytest.raises(BadRequest, match="rocket"):
        parse_project(element(type="icon", name="rockets"))


def test_new_vocabulary_round_trips() -> None:
    doc = {
        "scenes": [
            {
                "id": "s",
                "grain": 0.04,
                "background": {"type": "gradient", "colors": ["#000000", "#222222"], "drift": 0.02},
                "elements": [
                    {
                        "type": "text",
                        "id": "t",
                        "text": "Eat more protein",
                        "box": {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.2},
                        "reveal": {"by": "word", "style": "rise"},
                        "emphasis": ["protein"],
                        "emphasisStyle": "marker",
                        "keyframes": [{"at": 0}, {"at": 1, "scale": 1.1, "easing": "ease_out_back"}],
                    },
                    {
                        "type": "counter",
                        "id": "c",
                        "value": 650000,
                        "format": {"prefix": "$"},
                        "box": {"x": 0, "y": 0, "w": 0.3, "h": 0.1},
                    },
                    {
                        "type": "icon",
                        "id": "i",
                        "name": "rocket",
                        "background": "disc",
                        "box": {"x": 0.5, "y": 0.5, "w": 0.1, "h": 0.1},
                    },
                    {"type": "motif", "id": "m", "motif": "grid", "box": {"x": 0, "y": 0, "w": 1, "h": 1}},
                ],
            }
        ]
    }
    project = Project.model_validate(doc)
    assert Project.model_validate(project.to_json()) == project
    assert project.to_json()["scenes"][0]["elements"][0]["emphasisStyle"] == "marker"


def test_schema_lists_every_element_type() -> None:
    text = json.dumps(json_schema())
    for kind in (
        "counter",
        "barChart",
        "lineChart",
        "donut",
        "comparison",
        "list",
        "icon",
        "motif",
        "lowerThird",
        "progress",
        "sting",
    ):
        assert f'"const": "{kind}"' in text, kind


@pytest.mark.parametrize(
    "fmt,value,text",
    [
        ({"prefix": "$"}, 650000, "$650,000"),
        ({"suffix": "%"}, 40, "40%"),
        ({"decimals": 1, "suffix": "x"}, 2.45, "2.5x"),
        ({"separator": ".", "decimalMark": ",", "decimals": 2, "suffix": " €"}, 1234.5, "1.234,50 €"),
        ({"prefix": "$"}, -1200, "-$1,200"),
    ],
)
def test_number_format(fmt: dict, value: float, text: str) -> None:
    assert NumberFormat.model_validate(fmt).format(value) == text
