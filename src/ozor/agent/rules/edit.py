"""The offline director's edits: every clause of an instruction becomes tool calls, or the turn fails."""

from __future__ import annotations

import re

from ozor.agent.director import Turn, Workbench
from ozor.agent.rules import edit_copy, edit_look  # noqa: F401  (they register the grammar's rules)
from ozor.agent.rules.grammar import EXAMPLES, Change, Ctx, Refusal, interpret
from ozor.agent.rules.refs import and_split, clauses
from ozor.agent.tools import ToolError
from ozor.errors import BadRequest
from ozor.scene.hashing import content_hash


def edit(turn: Turn, bench: Workbench) -> str:
    """Apply the instruction clause by clause (later clauses see earlier changes) and say what changed."""
    assert turn.project is not None
    ctx = Ctx(turn.project, [a for a in turn.attachments if a.kind == "image"],
              [a for a in turn.attachments if a.kind == "video"])
    if not clauses(turn.text):
        raise BadRequest(f"The message is empty. I understand edits like {EXAMPLES}.")
    step = bench.step()
    said: list[str] = []
    for clause in clauses(turn.text):
        try:
            changes = understood(clause, ctx)
        except Refusal as e:
            raise BadRequest(f"I couldn't do “{clause}”: {e}.") from None
        before = content_hash(ctx.project)
        for change in changes:
            try:
                bench.run(change.tool, change.args)
            except ToolError as e:
                reason = re.sub(r"^(?:Invalid arguments for )?\w+(?: failed)?: ", "", str(e))
                raise BadRequest(f"I couldn't do “{clause}”: {reason}.") from None
            assert bench.project is not None
            ctx.project = bench.project
        if content_hash(ctx.project) == before:
            raise BadRequest(f"“{clause}” would change nothing: the video is already like that.")
        said += [c.say for c in changes if c.say]
    step.text = "I've " + join(said) + "."
    return step.text


def understood(clause: str, ctx: Ctx) -> list[Change]:
    """The clause's changes: as several instructions when it splits into parts that are each understood
    ("change the headline to Hi and make it faster"), else as one."""
    changes = None
    if len(parts := and_split(clause)) > 1:
        found = [interpret(part, ctx) for part in parts]
        if all(f is not None for f in found):
            changes = [c for f in found for c in f or []]
    if changes is None:
        changes = interpret(clause, ctx)
    if changes is None:
        raise BadRequest(f"I couldn't understand “{clause}”, so I changed nothing. I understand edits like "
                         f"{EXAMPLES}.")
    return changes


def join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
