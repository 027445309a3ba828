"""The editor: preview, scenes, chat with the agent, tool trace and exports of one video.

The page renders its panels server-side; while something runs (an agent turn, an export) a small
script polls /editor/panels and swaps in the panels that changed, so replies appear without reloading.
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from ozor.agent import turns
from ozor.dashboard.pages import TEMPLATES, json, redirect, render
from ozor.dashboard.session import FormCsrf, SignedIn, WebUser, app_ctx
from ozor.dashboard.workspace import Workspace, draw_missing_stills, load
from ozor.db.statuses import ExportStatus
from ozor.errors import BadRequest
from ozor.videos import exports, projects

router = APIRouter(include_in_schema=False)
PANELS = ("preview", "export", "scenes", "chat", "trace")
# Signed file URLs carry a fresh expiry on every read; they must not count as a change of content.
_SIGNATURE = re.compile(r"expires=\d+&(amp;)?sig=[\w-]+")
ProjectId = Annotated[str | None, Query(alias="projectId")]


def _workspace(request: Request, user: WebUser, project_id: str | None) -> Workspace:
    if not project_id:
        raise BadRequest("Open the editor from a video: the address needs ?projectId=…")
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        ws = load(ctx, session, project_id, user.account_id)
    draw_missing_stills(ctx, ws)
    return ws


def _panel_context(request: Request, ws: Workspace) -> dict[str, Any]:
    return {"ws": ws, "public_url": app_ctx(request).settings.public_url}


def panels(request: Request, ws: Workspace) -> dict[str, Any]:
    context = _panel_context(request, ws)
    out = {}
    for name in PANELS:
        html = TEMPLATES.get_template(f"_{name}.html").render(context)
        out[name] = {"html": html, "key": hashlib.sha1(_SIGNATURE.sub("", html).encode()).hexdigest()}
    return {
        "busy": ws.busy,
        "ready": ws.project is not None,
        "title": ws.video.title or "Untitled video",
        "summary": ws.summary,
        "balance": ws.balance,
        "panels": out,
    }


@router.get("/editor")
def editor(request: Request, user: SignedIn, project_id: ProjectId = None) -> Response:
    ws = _workspace(request, user, project_id)
    state = panels(request, ws)
    return render(request, "editor.html", **_panel_context(request, ws), state=state)


@router.get("/editor/panels")
def editor_panels(request: Request, user: SignedIn, project_id: ProjectId = None) -> Response:
    return json(request, panels(request, _workspace(request, user, project_id)))


def _after(request: Request, user: WebUser, project_id: str) -> Response:
    """Scripts get the fresh panels; a plain form post (no JS) goes back to the editor."""
    if "application/json" in request.headers.get("accept", ""):
        return json(request, panels(request, _workspace(request, user, project_id)))
    return redirect(request, f"/editor?projectId={quote(project_id, safe='')}")


FormProjectId = Annotated[str, Form(alias="projectId")]


@router.post("/editor/export", dependencies=[FormCsrf])
def export(
    request: Request,
    user: SignedIn,
    project_id: FormProjectId = "",
    quality: Annotated[str, Form()] = "1080p",
    is_public: Annotated[bool, Form(alias="isPublic")] = False,
) -> Response:
    """Start a render (free), or show the identical finished export at once."""
    ctx = app_ctx(request)
    with ctx.db.session() as session:
        video = projects.owned(session, project_id, user.account_id)
        started = exports.request_export(session, ctx.settings, video, quality=quality, is_public=is_public)
        job_id = started.job_id if started.status == ExportStatus.QUEUED else None
    if job_id:
        ctx.queue.submit(job_id)
    return _after(request, user, project_id)


@router.post("/editor/message", dependencies=[FormCsrf])
def message(
    request: Request, user: SignedIn, project_id: FormProjectId = "", message: Annotated[str, Form()] = ""
) -> Response:
    """A chat edit for the agent (1 credit when it succeeds); its reply shows up in the chat panel."""
    ctx = app_ctx(request)
    text = message.strip()
    if not 1 <= len(text) <= 2000:
        raise BadRequest("Write a message of 1 to 2000 characters.")
    with ctx.db.session() as session:
        video = projects.owned(session, project_id, user.account_id)
        job_id = turns.start_message(session, ctx.backends.storage, video, text, []).id
    ctx.queue.submit(job_id)
    return _after(request, user, project_id)
