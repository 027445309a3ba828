"""The progress of a plan's generation job as server-sent events, for the API and the dashboard.

Every event the job recorded is sent once, in order; then `done` (with the projectId) or `error`,
and the stream ends. A client that reconnects starts again from the first event.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from ozor.db import Database
from ozor.db.models import Job, Plan
from ozor.db.statuses import JobStatus
from ozor.documents.generate import event

POLL_SEC = 0.25
KEEPALIVE_SEC = 10.0


def sse(data: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(data)}\n\n".encode()


def _snapshot(
    db: Database, job_id: str, plan_id: str
) -> tuple[str, list[dict[str, Any]], str | None, str | None]:
    with db.reader() as session:
        job = session.get(Job, job_id)
        plan = session.get(Plan, plan_id)
        assert job is not None
        return (
            job.status,
            list((job.progress or {}).get("events") or []),
            job.error,
            plan.project_id if plan else None,
        )


async def events(db: Database, job_id: str, plan_id: str) -> AsyncIterator[bytes]:
    sent = 0
    quiet = 0.0
    while True:
        status, recorded, error, project_id = await asyncio.to_thread(_snapshot, db, job_id, plan_id)
        for item in recorded[sent:]:
            yield sse(item)
        if len(recorded) > sent:
            sent, quiet = len(recorded), 0.0
        if status == JobStatus.COMPLETED:
            yield sse(event("done", "Video project ready!", 100, projectId=project_id))
            return
        if status == JobStatus.FAILED:
            yield sse(event("error", error or "Generation failed", -1))
            return
        await asyncio.sleep(POLL_SEC)
        quiet += POLL_SEC
        if quiet >= KEEPALIVE_SEC:
            quiet = 0.0
            yield b": keep-alive\n\n"
