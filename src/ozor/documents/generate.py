"""The "document_video" job: a plan becomes a narrated project (a video, createdVia like its plan).

Steps match the spec's SSE events: init → tts per scene → scenes → assembly → done. Each step is
written to Job.progress (the latest event plus the list so far), which the SSE endpoint streams, so
a client that disconnects loses nothing: the job goes on and the plan records the outcome.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.db.models import Asset, Job, Plan
from ozor.db.statuses import EDITABLE_PLAN, PlanStatus
from ozor.documents import assemble, plans
from ozor.documents.summarize import as_sentence
from ozor.errors import BadRequest, UpstreamError
from ozor.jobs import service
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import DocumentVideoPayload
from ozor.videos import projects
from ozor.voices import catalog
from ozor.voices.narrate import voice_project

PHOTO_SHAPES = (0.6, 1.3)  # width / height of pictures a template may crop to fill its frame
FILE_NAME = re.compile(r"\.(pdf|pptx?|docx?|odt|odp|txt|html?)$", re.I)  # an extension left on a title
RENDER = re.compile(r"(page|slide)_\d+\.png")  # a page or slide rendered whole (extract.pdf, extract.slides)


def event(step: str, detail: str, pct: int, **extra: Any) -> dict[str, Any]:
    return {"step": step, "detail": detail, "pct": pct, **extra}


def start(session: Session, plan_id: str, account_id: str, webhook_url: str | None = None) -> Job:
    """Check state and credits (400/402 before any work), queue the job and mark the plan generating.

    The caller commits, then submits the job's id to the queue.
    """
    plan = plans.owned(session, plan_id, account_id, lock=True)
    if plan.status not in EDITABLE_PLAN:
        raise BadRequest(f"The plan is {plan.status}; it can be generated only while draft or failed")
    if not plan.scenes:
        raise BadRequest("The plan has no scenes to generate")
    job = service.enqueue(
        session,
        DocumentVideoPayload(plan_id=plan_id),
        account_id=account_id,
        lane=f"plan:{plan_id}",
        credit_cost=plans.cost(plan),
        webhook_url=webhook_url or plan.webhook_url,
    )
    plans.start_generating(session, plan)
    return job


def report(ctx: JobContext[DocumentVideoPayload], step: str, detail: str, pct: int) -> None:
    with ctx.db.session() as session:
        job = session.get(Job, ctx.job.id)
        if job is None:
            return
        events = [*((job.progress or {}).get("events") or []), event(step, detail, pct)]
        job.progress = {**event(step, detail, pct), "events": events}


class DocumentVideoJob:
    """Turns a plan into a narrated project; on failure the plan is failed with the reason."""

    payload_type = DocumentVideoPayload

    def run(self, ctx: JobContext[DocumentVideoPayload]) -> str | None:
        return _generate(ctx)

    def on_failure(self, session: Session, job: Job, payload: DocumentVideoPayload, error: str) -> None:
        plan = session.get(Plan, payload.plan_id)
        if plan is not None and plan.status == PlanStatus.GENERATING:
            plan.status, plan.error = PlanStatus.FAILED, error


DOCUMENT_VIDEO = DocumentVideoJob()


def _generate(ctx: JobContext[DocumentVideoPayload]) -> str:
    plan_id = ctx.payload.plan_id
    report(ctx, "init", "Starting generation", 0)
    with ctx.db.reader() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise UpstreamError(f"Plan {plan_id} no longer exists")
        account_id, aspect, style, language = plan.account_id, plan.aspect_ratio, plan.style, plan.language
        scenes_in, voice_settings = plans.scenes_of(plan), plans.voice_of(plan)
        pictures = _pictures(session, account_id, scenes_in)
        site, credit = _site(plan.source_url), _credit(scenes_in[0] if scenes_in else None, plan.source_url)
        created_via = plan.created_via
    if not scenes_in:
        raise UpstreamError("The plan has no scenes to generate")
    captions = aspect == "9:16"
    voice = voice_settings.voice_id or catalog.for_language(language, ctx.backends.tts).id
    chosen = assemble.look_for(style)
    scenes = []
    for i, s in enumerate(scenes_in):
        kind = (
            "title" if i == 0 else "closing" if i == len(scenes_in) - 1 and len(scenes_in) > 2 else "section"
        )
        refs = [pictures[p] for p in s.image_paths if p in pictures]
        scene = assemble.build_scene(
            i,
            kind,
            s.title,
            list(s.key_points),
            s.voiceover,
            refs[0] if refs else None,
            chosen,
            aspect,
            subtitle=site if kind == "title" else credit if kind == "closing" else None,
            last=i == len(scenes_in) - 1,
        )
        if scene.narration is not None:
            scene = scene.model_copy(
                update={"narration": scene.narration.model_copy(update={"voice": voice})}
            )
        scenes.append(scene)
    title = scenes_in[0].title or "Document video"
    draft = assemble.project(title, aspect, chosen, scenes, captions)
    voiced = voice_project(
        ctx.db,
        ctx.backends,
        account_id,
        draft,
        rate=voice_settings.speaking_rate or 1.0,
        style=voice_settings.speaking_style,
        language=language,
        on_scene=lambda k, n: report(
            ctx, "tts", f"Generating voiceover {k}/{n}", 5 + round(45 * (k - 1) / n)
        ),
    )
    timed = []
    for k, scene in enumerate(voiced.scenes, start=1):
        report(
            ctx,
            "scenes",
            f"Rendering scene {k}/{len(voiced.scenes)}",
            55 + round(30 * (k - 1) / len(voiced.scenes)),
        )
        timed.append(assemble.timed(scene, chosen, aspect, language))
    report(ctx, "assembly", "Assembling project", 90)
    voiced = voiced.model_validate(voiced.model_copy(update={"scenes": timed}).to_json())
    with ctx.db.session() as session:
        video = projects.create_video(session, account_id, voiced, created_via=created_via)
        plan = session.get(Plan, plan_id, with_for_update=True)
        assert plan is not None
        plan.status, plan.project_id, plan.error = PlanStatus.GENERATED, video.id, None
        ctx.complete(session, video.id)
    return video.id


def _pictures(
    session: Session, account_id: str, scenes: list[plans.PlanScene]
) -> dict[str, tuple[str, assemble.Shape]]:
    """storage path → (asset ref, its shape) for the images the scenes show."""
    paths = {p for s in scenes for p in s.image_paths}
    if not paths:
        return {}
    rows = session.scalars(select(Asset).where(Asset.account_id == account_id, Asset.storage_path.in_(paths)))
    return {a.storage_path: (a.id, _shape(a)) for a in rows}


def _shape(asset: Asset) -> assemble.Shape:
    """Page and slide renders, drawings and cut-outs are shown whole (beside their name when tall,
    across the frame when wide); a tall photo too; a wide photo fills the frame; others are photos."""
    name = asset.storage_path.rsplit("/", 1)[-1]
    ratio = asset.width / asset.height if asset.width and asset.height else 1.0
    if RENDER.fullmatch(name) or (asset.meta or {}).get("graphic"):
        return "page" if ratio < 1.0 else "slide"
    return "page" if ratio < PHOTO_SHAPES[0] else "wide" if ratio > PHOTO_SHAPES[1] else "photo"


def _site(url: str | None) -> str | None:
    """A web page's site ("example.com"), named on its title card."""
    return url.split("://", 1)[-1].split("/", 1)[0] if url and "://" in url else None


def _credit(title_scene: plans.PlanScene | None, url: str | None) -> str | None:
    """Whom the closing statement is credited to: the document's own title (the one its title scene
    says), else its site; never its file name ("SEIGE_OF_VICKSBURG_SAMPLE_OCR.PD" on screen), nor a key
    phrase the planner named an untitled document by (a diary's "Grant" would put words in his mouth)."""
    if title_scene is not None:
        title = FILE_NAME.sub("", title_scene.title).replace("_", " ").strip()
        if title and title_scene.voiceover.lower().startswith(as_sentence(title).lower()):
            return title
    return _site(url)
