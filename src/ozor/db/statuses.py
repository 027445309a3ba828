"""The allowed values of every status column, as the spec spells them on the wire.

Jobs end `completed` while exports end `complete`: both are the spec's words and stay so.
"""

from __future__ import annotations

from enum import StrEnum


class JobStatus(StrEnum):
    QUEUED = "queued"
    PENDING = "pending"  # what /generate answers; runs like queued
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


RUNNABLE = (JobStatus.QUEUED, JobStatus.PENDING)
FINISHED = (JobStatus.COMPLETED, JobStatus.FAILED)


class ExportStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETE = "complete"
    FAILED = "failed"


ACTIVE_EXPORT = (ExportStatus.QUEUED, ExportStatus.PROCESSING)


class VideoStatus(StrEnum):
    DRAFT = "draft"
    RENDERING = "rendering"
    COMPLETED = "completed"  # a render has completed at least once


class PlanStatus(StrEnum):
    DRAFT = "draft"
    GENERATING = "generating"
    GENERATED = "generated"
    FAILED = "failed"


EDITABLE_PLAN = (PlanStatus.DRAFT, PlanStatus.FAILED)


class KeyStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
