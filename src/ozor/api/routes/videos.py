"""Video endpoints: list and status (generate, message and export live with the agent and renderer)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ozor.api import presenters
from ozor.api.deps import ApiCaller, Ctx, OwnedVideo
from ozor.api.schemas import VideoDetail, VideoList
from ozor.videos import projects

router = APIRouter(prefix="/api/v1/videos", tags=["videos"])


@router.get("", response_model=VideoList, response_model_by_alias=True)
def list_videos(
    caller: ApiCaller, ctx: Ctx, limit: Annotated[int, Query(ge=1, le=projects.MAX_LIST)] = 20
) -> VideoList:
    with ctx.db.reader() as session:
        rows = projects.list_api_videos(session, caller.account_id, limit)
        return VideoList(videos=[presenters.video_summary(ctx.settings, v) for v in rows])


@router.get("/{video_id}", response_model=VideoDetail, response_model_exclude_unset=True)
def get_video(video: OwnedVideo, ctx: Ctx) -> VideoDetail:
    """Export fields appear once an export was triggered (unset fields are left out)."""
    with ctx.db.reader() as session:
        return presenters.video_detail(ctx.settings, ctx.backends.storage, session, video)
