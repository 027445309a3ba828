"""Verification of real Firebase ID tokens against Google's published signing certificates."""

from __future__ import annotations

import re
import threading
import time

import httpx
import jwt
from cryptography.x509 import load_pem_x509_certificate

from ozor.errors import Unauthorized

_MAX_AGE = re.compile(r"max-age=(\d+)")
_LEEWAY_SEC = 5


class FirebaseVerifier:
    """Checks RS256, `kid` against the certificate set (cached per its Cache-Control), aud, iss, exp."""

    def __init__(
        self, project_id: str, certs_url: str, *, timeout: float = 10.0, min_refetch_sec: float = 10.0
    ):
        self.project_id = project_id
        self.issuer = f"https://securetoken.google.com/{project_id}"
        self._url = certs_url
        self._timeout = timeout
        self._keys: dict[str, object] = {}
        self._expires = 0.0
        self._fetched = float("-inf")
        # Tokens with made-up key ids must not turn into one certificate fetch each.
        self._min_refetch = min_refetch_sec
        self._lock = threading.Lock()

    def _public_keys(self, *, force: bool = False) -> dict[str, object]:
        with self._lock:
            now = time.monotonic()
            if now >= self._expires or (force and now - self._fetched >= self._min_refetch):
                try:
                    response = httpx.get(self._url, timeout=self._timeout)
                    response.raise_for_status()
                    certs = response.json()
                except (httpx.HTTPError, ValueError) as e:
                    raise Unauthorized(
                        f"Cannot verify the Firebase token: certificates unavailable ({e})"
                    ) from None
                self._keys = {
                    kid: load_pem_x509_certificate(pem.encode()).public_key() for kid, pem in certs.items()
                }
                match = _MAX_AGE.search(response.headers.get("cache-control", ""))
                self._fetched = time.monotonic()
                self._expires = self._fetched + (int(match.group(1)) if match else 0)
            return self._keys

    def verify(self, token: str) -> dict:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError:
            raise Unauthorized("Invalid Firebase ID token: not a JWT") from None
        if not kid:
            raise Unauthorized("Invalid Firebase ID token: no key id (kid)")
        keys = self._public_keys()
        if kid not in keys:
            # Google rotates keys: look once more before refusing, at most once per token.
            keys = self._public_keys(force=True)
        key = keys.get(kid)
        if key is None:
            raise Unauthorized("Invalid Firebase ID token: unknown signing key (kid)")
        try:
            claims = jwt.decode(
                token,
                key,  # type: ignore[arg-type]
                algorithms=["RS256"],
                audience=self.project_id,
                issuer=self.issuer,
                leeway=_LEEWAY_SEC,
                options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("Firebase ID token expired") from None
        except jwt.InvalidAudienceError:
            raise Unauthorized("Invalid Firebase ID token: wrong audience") from None
        except jwt.InvalidIssuerError:
            raise Unauthorized("Invalid Firebase ID token: wrong issuer") from None
        except jwt.InvalidSignatureError:
            raise Unauthorized("Invalid Firebase ID token: bad signature") from None
        except jwt.PyJWTError as e:
            raise Unauthorized(f"Invalid Firebase ID token: {e}") from None
        sub = claims.get("sub")
        if not isinstance(sub, str) or not sub or len(sub) > 128:
            raise Unauthorized("Invalid Firebase ID token: bad subject")
        if claims.get("auth_time", 0) > time.time() + _LEEWAY_SEC:
            raise Unauthorized("Invalid Firebase ID token: authenticated in the future")
        return claims
