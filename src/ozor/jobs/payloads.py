"""What each kind of job carries: one frozen model per kind, validated when the job is enqueued and
again when it runs, so a renamed or missing field fails in mypy or at enqueue, never mid-job."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from ozor.scene.models import Aspect
from ozor.scene.quality import Quality


class JobKind(StrEnum):
    EXPORT = "export"
    SCENE_STILLS = "scene_stills"
    DOCUMENT_VIDEO = "document_video"
    GENERATE = "generate"
    MESSAGE = "message"
    WEBHOOK = "webhook"


class Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    KIND: ClassVar[JobKind]


class ExportPayload(Payload):
    KIND = JobKind.EXPORT
    export_id: str
    version: int  # the video's version when the export was requested


class StillsPayload(Payload):
    KIND = JobKind.SCENE_STILLS
    video_id: str
    version: int


class DocumentVideoPayload(Payload):
    KIND = JobKind.DOCUMENT_VIDEO
    plan_id: str


class WebhookPayload(Payload):
    """One delivery attempt of a webhook event (a failed attempt queues the next, later)."""

    KIND = JobKind.WEBHOOK
    delivery_id: str


class StoredAttachment(BaseModel):
    """An attachment sent as base64, already judged and stored when the turn was accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    asset: str


class LinkedAttachment(BaseModel):
    """An attachment sent as a URL: the job fetches it through the safe fetcher."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Literal["image", "video"]
    label: str
    url: str
    mime_type: str | None = None


class AutoExport(BaseModel):
    """generate with export=true: the render to start once the agent has finished."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    quality: Quality = "720p"
    is_public: bool = False


class MessagePayload(Payload):
    KIND = JobKind.MESSAGE
    text: str
    attachments: list[StoredAttachment | LinkedAttachment] = Field(default_factory=list)


class GeneratePayload(MessagePayload):
    KIND = JobKind.GENERATE
    aspect: Aspect | None = None
    export: AutoExport | None = None
