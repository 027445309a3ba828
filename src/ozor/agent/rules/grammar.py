"""The edit grammar's machinery: rules (a pattern and a handler) that turn a clause into changes.

Every clause of an instruction must match a rule; one that does not fails the whole turn with
examples (nothing is applied). Rules are tried in order; a handler returning None passes the
clause on to the next rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ozor.agent.tools import Attachment
from ozor.scene.models import Project

EXAMPLES = ('"change the headline of scene 2 to Built for speed", "make the CTA say Shop now", "make it faster", '
            '"make the video 20 seconds", "use #FF5500 as the accent", "change the background to dark blue", '
            '"add our logo in the top-right corner of every scene" (with the logo attached), "swap scenes 1 and 2", '
            '"move scene 3 to the start", "add a scene about pricing", "remove the last scene", '
            '"use a serif font", "use a deeper voice", "no music", "make it vertical"')


class Refusal(Exception):
    """A clause that was understood but cannot be done as asked; the message tells the user why."""


@dataclass
class Change:
    tool: str
    args: dict[str, Any]
    say: str  # what the reply says about it, e.g. "changed the headline of scene 2 to “Fast”"


@dataclass
class Ctx:
    project: Project
    images: list[Attachment]
    clips: list[Attachment]


Handler = Callable[[re.Match[str], Ctx], list[Change] | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        RULES.append((re.compile(r"^(?:please\s+|can you\s+|could you\s+|now\s+|also\s+|then\s+|and\s+|ok(?:ay)?,?\s+)*" + "(?:" + pattern + r")[.!]?$",
                                 re.IGNORECASE | re.DOTALL), fn))
        return fn

    return register


def interpret(clause: str, ctx: Ctx) -> list[Change] | None:
    for pattern, handler in RULES:
        if (m := pattern.match(clause.strip())) is not None:
            try:
                changes = handler(m, ctx)
            except ValueError:
                changes = None
            if changes is not None:
                return changes
    return None
