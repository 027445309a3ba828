"""Two scripted OpenAI-compatible peers over real HTTP on loopback, each acting like a kind of model.

The parallel peer calls many tools in one reply, as the large hosted models do. The mistaken peer
follows the tools' schemas only loosely, as small local models do: it reads each error and each
review problem the director sends back and corrects its calls, until the scenes it changed pass the
review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from ozor.agent.director import Turn, Workbench
from ozor.agent.llm import LLMDirector
from ozor.agent.review import changed_scenes, review
from ozor.agent.tools import Env
from ozor.config import Settings
from tests.agent.fake_llm import ScriptedLLM, calls, text
from tests.agent.support import outside_safe_area, overflow, stored, unreadable


def director(llm: ScriptedLLM, tmp_path: Path, **extra: Any) -> LLMDirector:
    settings = Settings(data_dir=tmp_path, llm_base_url=llm.url, llm_model="peer", **extra)  # type: ignore[arg-type]
    return LLMDirector(settings)


def tool_results(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The tool messages answering the peer's last reply."""
    out = []
    for message in reversed(request["messages"]):
        if message["role"] != "tool":
            break
        out.append(json.loads(message["content"]))
    return out[::-1]


def schema_of(request: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t["function"]["parameters"] for t in request["tools"] if t["function"]["name"] == name)


SCENES = [
    {"layout": "title", "headline": "Meet Lumen", "duration": 3},
    {
        "layout": "statement",
        "headline": "Warm light, zero glare",
        "body": "Dims to a candle glow.",
        "duration": 4,
    },
    {"layout": "stat", "stat": "50k", "headline": "hours of light", "duration": 3},
    {"layout": "cta", "headline": "Light your desk", "cta": "Shop now", "duration": 3},
]


def test_the_parallel_peer_makes_a_video_in_one_reply(tmp_path):
    script = [
        calls(
            *(("create_scene", s) for s in SCENES),
            ("set_theme", {"style": "warm"}),
            ("set_title", {"title": "Lumen lamp"}),
            ("set_music", {"mood": "calm"}),
        ),
        text("I've made a 13-second ad for the Lumen lamp in 4 scenes."),
    ]
    with ScriptedLLM(script) as llm:
        bench = Workbench(None, Env())
        reply = director(llm, tmp_path).run(Turn("A short ad for the Lumen desk lamp", None), bench)
    project = bench.project
    assert reply.startswith("I've made") and [s.layout for s in project.scenes] == [
        "title",
        "statement",
        "stat",
        "cta",
    ]
    assert (project.theme.style, project.title, project.audio.music) == ("warm", "Lumen lamp", "calm")
    # Seven calls in one reply, seven answers, in the order called, each to its own call id.
    assistant, *answers = llm.requests[1]["messages"][2:]
    assert [a["tool_call_id"] for a in answers] == [c["id"] for c in assistant["tool_calls"]]
    assert len(answers) == 7 and all(json.loads(a["content"])["ok"] for a in answers)
    assert [len(s.calls) for s in bench.steps] == [7, 0] and len(llm.requests) == 2
    # Every call the peer made was valid by the schema the director declared.
    for call in bench.calls:
        jsonschema.validate(call.args, schema_of(llm.requests[0], call.name))
    assert overflow(project) == unreadable(project) == outside_safe_area(project) == []


def mistaken_peer() -> list[Any]:
    """A peer that gets things wrong, then reads what came back and puts them right."""

    def first(request: dict[str, Any]) -> dict[str, Any]:
        # Leaves out the headline a scene needs, and picks white text for a light background.
        return calls(
            ("create_scene", {"layout": "statement", "body": "Free delivery this week."}),
            ("update_element", {"scene": 2, "element": "headline", "color": "#FFFFFF"}),
        )

    def second(request: dict[str, Any]) -> dict[str, Any]:
        errors = [r["error"] for r in tool_results(request)]
        assert "a scene needs a headline" in errors[0] and "would be unreadable" in errors[1]
        # Corrected, and a new sticker placed by hand in the very corner of the frame.
        return calls(
            ("create_scene", {"layout": "statement", "headline": "Free delivery", "body": "This week only."}),
            ("update_element", {"scene": 2, "element": "headline", "color": "#7A1F2B"}),
            (
                "add_element",
                {
                    "scene": 1,
                    "type": "text",
                    "id": "sticker",
                    "text": "New!",
                    "box": {"x": 0, "y": 0, "w": 0.2, "h": 0.1},
                },
            ),
        )

    def third(request: dict[str, Any]) -> dict[str, Any]:
        assert all(r["ok"] for r in tool_results(request))
        return text("I've added a delivery scene, recoloured a headline and added a sticker.")

    def fourth(request: dict[str, Any]) -> dict[str, Any]:
        (review_result,) = tool_results(request)
        fixes = [
            ("update_element", {"scene": p["scene"], "element": p["element"], "position": "top-left"})
            for p in review_result["problems"]
            if p["problem"] == "safe_area"
        ]
        assert fixes, review_result
        return calls(*fixes)

    def fifth(request: dict[str, Any]) -> dict[str, Any]:
        return text(
            "I've added a delivery scene, recoloured a headline and added a sticker inside the safe area."
        )

    return [first, second, third, fourth, fifth]


def test_the_mistaken_peer_reads_errors_and_review_problems_and_corrects_them(tmp_path):
    project = stored("bottle.json")
    with ScriptedLLM(mistaken_peer()) as llm:
        bench = Workbench(project, Env())
        reply = director(llm, tmp_path).run(
            Turn("add a scene about free delivery and a 'New!' sticker", project), bench
        )
    assert reply.endswith("inside the safe area.") and len(llm.requests) == 5
    # The schema the peer was given already said what its first calls got wrong.
    first = [c for c in bench.calls][:2]
    assert not jsonschema.Draft202012Validator(schema_of(llm.requests[0], "create_scene")).is_valid(
        first[0].args
    )
    # Every call is in the trace: the failed ones with their errors, and the review with its findings.
    trace = [(c.name, c.error is None) for c in bench.calls]
    assert trace == [
        ("create_scene", False),
        ("update_element", False),
        ("create_scene", True),
        ("update_element", True),
        ("add_element", True),
        ("review_scenes", False),
        ("update_element", True),
    ]
    found = json.loads(bench.calls[5].error or "[]")
    assert [(p["scene"], p["element"], p["problem"]) for p in found] == [(1, "sticker", "safe_area")]
    after = bench.project
    assert review(after, changed_scenes(project, after)) == []
    assert len(after.scenes) == len(project.scenes) + 1


def test_review_rounds_are_bounded(tmp_path):
    """A peer that never fixes what the review finds gets the problems twice, then the turn ends."""
    project = stored("bottle.json")
    corner = {
        "scene": 1,
        "type": "text",
        "id": "sticker",
        "text": "New!",
        "box": {"x": 0, "y": 0, "w": 0.2, "h": 0.1},
    }
    with ScriptedLLM([calls(("add_element", corner)), text("Done.")], repeat_last=True) as llm:
        bench = Workbench(project, Env())
        reply = director(llm, tmp_path, llm_review_rounds=2).run(Turn("add a sticker", project), bench)
    assert reply == "Done. Still to fix: scene 1 sticker (safe area)."
    assert [c.name for c in bench.calls] == ["add_element", "review_scenes", "review_scenes"]
    assert len(llm.requests) == 4
