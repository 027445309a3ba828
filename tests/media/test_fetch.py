"""The safe fetcher: address policy on every hop, size and redirect limits."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ozor.errors import BadRequest, UpstreamError
from ozor.media import fetch as fetch_module
from ozor.media.fetch import fetch


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        routes = {
            "/ok": (200, {"Content-Type": "text/plain"}, b"hello"),
            "/big": (200, {"Content-Type": "application/octet-stream"}, b"x" * 5000),
            "/redirect": (302, {"Location": "/ok"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
            "/missing": (404, {}, b"no"),
        }
        status, headers, body = routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "file:///etc/passwd",
        "ftp://example.com/x",
        "gopher://x/",
    ],
)
def test_private_and_non_http_urls_are_refused_by_default(url):
    with pytest.raises(BadRequest):
        fetch(url, max_bytes=100)


def test_allowed_loopback_fetch_follows_redirects(base):
    got = fetch(f"{base}/redirect", max_bytes=100, allow_private=True)
    assert got.content == b"hello" and got.url.endswith("/ok") and got.content_type == "text/plain"


def test_every_redirect_hop_is_checked(base, monkeypatch):
    # Loopback stands in for a public host here; the metadata address on the next hop is still refused.
    real_public = fetch_module._public
    monkeypatch.setattr(fetch_module, "_public", lambda a: a == "127.0.0.1" or real_public(a))
    with pytest.raises(BadRequest, match="private or reserved"):
        fetch(f"{base}/to-metadata", max_bytes=100)


def test_limits(base):
    with pytest.raises(BadRequest, match="larger than"):
        fetch(f"{base}/big", max_bytes=1000, allow_private=True)
    with pytest.raises(UpstreamError, match="redirects"):
        fetch(f"{base}/loop", max_bytes=100, allow_private=True)
    with pytest.raises(UpstreamError, match="404"):
        fetch(f"{base}/missing", max_bytes=100, allow_private=True)
    with pytest.raises(BadRequest, match="resolve"):
        fetch("http://no-such-host.invalid/", max_bytes=100)
