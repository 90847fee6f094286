"""Tampering with the copies and the event log past Qor (issue 17): the log refuses to be
altered, and `verify` proves the copies against the log, so what gets past the triggers (SQLite's
REPLACE, a superuser's disabled triggers) is found."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.security import eventlog
from db.models import Item
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, WORKSTATION_ROLE, as_administrator
from tests.tampering import guards_dropped

COLUMNS = (
    "record_id, inventory_number, barcode, location_id, call_number, price, currency, "
    "accession_id, status, condition_notes, created_at, updated_at, created_by"
)


@contextmanager
def _foreign(db: Database) -> Iterator[sqlite3.Connection]:
    """The database file opened by another tool (the sqlite3 shell), without Qor's pragmas."""
    path = make_url(db.url).database
    assert path is not None
    connection = sqlite3.connect(path)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def _problems(db: Database) -> list[str]:
    with db.snapshot() as session:
        return [p.problem for p in eventlog.verify(session).problems]


@pytest.mark.parametrize(
    "statement",
    ["update event_log set actor = 'nobody'", "delete from event_log where id = 1"],
)
def test_the_event_log_refuses_update_and_delete(fund: Fund, statement: str) -> None:
    # The triggers refuse even the schema's owner and a superuser (an administrator's
    # connection); a workstation role is refused before them, by its privileges.
    with (
        as_administrator(fund.db) as administrator,
        pytest.raises(DBAPIError, match="never altered"),
        administrator.write() as session,
    ):
        session.execute(text(statement))
    if WORKSTATION_ROLE and not fund.db.is_sqlite:
        with pytest.raises(DBAPIError, match="permission denied"), fund.db.write() as session:
            session.execute(text(statement))
    assert _problems(fund.db) == []


def test_a_fund_as_qor_left_it_verifies(fund: Fund) -> None:
    assert _problems(fund.db) == []


def test_sqlite_replace_that_deletes_a_copy_is_found(sqlite_db: Database) -> None:
    from app.security.users import authenticate

    fund = build_fund(sqlite_db, authenticate(sqlite_db, ADMIN, ADMIN_PASSWORD))
    with sqlite_db.read() as session:
        (a, a_barcode), (b, _) = session.execute(
            select(Item.id, Item.barcode).order_by(Item.id).limit(2)
        ).all()
    replace = "update or replace item set barcode = ? where id = ?"
    # Qor's own connections let the triggers see REPLACE's deletions, and refuse it.
    with pytest.raises(DBAPIError, match="never changed or removed"), sqlite_db.write() as session:
        session.connection().exec_driver_sql(replace, (a_barcode, b))
    # Another tool's connection gets past every trigger: the other copy is deleted silently.
    with _foreign(sqlite_db) as connection:
        connection.execute(replace, (a_barcode, b))
    with sqlite_db.read() as session:
        assert session.get(Item, a) is None  # gone, and the triggers said nothing
    problems = _problems(fund.db)
    assert any(f"copy {a} " in p and "deleted" in p for p in problems), problems


def test_sqlite_insert_or_replace_that_renumbers_a_copy_is_found(sqlite_db: Database) -> None:
    from app.security.users import authenticate

    fund = build_fund(sqlite_db, authenticate(sqlite_db, ADMIN, ADMIN_PASSWORD))
    with sqlite_db.read() as session:
        copy_id = session.execute(select(Item.id).order_by(Item.id).limit(1)).scalar_one()
    with _foreign(sqlite_db) as connection:
        connection.execute(
            f"insert or replace into item (id, {COLUMNS}) select id, "
            + COLUMNS.replace("inventory_number", "'FORGED-1'")
            + " from item where id = ?",
            (copy_id,),
        )
    problems = _problems(fund.db)
    assert any(f"copy {copy_id} " in p and "FORGED-1" in p for p in problems), problems


def test_a_copy_deleted_or_inserted_with_the_triggers_disabled_is_found(fund: Fund) -> None:
    db = fund.db
    # A superuser's (or the owner's) doing: a workstation role cannot disable a trigger.
    with guards_dropped(db) as session:
        first = session.execute(select(Item.id).order_by(Item.id).limit(1)).scalar_one()
        session.execute(text("delete from item where id = :id"), {"id": first})
        session.execute(
            text(
                f"insert into item ({COLUMNS}) select "
                + COLUMNS.replace("inventory_number", "'GHOST-1'").replace("barcode", "null")
                + " from item where id = (select max(id) from item)"
            )
        )
    problems = _problems(db)
    assert any(f"copy {first} " in p and "deleted" in p for p in problems), problems
    assert any("GHOST-1" in p and "never created" in p for p in problems), problems
