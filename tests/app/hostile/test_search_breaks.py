"""Hostile search queries (issue 17), as typed into the GUI's search box, on SQLite and
PostgreSQL: an empty field prefix finds nothing, NUL never raises, a long query costs what a
short one does."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import event

from app.catalog.records import create_record
from app.catalog.search import MAX_TERMS, search
from app.errors import InvalidInput
from app.security.roles import Actor
from db.session import Database
from tests.records import book


@pytest.fixture
def catalog(db: Database, admin: Actor) -> Database:
    for title in ("Абай жолы", "Қан мен тер", "Көшпенділер"):
        create_record(db, admin, book(title, "Әуезов, Мұхтар", year="1999", control=title[:3]))
    return db


@pytest.mark.parametrize("query", ["au:", "ti:", "su:", "pb:", "author:", "id:", "year:", "AU:"])
def test_a_field_prefix_with_nothing_after_it_finds_nothing(catalog: Database, query: str) -> None:
    assert search(catalog, query).total == 0
    assert search(catalog, f"{query} абай").total == 0
    assert search(catalog, "абай").total == 1


@pytest.mark.parametrize("query", ["id:\x00", "year:19\x00", "001:Аба\x00", "\x00", "isbn:\x00"])
def test_a_nul_in_a_query_never_raises(catalog: Database, query: str) -> None:
    # A clear message is fine (isbn:), a database error is not.
    with contextlib.suppress(InvalidInput):
        assert search(catalog, query).total in (0, 1, 3)


def _statements(db: Database, query: str) -> int:
    count = 0

    def seen(*_: object) -> None:
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        search(db, query)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return count


def test_a_long_query_costs_what_a_short_one_does(catalog: Database) -> None:
    short = _statements(catalog, "id:Қан абай")
    assert _statements(catalog, "id:Қан абай " * 2000) == short
    assert search(catalog, "id:1 " * 5000).total == 0
    with pytest.raises(InvalidInput, match="different terms"):
        search(catalog, " ".join(f"id:{n}" for n in range(MAX_TERMS + 1)))
