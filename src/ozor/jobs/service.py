"""Enqueue, claim and settle jobs; credits are reserved, captured and released by job id.

Every change of a job's state passes through here, so this is where it is announced: a live event
on the job's video (the SSE stream) for each change, and, when a job finishes, a webhook delivery
to the job's webhookUrl or the account's default (the delivery is itself a job, of kind webhook).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, exists, select, text, update
from sqlalchemy.orm import Session, aliased

from ozor.accounts import credits
from ozor.db import affected, ids
from ozor.db.models import IdempotentRequest, Job, VideoEvent, WebhookDelivery, WebhookSettings
from ozor.db.points import PointReads
from ozor.db.statuses import FINISHED, RUNNABLE, JobStatus
from ozor.db.timefmt import aware, utcnow
from ozor.jobs.payloads import JobKind, Payload, WebhookPayload

# (job kind, final status) → the webhook event that announces it; other jobs announce nothing.
WEBHOOK_EVENTS: dict[tuple[str, str], str] = {
    (JobKind.GENERATE, JobStatus.COMPLETED): "job.completed",
    (JobKind.GENERATE, JobStatus.FAILED): "job.failed",
    (JobKind.MESSAGE, JobStatus.COMPLETED): "job.completed",
    (JobKind.MESSAGE, JobStatus.FAILED): "job.failed",
    (JobKind.EXPORT, JobStatus.COMPLETED): "export.completed",
    (JobKind.EXPORT, JobStatus.FAILED): "export.failed",
    (JobKind.DOCUMENT_VIDEO, JobStatus.COMPLETED): "plan.generated",
    (JobKind.DOCUMENT_VIDEO, JobStatus.FAILED): "job.failed",
}

STATUS_COLUMNS = ("id", "video_id", "status", "response", "error", "created_at")


def status_of(points: PointReads, job_id: str) -> Job | None:
    """What a job-status poll shows of a job (a point read, without its payload or progress)."""
    return points.get(Job, job_id, STATUS_COLUMNS)


def enqueue(
    session: Session,
    payload: Payload,
    *,
    account_id: str,
    video_id: str | None = None,
    lane: str | None = None,
    credit_cost: int = 0,
    status: JobStatus = JobStatus.QUEUED,
    job_id: str | None = None,
    webhook_url: str | None = None,
    run_after: datetime | None = None,
) -> Job:
    """Record a job and hold its cost (402 if short) in the caller's transaction.

    The payload is a model of its kind, validated when it was built, so a malformed job is never queued.
    `job_id` comes from `hold` when the caller had to know the cost is covered before preparing
    the payload. The caller hands the id to the queue after committing.
    """
    job = Job(
        id=job_id or ids.new_id("job"),
        kind=str(payload.KIND),
        account_id=account_id,
        video_id=video_id,
        lane=lane,
        payload=payload.model_dump(mode="json"),
        credit_cost=credit_cost,
        status=JobStatus(status),
        webhook_url=webhook_url,
        run_after=run_after,
    )
    credits.reserve(session, account_id, credit_cost, ref=job.id, note=job.kind)
    session.add(job)
    session.flush()
    _changed(session, job)
    return job


def hold(session: Session, kind: JobKind, account_id: str, credit_cost: int) -> str:
    """Reserve a job's cost (402 if short) before its payload exists; enqueue it with the id returned."""
    job_id = ids.new_id("job")
    credits.reserve(session, account_id, credit_cost, ref=job_id, note=kind.value)
    return job_id


def _lane_blocked() -> ColumnElement[bool]:
    """True for a job whose lane is busy, or has an older job waiting: lanes run in order."""
    other = aliased(Job)
    return exists().where(
        other.lane == Job.lane,
        other.id != Job.id,
        (other.status == JobStatus.PROCESSING)
        | (other.status.in_(RUNNABLE) & (other.created_at < Job.created_at)),
    )


def _due() -> ColumnElement[bool]:
    return Job.run_after.is_(None) | (Job.run_after <= utcnow())


def claimable(session: Session, limit: int) -> list[str]:
    """Runnable jobs, oldest first, whose lane lets them run now and whose time has come."""
    query = (
        select(Job.id)
        .where(Job.status.in_(RUNNABLE), _due())
        .where(Job.lane.is_(None) | ~_lane_blocked())
        .order_by(Job.created_at)
        .limit(limit)
    )
    return list(session.scalars(query))


