"""Analyze: a file or URL becomes a draft plan, for 1 credit held at once and refunded if it fails.

Parsing runs in a sandboxed child (time and memory limits); pictures the plan shows are stored as
Asset rows under users/<account>/plans/<planId>/.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ozor.accounts import credits
from ozor.backends import Backends
from ozor.config import Settings
from ozor.db import Database, ids
from ozor.db.models import Plan
from ozor.db.statuses import PlanStatus
from ozor.documents.analyze import Analysis, AnalyzeOptions, analyze_file, analyze_html
from ozor.documents.extract import sniff
from ozor.documents.extract.model import encode_picture, open_image
from ozor.documents.plans import PlanScene, grounded
from ozor.errors import BadRequest, OzorError
from ozor.media import assets
from ozor.media.fetch import fetch
from ozor.media.sandbox import run_isolated

log = logging.getLogger(__name__)
MAX_LEAD_IMAGE_BYTES = 10 * 2**20


@dataclass
class Request:
    account_id: str
    target_sec: int
    prompt: str | None
    aspect: str
    data: bytes | None = None
    file_name: str | None = None
    url: str | None = None
    created_via: str = "api"  # "web" from the dashboard
    webhook_url: str | None = None  # where plan.generated goes (unless generate names another)


def check_upload(settings: Settings, data: bytes) -> None:
    """Size and type (by content), before any credit is touched."""
    limit = settings.document_max_bytes
    if len(data) > limit:
        raise BadRequest(f"The file is larger than the {limit // 2**20} MB limit")
    if not data:
        raise BadRequest("The uploaded file is empty")
    sniff.sniff(data)


def analyze(settings: Settings, db: Database, backends: Backends, request: Request) -> Plan:
    plan_id = ids.plan_id()
    ref = f"analyze:{plan_id}"
    with db.session() as session:
        credits.reserve(session, request.account_id, credits.COST_ANALYZE, ref, note="analyze")
    try:
        analysis, source_url = _run(settings, request)
        with db.session() as session:
            plan = _store(session, backends, plan_id, request, analysis, source_url)
            credits.capture(session, ref)
        return plan
    except BaseException as e:
        if not isinstance(e, OzorError):
            log.exception("analysis of plan %s failed", plan_id)
        with db.session() as session:
            credits.release(session, ref)
        raise


def _run(settings: Settings, request: Request) -> tuple[Analysis, str | None]:
    options = AnalyzeOptions(request.target_sec, request.prompt, request.file_name)
    timeout, memory_mb = settings.document_parse_timeout_sec, settings.document_parse_memory_mb
    if request.data is not None:
        return run_isolated(analyze_file, request.data, options, timeout=timeout, memory_mb=memory_mb), None
    assert request.url
    page = fetch(
        request.url,
        max_bytes=settings.document_max_bytes,
        allow_private=settings.allow_private_fetch,
        accept="text/html,application/xhtml+xml",
    )
    analysis, lead_image = run_isolated(
        analyze_html, page.content, page.url, options, what="web page", timeout=timeout, memory_mb=memory_mb
    )
    if lead_image:
        _add_lead_image(settings, analysis, lead_image)
    return analysis, page.url


def _add_lead_image(settings: Settings, analysis: Analysis, url: str) -> None:
    """The page's og:image on its title card, when it can be fetched and decoded (else no image)."""
    try:
        fetched = fetch(
            url,
            max_bytes=MAX_LEAD_IMAGE_BYTES,
            timeout=10,
            allow_private=settings.allow_private_fetch,
            accept="image/*",
        )
    except OzorError as e:
        log.info("lead image %s skipped: %s", url, e.detail)
        return
    image = open_image(fetched.content)
    picture = encode_picture(image, "lead_image") if image is not None else None
    if picture is not None:
        analysis.pictures[picture.name] = picture
        analysis.scene_pictures[0] = [picture.name, *analysis.scene_pictures[0]][:2]


def _store(
    session: Session,
    backends: Backends,
    plan_id: str,
    request: Request,
    analysis: Analysis,
    source_url: str | None,
) -> Plan:
    folder = f"users/{request.account_id}/plans/{plan_id}"
    for picture in analysis.pictures.values():
        assets.store(
            session,
            backends.storage,
            request.account_id,
            picture.data,
            kind="image",
            mime_type=picture.mime_type,
            path=f"{folder}/{picture.name}",
            width=picture.width,
            height=picture.height,
            meta={"plan": plan_id, **({"graphic": True} if picture.graphic else {})},
        )
    draft = analysis.draft
    scenes = [
        grounded(
            PlanScene(
                order=i + 1,
                title=s.title,
                prompt=prompt,
                voiceover=s.narration,
                image_paths=[f"{folder}/{name}" for name in names],
                key_points=s.key_points,
            ),
            analysis.units,
        ).model_dump()
        for i, (s, prompt, names) in enumerate(
            zip(draft.scenes, analysis.scene_prompts, analysis.scene_pictures, strict=True)
        )
    ]
    plan = Plan(
        id=plan_id,
        account_id=request.account_id,
        status=PlanStatus.DRAFT,
        file_name=request.file_name,
        file_type=analysis.file_type,
        source_url=source_url,
        aspect_ratio=request.aspect,
        language=draft.language,
        prompt=request.prompt,
        target_duration_sec=request.target_sec,
        style=draft.style,
        scenes=scenes,
        voice_settings={},
        created_via=request.created_via,
        webhook_url=request.webhook_url,
        source_pages=[u.model_dump() for u in analysis.units],
    )
    session.add(plan)
    session.flush()
    return plan
