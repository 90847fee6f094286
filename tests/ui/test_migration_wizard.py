"""The migration wizard on the shared IRBIS data: a dry run changes nothing and lists what
would be created; the migration runs in the background and ends on its report; Cancel stops
it after the batch in hand and keeps what was committed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.migration.irbis import read_text, write_master
from app.security.roles import Actor
from bench.bench_migrate import synthetic_records
from db.models import MigrationLedger, Record
from db.session import Database
from tests.conftest import SHARED
from tests.ui.conftest import screenshot, signed_in
from ui.common.locale import install_language
from ui.migration.wizard import MigrationWizard

TEN = SHARED / "data" / "irbis" / "records-10.txt"


def _records(db: Database) -> int:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Record)).scalar_one()


def _cells(wizard: MigrationWizard) -> list[tuple[str, str]]:
    table = wizard.table
    return [(table.item(i, 0).text(), table.item(i, 1).text()) for i in range(table.rowCount())]


def test_dry_run_then_migrate(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "FUND"
    folder.mkdir()
    write_master(folder / "FUND.mst", read_text(TEN))
    wizard = MigrationWizard(signed_in(sqlite_db, actor))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(folder))
    wizard.dry_button.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30000)
    assert wizard.report is not None and wizard.report.dry_run
    assert _records(sqlite_db) == 0
    cells = dict(_cells(wizard))
    assert cells["Records"] == "10" and cells["Copies"] == "26"
    assert cells["Awaited copies (not in the fund yet, left out)"] == "9"
    wizard.report = None
    with qtbot.waitSignal(wizard.migrated, timeout=60000):
        wizard.run_button.click()
    assert _records(sqlite_db) == 10
    assert dict(_cells(wizard))["Flagged for the librarian: number used twice in the source"] == "1"
    report = wizard.report
    assert report is not None
    install_language("kk")  # the screen as a Kazakh librarian sees it, report and all
    try:
        kazakh = MigrationWizard(signed_in(sqlite_db, actor))
        qtbot.addWidget(kazakh)
        kazakh.path.setText(str(folder))
        kazakh.show()
        kazakh._finished(report)
        assert kazakh.table.item(0, 0).text() == "Жазбалар"
        shot = screenshot(kazakh, "migration_wizard_report")
    finally:
        install_language("en")
    assert shot.exists()


def test_cancel_keeps_what_was_committed(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, tmp_path: Path
) -> None:
    fund = tmp_path / "BIG.mst"
    write_master(fund, synthetic_records(3000))
    wizard = MigrationWizard(signed_in(sqlite_db, actor))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(fund))
    wizard.run_button.click()
    qtbot.waitUntil(lambda: "records read" in wizard.status.text(), timeout=60000)
    wizard.cancel_button.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60000)
    assert wizard.report is not None and wizard.report.cancelled
    with sqlite_db.read() as session:
        ledger = session.execute(select(func.count()).select_from(MigrationLedger)).scalar_one()
    assert 0 < ledger < 3000 and _records(sqlite_db) == ledger == wizard.report.records
    assert "resumes" in wizard.status.text()


def test_the_report_lists_the_flagged_copies_and_says_how_many_more(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, tmp_path: Path, monkeypatch: object
) -> None:
    import csv

    import pytest

    from app.migration import service

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(service, "LIST_LIMIT", 2)
    export = tmp_path / "dup.txt"
    # Five copies all numbered 77: the first keeps it, four are flagged.
    copies = "".join(f"#910: ^A0^B77^DАБ^H{n}\n" for n in range(100, 105))
    export.write_text(f"#200: ^AКнига\n{copies}*****\n", encoding="utf-8")
    wizard = MigrationWizard(signed_in(sqlite_db, actor))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(export))
    assert not wizard.worklist_button.isEnabled()
    with qtbot.waitSignal(wizard.migrated, timeout=60000):
        wizard.run_button.click()
    cells = _cells(wizard)
    flagged = [c for c in cells if c[0].startswith("Flagged: ")]
    assert len(flagged) == 2
    assert flagged[0][1] == "number used twice in the source"
    assert (
        "2 more flagged copies",
        "the worklist CSV lists every one: Save the worklist…",
    ) in cells
    out = tmp_path / "worklist.csv"
    assert wizard.worklist_button.isEnabled()
    wizard.save_worklist(str(out))
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len([r for r in rows if r["flag"]]) == 4  # every flagged copy, past the report's 2
    assert "saved to" in wizard.status.text()
    screenshot(wizard, "migration_wizard_flagged")
