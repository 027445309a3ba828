"""Identifiers shaped like the hosted service's (`job_…`, `exp_…`, share codes, key ids)."""

from __future__ import annotations

import secrets
import string

_ALNUM = string.ascii_letters + string.digits
_LOWER_ALNUM = string.ascii_lowercase + string.digits


def random_id(length: int = 20, alphabet: str = _ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def new_id(prefix: str = "", length: int = 20) -> str:
    """`prefix_` + random alphanumerics; a bare id (videos, keys, accounts) when prefix is empty."""
    return f"{prefix}_{random_id(length)}" if prefix else random_id(length)


def plan_id() -> str:
    return f"plan_{secrets.token_hex(6)}"


def share_code() -> str:
    return random_id(7, _LOWER_ALNUM)
