"""ozor.icons and ozor.scene.fonts are leaves: any layer may import them, they import nothing of ozor's."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "ozor"


def _ozor_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ozor"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ozor"):
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted((SRC / "icons").rglob("*.py")), ids=lambda p: p.name)
def test_icons_import_only_icons(path: Path) -> None:
    assert {m for m in _ozor_imports(path) if not m.startswith("ozor.icons")} == set()


def test_scene_fonts_is_pure_data() -> None:
    assert _ozor_imports(SRC / "scene" / "fonts.py") == set()
