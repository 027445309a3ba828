"""plan rows hold the domain's shape, not the API's camelCase

Plans stored their scenes and voice settings as the API's JSON (sceneTitle, imageRefs, voiceId…);
they now hold documents.plans.PlanScene / VoiceSettings dumps, and the presenter builds the wire shape.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

plans = sa.table(
    "plans", sa.column("id", sa.String), sa.column("scenes", sa.JSON), sa.column("voice_settings", sa.JSON)
)
VOICE = {"voiceId": "voice_id", "speakingStyle": "speaking_style", "speakingRate": "speaking_rate"}


def _scene_to_domain(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "order": s.get("order", 0),
        "title": s.get("sceneTitle") or "",
        "prompt": s.get("scenePrompt") or "",
        "voiceover": s.get("voiceoverText") or "",
        "image_paths": [r["storagePath"] for r in s.get("imageRefs") or [] if r.get("storagePath")],
        "key_points": list(s.get("keyPoints") or []),
    }


def _scene_to_wire(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "order": s["order"],
        "sceneTitle": s["title"],
        "scenePrompt": s["prompt"],
        "voiceoverText": s["voiceover"],
        "imageRefs": [{"storagePath": p} for p in s["image_paths"]],
        "keyPoints": s["key_points"],
    }


def _rewrite(scene: Any, voice: dict[str, str]) -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(plans.c.id, plans.c.scenes, plans.c.voice_settings)).all():
        scenes = [scene(s) for s in row.scenes or []]
        settings = {voice.get(k, k): v for k, v in (row.voice_settings or {}).items()}
        bind.execute(
            plans.update().where(plans.c.id == row.id).values(scenes=scenes, voice_settings=settings)
        )


def upgrade() -> None:
    _rewrite(_scene_to_domain, VOICE)


def downgrade() -> None:
    _rewrite(_scene_to_wire, {v: k for k, v in VOICE.items()})
