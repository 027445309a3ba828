"""Plans as the API shows them, and the rules for changing them (PATCH, state, cost)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ozor.db.statuses import EDITABLE_PLAN, PlanStatus
from ozor.videos import projects
from ozor.accounts import credits
from ozor.adapters.storage.base import Storage
from ozor.api.schemas import Wire
from ozor.config import Settings
from ozor.db import affected
from ozor.errors import BadRequest, Forbidden, NotFound
from ozor.db.models import Asset, Plan
from ozor.db.timefmt import epoch_s
from ozor.voices import catalog



class ImageRef(Wire):
    storage_path: str = Field(min_length=1, max_length=500)
    url: str | None = None


class PlanScene(Wire):
    order: int = Field(ge=0, le=10_000)
    scene_title: str = Field(max_length=200)
    scene_prompt: str = Field(max_length=2000)
    voiceover_text: str = Field(max_length=4000)
    image_refs: list[ImageRef] = Field(default_factory=list, max_length=8)
    key_points: list[str] = Field(default_factory=list, max_length=8)


class VoiceSettings(Wire):
    voice_id: str | None = None
    speaking_style: str | None = Field(default=None, max_length=200)
    speaking_rate: float = Field(default=1.0, ge=0.5, le=2.0)


class PlanPatch(Wire):
    scenes: list[PlanScene] | None = Field(default=None, min_length=1, max_length=100)
    voice_settings: VoiceSettings | None = None


def owned(session: Session, plan_id: str, account_id: str, *, lock: bool = False) -> Plan:
    plan = session.get(Plan, plan_id, with_for_update=lock or None)
    if plan is None:
        raise NotFound(f"Plan {plan_id} not found")
    if plan.account_id != account_id:
        raise Forbidden(f"Plan {plan_id} belongs to another account")
    return plan


def voiceover_scenes(scenes: list[dict[str, Any]]) -> int:
    return sum(1 for s in scenes if str(s.get("voiceoverText") or "").strip())


def cost(plan: Plan) -> int:
    return credits.plan_generation_cost(voiceover_scenes(plan.scenes or []))


def wire(settings: Settings, storage: Storage, plan: Plan) -> dict[str, Any]:
    """The spec's plan shape; image URLs are signed afresh on every read. voiceSettings is additive."""
    scenes = []
    for scene in plan.scenes or []:
        refs = [{"storagePath": r["storagePath"], "url": projects.file_url(settings, storage, r["storagePath"])}
                for r in scene.get("imageRefs") or []]
        scenes.append({**scene, "imageRefs": refs})
    return {
        "planId": plan.id, "fileName": plan.file_name, "fileType": plan.file_type, "sourceUrl": plan.source_url,
        "aspectRatio": plan.aspect_ratio, "status": plan.status, "language": plan.language, "style": plan.style,
        "scenes": scenes, "projectId": plan.project_id, "error": plan.error,
        "createdAt": epoch_s(plan.created_at), "updatedAt": epoch_s(plan.updated_at),
        "createdVia": plan.created_via, "creditsCost": cost(plan),
        "voiceSettings": plan.voice_settings or {},
    }


def parse_patch(body: Any) -> PlanPatch:
    if not isinstance(body, dict):
        raise BadRequest("Request body: expected a JSON object")
    try:
        patch = PlanPatch.model_validate(body)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadRequest(f"{where}: {first['msg']}" if where else str(first["msg"])) from None
    if patch.scenes is None and patch.voice_settings is None:
        raise BadRequest("Nothing to update: send scenes and/or voiceSettings")
    return patch


def apply_patch(session: Session, plan: Plan, patch: PlanPatch) -> None:
    """Scenes replace the plan's wholesale; voice settings merge. Only draft or failed plans change."""
    if plan.status not in EDITABLE_PLAN:
        raise BadRequest(f"The plan is {plan.status}; it can be changed only while draft or failed")
    if patch.voice_settings is not None:
        settings = patch.voice_settings.model_dump(by_alias=True, exclude_unset=True)
        if settings.get("voiceId") is not None:
            catalog.get(settings["voiceId"])
        plan.voice_settings = {**(plan.voice_settings or {}), **settings}
    if patch.scenes is not None:
        scenes = sorted(patch.scenes, key=lambda s: s.order)
        paths = {r.storage_path for s in scenes for r in s.image_refs}
        _check_images(session, plan.account_id, paths)
        plan.scenes = [
            {"order": s.order, "sceneTitle": s.scene_title, "scenePrompt": s.scene_prompt,
             "voiceoverText": s.voiceover_text, "imageRefs": [{"storagePath": r.storage_path} for r in s.image_refs],
             "keyPoints": s.key_points}
            for s in scenes
        ]


def _check_images(session: Session, account_id: str, paths: set[str]) -> None:
    """Scenes may show only images this account has stored (a plan's extractions or its uploads)."""
    if not paths:
        return
    known = set(session.scalars(select(Asset.storage_path).where(
        Asset.account_id == account_id, Asset.storage_path.in_(paths), Asset.kind == "image")))
    missing = sorted(paths - known)
    if missing:
        raise BadRequest(f"imageRefs: {missing[0]!r} is not an image of this account")


def start_generating(session: Session, plan: Plan) -> None:
    """Move draft/failed → generating atomically, so two generate calls cannot both start."""
    taken = affected(
        session, update(Plan).where(Plan.id == plan.id, Plan.status.in_(EDITABLE_PLAN)).values(status=PlanStatus.GENERATING, error=None)
    )
    if not taken:
        raise BadRequest(f"The plan is {plan.status}; it can be generated only while draft or failed")
