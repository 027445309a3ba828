"""client.videos: generate, edit, export, poll and download videos (/api/v1/videos)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from ozor_client import errors
from ozor_client._core import (
    D,
    EventStream,
    Op,
    ProgressCallback,
    Request,
    Resource,
    Sleep,
    operation,
    poll_delay,
    stream,
)
from ozor_client._files import Attachment, attachments
from ozor_client.types import (
    ExportStarted,
    Job,
    JobStarted,
    ToolTrace,
    Version,
    VersionDetail,
    VersionDiff,
    VersionList,
    Video,
    VideoEvent,
    VideoList,
)

M = TypeVar("M", Job, Video)


def _path(*parts: str) -> str:
    return "/api/v1/videos" + "".join("/" + quote(p, safe="") for p in parts)


def _given(**fields: Any) -> dict[str, Any]:
    """Only what the caller chose: the server's defaults apply to the rest."""
    return {k: v for k, v in fields.items() if v is not None}


class Videos(Resource[D]):
    @operation
    def generate(
        self,
        prompt: str,
        *,
        aspect: str | None = None,
        export: bool | None = None,
        export_quality: str | None = None,
        export_is_public: bool | None = None,
        images: Iterable[Attachment] | None = None,
        videos: Iterable[Attachment] | None = None,
        webhook_url: str | None = None,
        idempotency_key: str | None = None,
    ) -> Op[JobStarted]:
        """Start the agent on a prompt (1 credit on success); `export=True` renders an MP4 afterwards.

        `webhook_url` hears job.completed/job.failed (and export.* of the auto-export); with an
        `idempotency_key` a retry (also the client's own) never starts a second video.
        """
        body = _given(
            prompt=prompt,
            aspect=aspect,
            export=export,
            exportQuality=export_quality,
            exportIsPublic=export_is_public,
            images=attachments(images),
            videos=attachments(videos),
            webhookUrl=webhook_url,
        )
        request = Request("POST", _path("generate"), json=body, idempotency_key=idempotency_key)
        response = yield from self._call(request)
        return JobStarted(response.json())

    @operation
    def create(self, project: dict[str, Any], *, idempotency_key: str | None = None) -> Op[Video]:
        """A video from a scene graph you wrote yourself (no agent, no credit)."""
        request = Request("POST", _path(), json={"project": project}, idempotency_key=idempotency_key)
        response = yield from self._call(request)
        return Video(response.json())

    @operation
    def list(self, *, limit: int | None = None) -> Op[VideoList]:
        """API-made videos, newest first (limit 1–100, default 20)."""
        response = yield from self._call(Request("GET", _path(), params=_given(limit=limit)))
        return VideoList(response.json())

    @operation
    def get(self, video_id: str) -> Op[Video]:
        response = yield from self._call(Request("GET", _path(video_id)))
        return Video(response.json())

    @operation
    def get_project(self, video_id: str) -> Op[dict[str, Any]]:
        """The video's scene graph, as the public JSON the editor and PUT use."""
        response = yield from self._call(Request("GET", _path(video_id, "project")))
        project: dict[str, Any] = response.json()
        return project

    @operation
    def update_project(self, video_id: str, project: dict[str, Any]) -> Op[dict[str, Any]]:
        response = yield from self._call(Request("PUT", _path(video_id, "project"), json=project))
        saved: dict[str, Any] = response.json()
        return saved

    @operation
    def project_schema(self) -> Op[dict[str, Any]]:
        """The JSON Schema of a project document (what `create` and `update_project` accept)."""
        response = yield from self._call(Request("GET", "/api/v1/schema/project.json"))
        schema: dict[str, Any] = response.json()
        return schema

    @operation
    def export(
        self,
        video_id: str,
        *,
        quality: str | None = None,
        is_public: bool | None = None,
        webhook_url: str | None = None,
        idempotency_key: str | None = None,
    ) -> Op[ExportStarted]:
        """Render an MP4 (free); an identical earlier export comes back at once, complete."""
        body = _given(quality=quality, isPublic=is_public, webhookUrl=webhook_url)
        request = Request("POST", _path(video_id, "export"), json=body, idempotency_key=idempotency_key)
        response = yield from self._call(request)
        return ExportStarted(response.json())

    @operation
    def message(
        self,
        video_id: str,
        message: str,
        *,
        images: Iterable[Attachment] | None = None,
        videos: Iterable[Attachment] | None = None,
        webhook_url: str | None = None,
        idempotency_key: str | None = None,
    ) -> Op[JobStarted]:
        """A natural-language edit for the agent (1 credit on success)."""
        body = _given(
            message=message,
            images=attachments(images),
            videos=attachments(videos),
            webhookUrl=webhook_url,
        )
        request = Request("POST", _path(video_id, "message"), json=body, idempotency_key=idempotency_key)
        response = yield from self._call(request)
        return JobStarted(response.json())

    @stream
    def events(self, video_id: str, *, after: int | None = None) -> EventStream[VideoEvent]:
        """The video's live events (tool calls, job statuses, export progress) as they happen; the
        first is `video` (its status now). It does not end by itself: stop iterating when done.
        `after`: resume after an event id (else only events from now on)."""
        request = Request("GET", _path(video_id, "events"), params=_given(after=after))
        return EventStream(request, VideoEvent, named=True)

    @operation
    def versions(self, video_id: str) -> Op[VersionList]:
        """The project's saved versions, newest first."""
        response = yield from self._call(Request("GET", _path(video_id, "versions")))
        return VersionList(response.json())

    @operation
    def version(self, video_id: str, version: int) -> Op[VersionDetail]:
        """One version with its whole scene graph (`project`)."""
        response = yield from self._call(Request("GET", _path(video_id, "versions", str(version))))
        return VersionDetail(response.json())

    @operation
    def diff(self, video_id: str, version: int, *, against: int | None = None) -> Op[VersionDiff]:
        """What changed from `against` (default: the version before) to `version`."""
        path = _path(video_id, "versions", str(version), "diff")
        response = yield from self._call(Request("GET", path, params=_given(against=against)))
        return VersionDiff(response.json())

    @operation
    def restore(self, video_id: str, version: int, *, idempotency_key: str | None = None) -> Op[Version]:
        """Make `version`'s project the current one (as a new version; history is kept)."""
        path = _path(video_id, "versions", str(version), "restore")
        response = yield from self._call(Request("POST", path, idempotency_key=idempotency_key))
        return Version(response.json())

    @operation
    def job(self, video_id: str, job_id: str) -> Op[Job]:
        response = yield from self._call(Request("GET", _path(video_id, "jobs", job_id)))
        return Job(response.json())

    @operation
    def tool_trace(self, video_id: str, conversation_id: str) -> Op[ToolTrace]:
        response = yield from self._call(
            Request("GET", _path(video_id, "conversations", conversation_id, "tool-trace"))
        )
        return ToolTrace(response.json())

    @operation
    def wait_for_job(
        self,
        video_id: str,
        job_id: str,
        *,
        timeout: float = 600,
        on_update: Callable[[Job], None] | None = None,
    ) -> Op[Job]:
        """Poll until the job is completed; JobFailedError if it failed, WaitTimeoutError past `timeout`."""
        path = _path(video_id, "jobs", job_id)
        job = yield from self._poll(
            path,
            Job,
            lambda j: j.status,
            "completed",
            errors.JobFailedError,
            f"Job {job_id}",
            on_update,
            timeout,
        )
        return job

    @operation
    def wait_for_export(
        self, video_id: str, *, timeout: float = 1800, on_update: Callable[[Video], None] | None = None
    ) -> Op[Video]:
        """Poll the video until its latest export is complete (an export not yet started is waited for)."""
        what = f"The export of video {video_id}"
        video = yield from self._poll(
            _path(video_id),
            Video,
            lambda v: v.export_status,
            "complete",
            errors.ExportFailedError,
            what,
            on_update,
            timeout,
        )
        return video

    @operation
    def download(
        self, video_id: str, path: str | os.PathLike[str], *, on_progress: ProgressCallback | None = None
    ) -> Op[Path]:
        """Stream the latest complete export's MP4 to `path` (written whole or not at all)."""
        response = yield from self._call(Request("GET", _path(video_id)))
        video = Video(response.json())
        if video.export_status != "complete" or not video.download_url:
            state = video.export_status or "never exported"
            raise errors.ExportFailedError(
                video, f"Video {video_id} has no complete export to download ({state})"
            )
        dest = Path(path)
        yield from self._call(Request("GET", video.download_url), dest=dest, on_progress=on_progress)
        return dest

    def _poll(
        self,
        path: str,
        parse: Callable[[Any], M],
        status_of: Callable[[M], str | None],
        done: str,
        failed: Callable[[M], errors.OperationFailed],
        what: str,
        on_update: Callable[[M], None] | None,
        timeout: float,
    ) -> Op[M]:
        """GET `path` at the reference's cadence until its status is `done`; raise when it is "failed"."""
        start = time.monotonic()
        while True:
            response = yield from self._call(Request("GET", path))
            item = parse(response.json())
            if on_update:
                on_update(item)
            status = status_of(item)
            if status == "failed":
                raise failed(item)
            if status == done:
                return item
            elapsed = time.monotonic() - start
            delay = poll_delay(elapsed, response.headers)
            if elapsed + delay > timeout:
                what = (
                    f"Job {item.job_id}"
                    if isinstance(item, Job)
                    else f"The export of video {path.rsplit('/', 1)[-1]}"
                )
                raise errors.WaitTimeoutError(
                    f"{what} is still {status or 'not started'} after {elapsed:.0f} s (timeout {timeout:.0f} s)"
                )
            yield Sleep(delay)
