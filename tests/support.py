"""Helpers for tests: settings, a live server in a thread, and account set-up through the API."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import uvicorn

from ozor.app import create_app
from ozor.config import Settings, load_settings
from ozor.context import AppContext


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    overrides.setdefault("port", free_port())
    overrides.setdefault("workers", 2)
    overrides.setdefault("allow_private_fetch", True)
    return load_settings(data_dir=data_dir, **overrides)


@dataclass
class LiveServer:
    url: str
    settings: Settings
    ctx: AppContext

    def wait_for_jobs(self, timeout: float = 120) -> None:
        """Until the job runner has nothing queued or running."""
        from sqlalchemy import select

        from ozor.db.models import Job

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.ctx.db.reader() as session:
                busy = session.scalars(
                    select(Job.id).where(Job.status.in_(("queued", "pending", "processing")))
                ).first()
            if busy is None:
                return
            time.sleep(0.1)
        raise TimeoutError("jobs still running")


@contextmanager
def start_server(
    settings: Settings, *, run_jobs: bool = True, log_level: str = "warning"
) -> Iterator[LiveServer]:
    app = create_app(settings, run_jobs=run_jobs)
    config = uvicorn.Config(app, host="127.0.0.1", port=settings.port, log_level=log_level, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield LiveServer(f"http://127.0.0.1:{settings.port}", settings, app.state.ctx)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def reset_postgres(url: str) -> None:
    """Drop every table so a test starts from the migrations, as a fresh install would."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def signup(client: httpx.Client, email: str | None = None, password: str = "correct horse battery") -> dict:
    import secrets

    email = email or f"user-{secrets.token_hex(4)}@example.com"
    r = client.post("/api/auth/signup", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    return r.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def create_key(client: httpx.Client, id_token: str, name: str = "test") -> dict:
    r = client.post("/api/api-keys", json={"name": name}, headers=bearer(id_token))
    assert r.status_code == 200, r.text
    return r.json()


@dataclass
class User:
    id_token: str
    account_id: str
    key: str
    key_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"X-API-Key": self.key}


def new_user(client: httpx.Client) -> User:
    """A fresh account with one API key, made through the public API."""
    session = signup(client)
    key = create_key(client, session["idToken"])
    return User(session["idToken"], session["localId"], key["rawKey"], key["keyId"])
