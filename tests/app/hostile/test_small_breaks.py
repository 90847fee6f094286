"""The smaller breaks of issue 17: a folder or an empty file given to import, an empty label,
a number format that repeats used numbers, and who may write copies off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.catalog.importing import import_files
from app.errors import InvalidInput, PermissionDenied
from app.intake.accession import open_accession
from app.intake.copies import add_copies
from app.intake.numbering import set_numbering
from app.registers.writeoff import write_off
from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import Fund


def test_import_of_a_folder_or_an_empty_file_says_so(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.mrc"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.xml"
    blank.write_text('<collection xmlns="http://www.loc.gov/MARC21/slim"/>', encoding="utf-8")
    summary = import_files(db, admin, [tmp_path, empty, blank])
    reasons = [(r.file, r.reason) for r in summary.rejected]
    assert reasons[0] == (str(tmp_path), "this is a folder, not a file: name the MARC files in it")
    assert [file for file, _ in reasons[1:]] == [str(empty), str(blank)]
    assert all("holds no MARC record" in reason for _, reason in reasons[1:])


def test_an_empty_preprinted_label_is_called_that(fund: Fund) -> None:
    batch = open_accession(fund.db, fund.admin, "gift", "ДХ-1")
    record = fund.shelves["RR-1"][0].record_id
    with pytest.raises(InvalidInput, match="pre-printed label is empty"):
        add_copies(fund.db, fund.admin, record, 1, batch.id, "RR-1", barcodes=[""])


def test_a_number_format_that_repeats_used_numbers_skips_them(db: Database, admin: Actor) -> None:
    from app.catalog.records import create_record
    from app.intake.locations import add_location
    from tests.records import book

    add_location(db, admin, "RR-1", "Оқу залы")
    batch = open_accession(db, admin, "gift", "ДХ-2")
    record = create_record(db, admin, book("Абай жолы")).id
    set_numbering(db, admin, inventory_format="{n}")
    first = add_copies(db, admin, record, 16, batch.id, "RR-1")  # numbers 1 to 16
    set_numbering(db, admin, inventory_format="{n:x}")  # 17 is "11": copy 11's number
    # No IntegrityError: the one numbering mechanism (the migration's too) skips used numbers.
    (copy,) = add_copies(db, admin, record, 1, batch.id, "RR-1")
    assert copy.inventory_number not in {c.inventory_number for c in first}
    assert copy.inventory_number == "17"  # 23 in hex: 17-22 give "11"-"16", all taken


def test_a_stock_checker_cannot_write_copies_off(fund: Fund) -> None:
    with pytest.raises(PermissionDenied):
        write_off(fund.db, fund.checker, "loss", fund.barcodes("RR-1")[:1], date(2026, 12, 1))
