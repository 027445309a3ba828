"""Real Firebase ID tokens: RS256 against certificates served on loopback, as Google serves them."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ozor.accounts.firebase import FirebaseVerifier
from ozor.errors import Unauthorized
from tests.support import make_settings, start_server

PROJECT = "ozor-test-project"


def _key_and_cert() -> tuple[rsa.RSAPrivateKey, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "securetoken.system.gserviceaccount.com")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .sign(key, hashes.SHA256())
    )
    return key, cert.public_bytes(serialization.Encoding.PEM).decode()


class CertServer:
    """Serves {kid: PEM} with Cache-Control, like googleapis.com's x509 endpoint; counts fetches."""

    def __init__(self, certs: dict[str, str]):
        self.certs = certs
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                outer.hits += 1
                body = json.dumps(outer.certs).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Cache-Control", "public, max-age=19204, must-revalidate, no-transform")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/robot/v1/metadata/x509/securetoken"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def keys():
    return {"kid-1": _key_and_cert(), "kid-2": _key_and_cert()}


@pytest.fixture(scope="module")
def certs(keys):
    server = CertServer({"kid-1": keys["kid-1"][1]})
    yield server
    server.httpd.shutdown()


@pytest.fixture(scope="module")
def http(certs, tmp_path_factory):
    settings = make_settings(
        tmp_path_factory.mktemp("fb"), firebase_project_id=PROJECT, firebase_certs_url=certs.url
    )
    with start_server(settings, run_jobs=False) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def token(keys, *, kid="kid-1", sign_with="kid-1", uid="firebase-uid-1", **overrides) -> str:
    now = int(time.time())
    claims = {
        "iss": f"https://securetoken.google.com/{PROJECT}",
        "aud": PROJECT,
        "auth_time": now - 10,
        "user_id": uid,
        "sub": uid,
        "iat": now - 10,
        "exp": now + 3600,
        "email": f"{uid}@example.com",
        "firebase": {"sign_in_provider": "google.com"},
    }
    claims.update(overrides)
    return jwt.encode(claims, keys[sign_with][0], algorithm="RS256", headers={"kid": kid})


def keys_status(http, tok: str) -> httpx.Response:
    return http.get("/api/api-keys", headers={"Authorization": f"Bearer {tok}"})


def test_valid_token_creates_the_account_on_first_sight_and_reuses_it(http, keys):
    tok = token(keys, uid="first-sight")
    assert keys_status(http, tok).json() == []
    created = http.post(
        "/api/api-keys", json={"name": "fb"}, headers={"Authorization": f"Bearer {tok}"}
    ).json()
    again = keys_status(http, token(keys, uid="first-sight"))
    assert [k["keyId"] for k in again.json()] == [created["keyId"]]
    credits = http.get("/api/v1/credits", headers={"X-API-Key": created["rawKey"]}).json()
    assert credits["balance"] == 10


@pytest.mark.parametrize(
    "case, make",
    [
        ("expired", lambda k: token(k, iat=int(time.time()) - 7200, exp=int(time.time()) - 3600)),
        ("wrong audience", lambda k: token(k, aud="someone-elses-project")),
        ("wrong issuer", lambda k: token(k, iss="https://securetoken.google.com/someone-else")),
        ("unknown kid", lambda k: token(k, kid="kid-unknown")),
        ("bad signature", lambda k: token(k, kid="kid-1", sign_with="kid-2")),
        ("no subject", lambda k: token(k, sub="")),
        ("HS256 forged with the cert", lambda k: jwt.encode({"sub": "x"}, "secret", algorithm="HS512")),
    ],
)
def test_rejected_tokens(http, keys, case, make):
    r = keys_status(http, make(keys))
    assert r.status_code == 401, case
    assert r.json()["detail"]


def test_certificates_are_cached_per_cache_control(http, keys, certs):
    keys_status(http, token(keys))
    before = certs.hits
    for _ in range(3):
        assert keys_status(http, token(keys)).status_code == 200
    assert certs.hits == before


def test_a_rotated_key_is_fetched_again_but_junk_kids_do_not_hammer_google(keys):
    server = CertServer({"kid-1": keys["kid-1"][1]})
    verifier = FirebaseVerifier(PROJECT, server.url, min_refetch_sec=3600)
    verifier.verify(token(keys))
    for _ in range(5):
        with pytest.raises(Unauthorized):
            verifier.verify(token(keys, kid="made-up"))
    assert server.hits == 1  # within the window after a fetch, unknown kids trigger no refetch
    server.certs = {"kid-1": keys["kid-1"][1], "kid-2": keys["kid-2"][1]}
    rotated = FirebaseVerifier(PROJECT, server.url, min_refetch_sec=0)
    rotated._public_keys()
    server.certs["kid-3"] = keys["kid-2"][1]
    assert rotated.verify(token(keys, kid="kid-3", sign_with="kid-2"))["sub"] == "firebase-uid-1"
    server.httpd.shutdown()
