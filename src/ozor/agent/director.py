"""The director protocol: a turn (a prompt or an edit) in, tool calls on a workbench, a reply out.

Both directors, the offline rules and an LLM, act only through the workbench, which runs the tools
and records every call (name, arguments, result or error) by assistant message, for the tool trace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ozor.agent.tools import Attachment, Env, ToolError, call
from ozor.scene.models import Aspect, Project


@dataclass(frozen=True)
class Turn:
    text: str  # the prompt (generate) or the instruction (message)
    project: Project | None  # None: make a new video
    aspect: Aspect | None = None  # asked for explicitly with the request
    attachments: tuple[Attachment, ...] = ()  # this turn's images and clips, in the order sent


@dataclass
class Call:
    name: str
    args: dict[str, Any]
    result: str | None = None
    error: str | None = None


@dataclass
class Step:
    """One assistant message and the tools it called."""

    text: str = ""
    calls: list[Call] = field(default_factory=list)


class Workbench:
    """The project being edited in a turn, and the record of every tool call made on it."""

    def __init__(self, project: Project | None, env: Env, observe: Callable[[Call], None] | None = None):
        self.project = project
        self.env = env
        self.steps: list[Step] = []
        self.observe = observe  # told of every call as it finishes (the live event stream)

    def step(self, text: str = "") -> Step:
        self.steps.append(Step(text))
        return self.steps[-1]

    def run(self, name: str, args: dict[str, Any]) -> str:
        """Carry out one call; ToolError (recorded, project untouched) when it cannot be done."""
        if not self.steps:
            self.step()
        record = Call(name, dict(args))
        self.steps[-1].calls.append(record)
        try:
            self.project, record.result = call(self.project, name, args, self.env)
        except ToolError as e:
            record.error = str(e)
            raise
        finally:
            if self.observe is not None:
                self.observe(record)
        return record.result

    @property
    def calls(self) -> list[Call]:
        return [c for s in self.steps for c in s.calls]


class Director(Protocol):
    def run(self, turn: Turn, bench: Workbench) -> str:
        """Make the turn's changes through `bench` and return the reply; raise BadRequest when the
        turn cannot be understood or carried out (the job then fails and the project is unchanged)."""
        ...
