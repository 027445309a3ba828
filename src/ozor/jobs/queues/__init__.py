"""Queues carry job ids to whatever runs them; job state lives in the database."""

from __future__ import annotations

from ozor.config import Settings
from ozor.db import Database
from ozor.jobs.context import Handlers
from ozor.jobs.queues.base import Queue


def build_queue(settings: Settings, db: Database, handlers: Handlers) -> Queue:
    """Celery workers when a broker is configured, else the in-process pool."""
    if settings.broker_url:
        from ozor.jobs.queues.celery import CeleryQueue  # celery is an optional extra

        return CeleryQueue(settings, db, handlers)
    from ozor.jobs.queues.local import LocalQueue

    return LocalQueue(settings, db, handlers)
