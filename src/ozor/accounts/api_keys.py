"""API keys: `sk_live_` + 32 hex, shown once, stored as SHA-256, five active per account."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ozor.accounts import accounts
from ozor.db import ids
from ozor.db.models import ApiKey
from ozor.db.points import PointReads
from ozor.db.statuses import KeyStatus
from ozor.db.timefmt import aware, utcnow
from ozor.errors import BadRequest, NotFound, Unauthorized

KEY_PATTERN = re.compile(r"^sk_live_[0-9a-f]{32}$")
PREFIX_LEN = 12
KEY_COLUMNS = ("id", "account_id", "status", "last_used_at")
# lastUsedAt is refreshed at most this often per key, so reads do not become a write storm.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_key(session: Session, account_id: str, name: str, *, max_active: int) -> tuple[ApiKey, str]:
    """A new key and its raw value (the only time it exists in the clear)."""
    name = name.strip()
    if not 1 <= len(name) <= 64:
        raise BadRequest("name: must be 1-64 characters")
    accounts.lock(session, account_id)
    active = session.scalar(
        select(func.count())
        .select_from(ApiKey)
        .where(ApiKey.account_id == account_id, ApiKey.status == KeyStatus.ACTIVE)
    )
    if (active or 0) >= max_active:
        raise BadRequest(
            f"You already have {max_active} active API keys; revoke one before creating another."
        )
    raw = "sk_live_" + secrets.token_hex(16)
    key = ApiKey(
        id=ids.new_id(length=20),
        account_id=account_id,
        name=name,
        key_hash=hash_key(raw),
        prefix=raw[:PREFIX_LEN],
    )
    session.add(key)
    session.flush()
    return key, raw


def list_keys(session: Session, account_id: str) -> list[ApiKey]:
    return list(
        session.scalars(
            select(ApiKey).where(ApiKey.account_id == account_id).order_by(ApiKey.created_at, ApiKey.id)
        )
    )


def revoke(session: Session, account_id: str, key_id: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None or key.account_id != account_id:
        raise NotFound(f"API key {key_id} not found")
    if key.status != KeyStatus.REVOKED:
        key.status = KeyStatus.REVOKED
        key.revoked_at = utcnow()
    return key


@dataclass(frozen=True)
class KeyUse:
    """What authenticating a request needs of a key (read as plain columns: this runs on every call)."""

    key_id: str
    account_id: str
    last_used_at: datetime | None

    @property
    def needs_touch(self) -> bool:
        return self.last_used_at is None or utcnow() - aware(self.last_used_at) >= LAST_USED_RESOLUTION


def lookup(points: PointReads, raw: str | None) -> KeyUse:
    """The active key for a raw header value; 401 for missing, malformed, unknown or revoked.

    Read afresh on every request (a point read, no cache), so a revocation holds from the next one.
    """
    if not raw:
        raise Unauthorized("Missing API key: send it in the X-API-Key header")
    if not KEY_PATTERN.match(raw):
        raise Unauthorized("Invalid API key format: expected sk_live_ followed by 32 hex characters")
    row = points.get(ApiKey, hash_key(raw), KEY_COLUMNS, by="key_hash")
    if row is None:
        raise Unauthorized("Invalid API key")
    if row.status != KeyStatus.ACTIVE:
        raise Unauthorized("This API key has been revoked")
    return KeyUse(row.id, row.account_id, row.last_used_at)


def touch(session: Session, key_id: str) -> None:
    """Record use; the WHERE keeps concurrent requests from each writing."""
    now = utcnow()
    session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id)
        .where((ApiKey.last_used_at.is_(None)) | (ApiKey.last_used_at <= now - LAST_USED_RESOLUTION))
        .values(last_used_at=now)
    )
