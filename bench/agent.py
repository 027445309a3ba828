"""Offline director benchmark: seconds per turn for the test prompts and a set of edits.

    python bench/agent.py [--repeat 3]

Every figure is measured in this run, in one process: the first turn pays for loading fonts, later
turns reuse them (as a job worker process does). The ratio is against the one-second budget of a turn.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ozor.agent.director import Turn, Workbench
from ozor.agent.rules.director import RulesDirector
from ozor.agent.tools import Env
from tests.agent.prompts import PROMPTS

EDITS = [
    "change the headline of scene 2 to Built for speed",
    "make it faster",
    "make it vertical",
    "use #FF5500 as the accent",
    "change the background to dark blue",
    "swap scenes 1 and 2",
    "add a scene about pricing",
    "use a serif font",
    "make the video 30 seconds long",
]
BUDGET = 1.0


def timed(turn: Turn) -> float:
    start = time.perf_counter()
    RulesDirector().run(turn, Workbench(turn.project, Env()))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    prompts = [p for p in PROMPTS if p != "10 second ad"]
    first = timed(Turn(prompts[0], None))
    print(f"first turn (fonts loaded cold): {first:.3f} s  ({first / BUDGET:.2f}x the budget)")
    generate = [timed(Turn(p, None)) for _ in range(args.repeat) for p in prompts]
    base = Workbench(None, Env())
    RulesDirector().run(Turn("A 20-second ad for the EcoBottle, a reusable water bottle", None), base)
    edits = [timed(Turn(e, base.project)) for _ in range(args.repeat) for e in EDITS]
    for name, times in (("generate", generate), ("edit", edits)):
        print(
            f"{name}: {len(times)} turns (the first run of each measures text, later runs reuse it), median {statistics.median(times):.3f} s, max {max(times):.3f} s "
            f"({max(times) / BUDGET:.2f}x the budget)"
        )


if __name__ == "__main__":
    main()
