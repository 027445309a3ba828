"""The edit grammar's machinery: rules (a pattern and a handler) that turn a clause into changes.

Every clause of an instruction must match a rule; one that does not fails the whole turn with
examples (nothing is applied). A handler declares its patterns with @rule; the order handlers are
tried in is one explicit list (edit.PRECEDENCE), and a handler returning None passes the clause on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ozor.agent.tools import Attachment
from ozor.scene.models import Project

EXAMPLES = (
    '"change the headline of scene 2 to Built for speed", "make the CTA say Shop now", "make it faster", '
    '"make the video 20 seconds", "use #FF5500 as the accent", "change the background to dark blue", '
    '"add our logo in the top-right corner of every scene" (with the logo attached), "swap scenes 1 and 2", '
    '"move scene 3 to the start", "add a scene about pricing", "remove the last scene", '
    '"use a serif font", "use a deeper voice", "no music", "make it vertical"'
)


class Refusal(Exception):
    """A clause that was understood but cannot be done as asked; the message tells the user why."""


@dataclass
class Change:
    tool: str
    args: dict[str, Any]
    say: str  # what the reply says about it, e.g. "changed the headline of scene 2 to “Fast”"


@dataclass
class EditContext:
    project: Project
    images: list[Attachment]
    clips: list[Attachment]


Handler = Callable[[re.Match[str], EditContext], list[Change] | None]
PATTERNS: dict[Handler, list[re.Pattern[str]]] = {}  # each handler's patterns, in the order written
_POLITE = r"^(?:please\s+|can you\s+|could you\s+|now\s+|also\s+|then\s+|and\s+|ok(?:ay)?,?\s+)*"


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        compiled = re.compile(_POLITE + "(?:" + pattern + r")[.!]?$", re.IGNORECASE | re.DOTALL)
        PATTERNS[fn] = [compiled, *PATTERNS.get(fn, [])]  # stacked decorators apply bottom-up
        return fn

    return register


def interpret(clause: str, ctx: EditContext, precedence: Sequence[Handler]) -> list[Change] | None:
    """The first handler (in `precedence` order) whose pattern matches and that accepts the clause."""
    for handler in precedence:
        for pattern in PATTERNS[handler]:
            if (m := pattern.match(clause.strip())) is None:
                continue
            try:
                changes = handler(m, ctx)
            except ValueError:
                changes = None
            if changes is not None:
                return changes
    return None
