"""Documents: upload a file or URL, review and edit the plan, pick a voice, generate with live progress."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from ozor.api import presenters
from ozor.api.schemas import parse_plan_patch
from ozor.dashboard.pages import redirect, render
from ozor.dashboard.session import FormCsrf, OwnedPlan, SignedIn, WebUser, app_ctx
from ozor.db.models import Job, Plan
from ozor.db.statuses import EDITABLE_PLAN
from ozor.documents import generate, plans, progress, service
from ozor.errors import BadRequest, NotFound, OzorError
from ozor.jobs.payloads import JobKind
from ozor.voices import catalog
from ozor.voices.samples import sample_wav

router = APIRouter(prefix="/documents", include_in_schema=False)
DURATIONS = (15, 30, 45, 60, 90, 120)
RATES = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5)
ASPECTS = ("16:9", "9:16")


def _upload_page(request: Request, user: WebUser, status: int = 200, **extra: Any) -> Response:
    with app_ctx(request).db.reader() as session:
        recent = list(
            session.scalars(
                select(Plan)
                .where(Plan.account_id == user.account_id)
                .order_by(Plan.created_at.desc())
                .limit(20)
            )
        )
    form = {"url": "", "prompt": "", "target": 30, "aspect": "16:9", **extra.pop("form", {})}
    return render(
        request, "documents.html", status=status, plans=recent, durations=DURATIONS, form=form, **extra
    )


@router.get("")
def documents_page(request: Request, user: SignedIn) -> Response:
    return _upload_page(request, user)


@router.post("", dependencies=[FormCsrf])
def analyze(
    request: Request,
    user: SignedIn,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str, Form(max_length=2000)] = "",
    target_duration_sec: Annotated[int, Form(ge=5, le=600)] = 30,
    prompt: Annotated[str, Form(max_length=2000)] = "",
    aspect_ratio: Annotated[str, Form()] = "16:9",
) -> Response:
    """Analyse for 1 credit (refunded if it fails), then open the plan for review."""
    ctx = app_ctx(request)
    form = {"url": url, "prompt": prompt, "target": target_duration_sec, "aspect": aspect_ratio}
    try:
        job = service.Request(
            user.account_id, target_duration_sec, prompt.strip() or None, aspect_ratio, created_via="web"
        )
        has_file = file is not None and bool(file.filename)
        if has_file == bool(url.strip()):
            raise BadRequest("Choose a file or enter a web address (one of the two).")
        if aspect_ratio not in ASPECTS:
            raise BadRequest(f"The shape must be one of {', '.join(ASPECTS)}")
        if file is not None and has_file:
            job.data = file.file.read(ctx.settings.document_max_bytes + 1)
            job.file_name = (file.filename or "")[:300] or None
            service.check_upload(ctx.settings, job.data)
        else:
            job.url = url.strip()
            if not job.url.lower().startswith(("http://", "https://")):
                raise BadRequest("The web address must start with http:// or https://")
        plan = service.analyze(ctx.settings, ctx.db, ctx.backends, job)
    except OzorError as e:
        return _upload_page(request, user, status=e.status, error=e.detail, form=form)
    return redirect(request, f"/documents/{plan.id}")


@router.get("/{plan_id}")
def plan_page(request: Request, plan: OwnedPlan, saved: bool = False) -> Response:
    ctx = app_ctx(request)
    wire = presenters.plan_view(ctx.settings, ctx.backends.storage, plan)
    return render(
        request,
        "plan.html",
        plan=wire,
        voices=catalog.VOICES,
        rates=RATES,
        saved=saved,
        editable=wire["status"] in EDITABLE_PLAN,
    )


def _patch_from_form(plan: Plan, form: Any) -> dict[str, Any]:
    """The review form → a PATCH body: edited titles and narration, new order, dropped scenes left out."""
    kept = []
    for index, scene in enumerate(plans.scenes_of(plan)):
        if form.get(f"drop_{index}"):
            continue
        position = str(form.get(f"position_{index}") or index + 1)
        kept.append(
            (
                float(position) if position.replace(".", "", 1).isdigit() else index + 1,
                index,
                {
                    "sceneTitle": str(form.get(f"title_{index}", scene.title)).strip(),
                    "scenePrompt": scene.prompt,
                    "voiceoverText": str(form.get(f"narration_{index}", scene.voiceover)).strip(),
                    "imageRefs": [{"storagePath": p} for p in scene.image_paths],
                    "keyPoints": scene.key_points,
                },
            )
        )
    if not kept:
        raise BadRequest("Keep at least one scene: a video needs something to show.")
    scenes = [
        {**scene, "order": n} for n, (_, _, scene) in enumerate(sorted(kept, key=lambda k: k[:2]), start=1)
    ]
    voice: dict[str, Any] = {"speakingRate": float(form.get("rate") or 1.0)}
    if form.get("voice"):
        voice["voiceId"] = str(form["voice"])
    return {"scenes": scenes, "voiceSettings": voice}


@router.post("/{plan_id}", dependencies=[FormCsrf])
async def save_plan(request: Request, user: SignedIn, plan_id: str) -> Response:
    """Save the edits; with action=generate, start the generation too (its cost is held at once)."""
    ctx = app_ctx(request)
    form = await request.form()
    generating = form.get("action") == "generate"

    def apply() -> str | None:
        with ctx.db.session() as session:
            plan = plans.owned(session, plan_id, user.account_id, lock=True)
            patch = parse_plan_patch(_patch_from_form(plan, form))
            plans.apply_patch(session, plan, patch.scene_edits(), patch.voice_edit())
            return generate.start(session, plan_id, user.account_id).id if generating else None

    job_id = await run_in_threadpool(apply)
    if job_id:
        ctx.queue.submit(job_id)
        return redirect(request, f"/documents/{plan_id}")
    return redirect(request, f"/documents/{plan_id}?saved=1")


@router.get("/{plan_id}/events")
def plan_events(request: Request, plan: OwnedPlan) -> Response:
    """The latest generation's progress as server-sent events (an EventSource reconnects here)."""
    ctx = app_ctx(request)
    plan_id = plan.id
    with ctx.db.reader() as session:
        job_id = session.scalars(
            select(Job.id)
            .where(Job.lane == f"plan:{plan_id}", Job.kind == JobKind.DOCUMENT_VIDEO)
            .order_by(Job.created_at.desc())
        ).first()
    if job_id is None:
        raise NotFound("This plan has not been generated yet")
    return StreamingResponse(
        progress.events(ctx.db, job_id, plan_id),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/voices/{voice_id}/sample")
def voice_sample(
    request: Request,
    _user: SignedIn,
    voice_id: str,
    language: Annotated[str, Query(pattern=r"^[a-zA-Z-]{2,10}$")] = "en",
    rate: Annotated[float, Query(ge=0.5, le=2.0)] = 1.0,
) -> Response:
    ctx = app_ctx(request)
    data = sample_wav(ctx.settings, ctx.backends.storage, catalog.get(voice_id), language.lower(), rate, None)
    return Response(data, media_type="audio/wav", headers={"Cache-Control": "private, max-age=86400"})
