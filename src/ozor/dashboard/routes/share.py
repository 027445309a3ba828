"""The public share page of a public export: the MP4 in a <video>, with link-preview tags."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from ozor.api.routes.files import stored_file
from ozor.dashboard.pages import render
from ozor.dashboard.session import app_ctx
from ozor.db.models import Export, Video
from ozor.errors import NotFound
from ozor.render.timeline import frame_size
from ozor.videos import exports, projects

router = APIRouter(include_in_schema=False)


def public_export(session: Session, share_code: str) -> Export:
    """A complete, public export by its share code; 404 for anything else (private ones included)."""
    export = exports.by_share_code(session, share_code)
    if export is None:
        raise NotFound(
            "There is no shared video at this address. The link may be mistyped or the video private."
        )
    return export


@router.get("/s/{share_code}")
def share_page(request: Request, share_code: str) -> Response:
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        export = public_export(session, share_code)
        video = session.get(Video, export.video_id)
    assert video is not None
    aspect = (video.project or {}).get("aspect", "16:9")
    width, height = frame_size(export.quality, aspect)
    base = ctx.settings.public_url
    return render(
        request,
        "share.html",
        title=video.title or "A video made with ozor",
        video_url=projects.share_url(ctx.settings, share_code),
        page_url=f"{base}/s/{share_code}",
        thumbnail_url=f"{base}/s/{share_code}/thumbnail.jpg" if export.thumbnail_path else None,
        width=width,
        height=height,
        duration=export.duration_sec,
        portrait=aspect == "9:16",
    )


@router.get("/s/{share_code}/thumbnail.jpg")
def share_thumbnail(request: Request, share_code: str) -> Response:
    """The poster frame, public like the MP4 itself (og:image must be a stable public URL)."""
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        export = public_export(session, share_code)
    if not export.thumbnail_path:
        raise NotFound("This video has no thumbnail")
    return stored_file(ctx.backends.storage, export.thumbnail_path, cache_control="public, max-age=86400")
