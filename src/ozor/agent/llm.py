"""The LLM director: any OpenAI-compatible chat-completions endpoint with tool calling.

The model sees the system prompt (prompts/system.md), the turn with a summary of the project, and
the tools' declarations; every tool call it makes runs on the workbench and its result (or error)
goes back as a tool message, until it answers without tool calls or the step limit is reached.
When it answers, the director looks at stills of the scenes the turn changed (review.py); problems
(text that does not fit, poor contrast, text outside the safe area) go back to the model as the
result of a `review_scenes` call, so it can fix them, at most `llm_review_rounds` times a turn.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import openai

from ozor.agent.director import Call, Turn, Workbench
from ozor.agent.review import Problem, changed_scenes, review
from ozor.agent.tools import TOOLS, ToolError
from ozor.agent.tools.templates import catalogue
from ozor.config import Settings
from ozor.errors import BadRequest, UpstreamError
from ozor.scene.models import Project, TextElement

PROMPT = Path(__file__).with_name("prompts") / "system.md"


@cache
def system_prompt() -> str:
    """The director's instructions, then the design templates it composes scenes from."""
    return PROMPT.read_text(encoding="utf-8") + "\n" + catalogue()


class LLMDirector:
    def __init__(self, settings: Settings):
        assert settings.llm_base_url
        self.base_url = settings.llm_base_url
        self.model = settings.llm_model or "gpt-4o-mini"
        self.max_steps = settings.llm_max_steps
        self.review_rounds = settings.llm_review_rounds
        self.client = openai.OpenAI(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key or "not-needed",
            timeout=settings.llm_timeout_sec,
            max_retries=1,
        )

    def run(self, turn: Turn, bench: Workbench) -> str:
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": system_prompt()},
            {"role": "user", "content": describe(turn)},
        ]
        tools = [t.spec() for t in TOOLS.values()]
        reviews = 0
        for _ in range(self.max_steps):
            reply = self._complete(messages, tools)
            if not reply.tool_calls:
                text = (reply.content or "").strip()
                if not bench.calls:
                    raise BadRequest(text or "The agent made no change and gave no reason.")
                bench.step(text)
                assert bench.project is not None
                scenes = changed_scenes(turn.project, bench.project)
                problems = review(bench.project, scenes)
                if problems and reviews < self.review_rounds:
                    reviews += 1
                    self._send_review(bench, messages, text, scenes, problems)
                    continue
                if problems:  # the rounds are spent: say what is still wrong rather than hide it
                    text = (
                        (text or "Done.")
                        + " Still to fix: "
                        + "; ".join(
                            f"scene {p.scene} {p.element} ({p.problem.replace('_', ' ')})" for p in problems
                        )
                        + "."
                    )
                    bench.steps[-1].text = text
                return text or "Done."
            bench.step(reply.content or "")
            messages.append(
                {
                    "role": "assistant",
                    "content": reply.content,
                    "tool_calls": [
                        c.model_dump(include={"id", "type", "function"}) for c in reply.tool_calls
                    ],
                }
            )
            for tool_call in reply.tool_calls:
                outcome = self._call(bench, tool_call.function.name, tool_call.function.arguments)
                messages.append(
                    {"role": "tool", "tool_call_id": tool_call.id, "content": json.dumps(outcome)}
                )
        raise BadRequest(f"The agent did not finish within {self.max_steps} steps, so nothing was changed.")

    def _complete(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> Any:
        try:
            response = self.client.chat.completions.create(  # type: ignore[call-overload]
                model=self.model, messages=messages, tools=tools, tool_choice="auto"
            )
        except openai.APIError as e:
            raise UpstreamError(
                f"The language model at {self.base_url} failed: {type(e).__name__}: {e}"
            ) from None
        if not response.choices:
            raise UpstreamError(f"The language model at {self.base_url} returned no answer")
        return response.choices[0].message

    @staticmethod
    def _send_review(
        bench: Workbench, messages: list[dict[str, Any]], text: str, scenes: list[int], found: list[Problem]
    ) -> None:
        """Hand the problems to the model as the result of a `review_scenes` call (kept in the trace)."""
        problems = [p.report() for p in found]
        args = {"scenes": scenes}
        result = {
            "ok": False,
            "error": f"{len(problems)} problem(s) in the changed scenes; fix them with the tools, then answer.",
            "problems": problems,
        }
        call_id = f"review_{len(bench.steps)}"
        messages.append(
            {
                "role": "assistant",
                "content": text or None,
                "tool_calls": [
                    {
                        "id": call_id,
                        "type": "function",
                        "function": {"name": "review_scenes", "arguments": json.dumps(args)},
                    }
                ],
            }
        )
        messages.append({"role": "tool", "tool_call_id": call_id, "content": json.dumps(result)})
        bench.steps[-1].calls.append(
            Call("review_scenes", args, error=json.dumps(problems, ensure_ascii=False))
        )

    @staticmethod
    def _call(bench: Workbench, name: str, raw: str | None) -> dict[str, Any]:
        try:
            args = json.loads(raw or "{}")
        except ValueError as e:
            args = f"not valid JSON ({e})"
        if not isinstance(args, dict):
            error = f"The arguments of {name} must be a JSON object: {args if isinstance(args, str) else raw}"
            bench.steps[-1].calls.append(Call(name, {"_raw": (raw or "")[:2000]}, error=error))
            return {"ok": False, "error": error}
        try:
            return {"ok": True, "result": bench.run(name, args)}
        except ToolError as e:
            return {"ok": False, "error": str(e)}


def describe(turn: Turn) -> str:
    """The user's turn for the model: what to do, the attachments, and the project as it stands."""
    lines = [("Make a new video: " if turn.project is None else "Edit the video: ") + turn.text]
    if turn.project is None:
        lines.append(f"Aspect: {turn.aspect or 'choose from the prompt (default 16:9)'}.")
    for a in turn.attachments:
        size = f" {a.width}×{a.height}" if a.width and a.height else ""
        length = f", {a.duration:g} s" if a.duration else ""
        lines.append(f"Attached {a.kind}: {a.ref}{size}{length}")
    if turn.project is not None:
        lines.append("The video now:\n" + json.dumps(summary(turn.project), ensure_ascii=False))
    return "\n".join(lines)


def summary(project: Project) -> dict[str, Any]:
    """The project as the model needs it: numbered scenes with their copy, not every box and easing."""
    return {
        "title": project.title,
        "aspect": project.aspect,
        "style": project.theme.style,
        "palette": project.theme.palette.model_dump(),
        "fonts": [project.theme.heading_font, project.theme.body_font],
        "music": project.audio.music,
        "captions": project.captions,
        "scenes": [
            {
                "scene": i,
                "title": s.title,
                "layout": s.layout,
                "duration": s.duration,
                "transition": s.transition.kind,
                "background": s.background.type,
                "elements": {e.id: (e.text if isinstance(e, TextElement) else e.type) for e in s.elements},
                "narration": s.narration.text if s.narration else None,
                "voice": s.narration.voice if s.narration else None,
            }
            for i, s in enumerate(project.scenes, 1)
        ],
    }
