"""Plans as the API shows them, and the rules for changing them (PATCH, state, cost)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ozor.db.statuses import EDITABLE_PLAN, PlanStatus
from ozor.accounts import credits
from ozor.db import affected
from ozor.errors import BadRequest, Forbidden, NotFound
from ozor.db.models import Asset, Plan
from ozor.voices import catalog



@dataclass(frozen=True)
class SceneEdit:
    """One scene of a plan as a reviewer sets it (PATCH replaces the plan's scenes with these)."""

    order: int
    title: str
    prompt: str
    voiceover: str
    image_paths: list[str] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)


# The voice settings a reviewer sent (voice_id, speaking_style, speaking_rate): only those sent change.
VoiceEdit = dict[str, Any]
STORED_VOICE_KEYS = {"voice_id": "voiceId", "speaking_style": "speakingStyle", "speaking_rate": "speakingRate"}


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


def apply_patch(session: Session, plan: Plan, scenes: list[SceneEdit] | None, voice: VoiceEdit | None) -> None:
    """Scenes replace the plan's wholesale; voice settings merge. Only draft or failed plans change."""
    if plan.status not in EDITABLE_PLAN:
        raise BadRequest(f"The plan is {plan.status}; it can be changed only while draft or failed")
    if voice is not None:
        if voice.get("voice_id") is not None:
            catalog.get(voice["voice_id"])
        changed = {STORED_VOICE_KEYS[k]: v for k, v in voice.items()}
        plan.voice_settings = {**(plan.voice_settings or {}), **changed}
    if scenes is not None:
        ordered = sorted(scenes, key=lambda s: s.order)
        _check_images(session, plan.account_id, {p for s in ordered for p in s.image_paths})
        plan.scenes = [
            {"order": s.order, "sceneTitle": s.title, "scenePrompt": s.prompt, "voiceoverText": s.voiceover,
             "imageRefs": [{"storagePath": p} for p in s.image_paths], "keyPoints": s.key_points}
            for s in ordered
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
