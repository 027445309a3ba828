"""A webhook receiver for tests: a real HTTP server on loopback that checks every signature."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ozor.webhooks.signing import verify


@dataclass
class Received:
    headers: dict[str, str]
    body: dict[str, Any]
    valid_with: list[str]  # which of the receiver's secrets verified it


@dataclass
class Receiver:
    url: str
    secrets: list[str] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # status codes to answer, in order; then 200
    calls: list[Received] = field(default_factory=list)

    def events(self, name: str) -> list[Received]:
        return [c for c in self.calls if c.headers.get("ozor-event") == name]

    def wait(self, count: int, timeout: float = 60) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.calls) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.calls)} of {count} webhook calls arrived")
            time.sleep(0.05)
        return self.calls


@contextmanager
def receiver() -> Iterator[Receiver]:
    box = Receiver("")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            raw = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            with lock:
                valid = [s for s in box.secrets if verify(s, headers, raw)]
                box.calls.append(Received(headers, json.loads(raw), valid))
                status = box.answers.pop(0) if box.answers else 200
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    box.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield box
    finally:
        server.shutdown()
        server.server_close()
