"""Opening a Qor database (SQLite file or PostgreSQL) and the transactions services run in.

`Database.write()` is one user action: SQLite takes the write lock up front (BEGIN IMMEDIATE) so
two workstations never interleave number allocation; PostgreSQL relies on row locks taken by
the services. `Database.read()` never blocks a writer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def default_database_url() -> str:
    """The embedded default: an SQLite file in the user's data directory, unless QOR_DB says."""
    env = os.environ.get("QOR_DB")
    if env:
        return env
    data_dir = Path(platformdirs.user_data_dir("qor", "Qor"))
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'qor.sqlite'}"


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        # Rows that REPLACE conflict resolution deletes then fire the delete triggers, which
        # refuse deleting a copy: otherwise "UPDATE OR REPLACE item ..." gets past them.
        cursor.execute("PRAGMA recursive_triggers=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """A handle on one Qor database. Cheap to share; thread-safe for sessions."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_database_url()
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            self._write_engine = _sqlite_engine(self.url, immediate=True)
            self._read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            self._write_engine = create_engine(self.url, pool_pre_ping=True)
            self._read_engine = self._write_engine
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        return self._write_engine

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: commits on success, rolls back on error."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self._write_engine.dispose()
        self._read_engine.dispose()