def claim(session: Session, job_id: str, lease_sec: int) -> bool:
    """Take a runnable job whose lane is free; False if it is taken, finished or must wait.

    Safe with runners on several machines: the lane is locked for the transaction (an advisory
    lock on PostgreSQL; SQLite's writers are serialised already), so two jobs of one lane can never
    both pass the check.
    """
    lane = session.scalar(select(Job.lane).where(Job.id == job_id))
    if lane is not None and session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:lane))"), {"lane": lane})
    now = utcnow()
    taken = affected(
        session,
        update(Job)
        .where(Job.id == job_id, Job.status.in_(RUNNABLE), _due())
        .where(Job.lane.is_(None) | ~_lane_blocked())
        .values(
            status=JobStatus.PROCESSING,
            attempts=Job.attempts + 1,
            lease_until=now + timedelta(seconds=lease_sec),
            started_at=now,
        ),
    )
    if taken:
        _changed(session, job_id)
    return bool(taken)


def wait_sec(session: Session, job_id: str) -> float:
    """How long a runnable job must still wait for its time (0 when it may run now)."""
    run_after = session.scalar(select(Job.run_after).where(Job.id == job_id))
    return max(0.0, (aware(run_after) - utcnow()).total_seconds()) if run_after else 0.0


def extend_lease(session: Session, job_id: str, lease_sec: int) -> None:
    session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.PROCESSING)
        .values(lease_until=utcnow() + timedelta(seconds=lease_sec))
    )


def _settle(session: Session, job_id: str, **values: object) -> bool:
    """Finish a job once: False if it was settled already (a retry, a late duplicate)."""
    done = affected(
        session,
        update(Job)
        .where(Job.id == job_id, Job.status.not_in(FINISHED))
        .values(finished_at=utcnow(), lease_until=None, **values),
    )
    if done:
        job = _changed(session, job_id)
        _announce(session, job)
    return bool(done)


def _changed(session: Session, job: Job | str) -> Job:
    """The live event of a job's new status, on its video's stream."""
    if isinstance(job, str):
        found = session.get(Job, job, populate_existing=True)
        assert found is not None
        job = found
    if job.video_id is not None and job.kind != JobKind.WEBHOOK:
        data = {"jobId": job.id, "kind": job.kind, "status": str(job.status)}
        if job.status == JobStatus.FAILED:
            data["error"] = job.error or ""
        session.add(VideoEvent(video_id=job.video_id, type="job.status", data=data))
    return job


def _announce(session: Session, job: Job) -> None:
    """Queue the webhook delivery of a finished job's outcome, if it has somewhere to go."""
    event = WEBHOOK_EVENTS.get((job.kind, job.status))
    if event is None:
        return
    url = job.webhook_url
    if url is None:
        url = session.scalar(
            select(WebhookSettings.default_url).where(WebhookSettings.account_id == job.account_id)
        )
    if not url:
        return
    delivery = WebhookDelivery(
        id=ids.new_id("msg"), account_id=job.account_id, event=event, url=url, job_id=job.id, attempts=0
    )
    session.add(delivery)
    session.flush()
    enqueue(session, WebhookPayload(delivery_id=delivery.id), account_id=job.account_id)


EVENTS_KEPT = timedelta(hours=24)  # live events a client may still resume from


def prune(session: Session) -> None:
    """Live events older than a day and idempotency answers past their 24 h are deleted."""
    session.execute(delete(VideoEvent).where(VideoEvent.created_at < utcnow() - EVENTS_KEPT))
    session.execute(delete(IdempotentRequest).where(IdempotentRequest.expires_at < utcnow()))


def follow_ups(session: Session, job_id: str) -> list[str]:
    """The webhook jobs a finished job queued: the runner hands them to its queue."""
    query = (
        select(Job.id)
        .join(WebhookDelivery, Job.payload["delivery_id"].as_string() == WebhookDelivery.id)
        .where(WebhookDelivery.job_id == job_id, Job.kind == JobKind.WEBHOOK, Job.status.in_(RUNNABLE))
    )
    return list(session.scalars(query))


def complete(session: Session, job_id: str, response: str | None = None) -> bool:
    """Mark the job completed and capture its credits."""
    done = _settle(session, job_id, status=JobStatus.COMPLETED, response=response)
    if done:
        credits.capture(session, job_id)
    return done


def fail(session: Session, job_id: str, error: str) -> bool:
    """Mark the job failed and release its credits."""
    done = _settle(session, job_id, status=JobStatus.FAILED, error=error)
    if done:
        credits.release(session, job_id)
    return done


def expired(session: Session) -> list[Job]:
    """Jobs whose runner stopped renewing the lease (a crash or a kill)."""
    return list(
        session.scalars(select(Job).where(Job.status == JobStatus.PROCESSING, Job.lease_until < utcnow()))
    )


def requeue(session: Session, job_id: str) -> None:
    session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.PROCESSING)
        .values(status=JobStatus.QUEUED, lease_until=None)
    )
