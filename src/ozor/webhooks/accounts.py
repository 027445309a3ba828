"""An account's webhook settings: the signing secret (rotatable), the default URL, and target rules."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from ozor.db.models import WebhookSettings
from ozor.db.timefmt import aware, utcnow
from ozor.errors import BadRequest
from ozor.media.fetch import check_target
from ozor.webhooks.signing import new_secret

MAX_URL = 2000
ROTATION_GRACE = timedelta(hours=24)  # the old secret still signs for a day after a rotation


def settings_of(session: Session, account_id: str) -> WebhookSettings:
    """The account's row, made with a fresh secret on first use."""
    row = session.get(WebhookSettings, account_id)
    if row is None:
        row = WebhookSettings(account_id=account_id, secret=new_secret())
        session.add(row)
        session.flush()
    return row


def signing_secrets(row: WebhookSettings) -> list[str]:
    """The current secret, and the previous one while its grace period lasts."""
    valid_previous = row.previous_secret and row.previous_until and aware(row.previous_until) > utcnow()
    return [row.secret, row.previous_secret] if valid_previous and row.previous_secret else [row.secret]


def rotate(session: Session, account_id: str) -> WebhookSettings:
    row = settings_of(session, account_id)
    row.previous_secret, row.previous_until = row.secret, utcnow() + ROTATION_GRACE
    row.secret = new_secret()
    return row


def set_default_url(session: Session, account_id: str, url: str | None, *, allow_private: bool) -> None:
    row = settings_of(session, account_id)
    row.default_url = check_url(url, allow_private=allow_private) if url and url.strip() else None


def check_url(url: str, *, allow_private: bool) -> str:
    """A webhook target must be http(s) and reach only public addresses — the safe fetcher's rules
    (checked again, with the address pinned, at every delivery)."""
    url = url.strip()
    parts = urlsplit(url)
    if len(url) > MAX_URL or parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadRequest(f"webhookUrl must be an http(s) URL of at most {MAX_URL} characters")
    check_target(url, allow_private)
    return url
