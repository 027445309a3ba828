"""The "export" job: voice what needs a voice, render in worker processes, store, settle the export."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.db.models import Export, Job, Video
from ozor.db.statuses import ACTIVE_EXPORT, ExportStatus, VideoStatus
from ozor.errors import OzorError, UpstreamError
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import ExportPayload
from ozor.render.pipeline import RenderOptions, render
from ozor.render.thumbnail import write_thumbnail
from ozor.scene.models import Project
from ozor.videos import live, projects
from ozor.videos.exports import cache_key, resolve_assets
from ozor.voices.narrate import voice_project

PROGRESS_EVERY_SEC = 0.5


class ExportJob:
    """Renders an export; on failure the export says why and the video's status falls back."""

    payload_type = ExportPayload

    def run(self, ctx: JobContext[ExportPayload]) -> str | None:
        return _run(ctx)

    def on_failure(self, session: Session, job: Job, payload: ExportPayload, error: str) -> None:
        _fail(session, payload.export_id, error)


EXPORT = ExportJob()


def _run(ctx: JobContext[ExportPayload]) -> str | None:
    export_id = ctx.payload.export_id
    with ctx.db.session() as session:
        export = session.get(Export, export_id)
        if export is None or export.status not in ACTIVE_EXPORT:
            return "Nothing to render: the export was settled already"
        video = session.get(Video, export.video_id)
        project = projects.load_project(video) if video else None
        if video is None or project is None:
            raise UpstreamError("The video or its scenes were deleted before the export could start")
        export.status, export.error, video.status = ExportStatus.PROCESSING, None, VideoStatus.RENDERING
        account_id, version, quality, public = (
            video.account_id,
            video.version,
            export.quality,
            export.is_public,
        )
    report = _reporter(ctx)
    report("voice", "Preparing narration", 0)
    voiced = _voiced(ctx, account_id, project)
    settings, storage = ctx.settings, ctx.backends.storage
    base = f"users/{account_id}/exports/{export_id}"
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="ozor-export-") as tmp:
        with ctx.db.reader() as session:
            assets = resolve_assets(session, storage, account_id, voiced, stack)
        out, thumb = Path(tmp) / "video.mp4", Path(tmp) / "thumb.jpg"
        options = RenderOptions(
            quality=quality,
            preset=settings.x264_preset,
            crf=settings.x264_crf,
            workers=settings.render_workers,
            cache_dir=settings.data_dir / "render-cache",
            cache_limit_bytes=settings.render_cache_mb << 20,
            memory_mb=settings.render_memory_mb,
        )
        try:
            result = render(
                voiced,
                assets,
                out,
                options,
                progress=lambda done, total: report(
                    "render", f"Rendering frame {done}/{total}", int(5 + 90 * done / max(1, total))
                ),
            )
            write_thumbnail(voiced, out, thumb)
        except OzorError:
            raise
        except Exception as e:
            raise UpstreamError(
                f"The renderer failed ({type(e).__name__}: {e}). Export again to retry; "
                "if it fails again, replace the project's images or videos and retry."
            ) from e
        report("store", "Saving the video", 97)
        storage.put_file(f"{base}.mp4", out, "video/mp4")
        storage.put_file(f"{base}.jpg", thumb, "image/jpeg")
    with ctx.db.session() as session:
        export = session.get(Export, export_id)
        video = session.get(Video, export.video_id) if export else None
        assert export is not None and video is not None
        export.status, export.error = ExportStatus.COMPLETE, None
        export.video_path, export.thumbnail_path, export.duration_sec = (
            f"{base}.mp4",
            f"{base}.jpg",
            result.duration,
        )
        if voiced is not project and video.version == version:  # keep the voices (unless edited meanwhile)
            projects.save_project(session, video, voiced, "narration", job_id=ctx.job.id)
            export.cache_key = cache_key(voiced, quality, public)
            export.version = video.version
        video.status = (
            VideoStatus.RENDERING if _others_active(session, video.id, export_id) else VideoStatus.COMPLETED
        )
        ctx.complete(
            session, f"Rendered {result.frames} frames ({result.reused}/{result.chunks} chunks from cache)"
        )
    return None


def _fail(session: Session, export_id: str, error: str) -> None:
    """Fail the export with the reason; the video falls back to completed (an older render) or draft."""
    export = session.get(Export, export_id)
    if export is None:
        return
    export.status, export.error = ExportStatus.FAILED, error
    video = session.get(Video, export.video_id)
    if video is None:
        return
    if _others_active(session, video.id, export.id):
        video.status = VideoStatus.RENDERING
    else:
        done = session.scalars(
            select(Export.id).where(Export.video_id == video.id, Export.status == ExportStatus.COMPLETE)
        )
        video.status = VideoStatus.COMPLETED if done.first() else VideoStatus.DRAFT


def _others_active(session: Session, video_id: str, export_id: str) -> bool:
    query = select(Export.id).where(
        Export.video_id == video_id, Export.id != export_id, Export.status.in_(ACTIVE_EXPORT)
    )
    return session.scalars(query).first() is not None


def _voiced(ctx: JobContext[ExportPayload], account_id: str, project: Project) -> Project:
    """The project with narration audio for every scene that has text but no audio yet."""
    if not any(s.narration and s.narration.text.strip() and not s.narration.audio for s in project.scenes):
        return project
    return voice_project(ctx.db, ctx.backends, account_id, project)


def _reporter(ctx: JobContext[ExportPayload]) -> Callable[[str, str, int], None]:
    """Writes {"step", "detail", "pct"} to the job row, at most twice a second."""
    last = [0.0]

    def report(step: str, detail: str, pct: int) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_SEC and pct < 95:
            return
        last[0] = now
        with ctx.db.session() as session:
            job = session.get(Job, ctx.job.id)
            if job is not None:
                job.progress = {"step": step, "detail": detail, "pct": pct}
                if job.video_id is not None:
                    live.publish(
                        session,
                        job.video_id,
                        "export.progress",
                        {
                            "exportId": ctx.payload.export_id,
                            "jobId": job.id,
                            "stage": step,
                            "detail": detail,
                            "pct": pct,
                        },
                    )

    return report
