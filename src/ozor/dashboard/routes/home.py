"""Home: what ozor is for visitors; the balance and every video of the account for a signed-in user."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from ozor.dashboard.pages import render
from ozor.dashboard.session import Viewer, app_ctx
from ozor.db.models import Export, Video
from ozor.db.statuses import ACTIVE_EXPORT, ExportStatus
from ozor.videos import projects

router = APIRouter(include_in_schema=False)
HOME_LIMIT = 60


@dataclass(frozen=True)
class VideoCard:
    video: Video
    badge: str
    thumbnail_url: str | None
    aspect: str


def badge(video: Video, export: Export | None) -> str:
    """One word for where a video stands: generating, draft, rendering, completed, export failed."""
    if video.project is None:
        return "generating"
    if export is not None and export.status in ACTIVE_EXPORT:
        return "rendering"
    if export is not None and export.status == ExportStatus.FAILED:
        return "export failed"
    return video.status


@router.get("/")
def home(request: Request, user: Viewer) -> Response:
    if user is None:
        return render(request, "visitor.html")
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        rows = session.execute(
            select(Video, Export)
            .outerjoin(Export, Export.id == Video.latest_export_id)
            .where(Video.account_id == user.account_id)
            .order_by(Video.created_at.desc(), Video.id.desc())
            .limit(HOME_LIMIT)
        ).all()
    cards = [
        VideoCard(
            video,
            badge(video, export),
            projects.file_url(ctx.settings, ctx.backends.storage, export.thumbnail_path)
            if export is not None and export.status == ExportStatus.COMPLETE and export.thumbnail_path
            else None,
            (video.project or {}).get("aspect", "16:9"),
        )
        for video, export in rows
    ]
    return render(request, "home.html", cards=cards)
