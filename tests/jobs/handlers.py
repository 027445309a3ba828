"""Job handlers used by the runner tests (registered with monkeypatch, run in-process)."""

from __future__ import annotations

from ozor.errors import BadRequest
from ozor.jobs.runner import JobContext
from ozor.models import Video


def run(ctx: JobContext) -> str | None:
    mode = ctx.payload.get("mode")
    if mode == "fail":
        with ctx.db.session() as session:  # work that must be undone by the failure
            session.get(Video, ctx.job.video_id).title = "half-done"
        raise BadRequest("the payload asked to fail")
    if mode == "crash":
        raise RuntimeError("boom")
    with ctx.db.session() as session:
        session.get(Video, ctx.job.video_id).title = "done"
        ctx.complete(session, "finished")
    return None


def on_failure(session, job, error: str) -> None:
    session.get(Video, job.video_id).title = f"restored after: {error}"
