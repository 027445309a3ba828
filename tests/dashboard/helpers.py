"""Steps the browser tests share: signing up through the form, reading the CSRF token."""

from __future__ import annotations

import secrets

PASSWORD = "correct horse battery"


def sign_up(page, email: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Create an account through /signup, by keyboard as a person would; returns the email."""
    email = email or f"web-{secrets.token_hex(4)}@example.com"
    page.goto("/signup")
    page.keyboard.type(email)  # the email field has autofocus
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/")
    return email
