"""Version history: every change of a video's project is kept, listed, compared and restorable.

A version's number is the video's `version` counter after the change, so the export that rendered
version n names it, and an agent turn that raced an edit is caught by the same counter.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.db.models import Video, VideoVersion
from ozor.db.timefmt import iso
from ozor.errors import BadRequest, NotFound
from ozor.scene.models import Project
from ozor.videos import projects
from ozor.videos.diff import describe, json_patch


def history(session: Session, video_id: str) -> list[VideoVersion]:
    """The video's versions, newest first."""
    query = select(VideoVersion).where(VideoVersion.video_id == video_id).order_by(VideoVersion.number.desc())
    return list(session.scalars(query))


def get(session: Session, video_id: str, number: int) -> VideoVersion:
    version = session.get(VideoVersion, (video_id, number))
    if version is None:
        raise NotFound(f"Video {video_id} has no version {number}")
    return version


def diff(session: Session, video_id: str, number: int, against: int | None = None) -> dict[str, Any]:
    """What changed from `against` (default: the version before) to `number`, in words and as JSON Patch."""
    new = get(session, video_id, number)
    base = against if against is not None else _previous(session, video_id, number)
    old_project: dict[str, Any] = get(session, video_id, base).project if base is not None else {}
    return {
        "videoId": video_id,
        "version": number,
        "against": base,
        "changes": describe(old_project, new.project),
        "patch": json_patch(old_project, new.project),
    }


def _previous(session: Session, video_id: str, number: int) -> int | None:
    query = select(VideoVersion.number).where(VideoVersion.video_id == video_id, VideoVersion.number < number)
    return session.scalar(query.order_by(VideoVersion.number.desc()).limit(1))


def restore(session: Session, video: Video, number: int) -> VideoVersion:
    """The project of version `number` becomes the newest version (history is never rewritten)."""
    old = get(session, video.id, number)
    if number == video.version:
        raise BadRequest(f"Version {number} is the current version already")
    project = Project.model_validate(old.project)
    return projects.save_project(session, video, project, "restore", restored_from=number)


def summary(version: VideoVersion) -> dict[str, Any]:
    return {
        "version": version.number,
        "source": version.source,
        "jobId": version.job_id,
        "restoredFrom": version.restored_from,
        "title": version.project.get("title"),
        "scenes": len(version.project.get("scenes") or []),
        "createdAt": iso(version.created_at),
    }
