"""What a workstation asks before sign-in (`start_state`): the same answers on SQLite and on
PostgreSQL, where it is one statement; a database without Qor's tables, or with an older
schema, is asked the long way and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.library import library_info
from app.workstation import DatabaseError, EarlyStart, StartState, start_state
from db.session import Database
from tests.conftest import as_administrator


def test_an_initialised_library_is_current_and_named(db: Database) -> None:
    state = start_state(db)
    assert (state.initialised, state.schema_current) == (True, True)
    assert state.library == library_info(db)


def test_a_schema_behind_this_qor_asks_for_the_upgrade(db: Database) -> None:
    # Only the schema's owner may change its version (a workstation role reads it).
    with as_administrator(db) as owner, owner.write() as session:
        session.execute(text("DELETE FROM alembic_version"))
        session.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0015g')"))
    state = start_state(db)
    assert (state.initialised, state.schema_current, state.library) == (True, False, None)
    with as_administrator(db) as owner, owner.write() as session:
        session.execute(text("DROP TABLE alembic_version"))
    state = start_state(db)  # the one statement fails: the long way
    assert (state.initialised, state.schema_current, state.library) == (True, False, None)


def test_an_empty_database_is_not_initialised(tmp_path: Path) -> None:
    empty = Database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        state = start_state(empty)
    finally:
        empty.dispose()
    assert (state.initialised, state.schema_current, state.library) == (False, False, None)


def test_the_early_start_asks_in_a_thread_of_its_own_and_answers_the_same(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`qor` begins opening the database before the GUI's modules load (issue 16: a branch's
    connection and first question pass while Qt is imported). On PostgreSQL the question is
    asked in another thread; an SQLite file is opened when the answer is wanted."""
    import threading

    import app.workstation as workstation

    asked_in: list[str] = []
    real = workstation.start_state

    def recorded(database: Database) -> StartState:
        asked_in.append(threading.current_thread().name)
        return real(database)

    monkeypatch.setattr(workstation, "start_state", recorded)
    early = EarlyStart(db.url)
    opened, state = early.result()
    try:
        assert state == real(db)
        assert asked_in == ["MainThread" if db.is_sqlite else "qor-start"]
    finally:
        opened.dispose()


def test_an_early_start_that_fails_raises_where_the_answer_is_wanted() -> None:
    """Nothing listens on the port: the connection's error reaches the GUI's message, not a
    thread's traceback on stderr."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    early = EarlyStart(f"postgresql+psycopg://qor_workstation@127.0.0.1:{port}/qor")
    with pytest.raises(DatabaseError):
        early.result()
