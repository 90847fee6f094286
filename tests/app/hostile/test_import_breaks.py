"""Hostile MARC files through the whole import, on SQLite and PostgreSQL (issue 17): the good
records of a file are kept, the bad ones reported, what the reader corrected shown."""

from __future__ import annotations

from pathlib import Path

from app.catalog.importing import import_files
from app.catalog.records import get_record
from app.catalog.search import search
from app.security.roles import Actor
from db.session import Database
from tests.records import book

LEADER = "=LDR  00000nam\\\\2200000\\i\\4500\n"


def test_a_nul_byte_in_an_iso2709_field_costs_nothing_on_either_database(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "nul.mrc"
    path.write_bytes(
        book("Абай жолы", "Әуезов, Мұхтар").as_marc()
        + book("Қан\x00 мен тер", "Есенберлин, Ілияс").as_marc()
        + book("Көшпенділер", "Есенберлин, Ілияс").as_marc()
    )
    summary = import_files(db, admin, [path])
    assert (summary.imported, summary.rejected) == (3, [])
    titles = [get_record(db, i).summary.title for i in summary.record_ids]
    assert titles[1].startswith("Қан мен тер")
    (warning,) = summary.warnings
    assert (warning.file, warning.index) == (str(path), 2) and "NUL" in warning.message


def test_an_mrk_file_with_a_nul_and_a_surrogate_keeps_its_good_records(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.mrk"
    path.write_text(
        f"{LEADER}=245  10$aАбай жолы\n\n"
        f"{LEADER}=245  10$aЖаман{{U+D800}}\n\n"
        f"{LEADER}=245  10$aҚан{{U+0000}} мен тер\n\n"
        f"{LEADER}=245  10$aАсау{{U+FFFFFF}}\n\n"
        f"{LEADER}=245  10$aКөшпенділер\n",
        encoding="utf-8",
    )
    summary = import_files(db, admin, [path])
    assert summary.imported == 3
    assert [(r.index, "not a Unicode character" in r.reason) for r in summary.rejected] == [
        (2, True),
        (4, True),
    ]
    assert search(db, "мен тер").total == 1
    assert [(w.index, "NUL" in w.message) for w in summary.warnings] == [(3, True)]
