"""Opening a Qor database (SQLite file or PostgreSQL) and the transactions services run in.

`Database.write()` is one user action: SQLite takes the write lock up front (BEGIN IMMEDIATE) so
two workstations never interleave number allocation; PostgreSQL relies on row locks taken by
the services. `Database.read()` never blocks a writer.

Branch workstations reach a central PostgreSQL over a VPN, where every round trip costs the
link's delay, so the PostgreSQL engine spends none it can avoid: no pre-ping when a session
takes a pooled connection (a connection that dropped fails its first statement instead, the
pool is invalidated and the next attempt reconnects: `Database.retrying` repeats a read or an
idempotent write once; anything else sees `ConnectionLost`), and reads run in autocommit, so
they send neither BEGIN nor ROLLBACK: a read of one statement is one round trip.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db.lost import ConnectionLost, Contention, contention, lost, on_connection_lost

P = ParamSpec("P")
T = TypeVar("T")


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


def _with_jit_off(url: str) -> str:
    """The connection's start-up options: the URL's own (`?options=-c search_path=...`), if
    any, and JIT off."""
    given = make_url(url).query.get("options")
    own = " ".join(given) if isinstance(given, tuple) else (given or "")
    return f"{own} -c jit=off".strip()


def _postgresql_engine(url: str) -> Engine:
    """An engine that spends no round trip it can avoid. psycopg would prepare a statement on
    its fifth use in a round trip of its own (prepare_threshold None: never). SQLAlchemy asks a
    new connection eight questions in a transaction of its own; the server version and
    standard_conforming_strings come with the connection's start-up (ParameterStatus), the
    schema and isolation level in one query, hstore is not used, and the questions go in
    autocommit (no BEGIN, no ROLLBACK). JIT compilation is off (a start-up option, no round
    trip): the planner's estimates grow with the catalog, and a search statement it costs
    high is compiled for longer than it runs (at 200,000 records, 144 ms of compiling for a
    page read in 7 ms)."""
    engine = create_engine(
        url,
        pool_pre_ping=False,
        use_native_hstore=False,
        connect_args={"prepare_threshold": None, "options": _with_jit_off(url)},
    )
    dialect: Any = engine.dialect
    asked: dict[str, str] = {}

    def server_version(connection: Any) -> tuple[int, ...]:
        number = int(connection.connection.driver_connection.info.server_version)
        if number >= 100000:
            return (number // 10000, number % 10000)
        return (number // 10000, number // 100 % 100, number % 100)

    def schema(connection: Any) -> str:
        name, level = connection.exec_driver_sql(
            "SELECT current_schema(), current_setting('transaction_isolation')"
        ).one()
        asked["isolation"] = str(level).upper()
        return str(name)

    def backslash_escapes(connection: Any) -> None:
        info = connection.connection.driver_connection.info
        dialect._backslash_escapes = info.parameter_status("standard_conforming_strings") == b"off"

    dialect._get_server_version_info = server_version
    dialect._get_default_schema_name = schema
    dialect.get_default_isolation_level = lambda _dbapi: asked.get("isolation", "READ COMMITTED")
    dialect._set_backslash_escapes = backslash_escapes

    # Around SQLAlchemy's first-connect questions (a "connect" listener of its own).
    @event.listens_for(engine, "connect", insert=True)
    def _questions_in_autocommit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.autocommit = True

    @event.listens_for(engine, "connect")
    def _then_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.autocommit = False

    return engine


# Re-exported: db.session.ConnectionLost, Contention and on_connection_lost are where
# callers look.
__all__ = ["ConnectionLost", "Contention", "on_connection_lost"]


# PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back
# whole because another held what it needed.
_CONTENTION = frozenset({"40P01", "40001"})


def _raise_if_lost(exc: BaseException) -> None:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        raise lost() from exc
    if isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in _CONTENTION:
        raise contention() from exc


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise


class Database:
    """A handle on one Qor database. Cheap to share; thread-safe for sessions."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_database_url()
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            self._write_engine = _sqlite_engine(self.url, immediate=True)
            self._read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            self._write_engine = _postgresql_engine(self.url)
            # The same pool; psycopg's autocommit is a client-side switch (no round trip).
            self._read_engine = self._write_engine.execution_options(isolation_level="AUTOCOMMIT")
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)
        self._snapshot_sessions = sessionmaker(
            self._write_engine.execution_options(isolation_level="REPEATABLE READ"),
            expire_on_commit=False,
        )

    @property
    def engine(self) -> Engine:
        return self._write_engine

    @property
    def engines(self) -> tuple[Engine, ...]:
        """The engines whose events see every statement (once each): on PostgreSQL reads go
        through the write engine's pool with other options, and share its events."""
        if self.is_sqlite:
            return (self._write_engine, self._read_engine)
        return (self._write_engine,)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: commits on success, rolls back on error."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            _rollback(session)
            _raise_if_lost(exc)
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read: on PostgreSQL in autocommit (no BEGIN, no ROLLBACK), so each statement sees
        the data as of its start; on SQLite one snapshot."""
        session = self._read_sessions()
        try:
            yield session
        except BaseException as exc:
            _raise_if_lost(exc)
            raise
        finally:
            _rollback(session)
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A long read that must see one state of the database throughout, and may stream its
        rows (PostgreSQL's server-side cursors live only inside a transaction): on PostgreSQL
        a REPEATABLE READ transaction, rolled back at the end; on SQLite `read()`, which is
        one snapshot already. `qor log verify` walks the log and the copies in one."""
        if self.is_sqlite:
            with self.read() as session:
                yield session
            return
        session = self._snapshot_sessions()
        try:
            yield session
        except BaseException as exc:
            _raise_if_lost(exc)
            raise
        finally:
            _rollback(session)
            session.close()

    @contextmanager
    def autocommit(self) -> Iterator[Session]:
        """Statements that each commit on their own (PostgreSQL): a single statement that
        writes is atomic by itself and costs one round trip, with no BEGIN or COMMIT. On
        SQLite this is `write()`."""
        if self.is_sqlite:
            with self.write() as session:
                yield session
            return
        with self.read() as session:
            yield session

    def retrying(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(*args, **kwargs)`, run again once if the connection dropped under it: for reads,
        and for writes that are idempotent (a scan carries its key)."""
        try:
            return fn(*args, **kwargs)
        except ConnectionLost:
            return fn(*args, **kwargs)

    def contended(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(*args, **kwargs)`, run again (twice at most) if the server gave its transaction
        up for another's (`Contention`: a deadlock between two desks touching the same copies
        in opposite order). Nothing of a transaction given up was saved, so any `fn` that is
        one transaction may run again; the third time the user is told."""
        for _ in range(2):
            try:
                return fn(*args, **kwargs)
            except Contention:
                continue
        return fn(*args, **kwargs)

    def dispose(self) -> None:
        self._write_engine.dispose()
        self._read_engine.dispose()
