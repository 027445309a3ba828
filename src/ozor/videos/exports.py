"""Exports: the cache of finished renders, export rows and the "export" job that renders them.

An export is keyed by the canonical hash of the project + quality + visibility: an identical request
returns the finished export at once (or the one already under way). Otherwise a row and a job are
created; the job voices narration if needed, renders in worker processes, stores the MP4 and its
thumbnail, and settles the row. Statuses: export queued → processing → complete | failed; the video
draft → rendering → completed.
"""

from __future__ import annotations

from contextlib import ExitStack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.config import Settings
from ozor.db import ids
from ozor.db.models import Asset, Export, Job, Video
from ozor.db.points import PointReads
from ozor.db.statuses import ACTIVE_EXPORT, RUNNABLE, ExportStatus, JobStatus, VideoStatus
from ozor.errors import BadRequest
from ozor.jobs import service
from ozor.jobs.payloads import ExportPayload
from ozor.render.assets import AssetMap, refs_of
from ozor.render.chunks import RENDER_VERSION
from ozor.scene.hashing import content_hash
from ozor.scene.models import Project
from ozor.scene.quality import QUALITIES, Quality, is_quality
from ozor.videos import limits, projects

# What a status poll shows of the latest export (videos/{id}).
STATUS_COLUMNS = ("id", "status", "video_path", "share_code", "thumbnail_path", "error", "version")


def latest_status(points: PointReads, video: Video) -> Export | None:
    """The video's latest export as a status poll shows it (a point read)."""
    return points.get(Export, video.latest_export_id, STATUS_COLUMNS) if video.latest_export_id else None


def cache_key(project: Project, quality: Quality, is_public: bool) -> str:
    return content_hash(project, quality, "public" if is_public else "private", RENDER_VERSION)


def request_export(
    session: Session,
    settings: Settings,
    video: Video,
    *,
    quality: str,
    is_public: bool,
    webhook_url: str | None = None,
) -> Export:
    """The finished (or running) identical export, else a new queued export with its job.

    The caller commits, then submits `export.job_id` to the queue when the export is not complete.
    """
    if not is_quality(quality):
        raise BadRequest(f"quality must be one of {', '.join(QUALITIES)}")
    project = projects.load_project(video)
    if project is None:
        raise BadRequest(f"Video {video.id} has no scenes yet; wait for its generation job to finish")
    limits.check_length(settings, project)
    key = cache_key(project, quality, is_public)
    existing = session.scalars(
        select(Export)
        .where(
            Export.video_id == video.id,
            Export.cache_key == key,
            Export.status.in_((ExportStatus.COMPLETE, *ACTIVE_EXPORT)),
        )
        .order_by(Export.created_at.desc())
    ).first()
    if existing is not None:
        video.latest_export_id = existing.id
        return existing
    export = Export(
        id=ids.new_id("exp"),
        video_id=video.id,
        account_id=video.account_id,
        quality=quality,
        is_public=is_public,
        cache_key=key,
        status=ExportStatus.QUEUED,
        share_code=_free_share_code(session) if is_public else None,
        version=video.version,
    )
    session.add(export)
    job = service.enqueue(
        session,
        ExportPayload(export_id=export.id, version=video.version),
        account_id=video.account_id,
        video_id=video.id,
        webhook_url=webhook_url,
        lane=_export_lane(session, settings, video.account_id),
    )
    export.job_id = job.id
    video.latest_export_id = export.id
    video.status = VideoStatus.RENDERING
    return export


def _export_lane(session: Session, settings: Settings, account_id: str) -> str:
    """The least busy of the account's `max_concurrent_exports` lanes: a lane runs one job at a time,
    so an account never renders more exports at once than that, and the rest wait their turn."""
    lanes = [f"exports:{account_id}:{k}" for k in range(max(1, settings.max_concurrent_exports))]
    rows = session.execute(
        select(Job.lane, func.count())
        .where(Job.lane.in_(lanes), Job.status.in_((*RUNNABLE, JobStatus.PROCESSING)))
        .group_by(Job.lane)
    ).all()
    busy = {lane: count for lane, count in rows}
    return min(lanes, key=lambda lane: busy.get(lane, 0))


def _free_share_code(session: Session) -> str:
    while True:
        code = ids.share_code()
        if session.scalars(select(Export.id).where(Export.share_code == code)).first() is None:
            return code


def by_share_code(session: Session, code: str) -> Export | None:
    """A complete public export, for the permanent share URL."""
    export = session.scalars(select(Export).where(Export.share_code == code)).first()
    if (
        export is None
        or not export.is_public
        or export.status != ExportStatus.COMPLETE
        or not export.video_path
    ):
        return None
    return export


def resolve_assets(
    session: Session, storage: Storage, account_id: str, project: Project, stack: ExitStack
) -> AssetMap:
    """The account's stored assets the project uses, as local files for as long as `stack` is open.

    A server render reads nothing but `asset_…` references of the same account: a plain path in a
    project could otherwise name any file on the server.
    """
    files, prints = {}, {}
    for ref in dict.fromkeys(refs_of(project)):
        asset = session.get(Asset, ref) if ref.startswith("asset_") else None
        if asset is None or asset.account_id != account_id:
            raise BadRequest(
                f"The project uses {ref!r}, which is not one of this account's uploaded files; "
                "attach the image, video or audio again and refer to its asset id"
            )
        files[ref] = stack.enter_context(storage.local_copy(asset.storage_path))
        prints[ref] = asset.sha256
    return AssetMap(files, prints)
