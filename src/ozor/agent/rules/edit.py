"""The offline director's edits: every clause of an instruction becomes tool calls, or the turn fails."""

from __future__ import annotations

import re

from ozor.agent.director import Turn, Workbench
from ozor.agent.rules import edit_copy as c
from ozor.agent.rules import edit_look as look
from ozor.agent.rules import intent, replies
from ozor.agent.rules.grammar import EXAMPLES, Change, EditContext, Handler, Refusal, interpret
from ozor.agent.rules.refs import and_split, clauses
from ozor.agent.tools import ToolError
from ozor.errors import BadRequest
from ozor.scene.hashing import content_hash

# The order clauses are tried in: the first handler that matches and accepts a clause wins. The intent
# reader comes first (it covers copy, text colour and size, fonts, voice, music and captions by
# vocabulary); the phrase rules after it cover structure, pacing, backgrounds, logos and attachments.
# Copy comes before looks, so "change the headline to Fresh" is copy and "… to red" is colour.
PRECEDENCE: tuple[Handler, ...] = (
    intent.understand,
    c.change_copy,
    c.replace_words,
    c.rename,
    c.overall_pace,
    c.total_length,
    c.scene_pace,
    c.scene_length,
    c.move,
    c.swap,
    c.reverse,
    c.delete,
    c.add_scene,
    look.background,
    look.swap_colors,
    look.mode,
    look.accent,
    look.text_color,
    look.element_color,
    look.style,
    look.font,
    look.headline_case,
    look.voice,
    look.no_voice,
    look.narration_text,
    look.no_music,
    look.music,
    look.some_music,
    look.music_volume,
    look.captions,
    look.aspect,
    look.transitions,
    look.add_logo,
    look.move_logo,
    look.resize_logo,
    look.remove_logo,
    look.media_background,
    look.add_image,
)


def edit(turn: Turn, bench: Workbench) -> str:
    """Apply the instruction clause by clause (later clauses see earlier changes) and say what changed."""
    assert turn.project is not None
    ctx = EditContext(
        turn.project,
        [a for a in turn.attachments if a.kind == "image"],
        [a for a in turn.attachments if a.kind == "video"],
    )
    if not clauses(turn.text):
        raise BadRequest(f"The message is empty. I understand edits like {EXAMPLES}.")
    step = bench.step()
    said: list[tuple[str, str]] = []
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
            raise BadRequest(replies.unchanged(clause, replies.language(ctx.project)))
        said += [(c.say, clause) for c in changes if c.say]
    step.text = replies.reply(said, replies.language(ctx.project))
    return step.text


def understood(clause: str, ctx: EditContext) -> list[Change]:
    """The clause's changes: as several instructions when it splits into parts that are each understood
    ("change the headline to Hi and make it faster"), else as one."""
    changes = None
    if len(parts := and_split(clause)) > 1:
        found = [interpret(part, ctx, PRECEDENCE) for part in parts]
        if all(f is not None for f in found):
            changes = [c for f in found for c in f or []]
    if changes is None:
        changes = interpret(clause, ctx, PRECEDENCE)
    if changes is None:
        raise BadRequest(replies.not_understood(clause, replies.language(ctx.project), EXAMPLES))
    return changes
