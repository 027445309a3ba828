"""Guards on the code's shape: import contracts, explicit edit-rule precedence, lint and types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_import_contracts_hold_and_there_are_no_cycles():
    """pyproject's [tool.importlinter]: scene and render are leaves, the domain never imports the
    HTTP layer, adapters and jobs depend inward, no package or module imports form a cycle."""
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout[-4000:]
    assert "0 broken" in result.stdout


def test_every_edit_rule_has_one_place_in_the_precedence():
    from ozor.agent.rules.edit import PRECEDENCE
    from ozor.agent.rules.grammar import PATTERNS

    assert len(PRECEDENCE) == len(set(PRECEDENCE))
    assert set(PRECEDENCE) == set(PATTERNS), (
        "a rule handler is missing from edit.PRECEDENCE (or listed but has no @rule)"
    )


def test_earlier_rules_win():
    """Copy rules come first: a quoted replacement is copy even when it names a colour."""
    from ozor.agent.rules import edit_copy
    from ozor.agent.rules.edit import PRECEDENCE

    assert PRECEDENCE.index(edit_copy.replace_words) < min(
        i for i, handler in enumerate(PRECEDENCE) if handler.__module__.endswith("edit_look")
    )


@pytest.mark.parametrize(
    "paths",
    [
        ["src/ozor/scene", "src/ozor/render", "src/ozor/icons", "src/ozor/design"],
        ["src/ozor/jobs", "src/ozor/db/statuses.py"],
        ["sdk/src/ozor_client"],
    ],
)
def test_strictly_typed_packages(paths):
    result = _run(str(BIN / "mypy"), "--strict", *paths)
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_is_clean():
    result = _run(str(BIN / "ruff"), "check", "src", "sdk", "tests", "bench", "examples")
    assert result.returncode == 0, result.stdout[-4000:]


def test_no_merge_conflict_markers_are_committed():
    tracked = _run("git", "ls-files").stdout.split()
    marked = [
        path
        for path in tracked
        if path.endswith((".py", ".md", ".toml", ".html", ".js", ".css", ".json", ".txt"))
        and any(
            line.startswith(("<<<<<<< ", ">>>>>>> "))
            for line in (ROOT / path).read_text(errors="ignore").splitlines()
        )
    ]
    assert not marked, marked
