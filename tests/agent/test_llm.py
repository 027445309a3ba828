"""The LLM director against a scripted chat-completions server on loopback (never a patched client)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ozor.agent.director import Turn, Workbench
from ozor.agent.llm import LLMDirector, system_prompt
from ozor.agent.tools import TOOLS, Env
from ozor.config import Settings
from ozor.errors import BadRequest, UpstreamError
from tests.agent.fake_llm import ScriptedLLM, calls, text
from tests.agent.support import slot_video

HOOK = {"layout": "title", "headline": "Light, made simple.", "duration": 3}
CTA = {"layout": "cta", "headline": "Bring home better light.", "cta": "Shop now", "duration": 4}


def director(llm: ScriptedLLM, tmp_path: Path, **extra: object) -> LLMDirector:
    settings = Settings(
        data_dir=tmp_path, llm_base_url=llm.url, llm_model="scripted-model", llm_api_key="sk-test", **extra
    )  # type: ignore[arg-type]
    return LLMDirector(settings)


def test_a_new_video_through_tool_calls(tmp_path):
    script = [
        calls(
            ("create_scene", HOOK), ("set_theme", {"style": "minimalist"}), ("set_title", {"title": "Lamp"})
        ),
        calls(("create_scene", CTA)),
        text("I've made a 7-second ad in 2 scenes."),
    ]
    with ScriptedLLM(script) as llm:
        bench = Workbench(None, Env())
        reply = director(llm, tmp_path).run(Turn("A short ad for a desk lamp", None), bench)
    assert reply == "I've made a 7-second ad in 2 scenes."
    project = bench.project
    assert [s.layout for s in project.scenes] == ["title", "cta"] and project.title == "Lamp"
    assert project.theme.style == "minimalist"
    assert [len(s.calls) for s in bench.steps] == [3, 1, 0] and bench.steps[-1].text == reply
    first, second, third = llm.requests
    assert first["model"] == "scripted-model" and llm.headers[0]["authorization"] == "Bearer sk-test"
    assert first["messages"][0] == {"role": "system", "content": system_prompt()}
    assert first["messages"][1]["content"].startswith("Make a new video: A short ad for a desk lamp")
    assert {t["function"]["name"] for t in first["tools"]} == set(TOOLS)
    # The tool results go back with the ids of the calls they answer.
    assistant, *results = second["messages"][2:]
    assert [c["id"] for c in assistant["tool_calls"]] == [r["tool_call_id"] for r in results]
    assert all(r["role"] == "tool" and json.loads(r["content"])["ok"] for r in results)
    assert len(third["messages"]) == len(second["messages"]) + 2


def test_tool_errors_are_fed_back_and_the_model_corrects_itself(tmp_path):
    project = slot_video()
    script = [
        calls(("update_element", {"scene": 9, "element": "headline", "text": "Glow up"})),
        calls(("update_element", {"scene": 2, "element": "headline", "text": "Glow up"})),
        text("I've changed the headline of scene 2 to “Glow up”."),
    ]
    with ScriptedLLM(script) as llm:
        bench = Workbench(project, Env())
        director(llm, tmp_path).run(
            Turn("change the headline of the second scene to Glow up", project), bench
        )
    fed_back = json.loads(llm.requests[1]["messages"][-1]["content"])
    assert fed_back == {
        "ok": False,
        "error": "update_element failed: there is no scene 9: the video has 4 scenes",
    }
    assert [c.error is None for c in bench.calls] == [False, True]
    assert next(e.text for e in bench.project.scenes[1].elements if e.id == "headline") == "Glow up"
    assert "The video now:" in llm.requests[0]["messages"][1]["content"]


def test_broken_json_arguments_are_an_error_for_the_model(tmp_path):
    project = slot_video()
    script = [
        calls(("set_music", "{mood: upbeat")),
        calls(("set_music", {"mood": "upbeat"})),
        text("Upbeat music."),
    ]
    with ScriptedLLM(script) as llm:
        bench = Workbench(project, Env())
        director(llm, tmp_path).run(Turn("use upbeat music", project), bench)
    assert "must be a JSON object" in json.loads(llm.requests[1]["messages"][-1]["content"])["error"]
    assert bench.calls[0].args == {"_raw": "{mood: upbeat"} and bench.project.audio.music == "upbeat"


def test_the_step_limit_ends_a_turn_that_does_not_finish(tmp_path):
    project = slot_video()
    with (
        ScriptedLLM([calls(("set_pacing", {"factor": 0.9}))], repeat_last=True) as llm,
        pytest.raises(BadRequest, match="did not finish within 3 steps"),
    ):
        director(llm, tmp_path, llm_max_steps=3).run(
            Turn("make it faster", project), Workbench(project, Env())
        )
    assert len(llm.requests) == 3


def test_a_model_that_declines_fails_the_turn_with_its_reason(tmp_path):
    project = slot_video()
    with (
        ScriptedLLM([text("I can't add a unicorn: there is no unicorn image attached.")]) as llm,
        pytest.raises(BadRequest, match="no unicorn image attached"),
    ):
        director(llm, tmp_path).run(Turn("add a unicorn", project), Workbench(project, Env()))


def test_an_unreachable_or_failing_model_is_an_upstream_error(tmp_path):
    project = slot_video()
    with (
        ScriptedLLM([], fail_with=503) as llm,
        pytest.raises(UpstreamError, match="The language model at .* failed"),
    ):
        director(llm, tmp_path).run(Turn("make it faster", project), Workbench(project, Env()))
