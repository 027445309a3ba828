"""Idempotency-Key over real HTTP: replay, a different body, concurrent retries, per-account scope,
expiry, multipart bodies re-encoded on retry, and key creation (a secret that is never stored)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select, update

from ozor.db.models import ApiKey, IdempotentRequest, Job, Video
from ozor.db.timefmt import utcnow
from tests.api.test_agent_api import balance
from tests.documents import makers
from tests.support import LiveServer, bearer, make_settings, new_user, reset_postgres, start_server

PROMPT = {"prompt": "A 15-second ad for a desk lamp"}


def generate(client: httpx.Client, headers: dict, key: str, body: dict = PROMPT) -> httpx.Response:
    return client.post("/api/v1/videos/generate", json=body, headers={**headers, "Idempotency-Key": key})


def videos_of(server: LiveServer, account_id: str) -> int:
    with server.ctx.db.reader() as session:
        return session.scalar(select(func.count(Video.id)).where(Video.account_id == account_id)) or 0


def test_a_retry_replays_the_first_answer_and_charges_once(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    first = generate(client, user.headers, "order-1")
    again = generate(client, user.headers, "order-1")
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    server.wait_for_jobs()
    assert videos_of(server, user.account_id) == 1
    assert balance(client, user)["balance"] == 9

    changed = generate(client, user.headers, "order-1", {"prompt": "Something else entirely"})
    assert changed.status_code == 400 and "different request" in changed.json()["detail"]
    assert generate(client, user.headers, "x" * 256).status_code == 400

    other = new_user(client)  # keys are per account
    assert generate(client, other.headers, "order-1").json()["videoId"] != first.json()["videoId"]


def test_concurrent_retries_run_the_work_once(client: httpx.Client, server: LiveServer) -> None:
    burst_of_retries(client, server)


def test_concurrent_retries_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    reset_postgres(pg_url)
    with (
        start_server(make_settings(tmp_path, database_url=pg_url)) as live,
        httpx.Client(base_url=live.url) as c,
    ):
        burst_of_retries(c, live)


def burst_of_retries(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: generate(client, user.headers, "burst"), range(6)))
    assert {r.status_code for r in answers} == {200}
    assert len({r.json()["jobId"] for r in answers}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in answers) == 5
    server.wait_for_jobs()
    with server.ctx.db.reader() as session:
        jobs = session.scalar(select(func.count(Job.id)).where(Job.account_id == user.account_id))
    assert jobs == 1 and videos_of(server, user.account_id) == 1


def test_a_key_expires_after_a_day(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    first = generate(client, user.headers, "daily").json()
    with server.ctx.db.session() as session:
        session.execute(
            update(IdempotentRequest)
            .where(IdempotentRequest.account_id == user.account_id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert generate(client, user.headers, "daily").json()["videoId"] != first["videoId"]
    server.wait_for_jobs()


def test_multipart_retries_match_whatever_the_boundary(client: httpx.Client) -> None:
    user = new_user(client)
    pdf = makers.make_pdf()
    answers = [
        client.post(
            "/api/v1/documents/analyze",
            files={"file": ("solar.pdf", pdf, "application/pdf")},
            data={"target_duration_sec": "30"},
            headers={**user.headers, "Idempotency-Key": "deck"},
        )
        for _ in range(2)
    ]
    assert [r.status_code for r in answers] == [200, 200]
    assert answers[0].json()["plan"]["planId"] == answers[1].json()["plan"]["planId"]
    assert balance(client, user)["balance"] == 9  # analyze charged once


def test_key_creation_is_not_repeated_and_its_secret_not_kept(
    client: httpx.Client, server: LiveServer
) -> None:
    user = new_user(client)
    headers = {**bearer(user.id_token), "Idempotency-Key": "new-key"}
    first = client.post("/api/api-keys", json={"name": "ci"}, headers=headers)
    again = client.post("/api/api-keys", json={"name": "ci"}, headers=headers)
    assert first.status_code == 200 and again.status_code == 409
    with server.ctx.db.reader() as session:
        assert session.scalar(select(func.count(ApiKey.id)).where(ApiKey.account_id == user.account_id)) == 2
        stored = session.scalars(
            select(IdempotentRequest.body).where(IdempotentRequest.key == "new-key")
        ).one()
    assert first.json()["rawKey"].encode() not in stored
