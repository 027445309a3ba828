"""Secrets never reach the logs (issue #13): a whole run (sign-up, keys, a render, its signed
download, a refresh, failed authentications) with every log at DEBUG and uvicorn's access log on,
then the captured text is searched for each raw key, ID token, refresh token and URL signature."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.api.test_exports import relative, small_project, wait_export
from tests.support import bearer, create_key, make_settings, signup, start_server

LOGGERS = ("", "uvicorn", "uvicorn.access", "uvicorn.error")


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def captured(capture: Capture) -> Iterator[None]:
    """Attached after the server started: uvicorn's own logging set-up replaces earlier handlers."""
    levels = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.addHandler(capture)
        logger.setLevel(logging.DEBUG)
    yield
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(capture)
        logging.getLogger(name).setLevel(levels[name])


def test_a_full_run_logs_no_secret(tmp_path) -> None:
    settings = make_settings(tmp_path, tts_engine="espeak")
    secrets: list[str] = []
    capture = Capture()
    with (
        start_server(settings, log_level="debug") as live,
        captured(capture),
        httpx.Client(base_url=live.url, timeout=60) as http,
    ):
        session = signup(http, password="a secret password")
        key = create_key(http, session["idToken"])
        headers = {"X-API-Key": key["rawKey"]}
        secrets += [session["idToken"], session["refreshToken"], key["rawKey"], "a secret password"]
        refreshed = http.post("/api/auth/refresh", json={"refreshToken": session["refreshToken"]}).json()
        secrets.append(refreshed["idToken"])
        assert http.get("/api/api-keys", headers=bearer(refreshed["idToken"])).status_code == 200
        wrong = key["rawKey"][:-4] + "0000"
        assert http.get("/api/v1/videos", headers={"X-API-Key": wrong}).status_code == 401
        assert http.get("/api/api-keys", headers=bearer(session["idToken"] + "x")).status_code == 401
        video_id = http.post("/api/v1/videos", headers=headers, json={"project": small_project(None)}).json()[
            "videoId"
        ]
        assert http.post(
            f"/api/v1/videos/{video_id}/export", headers=headers, json={"quality": "720p"}
        ).is_success
        done = wait_export(http, live, headers, video_id)
        assert done["exportStatus"] == "complete", done
        download = done["downloadUrl"]
        assert http.get(relative(download)).status_code == 200
        secrets += parse_qs(urlsplit(download).query)["sig"]
        logging.getLogger("ozor.test").warning("a careless line with %s and %s", key["rawKey"], download)
    text = "\n".join(capture.lines)
    assert "GET /files/" in text and "sig=[masked]" in text  # the access log ran, masked
    assert len(capture.lines) > 20
    for secret in secrets:
        assert secret not in text, f"a secret reached the logs: {secret[:12]}…"
