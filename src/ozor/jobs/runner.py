"""Runs one job by id in any process: the same body for the local pool and for Celery workers."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ozor.backends import Backends
from ozor.config import Settings
from ozor.db import Database
from ozor.errors import OzorError
from ozor.jobs import registry, service
from ozor.models import Job

log = logging.getLogger(__name__)


@dataclass
class JobContext:
    """What a handler gets: the job as it was claimed, and the process's database and backends."""

    settings: Settings
    db: Database
    backends: Backends
    job: Job
    payload: dict[str, Any] = field(default_factory=dict)

    def complete(self, session: Session, response: str | None = None) -> None:
        """Finish the job (and capture its credits) inside the handler's own final transaction."""
        service.complete(session, self.job.id, response)

    def submit(self, job_id: str) -> None:
        """Hand a job this handler created (after its commit) to the queue: the local dispatcher would
        find it by polling anyway, a Celery broker needs the message."""
        from ozor.backends import build_queue

        build_queue(self.settings, self.db).submit(job_id)


_process: dict[str, tuple[Database, Backends]] = {}


def process_resources(settings: Settings) -> tuple[Database, Backends]:
    """One database engine and one set of backends per process and database."""
    assert settings.database_url
    if settings.database_url not in _process:
        _process[settings.database_url] = (Database(settings.database_url), Backends(settings))
    return _process[settings.database_url]


def execute(settings: Settings, job_id: str) -> str:
    """Run a claimed job to its end; returns the final status. Never raises for a job's failure."""
    db, backends = process_resources(settings)
    with db.reader() as session:
        job = session.get(Job, job_id)
    if job is None or job.status != "processing":
        return job.status if job else "missing"
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(db, job_id, settings.job_lease_sec, stop), daemon=True)
    beat.start()
    try:
        module = registry.module_for(job.kind)
        ctx = JobContext(settings, db, backends, job, dict(job.payload or {}))
        response = module.run(ctx)
        with db.session() as session:
            service.complete(session, job_id, response)  # a no-op when the handler completed it
        return "completed"
    except OzorError as e:
        settle_failure(db, job_id, e.detail)
    except Exception as e:  # a bug or an engine failure: the job fails cleanly, the log keeps the trace
        log.exception("job %s (%s) crashed", job_id, job.kind)
        settle_failure(db, job_id, f"Unexpected error: {type(e).__name__}: {e}")
    finally:
        stop.set()
    return "failed"


def claim_and_execute(settings: Settings, job_id: str) -> str:
    """Claim and run a job that a queue message names: "waiting" while its lane is busy."""
    db, _backends = process_resources(settings)
    with db.session() as session:
        claimed = service.claim(session, job_id, settings.job_lease_sec)
        status = session.get(Job, job_id).status if not claimed else "processing"  # type: ignore[union-attr]
    if claimed:
        return execute(settings, job_id)
    return "waiting" if status in service.RUNNABLE else status


def settle_failure(db: Database, job_id: str, error: str) -> None:
    """Fail the job, release its credits and let its handler undo its own state, in one transaction."""
    with db.session() as session:
        job = session.get(Job, job_id)
        if job is None or not service.fail(session, job_id, error):
            return
        try:
            module = registry.module_for(job.kind)
        except LookupError:
            return
        on_failure = getattr(module, "on_failure", None)
        if on_failure is not None:
            on_failure(session, job, error)


def _heartbeat(db: Database, job_id: str, lease_sec: int, stop: threading.Event) -> None:
    while not stop.wait(max(1.0, lease_sec / 4)):
        try:
            with db.session() as session:
                service.extend_lease(session, job_id, lease_sec)
        except Exception:  # a missed beat is retried; the lease is long enough for several
            log.warning("could not extend the lease of job %s", job_id, exc_info=True)
