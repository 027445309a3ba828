"""Video endpoints: list and status (generate, message and export live with the agent and renderer)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ozor.api import presenters
from ozor.api.deps import ApiCaller, Ctx, OwnedVideo, point_read
from ozor.api.schemas import VideoDetail, VideoList
from ozor.context import AppContext
from ozor.videos import exports, projects

router = APIRouter(prefix="/api/v1/videos", tags=["videos"])


@router.get("", response_model=VideoList, response_model_by_alias=True)
def list_videos(
    caller: ApiCaller, ctx: Ctx, limit: Annotated[int, Query(ge=1, le=projects.MAX_LIST)] = 20
) -> VideoList:
    with ctx.db.reader() as session:
        rows = projects.list_api_videos(session, caller.account_id, limit)
        return VideoList(videos=[presenters.video_summary(ctx.settings, v) for v in rows])


@router.get("/{video_id}", response_model=VideoDetail, response_model_exclude_unset=True)
async def get_video(video: OwnedVideo, request: Request) -> Response:
    """Export fields appear once an export was triggered (unset fields are left out). The hot path of
    every waiting client: point reads, and the model serialised once, straight to bytes."""
    ctx: AppContext = request.app.state.ctx
    export = await point_read(ctx, exports.latest_status, ctx.db.points, video)
    detail = presenters.video_with_export(ctx.settings, ctx.backends.storage, video, export)
    return Response(detail.model_dump_json(by_alias=True, exclude_unset=True), media_type="application/json")
