"""A video's live events: what the agent does as it happens, job status changes and export progress.

Writers (the agent's workbench, the export job, jobs/service for statuses) add rows in their own
transactions, from whichever process runs the job; `stream` reads them back in order for the SSE
endpoint, so a client needs no polling and a reconnect resumes from its Last-Event-ID.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ozor.db import Database
from ozor.db.models import VideoEvent

POLL_SEC = 0.25
KEEPALIVE_SEC = 10.0
BATCH = 200


def publish(session: Session, video_id: str, type_: str, data: dict[str, Any]) -> None:
    session.add(VideoEvent(video_id=video_id, type=type_, data=data))


def latest_id(db: Database, video_id: str) -> int:
    with db.reader() as session:
        return session.scalar(select(func.max(VideoEvent.id)).where(VideoEvent.video_id == video_id)) or 0


def _after(db: Database, video_id: str, last: int) -> list[tuple[int, str, dict[str, Any]]]:
    with db.reader() as session:
        rows = session.execute(
            select(VideoEvent.id, VideoEvent.type, VideoEvent.data)
            .where(VideoEvent.video_id == video_id, VideoEvent.id > last)
            .order_by(VideoEvent.id)
            .limit(BATCH)
        ).all()
    return [(r.id, r.type, r.data) for r in rows]


def frame(event_id: int | None, type_: str, data: dict[str, Any]) -> bytes:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {type_}\ndata: {json.dumps(data)}\n\n".encode()


async def stream(db: Database, video_id: str, last: int, first: bytes) -> AsyncIterator[bytes]:
    """`first`, then every event after `last` as it is written, with keep-alive comments; it ends
    only when the client goes away."""
    yield first
    quiet = 0.0
    while True:
        rows = await asyncio.to_thread(_after, db, video_id, last)
        for event_id, type_, data in rows:
            yield frame(event_id, type_, data)
            last = event_id
        if rows:
            quiet = 0.0
            continue
        await asyncio.sleep(POLL_SEC)
        quiet += POLL_SEC
        if quiet >= KEEPALIVE_SEC:
            quiet = 0.0
            yield b": keep-alive\n\n"
