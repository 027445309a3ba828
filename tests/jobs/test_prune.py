"""The sweep drops live events older than a day and idempotency answers past their 24 h."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from ozor.db import Database
from ozor.db.models import Account, IdempotentRequest, VideoEvent
from ozor.db.timefmt import utcnow
from ozor.jobs import runner


def test_old_events_and_expired_keys_go(database_url: str) -> None:
    db = Database(database_url)
    db.migrate()
    now = utcnow()
    with db.session() as session:
        session.add(Account(id="a"))
        session.flush()
        session.add_all(
            [
                VideoEvent(video_id="v", type="job.status", data={}, created_at=now - timedelta(hours=25)),
                VideoEvent(video_id="v", type="job.status", data={"kept": True}, created_at=now),
                IdempotentRequest(
                    account_id="a", key="old", fingerprint="x", expires_at=now - timedelta(seconds=1)
                ),
                IdempotentRequest(
                    account_id="a", key="new", fingerprint="x", expires_at=now + timedelta(hours=1)
                ),
            ]
        )
    runner.sweep(db, {}, max_attempts=3)
    with db.reader() as session:
        assert [e.data for e in session.scalars(select(VideoEvent))] == [{"kept": True}]
        assert list(session.scalars(select(IdempotentRequest.key))) == ["new"]
    db.dispose()


def test_celery_resends_a_delayed_job_only_once_its_time_has_come(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ozor.jobs import service
    from ozor.jobs.payloads import WebhookPayload
    from ozor.jobs.queues.celery import RESEND_AFTER, CeleryQueue
    from tests.support import make_settings

    db = Database(database_url)
    db.migrate()
    long_ago = utcnow() - 2 * RESEND_AFTER
    with db.session() as session:
        session.add(Account(id="a"))
        session.flush()
        waiting = service.enqueue(
            session, WebhookPayload(delivery_id="d1"), account_id="a", run_after=utcnow() + timedelta(hours=1)
        )
        due = service.enqueue(session, WebhookPayload(delivery_id="d2"), account_id="a", run_after=long_ago)
        for job in (waiting, due):
            job.created_at = long_ago
    settings = make_settings(tmp_path, database_url=database_url, broker_url="redis://127.0.0.1:6379/15")
    queue = CeleryQueue(settings, db, {})
    sent: list[str] = []
    queue.submit = sent.append  # type: ignore[method-assign]
    assert queue.resend_stalled() == [due.id] and sent == [due.id]
    db.dispose()
