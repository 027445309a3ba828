"""Engine and sessions for SQLite (WAL, embedded default) or PostgreSQL; migrations on start.

Two session kinds: `session()` for work that writes and `reader()` for reads. On SQLite the writer
starts with BEGIN IMMEDIATE, taking the single write lock up front, so a read-then-write
transaction can never fail half-way on a stale snapshot; readers never block (WAL).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from sqlalchemy import CursorResult, Engine, Executable, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ozor.db.points import PointReads

MIGRATIONS = Path(__file__).parent / "migrations"


# Enough pooled connections for the API's threadpool (40 threads), so busy polling never pays
# for opening and closing connections (measured: the cost of a poll otherwise grows with load).
POOL_SIZE = 40


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=20, max_overflow=POOL_SIZE - 20, pool_pre_ping=True)
    # A generous busy timeout lets concurrent writers queue for SQLite's single write lock.
    engine = create_engine(
        url, connect_args={"timeout": 60, "check_same_thread": False}, pool_size=POOL_SIZE, max_overflow=10
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode:  # readers run each SELECT on its own (autocommit): no BEGIN/ROLLBACK round trips
            conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def affected(session: Session, statement: Executable) -> int:
    """Rows changed by an UPDATE/DELETE: how conditional writes tell whether they won."""
    return cast(CursorResult[Any], session.execute(statement)).rowcount


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to an Alembic revision (the latest unless a test asks for an older one)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


class Database:
    """One engine and its session factories, built from settings by the entry points."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._writers = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        reads = {"sqlite_begin": ""} if self.is_sqlite else {"isolation_level": "AUTOCOMMIT"}
        self._readers = sessionmaker(self.engine.execution_options(**reads), expire_on_commit=False)
        self.points = PointReads(self.engine)  # the polling path's reads (db/points.py)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A writing transaction: commits on success, rolls back on any error."""
        with self._writers() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session: statements run without a transaction (each SELECT is consistent on
        its own, which is all the API's reads need); closing it keeps loaded objects readable."""
        with self._readers() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
