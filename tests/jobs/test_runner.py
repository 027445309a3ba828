"""Jobs: run by id, settle credits with the outcome, recover from crashes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from ozor.accounts import accounts, credits
from ozor.config import load_settings
from ozor.db.models import Job, Video
from ozor.db.timefmt import utcnow
from ozor.jobs import runner, service
from ozor.jobs.payloads import ExportPayload
from ozor.videos.projects import create_video
from tests.jobs.handlers import KIND, ProbeHandler, ProbePayload

WORKERS: dict[str, runner.Worker] = {}


@pytest.fixture()
def env(database_url, tmp_path, monkeypatch):
    settings = load_settings(data_dir=tmp_path, database_url=database_url)
    worker = WORKERS[database_url] = runner.Worker(settings, {KIND: ProbeHandler()})
    db = worker.db
    db.migrate()
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=5)
        video = create_video(s, account.id, None)
    yield settings, db, account.id, video.id
    WORKERS.pop(database_url, None)
    db.dispose()


def _enqueue(db, account_id, video_id, **payload) -> str:
    with db.session() as s:
        job = service.enqueue(
            s, ProbePayload(**payload), account_id=account_id, video_id=video_id, credit_cost=2
        )
        return job.id


def _claim_and_run(settings, db, job_id) -> str:
    with db.session() as s:
        assert service.claim(s, job_id, lease_sec=60)
    return WORKERS[settings.database_url].execute(job_id, submit=lambda _job_id: None)


def test_success_captures_credits(env):
    settings, db, account_id, video_id = env
    job_id = _enqueue(db, account_id, video_id)
    with db.reader() as s:
        assert credits.balance(s, account_id) == 3  # held at acceptance
    assert _claim_and_run(settings, db, job_id) == "completed"
    with db.reader() as s:
        job = s.get(Job, job_id)
        assert (job.status, job.response, job.attempts) == ("completed", "finished", 1)
        assert credits.balance(s, account_id) == 3 and credits.held(s, account_id) == 0
        assert s.get(Video, video_id).title == "done"


@pytest.mark.parametrize(
    "mode, error", [("fail", "the payload asked to fail"), ("crash", "Unexpected error: RuntimeError: boom")]
)
def test_failure_releases_credits_and_runs_on_failure(env, mode, error):
    settings, db, account_id, video_id = env
    job_id = _enqueue(db, account_id, video_id, mode=mode)
    assert _claim_and_run(settings, db, job_id) == "failed"
    with db.reader() as s:
        job = s.get(Job, job_id)
        assert (job.status, job.error) == ("failed", error)
        assert credits.balance(s, account_id) == 5 and credits.held(s, account_id) == 0
        assert s.get(Video, video_id).title == f"restored after: {error}"


def test_a_malformed_payload_or_status_fails_at_enqueue_not_at_run_time(env):
    """A renamed field is a type error for mypy and a ValidationError here; nothing is queued."""
    _settings, db, account_id, video_id = env
    with pytest.raises(ValidationError, match="export_idd"):
        ExportPayload(export_idd="exp_1", version=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="mode"):
        ProbePayload(mode="explode")
    with db.session() as s, pytest.raises(ValueError, match="bogus"):
        service.enqueue(s, ProbePayload(), account_id=account_id, status="bogus")  # type: ignore[arg-type]
    with db.reader() as s:
        assert s.scalars(select(Job.id)).all() == [] and credits.held(s, account_id) == 0


def test_a_stored_payload_that_no_longer_fits_fails_the_job_cleanly(env):
    """Rows written by an older version: the job fails with the reason, its credits come back."""
    settings, db, account_id, video_id = env
    job_id = _enqueue(db, account_id, video_id)
    with db.session() as s:
        s.get(Job, job_id).payload = {"mode": "ok", "renamed": True}
    assert _claim_and_run(settings, db, job_id) == "failed"
    with db.reader() as s:
        job = s.get(Job, job_id)
        assert "not readable" in job.error and credits.balance(s, account_id) == 5


def test_a_claimed_job_cannot_be_claimed_twice(env):
    _settings, db, account_id, video_id = env
    job_id = _enqueue(db, account_id, video_id)
    with db.session() as s:
        assert service.claim(s, job_id, 60)
        assert not service.claim(s, job_id, 60)


def test_lanes_run_one_job_at_a_time_in_order(env):
    _settings, db, account_id, video_id = env
    with db.session() as s:
        first = service.enqueue(s, ProbePayload(), account_id=account_id, lane=video_id).id
    with db.session() as s:
        second = service.enqueue(s, ProbePayload(), account_id=account_id, lane=video_id).id
        other = service.enqueue(s, ProbePayload(), account_id=account_id, lane="another").id
    with db.reader() as s:
        assert service.claimable(s, 10) == [first, other]
    with db.session() as s:
        service.claim(s, first, 60)
    with db.reader() as s:
        assert service.claimable(s, 10) == [other]
    with db.session() as s:
        service.complete(s, first)
    with db.reader() as s:
        assert second in service.claimable(s, 10)


def test_jobs_left_running_by_a_crash_are_requeued_then_given_up(env):
    settings, db, account_id, video_id = env
    job_id = _enqueue(db, account_id, video_id)
    for attempt in range(1, settings.job_max_attempts + 1):
        with db.session() as s:
            assert service.claim(s, job_id, 60)
            s.get(Job, job_id).lease_until = utcnow() - timedelta(seconds=1)  # the runner died
        requeued = runner.sweep(db, WORKERS[settings.database_url].handlers, settings.job_max_attempts)
        with db.reader() as s:
            status = s.get(Job, job_id).status
        if attempt < settings.job_max_attempts:
            assert requeued == [job_id] and status == "queued"
    with db.reader() as s:
        job = s.get(Job, job_id)
        assert job.status == "failed" and "giving up" in job.error
        assert credits.balance(s, account_id) == 5
        assert s.get(Video, video_id).title.startswith("restored after")


def test_claim_refuses_a_job_whose_lane_is_busy(env):
    _settings, db, account_id, video_id = env
    with db.session() as s:
        first = service.enqueue(s, ProbePayload(), account_id=account_id, lane=video_id).id
    with db.session() as s:
        second = service.enqueue(s, ProbePayload(), account_id=account_id, lane=video_id).id
    with db.session() as s:
        assert not service.claim(s, second, 60)  # the older job goes first
        assert service.claim(s, first, 60)
        assert not service.claim(s, second, 60)  # the lane is busy
        service.complete(s, first)
        assert service.claim(s, second, 60)


def test_concurrent_claims_in_one_lane_let_one_through(env):
    import threading

    _settings, db, account_id, video_id = env
    with db.session() as s:
        ids = []
        for _ in range(6):
            job = service.enqueue(s, ProbePayload(), account_id=account_id, lane=video_id)
            job.created_at = utcnow()  # all eligible by age: only the lane lock decides
            ids.append(job.id)
        for job_id in ids:
            s.get(Job, job_id).created_at = s.get(Job, ids[0]).created_at
    won: list[str] = []
    barrier = threading.Barrier(len(ids))

    def attempt(job_id: str) -> None:
        barrier.wait()
        with db.session() as s:
            if service.claim(s, job_id, 60):
                won.append(job_id)

    threads = [threading.Thread(target=attempt, args=(j,)) for j in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1


def test_stopping_the_server_mid_export_requeues_it_and_the_next_start_finishes_it(tmp_path):
    """A restart during a render: the job goes back to the queue at once and completes after."""
    import time

    import httpx

    from tests.support import make_settings, new_user, start_server

    settings = make_settings(tmp_path)
    project = {
        "title": "Restart",
        "scenes": [
            {
                "id": "a",
                "duration": 12.0,
                "elements": [
                    {
                        "type": "text",
                        "id": f"t{i}",
                        "role": "body",
                        "text": f"Line {i}",
                        "box": {"x": 0.1, "y": 0.1 * i, "w": 0.8, "h": 0.08},
                        "enter": {"kind": "slide", "duration": 4.0, "delay": 1.0 * i},
                    }
                    for i in range(1, 9)
                ],
            }
        ],
    }
    with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        user = new_user(http)
        video_id = http.post("/api/v1/videos", headers=user.headers, json={"project": project}).json()[
            "videoId"
        ]
        http.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "1080p"})
        deadline = time.monotonic() + 60
        while (
            http.get(f"/api/v1/videos/{video_id}", headers=user.headers).json()["exportStatus"]
            != "processing"
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        stopped_at = time.monotonic()
    assert time.monotonic() - stopped_at < 15  # did not wait for the render
    with live.ctx.db.reader() as s:
        job = s.scalars(select(Job).where(Job.video_id == video_id)).one()
        assert job.status == "queued"
    with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        live.wait_for_jobs(timeout=300)
        body = http.get(f"/api/v1/videos/{video_id}", headers=user.headers).json()
        assert body["exportStatus"] == "complete", body
