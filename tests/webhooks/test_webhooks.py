"""Signed webhooks end to end: a real receiver on loopback verifies every signature; events for
agent turns, exports and plans carry the poll endpoint's JSON; retries back off, keep their id and
give up after the window; rotated secrets overlap; the address rules refuse private targets."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from ozor.db.models import WebhookDelivery
from ozor.errors import BadRequest
from ozor.webhooks import accounts
from tests.api.test_agent_api import wait
from tests.api.test_documents_api import PDF
from tests.api.test_exports import small_project
from tests.documents import makers
from tests.support import LiveServer, User, make_settings, new_user, start_server
from tests.webhooks.receiver import Receiver, receiver


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = make_settings(
        tmp_path_factory.mktemp("hooks"), webhook_retry_base_sec=0.2, webhook_retry_window_sec=3
    )
    with start_server(settings) as server:
        yield server


@pytest.fixture()
def http(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=60) as c:
        yield c


@pytest.fixture()
def hook() -> Iterator[Receiver]:
    with receiver() as box:
        yield box


def secret_of(live: LiveServer, user: User) -> str:
    with live.ctx.db.session() as session:
        return accounts.settings_of(session, user.account_id).secret


def deliveries(live: LiveServer, user: User) -> list[WebhookDelivery]:
    with live.ctx.db.reader() as session:
        query = select(WebhookDelivery).where(WebhookDelivery.account_id == user.account_id)
        return list(session.scalars(query.order_by(WebhookDelivery.created_at)))


def test_turns_and_exports_are_announced_with_the_poll_json(
    http: httpx.Client, live: LiveServer, hook: Receiver
):
    user = new_user(http)
    hook.secrets = [secret_of(live, user)]
    created = http.post("/api/v1/videos", json={"project": small_project(None)}, headers=user.headers).json()
    video = created["videoId"]
    turn = http.post(
        f"/api/v1/videos/{video}/message",
        json={"message": "Use #FF5500 as the accent", "webhookUrl": hook.url},
        headers=user.headers,
    ).json()
    wait(http, user, {**turn, "videoId": video})
    nothing = http.post(
        f"/api/v1/videos/{video}/message",
        json={"message": "hmm", "webhookUrl": hook.url},
        headers=user.headers,
    ).json()
    wait(http, user, {**nothing, "videoId": video})
    export = http.post(
        f"/api/v1/videos/{video}/export",
        json={"quality": "720p", "webhookUrl": hook.url},
        headers=user.headers,
    ).json()
    live.wait_for_jobs(timeout=300)
    hook.wait(3)
    assert all(c.valid_with == hook.secrets for c in hook.calls)
    completed, failed = hook.events("job.completed"), hook.events("job.failed")
    assert [c.body for c in completed] == [
        http.get(f"/api/v1/videos/{video}/jobs/{turn['jobId']}", headers=user.headers).json()
    ]
    assert failed[0].body["jobId"] == nothing["jobId"] and failed[0].body["status"] == "failed"
    rendered = hook.events("export.completed")[0].body
    polled = http.get(f"/api/v1/videos/{video}", headers=user.headers).json()
    assert rendered["exportId"] == export["exportId"] == polled["exportId"]
    assert rendered["exportStatus"] == "complete" and rendered["downloadUrl"]
    assert {k: v for k, v in rendered.items() if not k.endswith("Url")} == {
        k: v for k, v in polled.items() if not k.endswith("Url")
    }
    assert all(d.status == "delivered" and d.attempts == 1 for d in deliveries(live, user))


def test_retries_back_off_keep_their_id_and_give_up(http: httpx.Client, live: LiveServer, hook: Receiver):
    user = new_user(http)
    hook.secrets = [secret_of(live, user)]
    hook.answers = [500, 503]
    started = http.post(
        "/api/v1/videos/generate",
        json={"prompt": "A 10-second ad for a kettle", "webhookUrl": hook.url},
        headers=user.headers,
    ).json()
    wait(http, user, started)
    calls = hook.wait(3)
    assert len({c.headers["webhook-id"] for c in calls}) == 1
    assert all(c.valid_with for c in calls) and calls[0].body == calls[2].body
    live.wait_for_jobs()
    [delivery] = deliveries(live, user)
    assert delivery.status == "delivered" and delivery.attempts == 3 and delivery.last_status_code == 200

    hook.calls.clear()
    hook.answers = [500] * 50
    again = http.post(
        f"/api/v1/videos/{started['videoId']}/message",
        json={"message": "Make it faster", "webhookUrl": hook.url},
        headers=user.headers,
    ).json()
    wait(http, user, {**again, "videoId": started["videoId"]})
    hook.wait(3)
    live.wait_for_jobs(timeout=30)
    last = deliveries(live, user)[-1]
    assert last.status == "failed" and last.attempts == len(hook.calls) >= 3 and last.last_status_code == 500


def test_the_account_default_and_a_rotated_secret(http: httpx.Client, live: LiveServer, hook: Receiver):
    user = new_user(http)
    old = secret_of(live, user)
    with live.ctx.db.session() as session:
        accounts.set_default_url(session, user.account_id, hook.url, allow_private=True)
        new = accounts.rotate(session, user.account_id).secret
    hook.secrets = [old, new]
    started = http.post(
        "/api/v1/videos/generate", json={"prompt": "A teaser for a bike shop"}, headers=user.headers
    )
    wait(http, user, started.json())
    [call] = hook.wait(1)
    assert call.valid_with == [old, new]  # both signatures sent while the old secret's grace lasts
    assert len(call.headers["webhook-signature"].split()) == 2


def test_plan_generated_carries_the_plan(http: httpx.Client, live: LiveServer, hook: Receiver):
    user = new_user(http)
    hook.secrets = [secret_of(live, user)]
    plan = http.post(
        "/api/v1/documents/analyze",
        headers=user.headers,
        files={"file": ("solar.pdf", makers.make_pdf(), PDF)},
        data={"target_duration_sec": "20", "webhook_url": hook.url},
    ).json()["plan"]
    with http.stream("POST", f"/api/v1/documents/plans/{plan['planId']}/generate", headers=user.headers) as r:
        assert r.status_code == 200
        r.read()
    [call] = hook.wait(1, timeout=120)
    polled = http.get(f"/api/v1/documents/plans/{plan['planId']}", headers=user.headers).json()["plan"]
    assert call.headers["ozor-event"] == "plan.generated" and call.valid_with
    assert call.body["status"] == "generated" and call.body["projectId"] == polled["projectId"]


def test_private_targets_are_refused_unless_allowed(http: httpx.Client, live: LiveServer) -> None:
    for url in (
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest",
        "http://10.0.0.1/x",
        "ftp://example.com/x",
    ):
        with pytest.raises(BadRequest):
            accounts.check_url(url, allow_private=False)
    user = new_user(http)
    bad = http.post(
        "/api/v1/videos/generate",
        json={"prompt": "A lamp ad", "webhookUrl": "gopher://x"},
        headers=user.headers,
    )
    assert bad.status_code == 400
