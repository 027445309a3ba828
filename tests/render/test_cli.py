"""`ozor render` renders an example project file with no server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import av

ROOT = Path(__file__).resolve().parents[2]


def test_render_command(tmp_path: Path) -> None:
    out, thumb = tmp_path / "teaser.mp4", tmp_path / "teaser.jpg"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "ozor",
            "render",
            str(ROOT / "examples" / "product-teaser.json"),
            "--quality",
            "720p",
            "-o",
            str(out),
            "--thumbnail",
            str(thumb),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "1280x720" in run.stdout and thumb.stat().st_size > 1000
    with av.open(str(out)) as container:
        assert container.streams.video[0].frames == 294 and container.streams.audio


def test_render_command_reports_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"scenes": [{"id": "a", "duration": 0.1}]}')
    run = subprocess.run(
        [sys.executable, "-m", "ozor", "render", str(bad), "-o", str(tmp_path / "x.mp4")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 1 and "bad.json: scenes.0.duration" in run.stderr
