"""Presenters: domain rows → the spec's wire shapes (the only place that knows both)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.api.schemas import VideoDetail, VideoSummary
from ozor.config import Settings
from ozor.db.models import Export, Plan, Video
from ozor.documents import plans
from ozor.videos import status


def video_summary(settings: Settings, video: Video) -> VideoSummary:
    return VideoSummary.model_validate(status.video_summary(settings, video))


def video_detail(settings: Settings, storage: Storage, session: Session, video: Video) -> VideoDetail:
    """Export fields are set only once an export exists (routes dump with exclude_unset)."""
    return VideoDetail.model_validate(status.video_view(settings, storage, session, video))


def video_with_export(
    settings: Settings, storage: Storage, video: Video, export: Export | None
) -> VideoDetail:
    """The same status from rows already read (the polling path's point reads)."""
    return VideoDetail.model_validate(status.video_view_of(settings, storage, video, export))


def plan_view(settings: Settings, storage: Storage, plan: Plan) -> dict[str, Any]:
    """The spec's plan shape; image URLs are signed afresh on every read."""
    return plans.view(settings, storage, plan)
