"""Starting agent turns: a new video from a prompt, or a message about an existing one.

Both reserve one credit (402 if short) and queue a job in the video's lane, so turns on one video
run one at a time, in order. Attachments sent as base64 are judged and stored here, after the
credit check, in the same transaction; URL attachments travel in the payload for the job to fetch.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ozor.accounts import credits
from ozor.adapters.storage.base import Storage
from ozor.agent import trace
from ozor.db.models import Job, Video
from ozor.db.statuses import JobStatus
from ozor.errors import BadRequest
from ozor.jobs import service
from ozor.jobs.payloads import (
    AutoExport,
    GeneratePayload,
    JobKind,
    LinkedAttachment,
    MessagePayload,
    StoredAttachment,
)
from ozor.media import intake
from ozor.scene.models import Aspect
from ozor.videos import projects

MAX_ATTACHMENTS = 10
TITLE_CHARS = 40


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


def start_generate(
    session: Session,
    storage: Storage,
    account_id: str,
    prompt: str,
    *,
    aspect: Aspect | None,
    attachments: list[intake.Media | intake.Incoming],
    export: AutoExport | None = None,
    created_via: str = "api",
    webhook_url: str | None = None,
) -> tuple[Video, Job]:
    """A video with no scenes yet and the "pending" job that will direct it."""
    video = projects.create_video(session, account_id, None, created_via=created_via)
    video.title = prompt if len(prompt) <= TITLE_CHARS else prompt[:TITLE_CHARS].rstrip() + "..."
    job_id = service.hold(session, JobKind.GENERATE, account_id, credits.COST_GENERATE)
    sent = _attach(session, storage, video, attachments)
    payload = GeneratePayload(text=prompt, attachments=sent, aspect=aspect, export=export)
    job = service.enqueue(
        session,
        payload,
        account_id=account_id,
        video_id=video.id,
        lane=video.id,
        credit_cost=credits.COST_GENERATE,
        status=JobStatus.PENDING,
        job_id=job_id,
        webhook_url=webhook_url,
    )
    _record(session, video, prompt, job)
    return video, job


def start_message(
    session: Session,
    storage: Storage,
    video: Video,
    message: str,
    attachments: list[intake.Media | intake.Incoming],
    webhook_url: str | None = None,
) -> Job:
    job_id = service.hold(session, JobKind.MESSAGE, video.account_id, credits.COST_MESSAGE)
    payload = MessagePayload(text=message, attachments=_attach(session, storage, video, attachments))
    job = service.enqueue(
        session,
        payload,
        account_id=video.account_id,
        video_id=video.id,
        lane=video.id,
        credit_cost=credits.COST_MESSAGE,
        job_id=job_id,
        webhook_url=webhook_url,
    )
    _record(session, video, message, job)
    return job


def _attach(
    session: Session, storage: Storage, video: Video, attachments: list[intake.Media | intake.Incoming]
) -> list[StoredAttachment | LinkedAttachment]:
    """Base64 attachments stored now (after the credit hold); URL ones travel for the job to fetch."""
    sent: list[StoredAttachment | LinkedAttachment] = []
    for item in attachments:
        if isinstance(item, intake.Media):
            sent.append(StoredAttachment(asset=intake.store(session, storage, video.account_id, item).id))
        else:
            assert item.url is not None
            sent.append(
                LinkedAttachment(kind=item.kind, label=item.label, url=item.url, mime_type=item.mime_type)
            )
    return sent


def _record(session: Session, video: Video, text: str, job: Job) -> None:
    assert video.conversation_id is not None
    trace.add_user_message(session, video.conversation_id, text, job.id)
