"""Live events of a video over server-sent events (additive): no polling needed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import StreamingResponse

from ozor.api.deps import Ctx, OwnedVideo
from ozor.videos import live, status

router = APIRouter(tags=["events"])


@router.get("/api/v1/videos/{video_id}/events")
def video_events(
    video: OwnedVideo,
    ctx: Ctx,
    after: Annotated[int | None, Query(ge=0, le=2**62)] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """`event: video` first (what GET /videos/{id} answers now), then `tool.call` (each tool the agent
    calls, as it happens), `job.status` (queued → processing → completed | failed) and
    `export.progress` (stage, detail, pct) events, each with an `id:`. Resume with Last-Event-ID (or
    `?after=`); without either, only events from now on are sent."""
    resume = after
    if resume is None and last_event_id is not None and last_event_id.isdigit() and len(last_event_id) < 19:
        resume = int(last_event_id)
    start = resume if resume is not None else live.latest_id(ctx.db, video.id)
    with ctx.db.reader() as session:
        snapshot = status.video_view(ctx.settings, ctx.backends.storage, session, video)
    return StreamingResponse(
        live.stream(ctx.db, video.id, start, live.frame(None, "video", snapshot)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
