"""Plan rows hold the domain's shape; rows written in the API's camelCase by 0.1 are migrated."""

from __future__ import annotations

import sqlalchemy as sa

from ozor.db import Database, migrate
from ozor.db.models import Plan
from ozor.documents.plans import scenes_of, voice_of


def test_camel_case_plan_rows_are_migrated(database_url):
    db = Database(database_url)
    migrate(db.engine, "0001")
    old_scene = {
        "order": 1,
        "sceneTitle": "Intro",
        "scenePrompt": "A title card",
        "voiceoverText": "Welcome.",
        "imageRefs": [{"storagePath": "users/a/plans/p/page_0.png"}],
        "keyPoints": ["intro"],
    }
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO accounts (id, balance, lock_version, created_at) VALUES ('a', 0, 0, '2026-01-01')"
            )
        )
        columns = [
            sa.column(c, sa.JSON if c in ("style", "scenes", "voice_settings") else None)
            for c in (
                "id",
                "account_id",
                "status",
                "file_type",
                "aspect_ratio",
                "language",
                "target_duration_sec",
                "style",
                "scenes",
                "voice_settings",
                "created_via",
                "created_at",
                "updated_at",
            )
        ]
        conn.execute(
            sa.table("plans", *columns)
            .insert()
            .values(
                id="plan_1",
                account_id="a",
                status="draft",
                file_type="pdf",
                aspect_ratio="16:9",
                language="en",
                target_duration_sec=30,
                style={},
                scenes=[old_scene],
                voice_settings={"voiceId": "thor", "speakingRate": 1.2},
                created_via="api",
                created_at="2026-01-01",
                updated_at="2026-01-01",
            )
        )
    db.migrate()
    with db.reader() as session:
        plan = session.get(Plan, "plan_1")
        (scene,) = scenes_of(plan)
        assert (scene.title, scene.prompt, scene.voiceover, scene.image_paths, scene.key_points) == (
            "Intro",
            "A title card",
            "Welcome.",
            ["users/a/plans/p/page_0.png"],
            ["intro"],
        )
        voice = voice_of(plan)
        assert (voice.voice_id, voice.speaking_rate, voice.speaking_style) == ("thor", 1.2, None)
    db.dispose()
