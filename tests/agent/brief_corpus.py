"""Prompts as users write them, in English, Spanish and German, with what each one asks for.

`facts` are the words that must reach the screen or the narration (issue #11 measured 0.6 of them
arriving); the first five English prompts are the issue's measured failures. The prompts live in
brief_corpus.json and brief_heldout*.json, one a line, so they read as a list and grow without code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    prompt: str
    language: str
    kind: str
    facts: tuple[str, ...]
    seconds: float | None = None
    aspect: str | None = None
    look: str | None = None


def load(name: str) -> tuple[Case, ...]:
    rows = json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))
    return tuple(Case(**{**row, "facts": tuple(row["facts"])}) for row in rows)


CORPUS = load("brief_corpus.json")
# Seven more sets of 20, each written blind after the one before had been used to improve the parser.
# Their first-run rates (before any fix they prompted) were 0.827, 0.916, 0.851, 0.851, 0.906, 0.844
# and 0.883 of facts; the commits that added them record each figure.
HELD_OUT = tuple(load(f"brief_heldout{n}.json") for n in ("", "2", "3", "4", "5", "6", "7"))
# An eighth set, written last and never used to change the parser: the honest figure for unseen prompts
# (first run: 69/79 = 0.873 of facts, kinds 15/20, lengths, aspects, languages and looks 20/20).
BLIND = load("brief_heldout8.json")
