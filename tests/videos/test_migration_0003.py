"""Migration 0003 on SQLite and PostgreSQL: existing videos get their current project as a recorded
version, and the migration downgrades cleanly."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from ozor.db import MIGRATIONS, Database, migrate
from ozor.db.models import VideoVersion


def test_existing_videos_get_their_first_version(database_url: str) -> None:
    db = Database(database_url)
    migrate(db.engine, "0002")
    project = {"title": "Old", "scenes": [{"id": "a"}]}
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO accounts (id, balance, lock_version, created_at) VALUES ('a', 0, 0, '2026-01-01')"
            )
        )
        videos = sa.table(
            "videos",
            *[
                sa.column(c, sa.JSON if c == "project" else None)
                for c in ("id", "account_id", "title", "status", "created_via", "project", "version")
            ],
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("updated_at", sa.DateTime(timezone=True)),
        )
        for vid, proj, version in (("v1", project, 3), ("v2", None, 0)):
            conn.execute(
                videos.insert().values(
                    id=vid,
                    account_id="a",
                    title="",
                    status="draft",
                    created_via="api",
                    project=proj,
                    version=version,
                    created_at=sa.func.now(),
                    updated_at=sa.func.now(),
                )
            )
    migrate(db.engine)
    with db.reader() as session:
        rows = session.scalars(sa.select(VideoVersion)).all()
        assert [(r.video_id, r.number, r.project, r.source) for r in rows] == [("v1", 3, project, "create")]
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0002")
    assert "video_versions" not in sa.inspect(db.engine).get_table_names()
    db.dispose()
