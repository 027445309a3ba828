"""Videos (projects) as the API shows them: ownership, listing, and the status with its latest export."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.config import Settings
from ozor.db import ids
from ozor.db.models import Conversation, Video, VideoVersion
from ozor.db.points import PointReads
from ozor.errors import Forbidden, NotFound
from ozor.media.signing import signed_url
from ozor.scene.models import Project

MAX_LIST = 100


# Everything but the scene graph: polling must not load or parse it.
STATUS_COLUMNS = (
    "id",
    "account_id",
    "title",
    "status",
    "created_via",
    "version",
    "conversation_id",
    "latest_export_id",
    "created_at",
    "updated_at",
)


def owned(session: Session, video_id: str, account_id: str) -> Video:
    """The caller's video: 404 when it does not exist, 403 when it is someone else's."""
    return _of(session.get(Video, video_id), video_id, account_id)


def owned_status(points: PointReads, video_id: str, account_id: str) -> Video:
    """The caller's video without its scene graph, by a point read (the polling path); 404 / 403."""
    return _of(points.get(Video, video_id, STATUS_COLUMNS), video_id, account_id)


def _of(video: Video | None, video_id: str, account_id: str) -> Video:
    if video is None:
        raise NotFound(f"Video {video_id} not found")
    if video.account_id != account_id:
        raise Forbidden(f"Video {video_id} belongs to another account")
    return video


def reloaded(session: Session, video_id: str, *, for_update: bool = False) -> Video:
    """A video whose owner the caller has checked, read whole in this session (locked for a write)."""
    video = session.get(Video, video_id, with_for_update=for_update or None)
    if video is None:
        raise NotFound(f"Video {video_id} not found")
    return video


def create_video(
    session: Session, account_id: str, project: Project | None, *, created_via: str = "api"
) -> Video:
    """A new video (with its conversation) holding `project`, which may come later (agent jobs)."""
    video = Video(
        id=ids.new_id(length=20),
        account_id=account_id,
        title=project.title if project else "",
        created_via=created_via,
        project=project.to_json() if project else None,
        version=1 if project else 0,
    )
    session.add(video)
    session.flush()
    if project is not None:
        _record(session, video, "create")
    conversation = Conversation(id=ids.new_id("conv"), video_id=video.id)
    session.add(conversation)
    video.conversation_id = conversation.id
    return video


def load_project(video: Video) -> Project | None:
    return Project.model_validate(video.project) if video.project else None


def save_project(
    session: Session,
    video: Video,
    project: Project,
    source: str,
    *,
    job_id: str | None = None,
    restored_from: int | None = None,
) -> VideoVersion:
    """Store a new version of the graph and keep it in the history; the title follows the project's.

    `source` says what made it: agent, put, restore or narration (create_video records "create").
    """
    video.project = project.to_json()
    video.title = project.title
    video.version += 1
    return _record(session, video, source, job_id=job_id, restored_from=restored_from)


def _record(
    session: Session,
    video: Video,
    source: str,
    *,
    job_id: str | None = None,
    restored_from: int | None = None,
) -> VideoVersion:
    assert video.project is not None
    version = VideoVersion(
        video_id=video.id,
        number=video.version,
        project=video.project,
        source=source,
        job_id=job_id,
        restored_from=restored_from,
    )
    session.add(version)
    return version


def list_api_videos(session: Session, account_id: str, limit: int) -> list[Video]:
    return list(
        session.scalars(
            select(Video)
            .where(Video.account_id == account_id, Video.created_via == "api")
            .order_by(Video.created_at.desc(), Video.id.desc())
            .limit(limit)
        )
    )


def editor_url(settings: Settings, video_id: str) -> str:
    return f"{settings.public_url}/editor?projectId={video_id}"


def share_url(settings: Settings, share_code: str) -> str:
    """The permanent public address of a public export's MP4."""
    return f"{settings.public_url}/v/{share_code}.mp4"


def file_url(settings: Settings, storage: Storage, path: str) -> str:
    """A URL valid ~24 h: the store's own presigned URL, or one the app signs and serves."""
    assert settings.secret_key
    return storage.presigned_url(path, 24 * 3600) or signed_url(
        settings.public_url or "", settings.secret_key, path
    )
