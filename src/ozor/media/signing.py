"""Signed file URLs: an HMAC of path and expiry with the server secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from urllib.parse import quote

from ozor.errors import Forbidden

DOWNLOAD_TTL_SEC = 24 * 3600


def _signature(secret: str, path: str, expires: int) -> str:
    mac = hmac.new(secret.encode(), f"{path}\n{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def signed_url(public_url: str, secret: str, path: str, ttl_sec: int = DOWNLOAD_TTL_SEC) -> str:
    expires = int(time.time()) + ttl_sec
    return f"{public_url}/files/{quote(path)}?expires={expires}&sig={_signature(secret, path, expires)}"


def check(secret: str, path: str, expires: str | None, sig: str | None) -> None:
    """403 for a missing, tampered or expired signature."""
    if not expires or not sig or not expires.isdigit():
        raise Forbidden("This link is not signed")
    if not hmac.compare_digest(_signature(secret, path, int(expires)), sig):
        raise Forbidden("This link's signature is invalid")
    if int(expires) < time.time():
        raise Forbidden("This link has expired; fetch the video again for a fresh one")
