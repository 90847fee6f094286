"""The audit desk through `qor audit`: the JSON shapes and exit codes scripts depend on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.app.audit.conftest import Fund
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def run(fund: Fund, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict]:
        code = main(["--db", fund.db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


def test_open_scan_report_close(run, fund: Fund, tmp_path: Path) -> None:
    code, opened = run(
        "audit", "open", "--location", "RR-1", "RR-2", "--responsible", "Б. Ахметова",
        "--reason", "loss-found", "--member", "А. Сәрсенова", "Е. Қасымов",
    )  # fmt: skip
    assert code == 0 and isinstance(opened["id"], int) and opened["expected"] == 8
    audit = str(opened["id"])
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    scans = tmp_path / "scans.txt"
    scans.write_text(
        "\n".join(["@RR-1", *rr1[:4], rr2[0], "UNKNOWN-1", "@NOWHERE", "@RR-2", rr2[1]]) + "\n",
        encoding="utf-8",
    )
    code, result = run("audit", "scan", audit, str(scans), "--device", "gun-1")
    assert code == 1  # one line rejected, the rest imported
    assert result["rejected"] == [
        {"file": str(scans), "line": 8, "reason": "No location 'NOWHERE': add it first "
         "(qor locations add)."}
    ]  # fmt: skip
    assert result["recorded"] == 9
    code, again = run("audit", "scan", audit, str(scans), "--device", "gun-1")
    assert (again["recorded"], again["already_imported"]) == (0, 9)

    code, report = run("audit", "report", audit, "--csv", str(tmp_path / "csv"))
    assert code == 0
    assert {"expected", "found", "missing", "misplaced", "unknown", "status_conflicts"} <= set(
        report
    )
    assert (report["expected"], report["found"]) == (8, 6)
    assert sorted(m["inventory_number"] for m in report["missing"]) == sorted(
        [fund.shelves["RR-1"][4].inventory_number, fund.shelves["RR-2"][2].inventory_number]
    )
    assert [m["found_location"] for m in report["misplaced"]] == ["RR-1"]
    assert [u["code"] for u in report["unknown"]] == ["UNKNOWN-1"]
    assert (tmp_path / "csv" / f"audit-{audit}-missing.csv").exists()

    code, closed = run("audit", "close", audit, str(tmp_path / "act.pdf"))
    assert code == 0 and len(closed["missing"]) == 2
    assert (tmp_path / "act.pdf").read_bytes().startswith(b"%PDF")
    # The copy's own history says which audit marked it missing; the log still verifies.
    code, history = run("history", fund.shelves["RR-2"][2].barcode or "")
    assert code == 0
    assert [(h["kind"], h["ref"], h["summary"]) for h in history["history"]][-1] == (
        "audit",
        int(audit),
        f"marked missing by audit {audit}: not found on the shelf (available → missing)",
    )
    # Scripts read codes, not the English summary (issue 12).
    assert history["history"][-1]["details"] == {
        "from": "available", "to": "missing", "audit": int(audit),
    }  # fmt: skip
    code, verdict = run("log", "verify")
    assert code == 0 and verdict["intact"]
    code, listing = run("audit", "list")
    assert listing["audits"][0]["status"] == "closed"
    code, restored = run("audit", "restore", fund.shelves["RR-2"][2].barcode or "")
    assert code == 0 and restored["restored"] == [fund.shelves["RR-2"][2].inventory_number]
    code, err = run("audit", "scan", audit, str(scans))
    assert code == 2 and "closed" in err["error"]
