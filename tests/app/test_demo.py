"""The demo catalog: `qor demo load` fills a new library with real Kazakh, Russian and English
records, locations and accession batches, once."""

from __future__ import annotations

import json

import pytest
from pymarc import MARCReader

from app.catalog.search import search
from app.cli import main
from app.demo import demo_path
from app.intake.accession import list_accessions
from app.intake.copies import copies_of_accession, copy_by_barcode
from app.intake.status import ItemStatus
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_the_shipped_file_holds_real_records_in_three_languages() -> None:
    with open(demo_path(), "rb") as handle:
        records = list(MARCReader(handle, to_unicode=True, force_utf8=True))
    assert 30 <= len(records) <= 60
    languages = {record["008"].data[35:38] for record in records}
    assert {"kaz", "rus", "eng"} <= languages
    titles = {record["245"]["a"].rstrip(" :/.") for record in records}
    assert {"Қара сөздер", "Абай жолы", "Көшпенділер", "Аз и Я"} <= titles
    for record in records:
        assert record["080"] is not None and record["084"] is not None, record["245"]
        assert record["264"]["b"] and record["300"]["a"]


def test_qor_demo_load(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    code = main(["--db", db.url, "--user", ADMIN, "--json", "demo", "load"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["records"] == 49 and result["duplicates"] == 0
    assert result["locations"] == ["AB", "OZ", "NQ"] and len(result["batches"]) == 3
    assert result["copies"] > result["released"] > 0

    found = search(db, "Әуезов")
    assert {hit.title.split(" :")[0] for hit in found.hits} >= {"Абай жолы", "Қилы заман"}
    assert search(db, "Orwell").total == 2

    batches = {b.document_number: b for b in list_accessions(db)}
    purchase = copies_of_accession(db, batches["DEMO-1"].id)
    assert purchase and all(c.status == ItemStatus.AVAILABLE for c in purchase)
    assert all(c.location_code == "AB" and c.call_number for c in purchase)
    waiting = copies_of_accession(db, batches["DEMO-3"].id)
    assert waiting and all(c.status == ItemStatus.IN_PROCESSING for c in waiting)
    first = purchase[0]
    assert first.barcode and copy_by_barcode(db, first.barcode) is not None

    code = main(["--db", db.url, "--user", ADMIN, "demo", "load"])
    assert code == 2
    assert "already loaded" in capsys.readouterr().err
    assert search(db, "Orwell").total == 2
