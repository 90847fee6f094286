"""Exporting a catalog that holds records no format can carry (issue 17): the rest is
written, each skipped record named with its reason, and no partial file is ever left."""

from __future__ import annotations

from pathlib import Path

import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import update

from app.catalog.exporting import SkippedRecord, export_records
from app.catalog.records import create_record
from app.marc import ReadRecord, read_records
from app.marc.codec import to_json
from app.marc.writing import MarcWriter
from app.security.roles import Actor
from db.models import Record
from db.session import Database
from tests.records import book


def _catalog_with_a_lying_record(db: Database, admin: Actor, field: Field) -> tuple[int, ...]:
    ids = [
        create_record(db, admin, book(title, "Әуезов, Мұхтар")).id
        for title in ("Абай жолы", "Бұзылған", "Қан мен тер")
    ]
    bad = book("Бұзылған", "Әуезов, Мұхтар")
    bad.add_field(field)
    with db.write() as session:  # as an import before the reader checked tags left it
        session.execute(update(Record).where(Record.id == ids[1]).values(marc=to_json(bad)))
    return tuple(ids)


@pytest.mark.parametrize("format", ["iso2709", "marcxml", "mrk"])
def test_a_record_with_a_bad_tag_is_skipped_and_named(
    db: Database, admin: Actor, tmp_path: Path, format: str
) -> None:
    field = Field(tag="2450", indicators=Indicators(" ", " "), subfields=[Subfield("a", "x")])
    ids = _catalog_with_a_lying_record(db, admin, field)
    out = tmp_path / f"all.{format}"
    skipped: list[SkippedRecord] = []
    assert export_records(db, admin, out, format, skipped=skipped) == 2
    (skip,) = skipped
    assert skip.record_id == ids[1] and "2450" in skip.reason
    assert "9999" not in skip.reason
    titles = [r.record["245"]["a"] for r in read_records(out) if isinstance(r, ReadRecord)]
    assert titles == ["Абай жолы", "Қан мен тер"]
    assert list(tmp_path.iterdir()) == [out]


def test_an_mrk_export_writes_only_what_reads_back(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    field = Field(tag="500", indicators=Indicators(" ", " "), subfields=[Subfield("$", "x")])
    ids = _catalog_with_a_lying_record(db, admin, field)
    out = tmp_path / "all.mrk"
    skipped: list[SkippedRecord] = []
    assert export_records(db, admin, out, "mrk", skipped=skipped) == 2
    assert [s.record_id for s in skipped] == [ids[1]]
    results = list(read_records(out))
    assert len(results) == 2 and all(isinstance(r, ReadRecord) for r in results)


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "catalog.mrc"
    out.write_bytes(b"yesterday's export")
    with pytest.raises(KeyboardInterrupt), MarcWriter(out, "iso2709") as writer:
        writer.write(book("Абай жолы"))
        raise KeyboardInterrupt  # the user stopped it, or the disk filled
    assert out.read_bytes() == b"yesterday's export"
    assert list(tmp_path.iterdir()) == [out]
    with MarcWriter(out, "iso2709") as writer:
        writer.write(book("Абай жолы"))
    assert len(list(read_records(out))) == 1
    assert list(tmp_path.iterdir()) == [out]
