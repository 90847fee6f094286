"""What a workstation asks before sign-in (`start_state`): the same answers on SQLite and on
PostgreSQL, where it is one statement; a database without Qor's tables, or with an older
schema, is asked the long way and says so."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.library import library_info
from app.workstation import start_state
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
