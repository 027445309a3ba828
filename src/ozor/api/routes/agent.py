"""The agent's endpoints: generate a video from a prompt, send it a message, poll a job, read the trace.

Both turns return at once: the job runs in the background, one at a time per video.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from ozor.agent import trace, turns
from ozor.api.deps import ApiCaller, Ctx, OwnedVideo, point_read, webhook_target
from ozor.api.schemas import ChatImage, GenerateRequest, JobAccepted, JobStatus, MessageRequest, ToolTrace
from ozor.db.models import Conversation
from ozor.errors import BadRequest, NotFound
from ozor.jobs import service
from ozor.jobs.payloads import AutoExport
from ozor.media.intake import Incoming
from ozor.videos import projects, status

router = APIRouter(prefix="/api/v1/videos", tags=["agent"])


def _incoming(images: Sequence[ChatImage], clips: Sequence[ChatImage]) -> list[Incoming]:
    items = [Incoming("image", f"images[{i}]", x.base64, x.url, x.mime_type) for i, x in enumerate(images)]
    items += [Incoming("video", f"videos[{i}]", x.base64, x.url, x.mime_type) for i, x in enumerate(clips)]
    return items


def _text(value: str, field: str) -> str:
    if not value.strip():
        raise BadRequest(f"{field} must not be blank")
    return value.strip()


@router.post("/generate", response_model=JobAccepted, response_model_by_alias=True)
def generate(body: GenerateRequest, caller: ApiCaller, ctx: Ctx) -> dict[str, Any]:
    prompt = _text(body.prompt, "prompt")
    webhook_url = webhook_target(ctx, body.webhook_url)
    attachments = turns.judge(_incoming(body.images, body.videos))
    export = AutoExport(quality=body.export_quality, is_public=body.export_is_public) if body.export else None
    with ctx.db.session() as session:
        video, job = turns.start_generate(
            session,
            ctx.backends.storage,
            caller.account_id,
            prompt,
            aspect=body.aspect,
            attachments=attachments,
            export=export,
            webhook_url=webhook_url,
        )
        out = JobAccepted(
            video_id=video.id, job_id=job.id, status=job.status, conversation_id=video.conversation_id
        )
    ctx.queue.submit(out.job_id)
    return out.model_dump(by_alias=True)


@router.post("/{video_id}/message", response_model=JobAccepted, response_model_by_alias=True)
def message(owned: OwnedVideo, body: MessageRequest, ctx: Ctx) -> dict[str, Any]:
    # 404/403 (the dependency) come before the body's attachments are judged.
    text = _text(body.message, "message")
    webhook_url = webhook_target(ctx, body.webhook_url)
    attachments = turns.judge(_incoming(body.images, body.videos))
    with ctx.db.session() as session:
        video = projects.reloaded(session, owned.id, for_update=True)
        job = turns.start_message(session, ctx.backends.storage, video, text, attachments, webhook_url)
        out = JobAccepted(
            video_id=video.id, job_id=job.id, status=job.status, conversation_id=video.conversation_id
        )
    ctx.queue.submit(out.job_id)
    return out.model_dump(by_alias=True)


@router.get(
    "/{video_id}/jobs/{job_id}",
    response_model=JobStatus,
    response_model_by_alias=True,
    response_model_exclude_unset=True,
)
async def job_status(video_id: str, job_id: str, video: OwnedVideo, ctx: Ctx) -> Response:
    """Polled by every waiting client: a point read, and the model serialised once, straight to bytes."""
    job = await point_read(ctx, service.status_of, ctx.db.points, job_id)
    if job is None or job.video_id != video.id:
        raise NotFound(f"Job {job_id} not found for video {video_id}")
    out = JobStatus.model_validate(status.job_view(job, video.conversation_id))
    return Response(out.model_dump_json(by_alias=True, exclude_unset=True), media_type="application/json")


@router.get(
    "/{video_id}/conversations/{conversation_id}/tool-trace",
    response_model=ToolTrace,
    response_model_by_alias=True,
    response_model_exclude_unset=True,
)
def tool_trace(video_id: str, conversation_id: str, video: OwnedVideo, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.reader() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None or conversation.video_id != video.id:
            raise NotFound(f"Conversation {conversation_id} not found for video {video_id}")
        return trace.tool_trace(session, video.id, conversation.id)
