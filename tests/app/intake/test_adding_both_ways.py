"""Adding copies follows the same rules on SQLite (in Python) and on PostgreSQL (one
server-side function, qor_add_copies, and the event log's qor_log_events): the same numbers
(legacy ones skipped, however long their run), the same barcodes, each copy logged with the
entry Python would write, the chain intact, the record queued for the union catalog."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import select

from app.catalog.records import create_record
from app.errors import DuplicateBarcode
from app.intake.accession import open_accession
from app.intake.barcodes import make_barcode
from app.intake.copies import add_copies, copies_of_record
from app.intake.locations import add_location
from app.intake.numbering import set_numbering
from app.security import eventlog
from app.security.eventlog import EventEntry, canonical_around, json_value, record_events
from app.security.roles import Actor
from db.models import Event, Item, SyncOutbox
from db.session import Database
from tests.records import book


def _legacy(db: Database, admin: Actor, record_id: int, accession_id: int, numbers: list[str]):
    """Copies a migration brought with their legacy numbers, logged as a migration logs them."""
    now = datetime.now(UTC)
    with db.write() as session:
        location = session.execute(select(Item.location_id).limit(1)).scalar()
        items = [
            Item(
                record_id=record_id, inventory_number=n, accession_id=accession_id,
                location_id=location, status="available", created_at=now, updated_at=now,
            )
            for n in numbers
        ]  # fmt: skip
        session.add_all(items)
        session.flush()
        record_events(
            session,
            admin,
            [
                EventEntry(
                    "item.migrate", "item", i.id, after={"inventory_number": i.inventory_number}
                )
                for i in items
            ],
        )


def test_numbers_barcodes_and_log_entries_are_the_same_on_both_databases(
    db: Database, admin: Actor
) -> None:
    record = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар", "2010", ""))
    add_location(db, admin, "ABON", "Абонемент")
    add_location(db, admin, "KS-1", "Кітап қоймасы", barcode="LOC-0001")
    batch = open_accession(db, admin, "purchase", "ТН-7", date=date(2026, 3, 2))
    first = add_copies(db, admin, record.id, 1, batch.id, "ABON")
    assert [(c.inventory_number, c.barcode) for c in first] == [("1", "1")]
    # A migrated fund: numbers 3-5, and a run 10-700 longer than any first window.
    _legacy(db, admin, record.id, batch.id, ["3", "4", "5", *map(str, range(10, 701))])

    five = add_copies(db, admin, record.id, 5, batch.id, "KS-1", price="1250.50")
    assert [c.inventory_number for c in five] == ["2", "6", "7", "8", "9"]
    assert [c.barcode for c in five] == ["2", "6", "7", "8", "9"]  # Code 128: the number
    three = add_copies(db, admin, record.id, 3, batch.id, "ABON", call_number="84 Ә 97")
    assert [c.inventory_number for c in three] == ["701", "702", "703"]
    assert {c.status for c in five + three} == {"in-processing"}
    assert [c.call_number for c in three] == ["84 Ә 97"] * 3

    # Sequence barcodes (Codabar) skip a value a pre-printed label already carries.
    set_numbering(db, admin, barcode_scheme="codabar14", barcode_prefix="0421")

    def codabar(sequence: int) -> str:
        return make_barcode(
            "codabar14", inventory_number="", sequence=sequence, library_prefix="0421"
        )

    labelled = add_copies(db, admin, record.id, 1, batch.id, "ABON", barcodes=[codabar(2)])
    assert labelled[0].barcode == codabar(2)
    coded = add_copies(db, admin, record.id, 3, batch.id, "ABON")
    assert [c.barcode for c in coded] == [codabar(1), codabar(3), codabar(4)]
    assert [c.inventory_number for c in coded] == ["705", "706", "707"]
    # A label another copy carries is refused, naming that copy, and nothing is added.
    held = len(copies_of_record(db, record.id))
    try:
        add_copies(db, admin, record.id, 2, batch.id, "ABON", barcodes=[codabar(3)])
    except DuplicateBarcode as exc:
        assert "706" in str(exc)
    else:
        raise AssertionError("a label already on a copy was accepted")
    assert len(copies_of_record(db, record.id)) == held
    assert add_copies(db, admin, record.id, 1, batch.id, "ABON")[0].inventory_number == "708"

    # Every copy is logged, with the entry the Python path writes, and the chain holds.
    with db.read() as session:
        logged = {
            int(entity_id): (actor, after)
            for entity_id, actor, after in session.execute(
                select(Event.entity_id, Event.actor, Event.after).where(Event.action == "item.add")
            )
        }
        queued = session.execute(select(SyncOutbox.record_id)).scalars().all()
    for copy in five:
        actor, text = logged[copy.id]
        after = json.loads(text)
        assert after == {
            "inventory_number": copy.inventory_number, "barcode": copy.barcode,
            "record": record.id, "accession": batch.number, "location": "KS-1",
            "call_number": copy.call_number, "price": "1250.50", "currency": "KZT",
        }  # fmt: skip
        assert actor == admin.name
    assert len(logged) == 1 + 5 + 3 + 1 + 3 + 1
    assert queued == [record.id]
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
    assert verdict.intact, verdict.problems


def test_the_pieces_around_the_servers_values_give_the_canonical_entry() -> None:
    after = {
        "inventory_number": "КЗ-1\"", "barcode": None, "record": 7, "accession": "2026-1",
        "location": "ABON", "call_number": "84(5Каз) Ә 97", "price": None, "currency": "KZT",
    }  # fmt: skip
    pieces = canonical_around(after, ("barcode", "inventory_number"))
    whole = pieces[0] + "null" + pieces[1] + json_value(after["inventory_number"]) + pieces[2]
    assert whole == eventlog._canonical(after)
