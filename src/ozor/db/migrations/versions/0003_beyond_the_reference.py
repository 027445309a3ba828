"""idempotency keys, signed webhooks, live events, version history, grounded plans

New tables: idempotent_requests, webhook_settings, webhook_deliveries, video_versions, video_events.
New columns: jobs.webhook_url and jobs.run_after, exports.version, plans.webhook_url and
plans.source_pages. Every existing video gets its current project as its first recorded version.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("webhook_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("run_after", WHEN, nullable=True))
    with op.batch_alter_table("exports") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=True))
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("webhook_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("source_pages", sa.JSON(), nullable=True))
    op.create_table(
        "idempotent_requests",
        sa.Column(
            "account_id",
            sa.String(40),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("content_type", sa.String(200), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False, index=True),
    )
    op.create_table(
        "webhook_settings",
        sa.Column(
            "account_id",
            sa.String(40),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("default_url", sa.Text(), nullable=True),
        sa.Column("secret", sa.String(80), nullable=False),
        sa.Column("previous_secret", sa.String(80), nullable=True),
        sa.Column("previous_until", WHEN, nullable=True),
        sa.Column("updated_at", WHEN, nullable=False),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "account_id", sa.String(40), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("job_id", sa.String(40), nullable=False, index=True),
        sa.Column("body", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("delivered_at", WHEN, nullable=True),
    )
    op.create_index(
        "ix_webhook_deliveries_account_created", "webhook_deliveries", ["account_id", "created_at"]
    )
    op.create_table(
        "video_versions",
        sa.Column(
            "video_id", sa.String(40), sa.ForeignKey("videos.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("number", sa.Integer(), primary_key=True),
        sa.Column("project", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("job_id", sa.String(40), nullable=True),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "video_events",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("video_id", sa.String(40), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False, index=True),
    )
    op.create_index("ix_video_events_video_id_id", "video_events", ["video_id", "id"])
    _first_versions()


def _first_versions() -> None:
    """Each existing video's current project becomes its recorded version (its number unchanged)."""
    videos = sa.table(
        "videos",
        sa.column("id", sa.String),
        sa.column("project", sa.JSON),
        sa.column("version", sa.Integer),
        sa.column("updated_at", WHEN),
    )
    versions = sa.table(
        "video_versions",
        sa.column("video_id", sa.String),
        sa.column("number", sa.Integer),
        sa.column("project", sa.JSON),
        sa.column("source", sa.String),
        sa.column("created_at", WHEN),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(videos).where(videos.c.project.is_not(None), videos.c.version > 0)).all()
    for row in rows:
        bind.execute(
            versions.insert().values(
                video_id=row.id,
                number=row.version,
                project=row.project,
                source="create",
                created_at=row.updated_at,
            )
        )


def downgrade() -> None:
    op.drop_table("video_events")
    op.drop_table("video_versions")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhook_settings")
    op.drop_table("idempotent_requests")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("source_pages")
        batch.drop_column("webhook_url")
    with op.batch_alter_table("exports") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("run_after")
        batch.drop_column("webhook_url")
