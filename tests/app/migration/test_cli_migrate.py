"""`qor migrate irbis`, `qor items show --inventory`, `qor items on-loan|returned` and what an
audit makes of copies on loan, through the command line scripts use; and a migration killed
with SIGKILL that resumes."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.migration.irbis import write_master
from bench.bench_migrate import synthetic_records
from db.models import Item, MigrationLedger, Record
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD, ROOT, SHARED

IRBIS = SHARED / "data" / "irbis"


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict[str, Any]]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


def test_migrate_show_lend_return_and_audit(run: Any, tmp_path: Path) -> None:
    fund = IRBIS / "records-10.txt"
    mapping = tmp_path / "map.csv"
    mapping.write_text("source,qor\nХР,KS-1\nхр,KS-1\n", encoding="utf-8")
    code, dry = run("migrate", "irbis", str(fund), "--dry-run", "--location-map", str(mapping))
    assert code == 0 and dry["dry_run"] is True
    assert {"records", "copies", "group_holdings", "skipped", "rejected", "unmapped"} <= set(dry)
    assert "KS-1" in dry["locations"] and "ХР" not in dry["locations"]
    code, done = run(
        "migrate", "irbis", str(fund), "--location-map", str(mapping), "--status-map", "7=missing"
    )
    assert code == 0
    assert (done["records"], done["copies"], done["group_holdings"]) == (10, 26, 8)
    assert done["statuses"]["missing"] == 2 and done["unmapped"]["907"] > 0
    code, again = run("migrate", "irbis", str(fund), "--location-map", str(mapping))
    assert (code, again["records"], again["copies"], again["already"]) == (0, 0, 0, 10)

    code, shown = run("items", "show", "--inventory", "2223")
    assert code == 0 and shown["inventory_number"] == "2223" and shown["location"] == "СПР"
    code, twin = run("items", "show", "--inventory", "2223*2")
    assert twin["legacy"]["legacy_number"] == "2223" and twin["legacy"]["flag"] == "duplicate"
    assert twin["legacy"]["act_number"] == "A3 25.01.2000"
    code, by_label = run("items", "show", "107206G")
    assert code == 0 and by_label["inventory_number"] == "32"

    # The circulation system's list: a free copy goes on loan; the others say why not.
    lent = tmp_path / "lent.txt"
    lent.write_text("107216G\n\nno-such-copy\n15\n", encoding="utf-8")
    code, out = run("items", "on-loan", str(lent))
    assert code == 1 and out["changed"] == ["33"]
    assert [(r["line"], r["barcode"]) for r in out["refused"]] == [
        (3, "no-such-copy"),
        (4, "15"),
    ]
    # An audit of the store (KS-1): the copy on loan there is set apart, never missing.
    code, audit = run("audit", "open", "--location", "KS-1")
    assert code == 0 and audit["apart"] == 5  # on loan 1, written off 3, 7 -> missing 1
    code, report = run("audit", "report", str(audit["id"]))
    apart = {(c["inventory_number"], c["status"]) for c in report["apart"]}
    assert ("3585332", "on-loan") in apart
    assert "3585332" not in {c["inventory_number"] for c in report["missing"]}
    # Group holdings of the store are listed apart with their amounts (556: 12, 225: 40).
    assert sorted((g["designation"], g["amount"]) for g in report["group_holdings"]) == [
        ("225", 40),
        ("556", 12),
    ]
    code, back = run("items", "returned", str(lent))
    assert back["changed"] == ["33"]
    # The labelling worklist: 16 copies lack a barcode, 1 a location; flags ride along.
    code, listed = run("migrate", "worklist", str(tmp_path / "work.csv"))
    rows = list(csv.DictReader((tmp_path / "work.csv").open(encoding="utf-8-sig")))
    assert code == 0 and listed["copies"] == len(rows)
    assert sum("no barcode" in r["lacks"] for r in rows) == done["lacking"]["no barcode"] == 16
    twin = next(r for r in rows if r["legacy_number"] == "б/н")
    assert twin["flag"] == "no-number" and twin["title"]


def _count(url: str) -> tuple[int, int, int]:
    db = Database(url)
    try:
        with db.read() as session:
            return (
                session.execute(select(func.count()).select_from(MigrationLedger)).scalar_one(),
                session.execute(select(func.count()).select_from(Record)).scalar_one(),
                session.execute(select(func.count()).select_from(Item)).scalar_one(),
            )
    finally:
        db.dispose()


def test_a_killed_migration_resumes(db: Database, tmp_path: Path) -> None:
    fund = tmp_path / "BIG.mst"
    write_master(fund, synthetic_records(400))
    env = {**os.environ, "QOR_PASSWORD": ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "app.cli", "--db", db.url, "--user", ADMIN, "--json"]
    argv += ["migrate", "irbis", str(fund), "--batch", "20"]
    child = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db.url)[0] < 60 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    ledger, records, items = _count(db.url)
    assert 0 < ledger < 400, "the kill came too late to prove anything"
    # What was committed is whole: every ledger row has its record and its copies.
    assert records == ledger and items == 3 * ledger
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    assert (report["already"], report["records"]) == (ledger, 400 - ledger)
    assert _count(db.url) == (400, 400, 1200)
