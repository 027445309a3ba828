"""Standard Webhooks signatures (standardwebhooks.com): HMAC-SHA256 over "id.timestamp.body".

Headers: `webhook-id` (the delivery's id, the same on every retry, so receivers can de-duplicate),
`webhook-timestamp` (epoch seconds of this attempt) and `webhook-signature` ("v1,<base64>", space
separated when a rotated secret is still valid, so receivers holding either secret verify).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

PREFIX = "whsec_"
TOLERANCE_SEC = 300


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(PREFIX))


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode()


def headers(secrets_: list[str], msg_id: str, body: bytes, now: int | None = None) -> dict[str, str]:
    timestamp = int(time.time()) if now is None else now
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(sign(s, msg_id, timestamp, body) for s in secrets_),
        "content-type": "application/json",
    }


def verify(secret: str, received: dict[str, str], body: bytes, tolerance: int = TOLERANCE_SEC) -> bool:
    """True when one of the signatures is ours and the timestamp is recent (replays are refused)."""
    lowered = {k.lower(): v for k, v in received.items()}
    try:
        msg_id, timestamp = lowered["webhook-id"], int(lowered["webhook-timestamp"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = sign(secret, msg_id, timestamp, body)
    return any(hmac.compare_digest(expected, s) for s in lowered.get("webhook-signature", "").split())
