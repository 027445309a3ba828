"""A job kind used by the runner tests (registered with monkeypatch, run in-process)."""

from __future__ import annotations

from typing import ClassVar, Literal

from ozor.db.models import Video
from ozor.errors import BadRequest
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import Payload

KIND = "test.job"


class ProbePayload(Payload):
    KIND: ClassVar = KIND  # type: ignore[misc]  # a kind outside the closed set, for tests only
    mode: Literal["ok", "fail", "crash"] = "ok"


class ProbeHandler:
    payload_type = ProbePayload

    def run(self, ctx: JobContext[ProbePayload]) -> str | None:
        mode = ctx.payload.mode
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

    def on_failure(self, session, job, payload: ProbePayload, error: str) -> None:
        session.get(Video, job.video_id).title = f"restored after: {error}"
