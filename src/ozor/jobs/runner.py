"""Runs one job by id in any process: the same body for the local pool and for Celery workers.

A worker process builds one `Worker` (its database engine and backends) when it starts and runs
every job it is handed through it; the queue that feeds the process supplies its own `submit`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from pydantic import ValidationError

from ozor.backends import Backends
from ozor.config import Settings
from ozor.db import Database
from ozor.db.models import Job
from ozor.db.statuses import RUNNABLE, JobStatus
from ozor.errors import OzorError
from ozor.jobs import service
from ozor.jobs.context import Handlers, JobContext, Submit
from ozor.jobs.payloads import Payload

log = logging.getLogger(__name__)


@dataclass
class Worker:
    """A process's resources for running jobs."""

    settings: Settings
    handlers: Handlers
    db: Database = field(init=False)
    backends: Backends = field(init=False)

    def __post_init__(self) -> None:
        assert self.settings.database_url
        self.db = Database(self.settings.database_url)
        self.backends = Backends(self.settings)

    def execute(self, job_id: str, submit: Submit) -> JobStatus | None:
        """Run a claimed job to its end; the final status (None if it is not ours to run).

        Never raises for a job's failure: the job is failed, its credits released and its handler's
        rows put right.
        """
        with self.db.reader() as session:
            job = session.get(Job, job_id)
        if job is None or job.status != JobStatus.PROCESSING:
            return job.status if job else None
        stop = threading.Event()
        beat = threading.Thread(
            target=_heartbeat, args=(self.db, job_id, self.settings.job_lease_sec, stop), daemon=True
        )
        beat.start()
        try:
            handler = self.handlers.get(job.kind)
            if handler is None:
                raise OzorError(f"No handler for job kind {job.kind!r}")
            payload = _payload(job, handler.payload_type)
            ctx: JobContext[Payload] = JobContext(self.settings, self.db, self.backends, job, payload, submit)
            response = handler.run(ctx)
            with self.db.session() as session:
                service.complete(session, job_id, response)  # a no-op when the handler completed it
            status = JobStatus.COMPLETED
        except OzorError as e:
            settle_failure(self.db, self.handlers, job_id, e.detail)
            status = JobStatus.FAILED
        except Exception as e:  # a bug or an engine failure: the job fails cleanly, the log keeps the trace
            log.exception("job %s (%s) crashed", job_id, job.kind)
            settle_failure(self.db, self.handlers, job_id, f"Unexpected error: {type(e).__name__}: {e}")
            status = JobStatus.FAILED
        finally:
            stop.set()
        with self.db.reader() as session:
            for follow_up in service.follow_ups(session, job_id):  # its webhook delivery
                submit(follow_up)
        return status

    def claim_and_execute(self, job_id: str, submit: Submit) -> JobStatus | None:
        """Claim and run a job that a queue message names. A job that must wait for its lane comes
        back runnable (queued or pending)."""
        with self.db.session() as session:
            claimed = service.claim(session, job_id, self.settings.job_lease_sec)
            job = session.get(Job, job_id)
            status = job.status if job is not None else None
        return self.execute(job_id, submit) if claimed else status

    def wait_sec(self, job_id: str) -> float:
        """Seconds until a delayed job (a webhook retry) may run."""
        with self.db.reader() as session:
            return service.wait_sec(session, job_id)


def _payload(job: Job, model: type[Payload]) -> Payload:
    """The job's payload, checked again as its handler will read it."""
    try:
        return model.model_validate(job.payload or {})
    except ValidationError as e:
        raise OzorError(f"The job's stored request is not readable ({e})") from None


def is_waiting(status: JobStatus | None) -> bool:
    return status in RUNNABLE


def settle_failure(db: Database, handlers: Handlers, job_id: str, error: str) -> None:
    """Fail the job, release its credits and let its handler undo its own state, in one transaction."""
    with db.session() as session:
        job = session.get(Job, job_id)
        if job is None or not service.fail(session, job_id, error):
            return
        handler = handlers.get(job.kind)
        if handler is None:
            return
        try:
            payload = _payload(job, handler.payload_type)
        except OzorError:
            return
        handler.on_failure(session, job, payload, error)


def sweep(db: Database, handlers: Handlers, max_attempts: int) -> list[str]:
    """Give jobs left running by a crash another go, or fail them after `max_attempts`; drop live
    events and idempotency answers past their time."""
    with db.session() as session:
        service.prune(session)
    requeued = []
    with db.reader() as session:
        stale = [(job.id, job.attempts) for job in service.expired(session)]
    for job_id, attempts in stale:
        if attempts >= max_attempts:
            settle_failure(
                db, handlers, job_id, f"The job stopped {attempts} times without finishing; giving up."
            )
        else:
            with db.session() as session:
                service.requeue(session, job_id)
            requeued.append(job_id)
    return requeued


def _heartbeat(db: Database, job_id: str, lease_sec: int, stop: threading.Event) -> None:
    while not stop.wait(max(1.0, lease_sec / 4)):
        try:
            with db.session() as session:
                service.extend_lease(session, job_id, lease_sec)
        except Exception:  # a missed beat is retried; the lease is long enough for several
            log.warning("could not extend the lease of job %s", job_id, exc_info=True)
