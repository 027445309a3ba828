"""Checking the webhooks an Ozor server sends (Standard Webhooks signatures).

    from ozor_client.webhooks import verify
    if not verify(secret, request.headers, raw_body):
        return 400

`secret` is the `whsec_…` value of Settings → Webhooks; `raw_body` the bytes exactly as received
(parse the JSON only after checking). A rotated secret still signs for a day, so both verify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping

TOLERANCE_SEC = 300


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def verify(secret: str, headers: Mapping[str, str], body: bytes, *, tolerance: int = TOLERANCE_SEC) -> bool:
    """True when `body` was signed with `secret` within `tolerance` seconds (older ones may be replays)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        msg_id, timestamp = lowered["webhook-id"], int(lowered["webhook-timestamp"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = signature(secret, msg_id, timestamp, body)
    return any(hmac.compare_digest(expected, sent) for sent in lowered.get("webhook-signature", "").split())
