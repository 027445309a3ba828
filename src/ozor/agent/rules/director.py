"""The offline director: rules, no network, deterministic; a new video from a prompt, or an edit."""

from __future__ import annotations

from ozor.agent.director import Turn, Workbench
from ozor.agent.rules.edit import edit
from ozor.agent.rules.generate import generate


class RulesDirector:
    def run(self, turn: Turn, bench: Workbench) -> str:
        return generate(turn, bench) if turn.project is None else edit(turn, bench)
