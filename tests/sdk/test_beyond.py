"""The SDK's additions (both clients, live server): idempotency keys, the live event iterator,
version history, webhook URLs and the receiver's signature check."""

from __future__ import annotations

import itertools
import json
from typing import Any

from ozor_client.webhooks import verify

from tests.api.test_exports import small_project
from tests.sdk.conftest import unknown_anywhere
from tests.support import LiveServer, User
from tests.webhooks.receiver import receiver


def test_an_idempotency_key_makes_a_retry_return_the_same_job(sdk: Any) -> None:
    first = sdk.videos.generate("A 10-second ad for a teapot", idempotency_key="sdk-teapot")
    again = sdk.videos.generate("A 10-second ad for a teapot", idempotency_key="sdk-teapot")
    assert again.job_id == first.job_id and again.video_id == first.video_id
    sdk.videos.wait_for_job(first.video_id, first.job_id, timeout=120)


def test_events_versions_and_a_signed_webhook(sdk: Any, server: LiveServer, user: User) -> None:
    from ozor.webhooks import accounts

    with server.ctx.db.session() as session:
        secret = accounts.settings_of(session, user.account_id).secret
    video = sdk.videos.create(small_project(None))
    events = sdk.videos.events(video.video_id)
    first = next(events)
    assert first.event == "video" and first.data["videoId"] == video.video_id
    with receiver() as hook:
        hook.secrets = [secret]
        turn = sdk.videos.message(video.video_id, "Use #FF5500 as the accent", webhook_url=hook.url)
        seen = list(
            itertools.takewhile(
                lambda e: not (e.event == "job.status" and e.data["status"] == "completed"),
                events,
            )
        )
        assert any(e.event == "tool.call" and e.data["jobId"] == turn.job_id for e in seen)
        assert all(isinstance(e.id, int) for e in seen)
        events.close()
        [call] = hook.wait(1)
        raw = json.dumps(call.body, separators=(",", ":")).encode()
        assert verify(secret, call.headers, raw) and not verify(secret, call.headers, raw + b" ")
    history = sdk.videos.versions(video.video_id)
    assert history.current == 2 and [v.source for v in history] == ["agent", "create"]
    assert not unknown_anywhere(history)
    diff = sdk.videos.diff(video.video_id, 2)
    assert diff.against == 1 and diff.changes and diff.patch
    restored = sdk.videos.restore(video.video_id, 1)
    assert restored.version == 3 and restored.restored_from == 1
    assert sdk.videos.version(video.video_id, 3).project == sdk.videos.version(video.video_id, 1).project
