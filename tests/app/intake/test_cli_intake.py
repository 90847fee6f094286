"""The intake desk through `qor`: the JSON shapes and exit codes scripts depend on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalog.records import create_record
from app.cli import main
from app.security.roles import Actor
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.records import book


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


@pytest.fixture
def record_id(db: Database, admin: Actor) -> int:
    return create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар", "1997")).id


def test_accession_items_release_show(run, record_id: int) -> None:
    code, loc = run("locations", "add", "ABON", "--name", "Абонемент", "--barcode", "SH-1")
    assert code == 0 and loc["code"] == "ABON" and loc["barcode"] == "SH-1"
    code, batch = run(
        "accession", "new", "--source", "purchase", "--document", "ТН-118", "--date", "2026-03-02"
    )
    assert code == 0 and isinstance(batch["id"], int) and batch["number"] == "2026/1"

    code, added = run(
        "items", "add", str(record_id), "--copies", "3", "--accession", str(batch["id"]),
        "--location", "ABON", "--price", "2500", "--call-number", "84(5Каз) Ә 97",
    )  # fmt: skip
    assert code == 0
    assert [set(i) for i in added["items"]] == [{"id", "inventory_number", "barcode", "status"}] * 3
    assert [i["inventory_number"] for i in added["items"]] == ["1", "2", "3"]
    assert {i["status"] for i in added["items"]} == {"in-processing"}

    code, shown = run("items", "show", "2")
    assert code == 0
    assert (shown["title"], shown["status"], shown["location"]) == (
        "Абай жолы",
        "in-processing",
        "ABON",
    )
    assert shown["call_number"] == "84(5Каз) Ә 97" and shown["price"] == "2500.00"

    code, released = run("items", "release", "1", "2")
    assert code == 0 and [c["inventory_number"] for c in released["released"]] == ["1", "2"]
    # One scan is wrong: the rest is done, the exit status says something was refused.
    code, partly = run("items", "release", "3", "NO-SUCH")
    assert code == 1
    assert [c["barcode"] for c in partly["released"]] == ["3"]
    assert partly["refused"] == [{"barcode": "NO-SUCH", "reason": "no copy has barcode NO-SUCH"}]

    code, missing = run("items", "show", "NO-SUCH")
    assert code == 2 and "NO-SUCH" in missing["error"]


def test_preprinted_barcodes_and_a_duplicate(run, record_id: int) -> None:
    run("locations", "add", "KS", "--name", "Кітап қоймасы")
    _, batch = run("accession", "new", "--source", "gift", "--document", "Хат-3")
    code, added = run(
        "items", "add", str(record_id), "--copies", "2", "--accession", str(batch["id"]),
        "--location", "KS", "--barcode", "LBL-1", "LBL-2",
    )  # fmt: skip
    assert code == 0 and [i["barcode"] for i in added["items"]] == ["LBL-1", "LBL-2"]
    code, refused = run(
        "items", "add", str(record_id), "--copies", "1", "--accession", str(batch["id"]),
        "--location", "KS", "--barcode", "LBL-2",
    )  # fmt: skip
    assert code == 2 and "LBL-2" in refused["error"] and "copy 2" in refused["error"]


def test_release_a_whole_batch_reports_the_incomplete(run, record_id: int) -> None:
    run("locations", "add", "KS", "--name", "Кітап қоймасы")
    _, batch = run("accession", "new", "--source", "state-order", "--document", "МТ-9")
    run(
        "items", "add", str(record_id), "--copies", "2", "--accession", str(batch["id"]),
        "--location", "KS",
    )  # fmt: skip
    run(
        "items", "add", str(record_id), "--copies", "1", "--accession", str(batch["id"]),
        "--location", "KS", "--call-number", "",
    )  # fmt: skip
    code, result = run("items", "release", "--accession", str(batch["id"]))
    assert code == 1
    assert len(result["released"]) == 2
    assert result["refused"] == [{"barcode": "3", "reason": "copy 3: no call number"}]


def test_legal_deposit_deadline_in_the_json(run) -> None:
    code, batch = run(
        "accession", "new", "--source", "legal-deposit", "--document", "МД-4",
        "--date", "2026-03-13", "--print-date", "2026-03-06", "--medium", "electronic",
    )  # fmt: skip
    assert code == 0  # Monday 9 March 2026 is a day off: due Thursday 12 March
    assert batch["deadline"] == "2026-03-12" and batch["deadline_met"] is False


def test_library_numbering_and_labels(run, record_id: int, tmp_path: Path) -> None:
    code, settings = run(
        "library", "set", "--inventory-format", "KZ-{n:06d}", "--barcode-scheme", "codabar14",
        "--barcode-prefix", "1234",
    )  # fmt: skip
    assert code == 0 and settings["barcode_scheme"] == "codabar14"
    code, bad = run("library", "set", "--inventory-format", "ИН-{n}")
    assert code == 2 and "ИН-{n}" in bad["error"]

    run("locations", "add", "ABON", "--name", "Абонемент")
    _, batch = run("accession", "new", "--source", "purchase", "--document", "ТН-1")
    _, added = run(
        "items", "add", str(record_id), "--copies", "2", "--accession", str(batch["id"]),
        "--location", "ABON",
    )  # fmt: skip
    assert [i["inventory_number"] for i in added["items"]] == ["KZ-000001", "KZ-000002"]
    barcodes = [i["barcode"] for i in added["items"]]
    assert barcodes == ["31234000000016", "31234000000024"]

    out = tmp_path / "labels.pdf"
    code, printed = run("labels", str(out), "--barcodes", *barcodes, "--spine", "--start", "4")
    assert code == 0 and printed == {"labels": 4, "pages": 1, "out": str(out), "out_of_fund": []}
    assert out.read_bytes().startswith(b"%PDF")
    # A label for a copy on a write-off act is printed, with a warning naming it.
    run("writeoff", "new", "--reason", "wear", "--barcodes", barcodes[1])
    code, printed = run("labels", str(out), "--barcodes", *barcodes)
    assert code == 0 and printed["out_of_fund"] == [
        {"inventory_number": "KZ-000002", "status": "to-be-written-off"}
    ]
    code, _ = run("labels", str(tmp_path / "none.pdf"), "--barcodes", "NO-SUCH")
    assert code == 2 and not (tmp_path / "none.pdf").exists()


def test_usage_errors_exit_2(run) -> None:
    code, _ = run("items", "release")
    assert code == 2
    code, _ = run("accession", "new", "--source", "theft", "--document", "X")
    assert code == 2
    code, _ = run("library", "set")
    assert code == 2


def test_library_set_confirm_above(run, db: Database) -> None:
    from app.intake.limits import confirm_above

    code, said = run("library", "set", "--confirm-above", "7")
    assert code == 0 and said == {"confirm_above": 7} and confirm_above(db) == 7
    code, said = run("library", "set", "--head-name", "А. Сейітова", "--confirm-above", "12")
    assert code == 0 and said["confirm_above"] == 12 and said["head_name"] == "А. Сейітова"
    assert confirm_above(db) == 12
    code, bad = run("library", "set", "--confirm-above", "0")
    assert code == 2 and "0" in bad["error"] and confirm_above(db) == 12
