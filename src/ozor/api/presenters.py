"""Presenters: domain rows → the spec's wire shapes (the only place that knows both)."""

from __future__ import annotations

from typing import Any

from pydantic.alias_generators import to_camel
from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.api.schemas import VideoDetail, VideoSummary
from ozor.config import Settings
from ozor.db.models import Export, Plan, Video
from ozor.db.statuses import ExportStatus
from ozor.db.timefmt import epoch_s, iso
from ozor.documents.plans import cost, scenes_of, voice_of
from ozor.videos.projects import editor_url, file_url, share_url


def video_summary(settings: Settings, video: Video) -> VideoSummary:
    return VideoSummary(
        video_id=video.id,
        title=video.title,
        status=video.status,
        editor_url=editor_url(settings, video.id),
        created_at=iso(video.created_at) or "",
    )


def video_detail(settings: Settings, storage: Storage, session: Session, video: Video) -> VideoDetail:
    export = session.get(Export, video.latest_export_id) if video.latest_export_id else None
    return video_with_export(settings, storage, video, export)


def video_with_export(
    settings: Settings, storage: Storage, video: Video, export: Export | None
) -> VideoDetail:
    """The status a poll returns: the video and its latest export, however they were read."""
    out = VideoDetail(**video_summary(settings, video).model_dump(), conversation_id=video.conversation_id)
    if export is None:
        return out
    complete = export.status == ExportStatus.COMPLETE
    out.export_id = export.id
    out.export_status = export.status
    out.download_url = (
        file_url(settings, storage, export.video_path) if complete and export.video_path else None
    )
    out.share_url = share_url(settings, export.share_code) if complete and export.share_code else None
    out.share_code = export.share_code
    out.thumbnail_url = (
        file_url(settings, storage, export.thumbnail_path) if complete and export.thumbnail_path else None
    )
    out.export_error = export.error
    if export.version is not None:
        out.export_version = export.version
    return out


def plan_view(settings: Settings, storage: Storage, plan: Plan) -> dict[str, Any]:
    """The spec's plan shape; image URLs are signed afresh on every read. voiceSettings is additive."""
    scenes = [
        {
            "order": s.order,
            "sceneTitle": s.title,
            "scenePrompt": s.prompt,
            "voiceoverText": s.voiceover,
            "imageRefs": [{"storagePath": p, "url": file_url(settings, storage, p)} for p in s.image_paths],
            "keyPoints": s.key_points,
        }
        for s in scenes_of(plan)
    ]
    voice = voice_of(plan).model_dump(exclude_unset=True)
    return {
        "planId": plan.id,
        "fileName": plan.file_name,
        "fileType": plan.file_type,
        "sourceUrl": plan.source_url,
        "aspectRatio": plan.aspect_ratio,
        "status": plan.status,
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
    }
