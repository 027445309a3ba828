"""Exports: POST /api/v1/videos/{id}/export, and the permanent public share URL /v/{shareCode}.mp4."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body
from fastapi.responses import Response

from ozor.api import presenters
from ozor.api.deps import Ctx, OwnedVideo, webhook_target
from ozor.api.routes.files import stored_file
from ozor.api.schemas import ExportRequest, ExportResponse
from ozor.db.statuses import ExportStatus
from ozor.errors import NotFound
from ozor.videos import exports, projects

router = APIRouter(tags=["exports"])


@router.post(
    "/api/v1/videos/{video_id}/export",
    response_model=ExportResponse,
    response_model_by_alias=True,
    response_model_exclude_unset=True,
)
def export_video(
    owned: OwnedVideo, ctx: Ctx, body: Annotated[ExportRequest | None, Body()] = None
) -> ExportResponse:
    """Start a render (free), or return the identical finished export at once."""
    body = body or ExportRequest()
    webhook_url = webhook_target(ctx, body.webhook_url)
    with ctx.db.session() as session:
        video = projects.reloaded(session, owned.id, for_update=True)
        export = exports.request_export(
            session,
            ctx.settings,
            video,
            quality=body.quality,
            is_public=body.is_public,
            webhook_url=webhook_url,
        )
        session.flush()
        detail = presenters.video_detail(ctx.settings, ctx.backends.storage, session, video)
        job_id = export.job_id if export.status == ExportStatus.QUEUED else None
    if job_id:
        ctx.queue.submit(job_id)
    out = ExportResponse(
        video_id=owned.id,
        export_id=detail.export_id or export.id,
        export_status=detail.export_status or export.status,
        share_code=detail.share_code,
    )
    if detail.export_version is not None:
        out.export_version = detail.export_version
    if detail.export_status == ExportStatus.COMPLETE:
        out.download_url, out.share_url, out.thumbnail_url = (
            detail.download_url,
            detail.share_url,
            detail.thumbnail_url,
        )
    return out


@router.get("/v/{share_code}.mp4", response_model=None)
@router.head("/v/{share_code}.mp4", response_model=None, include_in_schema=False)
def shared_video(share_code: str, ctx: Ctx) -> Response:
    """A public export's MP4 at a permanent address (range requests served for players)."""
    with ctx.db.reader() as session:
        export = exports.by_share_code(session, share_code)
        path = export.video_path if export else None
    if not path:
        raise NotFound(f"No public video with share code {share_code}")
    return stored_file(ctx.backends.storage, path, cache_control="public, max-age=86400")
