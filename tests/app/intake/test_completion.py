"""Completing copies after they were added (label, call number, location), the collisions a
barcode must never have (inventory-number space, shelves), labels reprinted after a scheme
change, and the database refusing TRUNCATE — on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.catalog.records import create_record
from app.cli import main
from app.errors import (
    DuplicateBarcode,
    InvalidInput,
    LocationNotFound,
    NotInProcessing,
    PermissionDenied,
)
from app.intake.accession import open_accession
from app.intake.barcodes import normalise_scan, symbology_of
from app.intake.completion import (
    assign_barcode,
    complete_copy,
    find_copy,
    generate_barcode,
    move_copy,
    set_call_number,
)
from app.intake.copies import add_copies, check_label, copies_of_record, release_copies
from app.intake.locations import ShelfBarcodeClash, add_location
from app.intake.numbering import set_numbering
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.models import Event
from db.session import Database
from tests.app.intake.test_copies import Desk, _history
from tests.conftest import ADMIN, ADMIN_PASSWORD, as_administrator

Run = Callable[..., tuple[int, dict]]


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    record = create_record(db, admin, _history())
    add_location(db, admin, "ABON", "Абонемент")
    add_location(db, admin, "KS-1", "Кітап қоймасы", barcode="LOC-0001")
    batch = open_accession(db, admin, "purchase", "ТН-118", date=date(2026, 3, 2))
    return Desk(db, admin, record.id, batch.id)


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


def _actions(db: Database, item_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.execute(
                select(Event.action).where(Event.entity_id == str(item_id)).order_by(Event.id)
            ).scalars()
        )


# --- 1. A copy missing something can be completed --------------------------------------


def test_fewer_labels_than_copies_the_last_is_labelled_later_and_released(desk: Desk) -> None:
    _first, second = add_copies(
        desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON", barcodes=["LBL-1"]
    )
    assert second.barcode is None
    result = release_copies(desk.db, desk.admin, accession_id=desk.accession_id)
    assert [r.ref for r in result.refused] == [second.inventory_number]
    assert "no barcode" in result.refused[0].reason

    labelled = assign_barcode(desk.db, desk.admin, find_copy(desk.db, "2").id, "LBL-2")
    assert labelled.barcode == "LBL-2"
    assert release_copies(desk.db, desk.admin, ["LBL-2"]).released[0].inventory_number == "2"
    assert "item.barcode" in _actions(desk.db, second.id)


def test_a_generated_barcode_follows_the_library_scheme(desk: Desk) -> None:
    set_numbering(desk.db, desk.admin, barcode_scheme="codabar14", barcode_prefix="1234")
    _, waiting = add_copies(
        desk.db,
        desk.admin,
        desk.record_id,
        2,
        desk.accession_id,
        "ABON",
        barcodes=["31234000000016"],  # sequence 1, pre-printed
    )
    made = generate_barcode(desk.db, desk.admin, waiting.id)
    assert made.barcode == "31234000000024"  # sequence 1 is on the label already: skipped


def test_call_number_and_location_are_set_and_logged(desk: Desk) -> None:
    (copy,) = add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", call_number=""
    )
    refused = release_copies(desk.db, desk.admin, [copy.barcode or ""]).refused
    assert "no call number" in refused[0].reason
    done = complete_copy(
        desk.db, desk.admin, copy.id, call_number="  63.3(5Каз)  Қ 52 ", location_code="KS-1"
    )
    assert (done.call_number, done.location_code) == ("63.3(5Каз) Қ 52", "KS-1")
    assert _actions(desk.db, copy.id)[-2:] == ["item.call-number", "item.location"]
    moved = move_copy(desk.db, desk.admin, copy.id, "ABON")
    assert moved.location_code == "ABON"
    with pytest.raises(LocationNotFound):
        move_copy(desk.db, desk.admin, copy.id, "NOWHERE")
    with pytest.raises(InvalidInput, match="empty"):
        set_call_number(desk.db, desk.admin, copy.id, "   ")
    assert release_copies(desk.db, desk.admin, [copy.barcode or ""]).released


def test_completing_needs_the_intake_role_and_a_copy_in_processing(desk: Desk) -> None:
    (copy,) = add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    add_user(desk.db, desk.admin, "cataloger", "secret-1", [Role.CATALOGER])
    cataloger = authenticate(desk.db, "cataloger", "secret-1")
    for change in ({"barcode": "LBL-9"}, {"call_number": "84"}, {"location_code": "KS-1"}):
        with pytest.raises(PermissionDenied):
            complete_copy(desk.db, cataloger, copy.id, **change)  # type: ignore[arg-type]
    release_copies(desk.db, desk.admin, [copy.barcode or ""])
    with pytest.raises(NotInProcessing):
        assign_barcode(desk.db, desk.admin, copy.id, "LBL-9")
    # An available copy may still move to another shelf.
    assert move_copy(desk.db, desk.admin, copy.id, "KS-1").location_code == "KS-1"


def test_a_label_on_another_copy_is_refused_naming_it(desk: Desk) -> None:
    add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=["LBL-7"]
    )
    _, other = add_copies(
        desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON", barcodes=["LBL-8"]
    )
    with pytest.raises(DuplicateBarcode, match="copy 1 of «Қазақстан тарихы»"):
        assign_barcode(desk.db, desk.admin, other.id, "LBL-7")


# --- 2. Code 128: a label never takes a future inventory number ------------------------


def test_a_label_shaped_like_an_inventory_number_is_refused_at_the_scan(desk: Desk) -> None:
    with pytest.raises(InvalidInput, match="form of an inventory number"):
        check_label(desk.db, "3")
    with pytest.raises(InvalidInput, match="form of an inventory number"):
        add_copies(
            desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=["3"]
        )
    assert check_label(desk.db, " LBL-3 ") == "LBL-3"
    # Later automatic adds reach number 3 and beyond without a collision.
    added = add_copies(desk.db, desk.admin, desk.record_id, 4, desk.accession_id, "ABON")
    assert [c.barcode for c in added] == ["1", "2", "3", "4"]


def test_a_number_taken_before_the_scheme_changed_leaves_the_copy_waiting(
    desk: Desk,
) -> None:
    set_numbering(desk.db, desk.admin, inventory_format="KZ-{n}")
    add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=["2"])
    set_numbering(desk.db, desk.admin, inventory_format="{n}")
    added = add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    assert [(c.inventory_number, c.barcode) for c in added] == [("2", None), ("3", "3")]
    with pytest.raises(DuplicateBarcode, match="copy KZ-1"):
        generate_barcode(desk.db, desk.admin, added[0].id)
    assert assign_barcode(desk.db, desk.admin, added[0].id, "LBL-2").barcode == "LBL-2"


# --- 3. Labels of old copies after a scheme change --------------------------------------


def test_old_copies_labels_still_decode_after_a_scheme_change(
    desk: Desk, run: Run, tmp_path: Path
) -> None:
    add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    set_numbering(desk.db, desk.admin, barcode_scheme="codabar14", barcode_prefix="0421")
    add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    set_numbering(desk.db, desk.admin, barcode_scheme="ean13-internal")
    add_copies(desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON")
    set_numbering(desk.db, desk.admin, barcode_scheme="code128-inventory")
    barcodes = [c.barcode or "" for c in copies_of_record(desk.db, desk.record_id)]
    assert [symbology_of(b) for b in barcodes] == ["code128", "codabar", "ean13"]

    out = tmp_path / "reprint.pdf"
    code, printed = run("labels", str(out), "--barcodes", *barcodes)
    assert code == 0 and printed["labels"] == 3
    page = pdfium.PdfDocument(out.read_bytes())[0].render(scale=300 / 72).to_pil().convert("L")
    read = sorted(normalise_scan(r.text) for r in zxingcpp.read_barcodes(page))
    assert read == sorted(barcodes)


# --- 4. PostgreSQL refuses TRUNCATE -------------------------------------------------------


def test_postgresql_refuses_to_truncate_the_copies(desk: Desk) -> None:
    add_copies(desk.db, desk.admin, desk.record_id, 2, desk.accession_id, "ABON")
    if desk.db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE; its row trigger refuses DELETE")
    with as_administrator(desk.db) as admin_db:  # the trigger refuses even the owner
        for statement in ("TRUNCATE item CASCADE", "TRUNCATE record CASCADE"):
            with pytest.raises(DBAPIError, match="never"), admin_db.engine.begin() as conn:
                conn.execute(text(statement))
    assert len(copies_of_record(desk.db, desk.record_id)) == 2


# --- 7. Shelf barcodes and copy barcodes never meet ------------------------------------


def test_a_copy_cannot_take_a_shelf_barcode_nor_a_shelf_a_copy_barcode(desk: Desk) -> None:
    with pytest.raises(ShelfBarcodeClash, match="location KS-1"):
        check_label(desk.db, "LOC-0001")
    with pytest.raises(ShelfBarcodeClash, match="location KS-1"):
        add_copies(
            desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON",
            barcodes=["LOC-0001"],
        )  # fmt: skip
    (copy,) = add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=["LBL-5"]
    )
    with pytest.raises(ShelfBarcodeClash):
        assign_barcode(desk.db, desk.admin, copy.id, "LOC-0001")
    with pytest.raises(DuplicateBarcode, match="copy 1"):
        add_location(desk.db, desk.admin, "KS-2", "Қойма 2", barcode="LBL-5")
    # Under Code 128 a shelf barcode like "7" would be copy 7's barcode one day.
    with pytest.raises(ShelfBarcodeClash, match="inventory number"):
        add_location(desk.db, desk.admin, "KS-3", "Қойма 3", barcode="7")


# --- The command line ---------------------------------------------------------------------


def test_cli_completes_a_copy_the_labels_ran_out_for(desk: Desk, run: Run) -> None:
    code, added = run(
        "items", "add", str(desk.record_id), "--copies", "2", "--accession",
        str(desk.accession_id), "--location", "ABON", "--barcode", "LBL-1", "--call-number", "",
    )  # fmt: skip
    assert code == 0 and [i["barcode"] for i in added["items"]] == ["LBL-1", None]
    code, released = run("items", "release", "--accession", str(desk.accession_id))
    assert code == 1 and released["released"] == []

    code, labelled = run("items", "barcode", "2", "--barcode", "LBL-2")
    assert code == 0 and labelled["barcode"] == "LBL-2"
    assert labelled["missing"] == ["no call number"]
    code, done = run("items", "set", "LBL-2", "--call-number", "94(574) Қ59", "--location", "KS-1")
    assert code == 0 and (done["location"], done["call_number"]) == ("KS-1", "94(574) Қ59")
    assert done["missing"] == []
    code, taken = run("items", "barcode", "1", "--barcode", "LBL-2")
    assert code == 2 and "copy 2" in taken["error"]
    code, usage = run("items", "set", "1")
    assert code == 2 and "--call-number" in usage["error"]
    code, _ = run("items", "barcode", "1")  # neither --barcode nor --generate
    assert code == 2
    run("items", "set", "1", "--call-number", "94(574) Қ59")
    code, released = run("items", "release", "LBL-1", "LBL-2")
    assert code == 0 and len(released["released"]) == 2


def test_cli_generates_a_barcode(desk: Desk, run: Run) -> None:
    (copy,) = add_copies(
        desk.db, desk.admin, desk.record_id, 1, desk.accession_id, "ABON", barcodes=[]
    )
    assert copy.barcode is None
    code, made = run("items", "barcode", copy.inventory_number, "--generate")
    assert code == 0 and made["barcode"] == copy.inventory_number
