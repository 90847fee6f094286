"""The event log's bulk append: entries written many at a time chain on from the single ones
and on to the next, so the whole log verifies, and tampering with one of them is caught."""

from __future__ import annotations

from sqlalchemy import select, text

from app.security import eventlog
from app.security.eventlog import EventEntry, record_event, record_events
from db.models import Event
from db.session import Database
from tests.tampering import guards_dropped


def _copies_marked(count: int) -> list[EventEntry]:
    return [
        EventEntry("item.status", "item", n, {"status": "available"}, {"status": "missing"})
        for n in range(1, count + 1)
    ]


def test_bulk_entries_chain_with_single_ones(db: Database) -> None:
    with db.write() as session:
        record_event(session, "aigerim", "audit.open", "audit", 7)
        assert record_events(session, "aigerim", _copies_marked(500)) == 500
        record_event(session, "aigerim", "audit.close", "audit", 7)
    with db.write() as session:
        assert record_events(session, "aigerim", []) == 0
        record_events(session, "aigerim", _copies_marked(3))
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
        rows = session.execute(
            select(Event.entity_id).where(Event.entity == "item").order_by(Event.id)
        ).scalars()
        assert list(rows) == [str(n) for n in range(1, 501)] + ["1", "2", "3"]
    assert verdict.intact, verdict.problems
    assert verdict.entries >= 1 + 500 + 1 + 3


def test_an_altered_bulk_entry_is_caught(db: Database) -> None:
    with db.write() as session:
        record_events(session, "aigerim", _copies_marked(10))
    with guards_dropped(db) as session:  # as one with the owner's rights does
        session.execute(
            text(
                "update event_log set after = replace(after, 'missing', 'available') "
                "where entity = 'item' and entity_id = '4'"
            )
        )
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
        altered = session.execute(
            select(Event.id).where(Event.entity == "item", Event.entity_id == "4")
        ).scalar_one()
    assert [p.event_id for p in verdict.problems] == [altered]
