"""Sign up, log in and out, API keys and credits, driven through Chromium."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.dashboard.helpers import PASSWORD, sign_up

pytestmark = pytest.mark.browser
KEY = re.compile(r"^sk_live_[0-9a-f]{32}$")


def test_visitor_home_signup_logout_login(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Turn a prompt")
    shoot(page, "home-visitor")
    page.goto("/signup")
    shoot(page, "signup")
    page.goto("/login")
    shoot(page, "login")

    email = sign_up(page)
    expect(page.get_by_role("heading", name="Your videos")).to_be_visible()
    assert page.locator(".balance-num").inner_text() == "10"
    expect(page.get_by_text("No videos yet")).to_be_visible()
    cookies = {c["name"]: c for c in page.context.cookies()}
    session = cookies["ozor_session"]
    assert session["httpOnly"] and session["sameSite"] == "Lax" and not session["secure"]  # http here
    shoot(page, "home-empty")

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/")
    expect(page.get_by_role("link", name="Sign up").first).to_be_visible()
    assert "ozor_session" not in {c["name"] for c in page.context.cookies()}

    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "Wrong email or password."
    shoot(page, "login-error")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")
    expect(page.get_by_role("heading", name="Your videos")).to_be_visible()


def test_signup_errors_are_messages(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/signup")
    page.get_by_label("Email").fill("someone@example.com")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Create account").click()
    assert "at least 8 characters" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Email").input_value() == "someone@example.com"


def test_login_required_pages_redirect_back(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/settings/credits")
    assert "/login?next=%2Fsettings%2Fcredits" in page.url
    sign_up_from_login = page.get_by_role("link", name="Create an account")
    sign_up_from_login.click()
    page.get_by_label("Email").fill("redirected@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/settings/credits")


def test_api_keys_create_once_list_revoke_and_limit(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    sign_up(page)
    page.get_by_role("link", name="Settings").click()
    page.wait_for_url("**/settings/api-keys")
    expect(page.get_by_text("0 of 5")).to_be_visible()
    shoot(page, "api-keys-empty")

    page.get_by_label("Key name").fill("Production")
    page.get_by_role("button", name="Create key").click()
    raw = page.get_by_label("Your new API key").input_value()
    assert KEY.match(raw)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy").click()
    expect(page.get_by_text("Copied to the clipboard.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == raw
    shoot(page, "api-key-created")

    with httpx.Client(base_url=server.url) as api:
        assert api.get("/api/v1/credits", headers={"X-API-Key": raw}).json()["balance"] == 10

    page.goto("/settings/api-keys")  # the raw key is never shown again: only its prefix
    html = page.content()
    assert raw not in html and raw[:12] in html
    row = page.locator("tr", has_text="Production")
    expect(row.get_by_text("active")).to_be_visible()
    assert row.locator("td[data-label='Last used']").inner_text() != "never"

    row.get_by_role("link", name="Revoke").click()
    expect(page.get_by_role("heading", name="Revoke “Production”?")).to_be_visible()
    shoot(page, "api-key-revoke-confirm")
    page.get_by_role("link", name="Cancel").click()
    expect(page.locator("tr", has_text="Production").get_by_text("active")).to_be_visible()
    page.locator("tr", has_text="Production").get_by_role("link", name="Revoke").click()
    page.get_by_role("button", name="Yes, revoke this key").click()
    page.wait_for_url("**/settings/api-keys?revoked=*")
    assert "is revoked" in page.get_by_role("status").inner_text()
    expect(page.locator("tr", has_text="Production").get_by_text("revoked")).to_be_visible()
    with httpx.Client(base_url=server.url) as api:
        assert api.get("/api/v1/credits", headers={"X-API-Key": raw}).status_code == 401

    for n in range(5):
        page.get_by_label("Key name").fill(f"key {n}")
        page.get_by_role("button", name="Create key").click()
        assert KEY.match(page.get_by_label("Your new API key").input_value())
    expect(page.get_by_text("5 of 5")).to_be_visible()
    expect(page.get_by_text("reached the limit of 5 active keys")).to_be_visible()
    assert page.get_by_role("button", name="Create key").count() == 0
    shoot(page, "api-keys-full")


def test_credits_page_shows_balance_and_ledger(page, shoot) -> None:  # type: ignore[no-untyped-def]
    sign_up(page)
    page.get_by_role("link", name="10 credits").click()
    page.wait_for_url("**/settings/credits")
    row = page.locator("tbody tr").first
    assert "Sign-up credits" in row.inner_text() and "+10" in row.inner_text()
    shoot(page, "credits")


def test_errors_are_pages_not_traces(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/no/such/page")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    shoot(page, "error-404")
    sign_up(page)
    response = page.goto("/settings/api-keys/nosuchkey/revoke")
    assert response.status == 404 and "API key nosuchkey not found" in page.content()
    with httpx.Client(base_url=server.url) as api:  # API clients keep JSON errors
        r = api.get("/api/v1/videos/nope", headers={"X-API-Key": "sk_live_" + "0" * 32})
        assert r.status_code == 401 and r.json()["detail"] == "Invalid API key"


def test_forms_refuse_a_missing_csrf_token(page, shoot) -> None:  # type: ignore[no-untyped-def]
    sign_up(page)
    page.goto("/settings/api-keys")
    page.evaluate(
        "document.querySelector('form[action=\"/settings/api-keys\"] input[name=csrf]').value = 'forged'"
    )
    page.get_by_label("Key name").fill("Forged")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    assert "reload the page" in page.content()
    shoot(page, "error-csrf")
    page.goto("/settings/api-keys")
    assert page.locator("tr", has_text="Forged").count() == 0
