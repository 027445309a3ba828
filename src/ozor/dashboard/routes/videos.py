"""New video: a prompt with aspect, attachments and export options, on the same path as the API."""

from __future__ import annotations

from typing import Annotated, Any, cast

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from ozor.agent import turns
from ozor.dashboard.pages import redirect, render
from ozor.dashboard.session import FormCsrf, SignedIn, app_ctx
from ozor.errors import BadRequest, OzorError
from ozor.jobs.payloads import AutoExport
from ozor.media import intake
from ozor.scene.models import Aspect
from ozor.videos.exports import QUALITIES

router = APIRouter(include_in_schema=False)
ASPECTS = ("16:9", "9:16")
DEFAULTS: dict[str, Any] = {
    "prompt": "",
    "aspect": "16:9",
    "export": False,
    "exportQuality": "720p",
    "exportIsPublic": False,
}


def _attachments(files: list[UploadFile]) -> list[intake.Media | intake.Incoming]:
    """Uploaded files, judged like the API's base64 attachments (type by content, size, probe)."""
    chosen = [f for f in files if f.filename]
    if len(chosen) > turns.MAX_ATTACHMENTS:
        raise BadRequest(f"At most {turns.MAX_ATTACHMENTS} attachments per video")
    judged: list[intake.Media | intake.Incoming] = []
    for upload in chosen:
        kind: intake.Kind = "video" if (upload.content_type or "").startswith("video/") else "image"
        item = intake.Incoming(kind, upload.filename or "attachment", mime_type=upload.content_type)
        judged.append(intake.examine(item, upload.file.read(intake.MAX_BYTES[kind] + 1)))
    return judged


@router.get("/new")
def new_video_page(request: Request, _user: SignedIn) -> Response:
    return render(request, "new_video.html", form=DEFAULTS)


@router.post("/new", dependencies=[FormCsrf])
def new_video(
    request: Request,
    user: SignedIn,
    prompt: Annotated[str, Form(max_length=4000)] = "",
    aspect: Annotated[str, Form()] = "16:9",
    attachments: Annotated[list[UploadFile] | None, File()] = None,
    export: Annotated[bool, Form()] = False,
    export_quality: Annotated[str, Form(alias="exportQuality")] = "720p",
    export_is_public: Annotated[bool, Form(alias="exportIsPublic")] = False,
) -> Response:
    """Start the agent (1 credit when it succeeds) on a video made on the web, then open its editor."""
    ctx = app_ctx(request)
    form = {
        "prompt": prompt,
        "aspect": aspect,
        "export": export,
        "exportQuality": export_quality,
        "exportIsPublic": export_is_public,
    }
    try:
        text = prompt.strip()
        if not 1 <= len(text) <= 2000:
            raise BadRequest("Describe the video in 1 to 2000 characters.")
        if aspect not in ASPECTS or export_quality not in QUALITIES:
            raise BadRequest("Choose one of the offered shapes and qualities.")
        media = _attachments(attachments or [])
        wanted = (
            AutoExport.model_validate({"quality": export_quality, "is_public": export_is_public})
            if export
            else None
        )
        with ctx.db.session() as session:
            video, job = turns.start_generate(
                session,
                ctx.backends.storage,
                user.account_id,
                text,
                aspect=cast(Aspect, aspect),
                attachments=media,
                export=wanted,
                created_via="web",
            )
            video_id, job_id = video.id, job.id
    except OzorError as e:
        return render(request, "new_video.html", status=e.status, form=form, error=e.detail)
    ctx.queue.submit(job_id)
    return redirect(request, f"/editor?projectId={video_id}")
