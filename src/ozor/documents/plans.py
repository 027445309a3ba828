"""Plans: their scenes and voice settings as stored, and the rules for changing them (PATCH, state, cost).

Rows hold these models; `view` builds the API's camelCase shape from them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ozor.accounts import credits
from ozor.adapters.storage.base import Storage
from ozor.config import Settings
from ozor.db import affected
from ozor.db.models import Asset, Plan
from ozor.db.statuses import EDITABLE_PLAN, PlanStatus
from ozor.db.timefmt import epoch_s
from ozor.documents.grounding import Source, SourceUnit, ground, wire
from ozor.errors import BadRequest, Forbidden, NotFound
from ozor.videos.projects import file_url
from ozor.voices import catalog


class PlanScene(BaseModel):
    """One scene of a plan: what the analysis proposed, or what a reviewer set (PATCH replaces all)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    order: int
    title: str
    prompt: str  # the visual description (the spec's scenePrompt)
    voiceover: str
    image_paths: list[str] = []  # storage paths of this account's images
    key_points: list[str] = []
    sources: list[Source] = []  # where the voiceover comes from in the document
    unsupported: list[str] = []  # voiceover sentences no source supports (the faithfulness check)


class VoiceSettings(BaseModel):
    """The plan's voice settings; only those a reviewer sent are stored (unset: auto-selected)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    voice_id: str | None = None
    speaking_style: str | None = None
    speaking_rate: float | None = None


def grounded(scene: PlanScene, units: list[SourceUnit]) -> PlanScene:
    """The scene with its sources and unsupported sentences worked out from the document's text."""
    sources, unsupported = ground(scene.voiceover, units)
    return scene.model_copy(update={"sources": sources, "unsupported": unsupported})


def units_of_plan(plan: Plan) -> list[SourceUnit] | None:
    """The document's text as kept at analysis; None for plans analysed before it was kept."""
    return [SourceUnit.model_validate(u) for u in plan.source_pages] if plan.source_pages else None


def scenes_of(plan: Plan) -> list[PlanScene]:
    return [PlanScene.model_validate(s) for s in plan.scenes or []]


def voice_of(plan: Plan) -> VoiceSettings:
    return VoiceSettings.model_validate(plan.voice_settings or {})


def owned(session: Session, plan_id: str, account_id: str, *, lock: bool = False) -> Plan:
    plan = locked(session, plan_id) if lock else session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Plan {plan_id} not found")
    if plan.account_id != account_id:
        raise Forbidden(f"Plan {plan_id} belongs to another account")
    return plan


def locked(session: Session, plan_id: str) -> Plan:
    """A plan re-read for update in a writing transaction (its owner was checked by the caller)."""
    plan = session.get(Plan, plan_id, with_for_update=True)
    if plan is None:
        raise NotFound(f"Plan {plan_id} not found")
    return plan


def cost(plan: Plan) -> int:
    """floor(scenes with narration / 2): the future cost of generating the plan."""
    return credits.plan_generation_cost(sum(1 for s in scenes_of(plan) if s.voiceover.strip()))


def apply_patch(
    session: Session, plan: Plan, scenes: list[PlanScene] | None, voice: VoiceSettings | None
) -> None:
    """Scenes replace the plan's wholesale; the voice settings sent merge. Only draft or failed plans change."""
    if plan.status not in EDITABLE_PLAN:
        raise BadRequest(f"The plan is {plan.status}; it can be changed only while draft or failed")
    if voice is not None:
        if voice.voice_id is not None:
            catalog.get(voice.voice_id)
        plan.voice_settings = {**(plan.voice_settings or {}), **voice.model_dump(exclude_unset=True)}
    if scenes is not None:
        ordered = sorted(scenes, key=lambda s: s.order)
        _check_images(session, plan.account_id, {p for s in ordered for p in s.image_paths})
        units = units_of_plan(plan)
        plan.scenes = [(grounded(s, units) if units is not None else s).model_dump() for s in ordered]


def _check_images(session: Session, account_id: str, paths: set[str]) -> None:
    """Scenes may show only images this account has stored (a plan's extractions or its uploads)."""
    if not paths:
        return
    known = set(
        session.scalars(
            select(Asset.storage_path).where(
                Asset.account_id == account_id, Asset.storage_path.in_(paths), Asset.kind == "image"
            )
        )
    )
    missing = sorted(paths - known)
    if missing:
        raise BadRequest(f"imageRefs: {missing[0]!r} is not an image of this account")


def start_generating(session: Session, plan: Plan) -> None:
    """Move draft/failed → generating atomically, so two generate calls cannot both start."""
    taken = affected(
        session,
        update(Plan)
        .where(Plan.id == plan.id, Plan.status.in_(EDITABLE_PLAN))
        .values(status=PlanStatus.GENERATING, error=None),
    )
    if not taken:
        raise BadRequest(f"The plan is {plan.status}; it can be generated only while draft or failed")


def view(settings: Settings, storage: Storage, plan: Plan) -> dict[str, Any]:
    """The spec's plan JSON (GET /plans/{id}, and the plan.generated webhook's body); image URLs are
    signed afresh on every read. voiceSettings is additive."""
    scenes = [
        {
            "order": s.order,
            "sceneTitle": s.title,
            "scenePrompt": s.prompt,
            "voiceoverText": s.voiceover,
            "imageRefs": [{"storagePath": p, "url": file_url(settings, storage, p)} for p in s.image_paths],
            "keyPoints": s.key_points,
            "sources": [wire(source) for source in s.sources],
        }
        for s in scenes_of(plan)
    ]
    checked = units_of_plan(plan) is not None
    unsupported = [{"order": s.order, "sentence": x} for s in scenes_of(plan) for x in s.unsupported]
    voice = voice_of(plan).model_dump(exclude_unset=True)
    return {
        "planId": plan.id,
        "fileName": plan.file_name,
        "fileType": plan.file_type,
        "sourceUrl": plan.source_url,
        "aspectRatio": plan.aspect_ratio,
        "status": str(plan.status),
        "language": plan.language,
        "style": plan.style,
        "scenes": scenes,
        "projectId": plan.project_id,
        "error": plan.error,
        "createdAt": epoch_s(plan.created_at),
        "updatedAt": epoch_s(plan.updated_at),
        "createdVia": plan.created_via,
        "creditsCost": cost(plan),
        "voiceSettings": {to_camel(k): v for k, v in voice.items()},
        "faithfulness": {"supported": not unsupported, "unsupported": unsupported} if checked else None,
    }
