"""Grounded plans: every scene names the pages or slides its narration comes from, with quotes; the
faithfulness check flags sentences no source supports (also after a reviewer's PATCH)."""

from __future__ import annotations

import httpx

from ozor.documents.grounding import SourceUnit, ground
from tests.api.test_documents_api import PDF
from tests.documents import makers
from tests.support import new_user

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
UNITS = [
    SourceUnit(
        kind="page", number=1, heading="Solar", text="Solar power grew fast in 2024.\nPanels are cheaper."
    ),
    SourceUnit(
        kind="page", number=4, heading="Storage", text="Batteries store midday power for the evening peak."
    ),
]


def test_sentences_are_traced_to_their_page_or_flagged() -> None:
    sources, unsupported = ground(
        "Batteries store midday power for the evening. Bananas orbit Jupiter every Tuesday. Welcome.", UNITS
    )
    assert [(s.kind, s.number, s.quote) for s in sources] == [
        ("page", 4, "Batteries store midday power for the evening peak.")
    ]
    assert unsupported == ["Bananas orbit Jupiter every Tuesday."]


def analyze(client: httpx.Client, headers: dict, name: str, data: bytes, mime: str) -> dict:
    r = client.post(
        "/api/v1/documents/analyze",
        headers=headers,
        files={"file": (name, data, mime)},
        data={"target_duration_sec": "30"},
    )
    assert r.status_code == 200, r.text
    return r.json()["plan"]


def test_a_plan_is_grounded_and_a_patch_is_checked(client: httpx.Client) -> None:
    user = new_user(client)
    plan = analyze(client, user.headers, "solar.pdf", makers.make_pdf(), PDF)
    assert plan["faithfulness"] == {"supported": True, "unsupported": []}
    for scene in plan["scenes"]:
        assert scene["sources"], scene
        assert all(isinstance(s["page"], int) and s["page"] >= 1 and s["quote"] for s in scene["sources"])
    scenes = [
        {k: s[k] for k in ("order", "sceneTitle", "scenePrompt", "voiceoverText")} for s in plan["scenes"]
    ]
    scenes[1]["voiceoverText"] += " Our panels also cure the common cold overnight."
    patched = client.patch(
        f"/api/v1/documents/plans/{plan['planId']}", json={"scenes": scenes}, headers=user.headers
    ).json()["plan"]
    assert patched["faithfulness"] == {
        "supported": False,
        "unsupported": [
            {"order": scenes[1]["order"], "sentence": "Our panels also cure the common cold overnight."}
        ],
    }
    assert patched["scenes"][1]["sources"] == plan["scenes"][1]["sources"]


def test_slides_are_named_by_number(client: httpx.Client) -> None:
    user = new_user(client)
    plan = analyze(client, user.headers, "deck.pptx", makers.make_pptx(), PPTX)
    numbers = [s["slide"] for scene in plan["scenes"] for s in scene["sources"]]
    assert numbers and all(n >= 1 for n in numbers)
