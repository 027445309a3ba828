"""Starting agent turns: a new video from a prompt, or a message about an existing one.

Both reserve one credit (402 if short) and queue a job in the video's lane, so turns on one video
run one at a time, in order. Attachments sent as base64 are judged and stored here, after the
credit check, in the same transaction; URL attachments travel in the payload for the job to fetch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ozor import videos
from ozor.accounts import credits
from ozor.adapters.storage.base import Storage
from ozor.agent import trace
from ozor.errors import BadRequest
from ozor.jobs import service
from ozor.media import intake
from ozor.models import Job, Video

GENERATE = "generate"
MESSAGE = "message"
MAX_ATTACHMENTS = 10
TITLE_CHARS = 40


@dataclass(frozen=True)
class ExportRequest:
    quality: str = "720p"
    is_public: bool = False


def judge(items: list[intake.Incoming]) -> list[intake.Media | intake.Incoming]:
    """Attachments checked before anything is created: base64 decoded and probed, URLs checked."""
    if len(items) > MAX_ATTACHMENTS:
        raise BadRequest(f"At most {MAX_ATTACHMENTS} attachments per request")
    judged: list[intake.Media | intake.Incoming] = []
    for item in items:
        if item.base64 is not None:
            judged.append(intake.decode(item))
        else:
            intake.check(item)
            judged.append(item)
    return judged


def start_generate(session: Session, storage: Storage, account_id: str, prompt: str, *, aspect: str | None,
                   attachments: list[intake.Media | intake.Incoming], export: ExportRequest | None = None,
                   created_via: str = "api") -> tuple[Video, Job]:
    """A video with no scenes yet and the "pending" job that will direct it."""
    video = videos.create_video(session, account_id, None, created_via=created_via)
    video.title = prompt if len(prompt) <= TITLE_CHARS else prompt[:TITLE_CHARS].rstrip() + "..."
    extra: dict[str, Any] = {"aspect": aspect}
    if export is not None:
        extra["export"] = {"quality": export.quality, "is_public": export.is_public}
    job = _enqueue(session, storage, video, GENERATE, prompt, attachments, "pending", extra)
    return video, job


def start_message(session: Session, storage: Storage, video: Video, message: str,
                  attachments: list[intake.Media | intake.Incoming]) -> Job:
    return _enqueue(session, storage, video, MESSAGE, message, attachments, "queued", {})


def _enqueue(session: Session, storage: Storage, video: Video, kind: str, text: str,
             attachments: list[intake.Media | intake.Incoming], status: str, extra: dict[str, Any]) -> Job:
    job = service.enqueue(session, kind=kind, account_id=video.account_id, video_id=video.id, lane=video.id,
                          credit_cost=credits.COST_GENERATE if kind == GENERATE else credits.COST_MESSAGE,
                          status=status)
    sent: list[dict[str, Any]] = []
    for item in attachments:
        if isinstance(item, intake.Media):
            asset = intake.store(session, storage, video.account_id, item)
            sent.append({"asset": asset.id})
        else:
            sent.append({"kind": item.kind, "label": item.label, "url": item.url, "mime_type": item.mime_type})
    job.payload = {"text": text, "attachments": sent, **extra}
    assert video.conversation_id is not None
    trace.add_user_message(session, video.conversation_id, text, job.id)
    return job
