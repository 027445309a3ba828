"""Both clients are typed from the one resource definition: sync results on Ozor, awaitables on AsyncOzor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROGRAM = """
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import assert_type

from ozor_client import AsyncOzor, Ozor
from ozor_client.types import Job, PlanEvent, Video


def sync(client: Ozor) -> None:
    assert_type(client.videos.get("v"), Video)
    assert_type(client.videos.wait_for_job("v", "j"), Job)
    assert_type(client.documents.generate("p"), Iterator[PlanEvent])
    assert_type(client.videos.get("v").export_status, str | None)


async def asynchronous(client: AsyncOzor) -> None:
    assert_type(client.videos.get("v"), Awaitable[Video])
    assert_type(await client.videos.wait_for_job("v", "j"), Job)
    assert_type(client.documents.generate("p"), AsyncIterator[PlanEvent])
"""


def test_mypy_sees_the_sync_and_async_surfaces(tmp_path: Path) -> None:
    program = tmp_path / "uses_sdk.py"
    program.write_text(PROGRAM)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        check=False,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
