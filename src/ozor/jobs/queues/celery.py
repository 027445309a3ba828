"""Celery queue for the distributed mode: the broker carries job ids, workers on any machine run them.

The database still holds every job's state, so a lost message or a dead worker costs time, not
work: the API's supervisor thread re-sends jobs nobody claimed and requeues expired leases.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from celery import Celery, Task
from sqlalchemy import select

from ozor.config import Settings
from ozor.db import Database
from ozor.db.models import Job
from ozor.db.statuses import RUNNABLE
from ozor.db.timefmt import utcnow
from ozor.jobs import runner
from ozor.jobs.context import Handlers

log = logging.getLogger(__name__)
TASK = "ozor.run_job"
QUEUE = "ozor"
LANE_RETRY_SEC = 1.0
SUPERVISE_SEC = 10.0
RESEND_AFTER = timedelta(seconds=60)


def celery_app(settings: Settings, handlers: Handlers) -> Celery:
    """The Celery app both sides use: the API sends `ozor.run_job`, `ozor worker` runs it."""
    app = Celery("ozor", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=QUEUE,
        task_acks_late=True,  # a worker that dies mid-job leaves the message for another
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_connection_retry_on_startup=True,
        task_ignore_result=True,
        worker_hijack_root_logger=False,
    )

    workers: list[runner.Worker] = []  # built in the worker process on its first task

    def submit(job_id: str) -> None:
        app.send_task(TASK, args=[job_id], queue=QUEUE)

    def run_job(task: Task, job_id: str) -> str:
        if not workers:
            workers.append(runner.Worker(settings, handlers))
        outcome = workers[0].claim_and_execute(job_id, submit)
        if runner.is_waiting(outcome):  # an older job of its lane runs first, or its time has not come
            raise task.retry(countdown=max(LANE_RETRY_SEC, workers[0].wait_sec(job_id)))
        return str(outcome)

    app.task(name=TASK, bind=True, max_retries=None)(run_job)
    return app


class CeleryQueue:
    def __init__(self, settings: Settings, db: Database, handlers: Handlers):
        self.settings = settings
        self.db = db
        self.handlers = handlers
        self.app = celery_app(settings, handlers)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._supervise, name="ozor-supervisor", daemon=True)
        self._thread.start()

    def submit(self, job_id: str) -> None:
        self.app.send_task(TASK, args=[job_id], queue=QUEUE)

    def stop(self) -> None:
        self._stopping.set()
        if self._thread:
            self._thread.join(timeout=10)

    def _supervise(self) -> None:
        while not self._stopping.wait(SUPERVISE_SEC):
            try:
                self.resend_stalled()
            except Exception:  # the supervisor must outlive a broker or database hiccup
                log.exception("job supervisor error")

    def resend_stalled(self) -> list[str]:
        """Requeue jobs whose worker died and re-send runnable jobs no worker has claimed."""
        requeued = runner.sweep(self.db, self.handlers, self.settings.job_max_attempts)
        with self.db.reader() as session:
            waiting = list(
                session.scalars(
                    select(Job.id).where(
                        Job.status.in_(RUNNABLE),
                        # a delayed job (a webhook retry) counts from its time, not its creation
                        Job.run_after.is_(None) & (Job.created_at < utcnow() - RESEND_AFTER)
                        | (Job.run_after < utcnow() - RESEND_AFTER),
                    )
                )
            )
        resend = sorted(set(requeued) | set(waiting))
        for job_id in resend:
            self.submit(job_id)
        return resend
