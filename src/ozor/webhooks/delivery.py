"""The "webhook" job: one signed POST of an event; a failed attempt queues the next one later.

The body is what the poll endpoint answers about the job's subject (the job, the video and its
export, or the plan), built at the first attempt and kept, so every retry sends the same bytes.
Attempts back off exponentially (base × 2^n, at most `MAX_DELAY`) until the retry window (24 h by
default) is over; then the delivery is failed. Any 2xx answer delivers it.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.backends import Backends
from ozor.config import Settings
from ozor.db.models import Export, Job, Plan, Video, WebhookDelivery
from ozor.db.timefmt import aware, iso, utcnow
from ozor.documents import plans
from ozor.errors import OzorError
from ozor.jobs import service
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import JobKind, WebhookPayload
from ozor.media.fetch import post
from ozor.videos import status
from ozor.webhooks import signing
from ozor.webhooks.accounts import settings_of, signing_secrets

MAX_DELAY = timedelta(hours=4)
EVENT_HEADER = "ozor-event"  # the body is the poll JSON, so the event's name travels in a header
LOG_SIZE = 50


class DeliveryJob:
    payload_type = WebhookPayload

    def run(self, ctx: JobContext[WebhookPayload]) -> str | None:
        return _attempt(ctx)

    def on_failure(self, session: Session, job: Job, payload: WebhookPayload, error: str) -> None:
        """A crash in our own code (not the receiver's answer): the delivery says so and stops."""
        delivery = session.get(WebhookDelivery, payload.delivery_id)
        if delivery is not None and delivery.status == "pending":
            delivery.status, delivery.last_error, delivery.next_attempt_at = "failed", error, None


DELIVERY = DeliveryJob()


def _attempt(ctx: JobContext[WebhookPayload]) -> str:
    with ctx.db.session() as session:
        delivery = session.get(WebhookDelivery, ctx.payload.delivery_id)
        if delivery is None or delivery.status != "pending":
            return "Nothing to deliver"
        if delivery.body is None:
            delivery.body = event_body(session, ctx.settings, ctx.backends, delivery)
        delivery.attempts += 1
        url, msg_id, attempt, event = delivery.url, delivery.id, delivery.attempts, delivery.event
        body = json.dumps(delivery.body, separators=(",", ":")).encode()
        secrets = signing_secrets(settings_of(session, delivery.account_id))
    code, error = None, None
    try:
        answer = post(
            url,
            body,
            {**signing.headers(secrets, msg_id, body), EVENT_HEADER: event},
            timeout=ctx.settings.webhook_timeout_sec,
            allow_private=ctx.settings.allow_private_fetch,
        )
        code = answer.status_code
        error = None if 200 <= code < 300 else f"HTTP {code}: {answer.text[:200]}"
    except OzorError as e:
        error = e.detail
    with ctx.db.session() as session:
        delivery = session.get(WebhookDelivery, msg_id)
        assert delivery is not None
        delivery.last_status_code, delivery.last_error = code, error
        if error is None:
            delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", utcnow(), None
            ctx.complete(session, f"Delivered {delivery.event} on attempt {attempt}")
            return "delivered"
        later = utcnow() + _delay(ctx.settings, attempt)
        if later > aware(delivery.created_at) + timedelta(seconds=ctx.settings.webhook_retry_window_sec):
            delivery.status, delivery.next_attempt_at = "failed", None
            ctx.complete(session, f"Gave up after {attempt} attempts: {error}")
            return "failed"
        delivery.next_attempt_at = later
        retry = service.enqueue(
            session, WebhookPayload(delivery_id=msg_id), account_id=delivery.account_id, run_after=later
        )
        ctx.complete(session, f"Attempt {attempt} failed ({error}); next at {iso(later)}")
    ctx.submit(retry.id)
    return "retrying"


def _delay(settings: Settings, attempt: int) -> timedelta:
    seconds = settings.webhook_retry_base_sec * 2 ** (attempt - 1)
    return min(timedelta(seconds=seconds), MAX_DELAY)


def event_body(
    session: Session, settings: Settings, backends: Backends, delivery: WebhookDelivery
) -> dict[str, Any]:
    """The poll endpoint's JSON for the event's subject: the plan for plan jobs, the video with this
    export for export jobs, the job status for agent turns."""
    job = session.get(Job, delivery.job_id)
    assert job is not None
    if job.kind == JobKind.DOCUMENT_VIDEO:
        plan = session.get(Plan, job.payload["plan_id"])
        assert plan is not None
        return plans.view(settings, backends.storage, plan)
    video = session.get(Video, job.video_id)
    assert video is not None
    if job.kind == JobKind.EXPORT:
        export = session.get(Export, job.payload["export_id"])
        return status.video_view(settings, backends.storage, session, video, export)
    return status.job_view(job, video.conversation_id)


def delivery_log(session: Session, account_id: str) -> list[WebhookDelivery]:
    """The account's latest deliveries, newest first (the dashboard's delivery log)."""
    query = (
        select(WebhookDelivery)
        .where(WebhookDelivery.account_id == account_id)
        .order_by(WebhookDelivery.created_at.desc())
        .limit(LOG_SIZE)
    )
    return list(session.scalars(query))
