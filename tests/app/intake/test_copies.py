"""Copies at the intake desk: numbers, barcodes, labels, release, status and holdings, on
SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError

from app.catalog.exporting import export_records
from app.catalog.records import create_record
from app.errors import (
    CopyIncomplete,
    DuplicateBarcode,
    InvalidInput,
    InvalidTransition,
    InventoryNumberImmutable,
    LocationNotFound,
    NotInProcessing,
    PermissionDenied,
)
from app.intake.accession import open_accession
from app.intake.barcodes import check_barcode
from app.intake.completion import assign_barcode, release_scanned
from app.intake.copies import (
    add_copies,
    change_inventory_number,
    copies_of_record,
    copy_by_barcode,
    find_record_by_isbn,
    find_records_by_isbn,
    get_copy,
    release_copies,
)
from app.intake.holdings import holdings_fields
from app.intake.locations import add_location
from app.intake.numbering import INVENTORY_COUNTER, set_numbering
from app.intake.status import ALLOWED_TRANSITIONS, ItemStatus, change_status
from app.security.eventlog import verify
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.models import Counter, Event, Item, SyncOutbox
from db.session import Database
from tests.conftest import SIGLA
from tests.records import book


@dataclass
class Desk:
    db: Database
    admin: Actor
    record_id: int
    accession_id: int


def _history(author: str = "Қозыбаев, Манаш") -> pymarc.Record:
    record = book("Қазақстан тарихы", author, "2010", "5-605-00001-5")
    record.add_ordered_field(
        Field(tag="080", indicators=Indicators(" ", " "), subfields=[Subfield("a", "94(574)")])
    )
    return record


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    record = create_record(db, admin, _history())
    add_location(db, admin, "ABON", "Абонемент", department="Қызмет көрсету бөлімі")
    add_location(db, admin, "KS-1", "Кітап қоймасы", barcode="LOC-0001")
    batch = open_accession(db, admin, "purchase", "ТН-118", date=date(2026, 3, 2))
    return Desk(db, admin, record.id, batch.id)


def _counter(db: Database, name: str) -> int:
    with db.read() as session:
        return session.execute(select(Counter.value).where(Counter.name == name)).scalar() or 0


def _events(db: Database, action: str) -> list[Event]:
    with db.read() as session:
        found = list(session.execute(select(Event).where(Event.action == action)).scalars())
        session.expunge_all()
        return found


def _queued(db: Database) -> list[tuple[int, str, object]]:
    with db.read() as session:
        rows = session.execute(select(SyncOutbox)).scalars()
        return [(q.record_id, q.change, q.queued_at) for q in rows]


def test_added_copies_are_numbered_labelled_and_in_processing(desk: Desk) -> None:
    ((_, _, created_at),) = _queued(desk.db)
    added = add_copies(desk.db, desk.admin, desk.record_id, 3, desk.accession_id, "ABON")
    assert [c.inventory_number for c in added] == ["1", "2", "3"]
    # The default scheme prints the inventory number itself in Code 128.
    assert [c.barcode for c in added] == ["1", "2", "3"]
    assert {c.status for c in added} == {"in-processing"}
    assert {c.call_number for c in added} == {"94(574) Қ59"}
    assert added[0].title == "Қазақстан тарихы" and added[0].location_code == "ABON"
    assert len(_events(desk.db, "item.add")) == 3
    # The union catalog is told the holdings changed (queued again, later).
    ((record_id, change, queued_at),) = _queued(desk.db)
    assert (record_id, change) == (desk.record_id, "upsert")
    assert queued_at > created_at  # type: ignore[operator]


def test_call_number_is_editable_and_price_kept(desk: Desk) -> None:
    (copy,) = add_copies(
        desk.db,
        desk.admin,
        desk.record_id,
        1,
        desk.accession_id,
        "KS-1",
        price="3200",
        call_number="63.3(5Каз) Қ 52",
    )
    shown = get_copy(desk.db, copy.id)
    assert shown.call_number == "63.3(5Каз) Қ 52"
    assert str(shown.price) == "3200.00" and shown.currency == "KZT"
    assert shown.location_code == "KS-1"


def test_inventory_format_applies_to_new_copies(desk: Desk) -> None:
    set_numbering(desk.db, desk.admin, inventory_format="KZ-{n:06d}")
    added = add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    assert [c.inventory_number for c in added] == ["KZ-000001", "KZ-000002"]
    assert [c.barcode for c in added] == ["KZ-000001", "KZ-000002"]


@pytest.mark.parametrize("fmt", ["{x}", "INV", "{n}-{m}", "{n:>40}", "ИН-{n}", "{n", "{0}"])
def test_unusable_inventory_formats_are_refused(db: Database, admin: Actor, fmt: str) -> None:
    with pytest.raises(InvalidInput):
        set_numbering(db, admin, inventory_format=fmt)


def test_codabar_scheme_numbers_barcodes_from_its_own_sequence(desk: Desk) -> None:
    with pytest.raises(InvalidInput, match="prefix"):
        set_numbering(desk.db, desk.admin, barcode_scheme="codabar14")
    set_numbering(desk.db, desk.admin, barcode_scheme="codabar14", barcode_prefix="1234")
    added = add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    assert [c.barcode for c in added] == ["31234000000016", "31234000000024"]
    for copy in added:
        assert copy.barcode is not None
        check_barcode("codabar14", copy.barcode)
    # A scanner sending Codabar's start/stop characters finds the same copy.
    found = copy_by_barcode(desk.db, "A31234000000016A")
    assert found is not None and found.inventory_number == "1"


def test_generated_barcodes_skip_values_already_on_preprinted_labels(desk: Desk) -> None:
    set_numbering(desk.db, desk.admin, barcode_scheme="ean13-internal", barcode_prefix="0042")
    add_copies(
        desk.db,
        desk.admin,
        desk.record_id,
        1,
        desk.accession_id,
        "ABON",
        barcodes=["2004200000028"],  # sequence 2, pre-printed
    )
    added = add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    assert [c.barcode for c in added] == ["2004200000011", "2004200000035"]


def test_preprinted_labels_go_to_the_copies_in_order(desk: Desk) -> None:
    added = add_copies(
        desk.db,
        desk.admin,
        desk.record_id,
        3,
        desk.accession_id,
        "ABON",
        barcodes=["LBL-100", "LBL-101"],
    )
    assert [c.barcode for c in added] == ["LBL-100", "LBL-101", None]
    labelled = assign_barcode(desk.db, desk.admin, added[2].id, " LBL-102 ")
    assert labelled.barcode == "LBL-102"
    assert _events(desk.db, "item.barcode")[0].entity_id == str(added[2].id)


def test_a_duplicate_barcode_names_the_copy_it_is_on(desk: Desk) -> None:
    add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=["LBL-7"]
    )
    (other,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    with pytest.raises(DuplicateBarcode) as refused:
        assign_barcode(desk.db, desk.admin, other.id, "LBL-7")
    assert refused.value.inventory_number == "1"
    assert refused.value.title == "Қазақстан тарихы"
    assert "LBL-7" in str(refused.value) and "copy 1" in str(refused.value)
    with pytest.raises(InvalidInput, match="twice"):
        add_copies(
            desk.db,
            desk.admin,
            desk.record_id,
            2,
            desk.accession_id,
            "ABON",
            barcodes=["LBL-9", "LBL-9"],
        )
    with pytest.raises(InvalidInput, match="ISBN"):
        add_copies(
            desk.db,
            desk.admin,
            desk.record_id,
            1,
            desk.accession_id,
            "ABON",
            barcodes=["9785605000013"],
        )


def test_a_failed_action_leaves_no_gap_in_inventory_numbers(desk: Desk) -> None:
    add_copies(
        desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON", barcodes=["LBL-1"]
    )
    assert _counter(desk.db, INVENTORY_COUNTER) == 2
    # The third label is already on copy 1: the whole action rolls back after the numbers
    # 3..5 were drawn, and the counter with it.
    with pytest.raises(DuplicateBarcode) as refused:
        add_copies(
            desk.db,
            desk.admin,
            desk.record_id,
            3,
            desk.accession_id,
            "ABON",
            barcodes=["LBL-2", "LBL-3", "LBL-1"],
        )
    assert refused.value.inventory_number == "1"
    assert _counter(desk.db, INVENTORY_COUNTER) == 2
    assert copy_by_barcode(desk.db, "LBL-2") is None
    (next_copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    assert next_copy.inventory_number == "3"
    numbers = sorted(int(c.inventory_number) for c in copies_of_record(desk.db, desk.record_id))
    assert numbers == [1, 2, 3]


def test_the_service_never_changes_an_inventory_number(desk: Desk) -> None:
    (copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    with pytest.raises(InventoryNumberImmutable):
        change_inventory_number(desk.db, desk.admin, copy.id, "999")
    assert get_copy(desk.db, copy.id).inventory_number == "1"
    (attempt,) = _events(desk.db, "item.inventory-number-refused")
    assert attempt.actor == "admin" and "999" in attempt.after


def test_the_database_refuses_to_change_or_delete_an_inventory_number(desk: Desk) -> None:
    (copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    with pytest.raises(DBAPIError, match="never changed"), desk.db.engine.begin() as conn:
        conn.execute(text("UPDATE item SET inventory_number = '2' WHERE id = :id"), {"id": copy.id})
    with pytest.raises(DBAPIError, match="never changed"), desk.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM item WHERE id = :id"), {"id": copy.id})
    # Other columns stay editable by the services.
    with desk.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE item SET condition_notes = 'жыртылған' WHERE id = :id"), {"id": copy.id}
        )
    assert get_copy(desk.db, copy.id).inventory_number == "1"


def test_a_written_off_copy_keeps_its_number_and_it_is_never_reused(desk: Desk) -> None:
    (copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    with desk.db.write() as session:
        item = session.get(Item, copy.id)
        assert item is not None
        change_status(session, item, ItemStatus.WRITTEN_OFF, desk.admin, "lost by reader")
    assert get_copy(desk.db, copy.id).inventory_number == "1"
    assert get_copy(desk.db, copy.id).status == "written-off"
    (fresh,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    assert fresh.inventory_number == "2"
    with desk.db.write() as session, pytest.raises(InvalidTransition):
        item = session.get(Item, copy.id)
        assert item is not None
        change_status(session, item, ItemStatus.AVAILABLE, desk.admin, "found")


def test_allowed_transitions_cover_every_status() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(ItemStatus)
    assert ALLOWED_TRANSITIONS[ItemStatus.WRITTEN_OFF] == frozenset()
    assert ItemStatus.AT_BINDERY not in ALLOWED_TRANSITIONS[ItemStatus.IN_PROCESSING]


def test_release_needs_every_processing_step(desk: Desk) -> None:
    complete = add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    (unlabelled,) = add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=[]
    )
    (unshelved,) = add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", call_number=""
    )
    result = release_copies(
        desk.db, desk.admin, ["1", "4", "NO-SUCH", "1"], accession_id=desk.accession_id
    )
    assert sorted(c.inventory_number for c in result.released) == ["1", "2"]
    assert {c.status for c in result.released} == {"available"}
    reasons = {r.ref: r.reason for r in result.refused}
    assert reasons == {
        "NO-SUCH": "no copy has barcode NO-SUCH",
        "4": "copy 4: no call number",
        "3": "copy 3: no barcode",
    }
    assert get_copy(desk.db, unlabelled.id).status == "in-processing"
    # Releasing again: the copy is no longer in processing.
    again = release_copies(desk.db, desk.admin, [complete[0].barcode or ""])
    assert again.released == []
    assert again.refused[0].reason == "copy 1: available, not in processing"
    with desk.db.write() as session, pytest.raises(CopyIncomplete) as incomplete:
        item = session.get(Item, unshelved.id)
        assert item is not None
        change_status(session, item, "available", desk.admin, "shortcut")
    assert incomplete.value.missing == ["no call number"]


def test_release_desk_scans_are_released_as_release_copies_would_release_them(
    desk: Desk,
) -> None:
    """The release desk's scans, read first (as the scan queue reads them) and then released
    together (one statement on PostgreSQL): each answered as `release_copies` of its barcode
    alone would answer it, in order, whatever changed since the read."""
    db, admin = desk.db, desk.admin
    complete = add_copies(db, admin, desk.record_id, 3, desk.accession_id, "ABON")
    (unshelved,) = add_copies(
        db, admin, desk.record_id, 1, desk.accession_id, "ABON", call_number=""
    )
    release_copies(db, admin, [complete[2].barcode or ""])
    burst = [complete[0], unshelved, complete[2], complete[1], complete[0]]
    scanned = [copy_by_barcode(db, c.barcode or "") for c in burst]
    # Another desk takes copy 2's call number away after the scan read it.
    with db.write() as session:
        session.execute(text("update item set call_number = '' where id = :id"),
                        {"id": complete[1].id})  # fmt: skip
    results = release_scanned(db, admin, [c for c in scanned if c is not None])
    answered = [([c.inventory_number for c in r.released], [x.reason for x in r.refused])
                for r in results]  # fmt: skip
    assert answered == [
        (["1"], []),
        ([], ["copy 4: no call number"]),
        ([], ["copy 3: available, not in processing"]),
        ([], ["copy 2: no call number"]),  # decided on as it is now
        ([], ["copy 1: available, not in processing"]),  # scanned twice: released once
    ]
    assert results[0].released[0].status == "available"
    assert [get_copy(db, c.id).status for c in (*complete, unshelved)] == [
        "available", "in-processing", "available", "in-processing"
    ]  # fmt: skip
    # Logged as release_copies logs a release, and the chain holds.
    released = {e.entity_id: e for e in _events(db, "item.status")}
    one, three = released[str(complete[0].id)], released[str(complete[2].id)]
    before = '{"status": "in-processing"}'
    assert (one.actor, one.before) == (three.actor, three.before) == ("admin", before)
    assert one.after == three.after.replace('"3"', '"1"')
    assert len(released) == 2
    with db.snapshot() as session:
        assert verify(session).intact
    ((record_id, change, _at),) = _queued(db)
    assert (record_id, change) == (desk.record_id, "upsert")


def test_labels_go_on_only_while_in_processing(desk: Desk) -> None:
    (copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    release_copies(desk.db, desk.admin, [copy.barcode or ""])
    with pytest.raises(NotInProcessing):
        assign_barcode(desk.db, desk.admin, copy.id, "LBL-NEW")


def test_scan_lookup_is_one_query(desk: Desk) -> None:
    add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "KS-1")
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engines = desk.db.engines
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        found = copy_by_barcode(desk.db, "2")
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert found is not None
    assert (found.inventory_number, found.title, found.location_code) == (
        "2",
        "Қазақстан тарихы",
        "KS-1",
    )
    assert found.record_id == desk.record_id and found.status == "in-processing"
    assert found.call_number == "94(574) Қ59"
    assert copy_by_barcode(desk.db, "404") is None and copy_by_barcode(desk.db, " ") is None


def test_a_scanned_isbn_finds_the_record(desk: Desk) -> None:
    assert find_record_by_isbn(desk.db, "9785605000013") is not None
    assert find_record_by_isbn(desk.db, "978560500001351234") is not None  # with a price add-on
    found = find_record_by_isbn(desk.db, "5-605-00001-5")
    assert found is not None and found.id == desk.record_id
    assert find_record_by_isbn(desk.db, "9786017000001") is None
    second = create_record(desk.db, desk.admin, _history("Абдиров, Ж."))
    ids = [r.id for r in find_records_by_isbn(desk.db, "978-5-605-00001-3")]
    assert ids == [desk.record_id, second.id]
    with pytest.raises(InvalidInput):
        find_record_by_isbn(desk.db, "LBL-7")


def test_copies_need_a_known_location_and_the_intake_role(desk: Desk) -> None:
    with pytest.raises(LocationNotFound):
        add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "NOWHERE")
    add_user(desk.db, desk.admin, "cataloger", "secret-1", [Role.CATALOGER])
    cataloger = authenticate(desk.db, "cataloger", "secret-1")
    with pytest.raises(PermissionDenied):
        add_copies(desk.db, cataloger, desk.record_id, 1, desk.accession_id, "ABON")
    with pytest.raises(InvalidInput):
        add_copies(desk.db, desk.admin, desk.record_id, 0, desk.accession_id, "ABON")
    assert _counter(desk.db, INVENTORY_COUNTER) == 0


def test_holdings_give_one_852_per_location_with_the_available_count(
    desk: Desk, tmp_path: Path
) -> None:
    add_copies(desk.db, desk.admin, desk.record_id, 3, desk.accession_id, "ABON")
    add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "KS-1", call_number="94 Қ59"
    )
    release_copies(desk.db, desk.admin, ["1", "2"])
    (field_abon, field_store) = holdings_fields(desk.db, [desk.record_id])[desk.record_id]
    assert field_abon.get_subfields("a", "b", "h", "9") == [SIGLA, "ABON", "94(574) Қ59", "2"]
    assert field_abon.get_subfields("z") == ["2/3"]  # no language in what goes out
    assert field_store.get_subfields("b", "9") == ["KS-1", "0"]
    assert holdings_fields(desk.db, [desk.record_id + 1000]) == {}

    out = tmp_path / "with-holdings.mrc"
    export_records(desk.db, desk.admin, out, "iso2709", [desk.record_id], with_holdings=True)
    with out.open("rb") as handle:
        (exported,) = list(pymarc.MARCReader(handle, to_unicode=True, force_utf8=True))
    assert exported is not None
    assert [f.get_subfields("b")[0] for f in exported.get_fields("852")] == ["ABON", "KS-1"]


def test_holdings_link_back_to_the_librarys_catalog(desk: Desk) -> None:
    """The union catalog shows each result with a link to its holder's own catalog (its
    rules, points 9 and 11): 852 ‡u from the library's record URL pattern."""
    from app.library import set_formal_parts
    from app.marc.codec import from_json
    from app.unioncat.outgoing import union_marcxml, with_holdings
    from db.models import Record

    add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    (field,) = holdings_fields(desk.db, [desk.record_id])[desk.record_id]
    assert field.get_subfields("u") == []  # no pattern set: no link
    set_formal_parts(desk.db, desk.admin, record_url="https://lib.example.kz/record/{id}")
    (field,) = holdings_fields(desk.db, [desk.record_id])[desk.record_id]
    with desk.db.read() as session:
        stored = session.get(Record, desk.record_id)
        assert stored is not None
        number, marc = stored.control_number, stored.marc
    link = f"https://lib.example.kz/record/{number}"
    assert field.get_subfields("a", "b", "u") == [SIGLA, "ABON", link]
    xml = union_marcxml(with_holdings(from_json(marc), [field]))
    assert f'<subfield code="u">{link}</subfield>' in xml
