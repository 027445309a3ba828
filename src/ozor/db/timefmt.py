"""Clock and the spec's three timestamp formats (ISO-8601 UTC, epoch ms, epoch seconds)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(dt: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else aware(dt).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(dt: datetime | None) -> int | None:
    return None if dt is None else int(aware(dt).timestamp() * 1000)


def epoch_s(dt: datetime | None) -> int | None:
    return None if dt is None else int(aware(dt).timestamp())
