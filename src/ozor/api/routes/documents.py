"""Document-to-video (spec section 7): analyze, read and patch plans, generate with SSE progress."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, File, Form, Request, UploadFile
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ozor.api import presenters
from ozor.api.body import json_body
from ozor.api.deps import ApiCaller, Ctx, OwnedPlan, webhook_target
from ozor.api.schemas import PlanEnvelope, PlanGenerateRequest, parse_plan_patch
from ozor.context import AppContext
from ozor.documents import generate, plans, progress, service
from ozor.errors import BadRequest

router = APIRouter(prefix="/api/v1/documents", tags=["documents"])
ASPECTS = ("16:9", "9:16")


@router.post("/analyze", response_model=PlanEnvelope)
async def analyze(
    request: Request,
    caller: ApiCaller,
    ctx: Ctx,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    target_duration_sec: Annotated[int, Form(ge=5, le=600)] = 30,
    prompt: Annotated[str | None, Form(max_length=2000)] = None,
    aspect_ratio: Annotated[str, Form()] = "16:9",
    webhook_url: Annotated[str | None, Form(max_length=2000)] = None,
) -> dict[str, Any]:
    limit = ctx.settings.document_max_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 2**20:
        raise BadRequest(f"The file is larger than the {limit // 2**20} MB limit")
    if (file is None) == (not url):
        raise BadRequest("Send exactly one of file or url")
    if aspect_ratio not in ASPECTS:
        raise BadRequest(f"aspect_ratio must be one of {', '.join(ASPECTS)}, not {aspect_ratio!r}")
    job = service.Request(
        caller.account_id,
        target_duration_sec,
        (prompt or "").strip() or None,
        aspect_ratio,
        webhook_url=webhook_target(ctx, webhook_url),
    )
    if file is not None:
        job.data = await file.read(limit + 1)
        job.file_name = (file.filename or "")[:300] or None
        service.check_upload(ctx.settings, job.data)
    else:
        job.url = (url or "").strip()
        if not job.url.lower().startswith(("http://", "https://")):
            raise BadRequest("url must be an http(s) URL")
    plan = await run_in_threadpool(service.analyze, ctx.settings, ctx.db, ctx.backends, job)
    return {"plan": presenters.plan_view(ctx.settings, ctx.backends.storage, plan)}


@router.get("/plans/{plan_id}", response_model=PlanEnvelope)
def get_plan(plan: OwnedPlan, ctx: Ctx) -> dict[str, Any]:
    return {"plan": presenters.plan_view(ctx.settings, ctx.backends.storage, plan)}


@router.patch("/plans/{plan_id}", response_model=PlanEnvelope)
async def patch_plan(owned: OwnedPlan, request: Request, ctx: Ctx) -> dict[str, Any]:
    patch = parse_plan_patch(await json_body(request))

    def apply() -> dict[str, Any]:
        with ctx.db.session() as session:
            plan = plans.locked(session, owned.id)
            plans.apply_patch(session, plan, patch.scene_edits(), patch.voice_edit())
            session.flush()
            return {"plan": presenters.plan_view(ctx.settings, ctx.backends.storage, plan)}

    return await run_in_threadpool(apply)


@router.post("/plans/{plan_id}/generate")
async def generate_plan(
    owned: OwnedPlan, ctx: Ctx, body: Annotated[PlanGenerateRequest | None, Body()] = None
) -> StreamingResponse:
    """Checks state and credits (400/402 before any byte is streamed), queues the job, streams its
    progress. An optional body names a webhookUrl (else the one given at analyze, if any)."""
    webhook_url = webhook_target(ctx, body.webhook_url if body else None)
    job_id = await run_in_threadpool(_start, ctx, owned.id, owned.account_id, webhook_url)
    ctx.queue.submit(job_id)
    return StreamingResponse(
        progress.events(ctx.db, job_id, owned.id),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _start(ctx: AppContext, plan_id: str, account_id: str, webhook_url: str | None) -> str:
    with ctx.db.session() as session:
        return generate.start(session, plan_id, account_id, webhook_url).id
