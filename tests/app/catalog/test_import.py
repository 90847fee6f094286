"""Importing real MARC files: encodings, broken records, duplicates, cancelling."""

from __future__ import annotations

import json
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import text

from app.catalog.importing import import_files
from app.catalog.records import create_record, get_record
from app.catalog.search import search
from app.marc import read_records
from app.marc.codec import to_json
from app.marc.mrk import record_to_mrk
from app.marc.writing import write_records
from app.security.roles import Actor
from db.session import Database
from tests.records import book


def test_cp1251_file_with_a_lying_leader_imports_readable_russian(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    summary = import_files(db, admin, [marc_data / "pymarc" / "1251.dat"])
    assert (summary.imported, summary.duplicates, summary.rejected) == (6, 0, [])
    detail = get_record(db, summary.record_ids[0])
    assert detail.summary.title.startswith("Основы гидравлического расчета")
    assert detail.original_encoding == "cp1251"
    assert [h.title for h in search(db, "психологический").hits] == [
        "Психологический тренинг с подростками"
    ]


def test_broken_records_are_reported_and_the_good_ones_imported(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    kept = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар"))
    before = get_record(db, kept.id).record.as_json()
    path = marc_data / "pymarc" / "bad_records.mrc"
    summary = import_files(db, admin, [path])
    assert summary.imported >= 1
    assert summary.rejected, "bad_records.mrc holds deliberately broken records"
    for rejection in summary.rejected:
        assert rejection.file == str(path)
        assert rejection.index >= 1 and rejection.reason
    # What was in the catalog before is untouched.
    assert get_record(db, kept.id).record.as_json() == before
    assert search(db, "").total == 1 + summary.imported


def test_a_file_of_many_errors_never_stops_the_import(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    path = marc_data / "marc4j" / "pride-and-prejudice-with-many-errors.mrc"
    summary = import_files(db, admin, [path])
    # 383 records, 85 of them broken (MANIFEST.tsv); many editions of one novel are
    # duplicates of each other by title + author + year.
    assert summary.imported + len(summary.rejected) + summary.duplicates == 383
    assert summary.imported > 200 and 0 < len(summary.rejected) <= 85
    assert all(r.index > 0 for r in summary.rejected)


@pytest.mark.parametrize("policy", ["skip", "overlay", "add"])
def test_reimport_finds_duplicates_and_applies_the_policy(
    db: Database, admin: Actor, marc_data: Path, policy: str
) -> None:
    path = marc_data / "pymarc" / "test.dat"
    first = import_files(db, admin, [path])
    assert first.imported == 10
    second = import_files(db, admin, [path], on_duplicate=policy)
    total = search(db, "").total
    if policy == "add":
        # Matched all the same, and said so: the user asked to add them anyway.
        assert (second.imported, second.duplicates, second.added_anyway, total) == (10, 10, 10, 20)
        assert "10 matched as duplicates (10 added anyway)" in second.describe()
    else:
        assert (second.imported, second.duplicates, total) == (0, 10, 10)


def test_overlay_replaces_the_content_and_keeps_the_local_001_and_copies(
    db: Database, admin: Actor, marc_data: Path, tmp_path: Path
) -> None:
    from app.intake.accession import open_accession
    from app.intake.copies import add_copies, copies_of_record
    from app.intake.locations import add_location

    path = marc_data / "pymarc" / "test.dat"
    first = import_files(db, admin, [path])
    target = first.record_ids[0]
    before = get_record(db, target)
    add_location(db, admin, "ABN", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-17")
    copies = [c.inventory_number for c in add_copies(db, admin, target, 2, batch.id, "ABN")]
    # The same records, revised at their source: a new general note on each.
    revised = [r.record for r in read_records(path) if isinstance(r.record, pymarc.Record)]
    for record in revised:
        record.add_field(
            Field(
                tag="500",
                indicators=Indicators(" ", " "),
                subfields=[Subfield("a", "Revised at the source.")],
            )
        )
    changed = tmp_path / "revised.mrc"
    write_records(revised, changed, "iso2709")
    second = import_files(db, admin, [changed], on_duplicate="overlay")
    assert (second.imported, second.duplicates, second.overlaid) == (0, 10, 10)
    after = get_record(db, target)
    assert [f.get("a") for f in after.record.get_fields("500")][-1] == "Revised at the source."
    assert not any(f.get("a") == "Revised at the source." for f in before.record.get_fields("500"))
    assert after.record["001"].data == before.record["001"].data == after.summary.control_number
    assert [c.inventory_number for c in copies_of_record(db, target)] == copies
    # The event log can give the replaced record back.
    with db.read() as session:
        rows = session.execute(
            text(
                "select before, after from event_log where action = 'record.overlay' "
                "and entity_id = :id"
            ),
            {"id": str(target)},
        ).all()
    assert len(rows) == 1
    logged_before, logged_after = (json.loads(value) for value in rows[0])
    assert logged_before["marc"] == to_json(before.record)
    assert "Revised at the source." in logged_after["marc"]


def test_duplicates_by_isbn_and_by_title_author_year(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар", "1997", "5-605-00001-5"))
    create_record(db, admin, book("Үркер", "Есенберлин, Ілияс", "1978"))
    incoming = [
        # Same book from another catalog: ISBN-13 form of the same ISBN.
        book(
            "Абай жолы : роман",
            "Әуезов М.",
            "1997",
            "978-5-605-00001-3",
            control="77",
            org="KZ-KRG",
        ),
        # No ISBN, title typed without Kazakh letters, same first author and year.
        book("Уркер", "Есенберлин, Ильяс", "1978", control="78", org="KZ-KRG"),
        book("Көшпенділер", "Есенберлин, Ілияс", "1976", control="79", org="KZ-KRG"),
    ]
    path = tmp_path / "incoming.mrc"
    write_records(incoming, path, "iso2709")
    summary = import_files(db, admin, [path])
    assert (summary.imported, summary.duplicates) == (1, 2)
    # A file that repeats its own record is caught too, by its source identity.
    write_records([incoming[2], incoming[2]], path, "iso2709")
    again = import_files(db, admin, [path])
    assert (again.imported, again.duplicates) == (0, 2)


def test_cancel_keeps_what_was_committed(db: Database, admin: Actor, marc_data: Path) -> None:
    calls: list[int] = []
    summary = import_files(
        db,
        admin,
        [marc_data / "marc4j" / "pride-and-prejudice-fixed.mrc"],
        progress=lambda done, rejected, file: calls.append(done),
        is_cancelled=lambda: True,
    )
    assert summary.cancelled
    assert calls, "progress is reported"
    assert search(db, "").total == summary.imported > 0
    assert "cancelled" in summary.describe()


def test_marcxml_and_mrk_files_import(
    db: Database, admin: Actor, marc_data: Path, tmp_path: Path
) -> None:
    summary = import_files(db, admin, [marc_data / "pymarc" / "batch.xml"])
    assert summary.imported == 2 and not summary.rejected
    record = book("Қазақ әдебиетінің тарихы", "Қирабаев, Серік", "2004")
    path = tmp_path / "kazakh.mrk"
    path.write_text(record_to_mrk(record), encoding="utf-8")
    summary = import_files(db, admin, [path])
    assert summary.imported == 1
    assert [h.title for h in search(db, "адебиетинин").hits] == ["Қазақ әдебиетінің тарихы"]


def test_a_marc8_file_behind_a_utf8_leader_imports_with_its_encoding(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    summary = import_files(db, admin, [marc_data / "ruby-marc" / "marc8_accented_chars.marc"])
    assert (summary.imported, summary.rejected) == (1, [])
    detail = get_record(db, summary.record_ids[0])
    assert detail.original_encoding == "marc-8"
    assert search(db, "Serreau").total == 1


def _without_identifiers(record: pymarc.Record) -> pymarc.Record:
    for tag in ("001", "003", "020", "022", "035"):
        record.remove_fields(tag)
    return record


def test_the_same_book_with_a_series_or_variant_title_is_a_duplicate(
    db: Database, admin: Actor, marc_data: Path, tmp_path: Path
) -> None:
    read = [r.record for r in read_records(marc_data / "pymarc" / "1251.dat")]
    originals = [_without_identifiers(r) for r in read if isinstance(r, pymarc.Record)]
    first = tmp_path / "first.mrc"
    write_records(originals, first, "iso2709")
    assert import_files(db, admin, [first]).imported == 6
    # The same records as another catalog describes them: a series statement and a variant
    # title, and no ISBN or control number to match by, only title + first author + year.
    for record in originals:
        record.add_field(
            Field(tag="490", indicators=Indicators("0", " "), subfields=[Subfield("a", "Серия")])
        )
        record.add_field(
            Field(tag="246", indicators=Indicators("3", " "), subfields=[Subfield("a", "Иное")])
        )
    second = tmp_path / "second.mrc"
    write_records(originals, second, "iso2709")
    summary = import_files(db, admin, [second])
    assert (summary.imported, summary.duplicates) == (0, 6)
    assert search(db, "").total == 6
