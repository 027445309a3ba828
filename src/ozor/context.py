"""The composition root: the job handlers, and AppContext (what the API and the dashboard need to
serve a request, built once per app)."""

from __future__ import annotations

from dataclasses import dataclass

from ozor.accounts.identity import Identity
from ozor.agent.job import GENERATE, MESSAGE
from ozor.backends import Backends
from ozor.config import Settings
from ozor.db import Database
from ozor.documents.generate import DOCUMENT_VIDEO
from ozor.jobs.context import Handlers
from ozor.jobs.payloads import JobKind
from ozor.jobs.queues import build_queue
from ozor.jobs.queues.base import Queue
from ozor.videos.export_job import EXPORT
from ozor.videos.stills import STILLS
from ozor.webhooks.delivery import DELIVERY

HANDLERS: Handlers = {
    JobKind.EXPORT: EXPORT,
    JobKind.SCENE_STILLS: STILLS,
    JobKind.DOCUMENT_VIDEO: DOCUMENT_VIDEO,
    JobKind.GENERATE: GENERATE,
    JobKind.MESSAGE: MESSAGE,
    JobKind.WEBHOOK: DELIVERY,
}


@dataclass
class AppContext:
    settings: Settings
    db: Database
    identity: Identity
    backends: Backends
    queue: Queue


def build_context(settings: Settings) -> AppContext:
    assert settings.database_url
    db = Database(settings.database_url)
    db.migrate()
    return AppContext(
        settings, db, Identity(settings), Backends(settings), build_queue(settings, db, HANDLERS)
    )
