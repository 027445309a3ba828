"""Shared fixtures: real servers on loopback, real SQLite and PostgreSQL databases."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.support import LiveServer, make_settings, start_server

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    name = f"ozor_test_{secrets.token_hex(4)}"
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL is required on 127.0.0.1:5432 (user postgres, trust auth): {e}")
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Runs a test on both databases."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ozor.db'}"
    url = request.getfixturevalue("pg_url")
    # Each test gets its own schema state: a fresh database cloned per test would be slow, so reset.
    from tests.support import reset_postgres

    reset_postgres(url)
    return url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """An `ozor serve`-equivalent on a free loopback port, with its job runner (SQLite)."""
    settings = make_settings(tmp_path_factory.mktemp("ozor-data"))
    with start_server(settings) as live:
        yield live


@pytest.fixture()
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c
