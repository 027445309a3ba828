"""Documents pages over plain HTTP: bad uploads are messages on the form, and nothing is charged."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator

import httpx
import pytest

from tests.support import LiveServer

HTML = {"accept": "text/html"}


@pytest.fixture()
def web(server: LiveServer) -> Iterator[tuple[httpx.Client, str]]:
    """A signed-in browser-like client and its CSRF token."""
    with httpx.Client(base_url=server.url, headers=HTML) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signup").text).group(1)  # type: ignore[union-attr]
        email = f"docs-{secrets.token_hex(4)}@example.com"
        r = client.post("/signup", data={"csrf": token, "email": email, "password": "long enough"})
        assert r.status_code == 303
        yield client, token


def test_bad_uploads_are_form_errors_and_cost_nothing(web: tuple[httpx.Client, str]) -> None:
    client, token = web
    cases = [
        ({}, None, "Choose a file or enter a web address"),
        ({"url": "https://example.com"}, ("a.pdf", b"%PDF-1.4 x", "application/pdf"), "one of the two"),
        ({"url": "ftp://example.com/a"}, None, "must start with http"),
        ({}, ("notes.txt", b"plain text, not a document", "text/plain"), ""),
        ({"aspect_ratio": "4:3", "url": "https://example.com"}, None, "shape must be one of"),
    ]
    for fields, upload, message in cases:
        files = {"file": upload} if upload else {"file": ("", b"", "application/octet-stream")}
        r = client.post("/documents", data={"csrf": token, **fields}, files=files)
        assert r.status_code == 400, (fields, r.status_code)
        assert 'role="alert"' in r.text and message in r.text and "Traceback" not in r.text
    assert ">10</span>" in client.get("/").text  # the balance is untouched


def test_missing_plans_and_unknown_voices_are_messages(web: tuple[httpx.Client, str]) -> None:
    client, _ = web
    r = client.get("/documents/plan_000000000000")
    assert r.status_code == 404 and "Plan plan_000000000000 not found" in r.text
    assert client.get("/documents/plan_000000000000/events").status_code == 404
    r = client.get("/documents/voices/nobody/sample")
    assert r.status_code == 400 and "nobody" in r.text
