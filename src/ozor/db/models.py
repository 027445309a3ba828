"""The database tables (SQLAlchemy 2). Schema changes come with an Alembic migration."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SQLEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ozor.db.statuses import ExportStatus, JobStatus, KeyStatus, PlanStatus, VideoStatus
from ozor.db.timefmt import utcnow
from ozor.scene.quality import Quality


def status_column(enum: type[StrEnum], default: StrEnum) -> Mapped[Any]:
    """A VARCHAR(16) holding the enum's wire value: an unknown value fails at flush, reads come back typed."""
    column = SQLEnum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=16,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
    )
    return mapped_column(column, default=default)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON, list[Any]: JSON}


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    firebase_uid: Mapped[str | None] = mapped_column(String(128), unique=True)
    # Available credits: a running total of the ledger, changed only together with a ledger row.
    balance: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped to take the account's write lock (row lock on PostgreSQL, database lock on SQLite).
    lock_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    status: Mapped[KeyStatus] = status_column(KeyStatus, KeyStatus.ACTIVE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class CreditEntry(Base):
    """One line of the append-only ledger; `amount` is its effect on the available balance."""

    __tablename__ = "credit_entries"
    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_credit_kind_ref"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # grant | hold | capture | release
    amount: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Video(Base):
    """A project: the scene graph and what the API shows about it."""

    __tablename__ = "videos"
    __table_args__ = (Index("ix_videos_account_via_created", "account_id", "created_via", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[VideoStatus] = status_column(VideoStatus, VideoStatus.DRAFT)
    created_via: Mapped[str] = mapped_column(String(8), default="api")  # api | web
    project: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=0)
    conversation_id: Mapped[str | None] = mapped_column(String(40))
    latest_export_id: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Export(Base):
    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    video_id: Mapped[str] = mapped_column(ForeignKey("videos.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    quality: Mapped[Quality] = mapped_column(String(8))
    is_public: Mapped[bool] = mapped_column(Boolean, default=False)
    cache_key: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[ExportStatus] = status_column(ExportStatus, ExportStatus.QUEUED)
    share_code: Mapped[str | None] = mapped_column(String(7), unique=True)
    video_path: Mapped[str | None] = mapped_column(String(500))
    thumbnail_path: Mapped[str | None] = mapped_column(String(500))
    duration_sec: Mapped[float | None]
    error: Mapped[str | None] = mapped_column(Text)
    job_id: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int | None] = mapped_column(Integer)  # the video version this export rendered
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Job(Base):
    """Background work: the database holds its state, a queue only carries its id."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_created", "status", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    video_id: Mapped[str | None] = mapped_column(String(40), index=True)
    # Jobs sharing a lane run one at a time, oldest first (e.g. agent turns on one video).
    lane: Mapped[str | None] = mapped_column(String(80), index=True)
    status: Mapped[JobStatus] = status_column(JobStatus, JobStatus.QUEUED)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    response: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    credit_cost: Mapped[int] = mapped_column(Integer, default=0)
    progress: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"step", "detail", "pct"} while running
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None]
    webhook_url: Mapped[str | None] = mapped_column(Text)  # where this job's outcome is announced
    run_after: Mapped[datetime | None]  # not claimed before (a webhook retry's backoff)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    video_id: Mapped[str] = mapped_column(ForeignKey("videos.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))  # user | assistant
    text: Mapped[str] = mapped_column(Text, default="")
    job_id: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ToolCall(Base):
    __tablename__ = "tool_calls"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Asset(Base):
    """A stored file of an account: an attachment, an extracted image, narration audio."""

    __tablename__ = "assets"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # image | video | audio
    mime_type: Mapped[str] = mapped_column(String(100))
    storage_path: Mapped[str] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None]
    height: Mapped[int | None]
    duration_sec: Mapped[float | None]
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Plan(Base):
    """A document-to-video plan; scenes and style are the spec's JSON shapes."""

    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    status: Mapped[PlanStatus] = status_column(PlanStatus, PlanStatus.DRAFT)
    file_name: Mapped[str | None] = mapped_column(String(300))
    file_type: Mapped[str] = mapped_column(String(8))  # pdf | pptx | docx | url
    source_url: Mapped[str | None] = mapped_column(Text)
    aspect_ratio: Mapped[str] = mapped_column(String(8), default="16:9")
    language: Mapped[str] = mapped_column(String(16), default="en")
    prompt: Mapped[str | None] = mapped_column(Text)
    target_duration_sec: Mapped[int] = mapped_column(Integer, default=30)
    style: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scenes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    voice_settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    project_id: Mapped[str | None] = mapped_column(String(40))
    error: Mapped[str | None] = mapped_column(Text)
    created_via: Mapped[str] = mapped_column(String(8), default="api")
    webhook_url: Mapped[str | None] = mapped_column(Text)  # set by analyze: plan.generated goes here
    # The document's text by page or slide ([{"page": n, "text": …}]): what the faithfulness check reads.
    source_pages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class VideoVersion(Base):
    """The project as it was after each change (agent turn, PUT, restore, narration): its history."""

    __tablename__ = "video_versions"

    video_id: Mapped[str] = mapped_column(ForeignKey("videos.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    project: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(16))  # create | agent | put | restore | narration
    job_id: Mapped[str | None] = mapped_column(String(40))
    restored_from: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class VideoEvent(Base):
    """One live event of a video (a tool call, a job status, export progress), streamed over SSE."""

    __tablename__ = "video_events"
    __table_args__ = (Index("ix_video_events_video_id_id", "video_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    video_id: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class IdempotentRequest(Base):
    """A POST made with an Idempotency-Key: its fingerprint and, once answered, the stored answer."""

    __tablename__ = "idempotent_requests"

    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)  # None while the first request runs
    content_type: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class WebhookSettings(Base):
    """An account's webhook default URL and signing secret (the previous one stays valid a while)."""

    __tablename__ = "webhook_settings"

    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    default_url: Mapped[str | None] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(String(80))
    previous_secret: Mapped[str | None] = mapped_column(String(80))
    previous_until: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class WebhookDelivery(Base):
    """One event for one URL and how its delivery went: the log the dashboard shows."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_account_created", "account_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # the webhook-id header: msg_…
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(Text)
    job_id: Mapped[str] = mapped_column(String(40), index=True)  # the job whose outcome this announces
    body: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # frozen at the first attempt
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None]
