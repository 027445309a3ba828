"""Enqueue, claim and settle jobs; credits are reserved, captured and released by job id."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import ColumnElement, exists, select, text, update
from sqlalchemy.orm import Session, aliased

from ozor.accounts import credits
from ozor.db import affected, ids
from ozor.db.models import Job
from ozor.db.points import PointReads
from ozor.db.statuses import FINISHED, RUNNABLE, JobStatus
from ozor.db.timefmt import utcnow
from ozor.jobs.payloads import JobKind, Payload

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
    )
    credits.reserve(session, account_id, credit_cost, ref=job.id, note=job.kind)
    session.add(job)
    session.flush()
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


def claimable(session: Session, limit: int) -> list[str]:
    """Runnable jobs, oldest first, whose lane lets them run now."""
    query = (
        select(Job.id)
        .where(Job.status.in_(RUNNABLE))
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
        .where(Job.id == job_id, Job.status.in_(RUNNABLE))
        .where(Job.lane.is_(None) | ~_lane_blocked())
        .values(
            status=JobStatus.PROCESSING,
            attempts=Job.attempts + 1,
            lease_until=now + timedelta(seconds=lease_sec),
            started_at=now,
        ),
    )
    return bool(taken)


def extend_lease(session: Session, job_id: str, lease_sec: int) -> None:
    session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.PROCESSING)
        .values(lease_until=utcnow() + timedelta(seconds=lease_sec))
    )


def _settle(session: Session, job_id: str, **values: object) -> bool:
    """Finish a job once: False if it was settled already (a retry, a late duplicate)."""
    return bool(
        affected(
            session,
            update(Job)
            .where(Job.id == job_id, Job.status.not_in(FINISHED))
            .values(finished_at=utcnow(), lease_until=None, **values),
        )
    )


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
