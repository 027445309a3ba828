"""The editor: preview, scenes, chat with the agent, tool trace and exports of one video.

The page renders its panels server-side; while something runs (an agent turn, an export) a small
script polls /editor/panels and swaps in the panels that changed, so replies appear without reloading.
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ozor.dashboard.pages import TEMPLATES, json, render
from ozor.dashboard.session import SignedIn, WebUser, app_ctx
from ozor.dashboard.workspace import Workspace, load
from ozor.errors import BadRequest

router = APIRouter(include_in_schema=False)
PANELS = ("preview", "export", "scenes", "chat")
# Signed file URLs carry a fresh expiry on every read; they must not count as a change of content.
_SIGNATURE = re.compile(r"expires=\d+&(amp;)?sig=[\w-]+")
ProjectId = Annotated[str | None, Query(alias="projectId")]


def _workspace(request: Request, user: WebUser, project_id: str | None) -> Workspace:
    if not project_id:
        raise BadRequest("Open the editor from a video: the address needs ?projectId=…")
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        return load(ctx, session, project_id, user.account_id)


def _panel_context(request: Request, ws: Workspace) -> dict[str, Any]:
    return {"ws": ws, "public_url": app_ctx(request).settings.public_url, "scene_thumbs": {}}


def panels(request: Request, ws: Workspace) -> dict[str, Any]:
    context = _panel_context(request, ws)
    out = {}
    for name in PANELS:
        html = TEMPLATES.get_template(f"_{name}.html").render(context)
        out[name] = {"html": html, "key": hashlib.sha1(_SIGNATURE.sub("", html).encode()).hexdigest()}
    return {"busy": ws.busy, "ready": ws.project is not None, "title": ws.video.title or "Untitled video", "panels": out}


@router.get("/editor")
def editor(request: Request, user: SignedIn, project_id: ProjectId = None) -> Response:
    ws = _workspace(request, user, project_id)
    state = panels(request, ws)
    return render(request, "editor.html", **_panel_context(request, ws), state=state)


@router.get("/editor/panels")
def editor_panels(request: Request, user: SignedIn, project_id: ProjectId = None) -> Response:
    return json(request, panels(request, _workspace(request, user, project_id)))
