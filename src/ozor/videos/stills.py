"""Scene stills for the editor's scene list: one small frame per scene, rendered by a background job.

A still is keyed by what its pixels depend on (the scene, theme, aspect, captions, the assets and
the renderer version), so an edit re-renders only the scenes it touched and unchanged ones are
reused across versions and videos. The "scene_stills" job runs in a worker process like every
render, never in the web process.
"""

from __future__ import annotations

import io
from contextlib import ExitStack

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.db.models import Asset, Job, Video
from ozor.db.statuses import RUNNABLE, JobStatus
from ozor.errors import BadRequest
from ozor.jobs import service
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import JobKind, StillsPayload
from ozor.render import yuv
from ozor.render.assets import AssetMap, scene_refs
from ozor.render.chunks import RENDER_VERSION
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas
from ozor.render.thumbnail import representative_time
from ozor.scene.hashing import content_hash
from ozor.scene.models import Project, Scene
from ozor.videos.exports import resolve_assets

LONG_SIDE = 384


def still_path(account_id: str, key: str) -> str:
    return f"users/{account_id}/stills/{key}.jpg"


def still_key(project: Project, scene: Scene, fingerprints: dict[str, str]) -> str:
    refs = sorted(set(scene_refs(scene)))
    return content_hash(
        scene,
        project.theme.model_dump_json(),
        project.aspect,
        str(project.captions),
        ",".join(fingerprints.get(r, "?") for r in refs),
        RENDER_VERSION,
        str(LONG_SIDE),
    )


def fingerprints(session: Session, project: Project) -> dict[str, str]:
    """The stored assets' content hashes: an asset replaced under the same id gets a new still."""
    refs = {r for s in project.scenes for r in scene_refs(s)}
    if not refs:
        return {}
    rows = session.execute(select(Asset.id, Asset.sha256).where(Asset.id.in_(refs))).all()
    return {asset_id: sha for asset_id, sha in rows}


def stills(session: Session, storage: Storage, account_id: str, project: Project) -> dict[str, str | None]:
    """Each scene's still path (scene id → path), or None where it has not been rendered yet."""
    prints = fingerprints(session, project)
    out: dict[str, str | None] = {}
    for scene in project.scenes:
        path = still_path(account_id, still_key(project, scene, prints))
        out[scene.id] = path if storage.exists(path) else None
    return out


def latest_job(session: Session, video_id: str) -> Job | None:
    return session.scalars(
        select(Job)
        .where(Job.video_id == video_id, Job.kind == JobKind.SCENE_STILLS)
        .order_by(Job.created_at.desc())
    ).first()


def wanted(session: Session, video: Video) -> bool:
    """True when no stills job is under way for the video and the last one did not fail on this version."""
    job = latest_job(session, video.id)
    if job is None:
        return True
    if job.status in RUNNABLE or job.status == JobStatus.PROCESSING:
        return False
    return not (job.status == JobStatus.FAILED and job.payload.get("version") == video.version)


def request(session: Session, video: Video) -> Job | None:
    """Queue a stills job unless one is under way (the caller commits, then submits it)."""
    if not wanted(session, video):
        return None
    return service.enqueue(
        session,
        StillsPayload(video_id=video.id, version=video.version),
        account_id=video.account_id,
        video_id=video.id,
        lane=f"stills:{video.id}",
    )


def render_still(project: Project, scene: Scene, assets: AssetMap) -> bytes:
    """The scene at the moment everything has entered, as a small JPEG."""
    short = LONG_SIDE * 9 // 16
    width, height = (LONG_SIDE, short) if project.aspect == "16:9" else (short, LONG_SIDE)
    alone = Project.model_validate({**project.model_dump(by_alias=False), "scenes": [scene.model_dump()]})
    renderer = SceneRenderer(alone, scene, Canvas(width, height), assets)
    try:
        buf, planes = yuv.frame_buffer(width, height)
        renderer.render(representative_time(alone), planes)
    finally:
        renderer.close()
    out = io.BytesIO()
    Image.fromarray(yuv.i420_to_rgb(buf, width, height)).save(out, "JPEG", quality=85)
    return out.getvalue()


class StillsJob:
    """Draws the missing stills of a video; a failure needs no undoing (the editor shows none)."""

    payload_type = StillsPayload

    def run(self, ctx: JobContext[StillsPayload]) -> str | None:
        return _draw_missing(ctx)

    def on_failure(self, session: Session, job: Job, payload: StillsPayload, error: str) -> None:
        return None


STILLS = StillsJob()


def _draw_missing(ctx: JobContext[StillsPayload]) -> str:
    storage = ctx.backends.storage
    with ctx.db.reader() as session:
        video = session.get(Video, ctx.payload.video_id)
        if video is None or not video.project:
            raise BadRequest("The video has no scenes to draw")
        project = Project.model_validate(video.project)
        missing = [
            s
            for s, path in zip(
                project.scenes, stills(session, storage, video.account_id, project).values(), strict=True
            )
            if path is None
        ]
        prints = fingerprints(session, project)
        with ExitStack() as stack:
            assets = resolve_assets(session, storage, video.account_id, project, stack)
            for scene in missing:
                storage.put_bytes(
                    still_path(video.account_id, still_key(project, scene, prints)),
                    render_still(project, scene, assets),
                    "image/jpeg",
                )
    return f"{len(missing)} scene stills drawn"
