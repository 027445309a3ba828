"""What the poll endpoints answer, as plain JSON: a job's status and a video's status with an export.

The API's presenters validate these into their wire models; webhooks send them as event bodies, so a
webhook says exactly what polling would have.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.config import Settings
from ozor.db.models import Export, Job, Video
from ozor.db.statuses import ExportStatus, JobStatus
from ozor.db.timefmt import iso
from ozor.videos.projects import editor_url, file_url, share_url


def job_view(job: Job, conversation_id: str | None) -> dict[str, Any]:
    """GET …/jobs/{jobId}: `response` only once completed, `error` only once failed."""
    out: dict[str, Any] = {
        "videoId": job.video_id,
        "jobId": job.id,
        "status": str(job.status),
        "createdAt": iso(job.created_at) or "",
        "conversationId": conversation_id,
    }
    if job.status == JobStatus.COMPLETED:
        out["response"] = job.response
    if job.status == JobStatus.FAILED:
        out["error"] = job.error
    return out


def video_summary(settings: Settings, video: Video) -> dict[str, Any]:
    return {
        "videoId": video.id,
        "title": video.title,
        "status": str(video.status),
        "editorUrl": editor_url(settings, video.id),
        "createdAt": iso(video.created_at) or "",
    }


def video_view(
    settings: Settings, storage: Storage, session: Session, video: Video, export: Export | None = None
) -> dict[str, Any]:
    """GET /videos/{id}: export fields only once an export exists (the latest, unless one is named)."""
    if export is None and video.latest_export_id:
        export = session.get(Export, video.latest_export_id)
    return video_view_of(settings, storage, video, export)


def video_view_of(
    settings: Settings, storage: Storage, video: Video, export: Export | None
) -> dict[str, Any]:
    """The status of a video with `export` as its latest, from rows already read."""
    out = {**video_summary(settings, video), "conversationId": video.conversation_id}
    if export is None:
        return out
    complete = export.status == ExportStatus.COMPLETE
    out["exportId"] = export.id
    out["exportStatus"] = str(export.status)
    out["downloadUrl"] = (
        file_url(settings, storage, export.video_path) if complete and export.video_path else None
    )
    out["shareUrl"] = share_url(settings, export.share_code) if complete and export.share_code else None
    out["shareCode"] = export.share_code
    out["thumbnailUrl"] = (
        file_url(settings, storage, export.thumbnail_path) if complete and export.thumbnail_path else None
    )
    out["exportError"] = export.error
    if export.version is not None:
        out["exportVersion"] = export.version
    return out
