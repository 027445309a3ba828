"""The public scene graph (additive): create a video from a project, read and replace its graph,
and the published JSON Schema of a project document."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ozor.api import presenters
from ozor.api.body import json_body
from ozor.api.deps import ApiCaller, Ctx, OwnedVideo
from ozor.api.schemas import VideoDetail
from ozor.errors import BadRequest, NotFound
from ozor.scene.models import json_schema
from ozor.scene.parse import parse_project
from ozor.videos import limits, projects

router = APIRouter(tags=["projects"])


@router.post(
    "/api/v1/videos",
    response_model=VideoDetail,
    response_model_by_alias=True,
    response_model_exclude_unset=True,
)
async def create_from_project(request: Request, caller: ApiCaller, ctx: Ctx) -> VideoDetail:
    """A new video holding the posted scene graph; no agent runs, so no credit is used."""
    body = await json_body(request)
    if not isinstance(body, dict) or "project" not in body:
        raise BadRequest('Send {"project": {...}}: a scene-graph document (see /api/v1/schema/project.json)')
    project = parse_project(body["project"], "project")
    limits.check_length(ctx.settings, project)
    with ctx.db.session() as session:
        video = projects.create_video(session, caller.account_id, project, created_via="api")
        session.flush()
        return presenters.video_detail(ctx.settings, ctx.backends.storage, session, video)


@router.get("/api/v1/videos/{video_id}/project")
def get_project(owned: OwnedVideo, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.reader() as session:
        project = projects.load_project(projects.reloaded(session, owned.id))
    if project is None:
        raise NotFound(f"Video {owned.id} has no scenes yet; its generation job is still running")
    return project.to_json()


@router.put("/api/v1/videos/{video_id}/project")
async def put_project(owned: OwnedVideo, request: Request, ctx: Ctx) -> dict[str, Any]:
    """Replace the graph after validation; nothing changes when it is invalid."""
    project = parse_project(await json_body(request))
    limits.check_length(ctx.settings, project)
    with ctx.db.session() as session:
        video = projects.reloaded(session, owned.id, for_update=True)
        projects.save_project(session, video, project, "put")
    return project.to_json()


@router.get("/api/v1/schema/project.json")
def project_schema() -> dict[str, Any]:
    """The JSON Schema of a project document (public: it describes a format, not anyone's data)."""
    return json_schema()
