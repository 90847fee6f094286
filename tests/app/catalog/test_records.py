"""Creating, editing and deleting records: identity, 005, roles and the event log."""

from __future__ import annotations

import pymarc
import pytest

from app.catalog.records import create_record, delete_record, get_record, update_record
from app.catalog.search import search
from app.errors import PermissionDenied, RecordInvalid, RecordNotFound
from app.security import eventlog
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.session import Database
from tests.conftest import SIGLA
from tests.records import book


def test_new_record_gets_local_001_003_and_005(db: Database, admin: Actor) -> None:
    saved = create_record(
        db, admin, book("Абай жолы", "Әуезов, Мұхтар", control="ocm123", org="OCoLC")
    )
    record = get_record(db, saved.id).record
    assert record["001"].data == saved.control_number
    assert record["003"].data == SIGLA
    assert len(record["005"].data) == 16
    # The identity it came with is kept in 035, the MARC 21 way.
    assert "(OCoLC)ocm123" in [f["a"] for f in record.get_fields("035")]


def test_edit_keeps_001_and_003_whatever_the_editor_holds(db: Database, admin: Actor) -> None:
    saved = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар"))
    record = get_record(db, saved.id).record
    record["001"].data = "999"
    record["003"].data = "XX"
    record["245"]["a"] = "Абай жолы. 1-кітап"
    edited = update_record(db, admin, saved.id, record)
    again = get_record(db, saved.id).record
    assert again["001"].data == saved.control_number == edited.control_number
    assert again["003"].data == SIGLA
    assert search(db, "кітап").hits[0].id == saved.id


def test_invalid_record_is_refused_and_nothing_is_saved(db: Database, admin: Actor) -> None:
    record = book("Абай жолы")
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("0", "0"),
            subfields=[pymarc.Subfield("a", "Екінші")],
        )
    )
    with pytest.raises(RecordInvalid, match="245"):
        create_record(db, admin, record)
    assert search(db, "").total == 0


def test_stock_checker_may_not_catalog(db: Database, admin: Actor) -> None:
    add_user(db, admin, "asel", "checker1", [Role.STOCK_CHECKER])
    checker = authenticate(db, "asel", "checker1")
    with pytest.raises(PermissionDenied):
        create_record(db, checker, book("Абай жолы"))


def test_every_change_lands_in_the_event_log(db: Database, admin: Actor) -> None:
    saved = create_record(db, admin, book("Үркер", "Есенберлин, Ілияс"))
    update_record(db, admin, saved.id, get_record(db, saved.id).record)
    delete_record(db, admin, saved.id)
    with pytest.raises(RecordNotFound):
        get_record(db, saved.id)
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
        from sqlalchemy import text

        actions = session.execute(text("select action from event_log order by id")).scalars()
        actions = list(actions)
    assert verdict.intact
    assert actions[-3:] == ["record.create", "record.edit", "record.delete"]


def test_a_record_with_copies_cannot_be_deleted(db: Database, admin: Actor) -> None:
    from app.catalog.records import RecordHasCopies
    from app.intake.accession import open_accession
    from app.intake.copies import add_copies
    from app.intake.locations import add_location

    saved = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар"))
    add_location(db, admin, "ABN", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-17")
    add_copies(db, admin, saved.id, 1, batch.id, "ABN")
    with pytest.raises(RecordHasCopies, match="inventory numbers"):
        delete_record(db, admin, saved.id)
    assert get_record(db, saved.id).summary.title == "Абай жолы"
