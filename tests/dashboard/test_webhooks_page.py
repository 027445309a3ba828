"""Settings → Webhooks in Chromium: set the default endpoint, rotate the secret, read the delivery log."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from ozor.accounts import api_keys
from tests.dashboard.helpers import account_id, sign_up
from tests.webhooks.receiver import receiver

pytestmark = pytest.mark.browser


def test_default_endpoint_rotation_and_delivery_log(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    email = sign_up(page)
    page.goto("/settings/webhooks")
    secret = page.get_by_label("Current signing secret").input_value()
    assert secret.startswith("whsec_")
    expect(page.get_by_text("No deliveries yet")).to_be_visible()
    with receiver() as hook:
        page.get_by_placeholder("https://example.com/ozor-webhook").fill(hook.url)
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_text("Saved.")).to_be_visible()
        page.get_by_role("button", name="Rotate secret").click()
        expect(page.get_by_text("the old one still signs for 24 hours")).to_be_visible()
        rotated = page.get_by_label("Current signing secret").input_value()
        assert rotated != secret
        hook.secrets = [rotated]

        with server.ctx.db.session() as session:
            _, raw = api_keys.create_key(session, account_id(server, email), "hooks", max_active=5)
        started = httpx.post(
            f"{server.url}/api/v1/videos/generate",
            json={"prompt": "A teaser for a tea shop"},
            headers={"X-API-Key": raw},
        )
        assert started.status_code == 200
        [call] = hook.wait(1, timeout=90)
        assert call.valid_with == [rotated] and call.body["jobId"] == started.json()["jobId"]
    server.wait_for_jobs()
    page.goto("/settings/webhooks")
    row = page.locator("tbody tr").first
    expect(row).to_contain_text("job.completed")
    expect(row).to_contain_text("delivered")
    expect(row).to_contain_text("HTTP 200")
    shoot(page, "settings-webhooks")

    page.get_by_placeholder("https://example.com/ozor-webhook").fill("ftp://example.com/x")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("webhookUrl must be an http(s) URL")
