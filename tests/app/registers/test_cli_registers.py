"""`qor binding|repair|writeoff|report|exchange` through the command line: JSON, exit codes,
and the files they write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import Fund, build_fund
from tests.app.registers.conftest import pdf_text
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out.strip().splitlines()[-1]) if out.strip() else {}

    return _run


@pytest.fixture
def fund(db: Database, admin: Actor) -> Fund:
    return build_fund(db, admin)


def test_preservation_and_registers_cli(run, fund: Fund, tmp_path: Path) -> None:
    b = fund.barcodes
    code, sent = run(
        "binding", "send", "--barcodes", b[0], b[1], "NOPE", "--bindery", "Шеберхана",
        "--type", "restoration", "--sent", "2026-01-10", "--due", "2026-02-01", "--cost", "3000",
    )  # fmt: skip
    assert code == 1 and sent["order"]["status"] == "sent" and sent["order"]["copies"] == 2
    assert [r["barcode"] for r in sent["refused"]] == ["NOPE"]
    code, listed = run("binding", "list", "--overdue")
    assert code == 0 and [o["id"] for o in listed["orders"]] == [sent["order"]["id"]]
    code, back = run("binding", "return", b[0], b[1])
    assert code == 0 and len(back["copies"]) == 2

    code, repair = run("repair", "add", "--barcode", b[2], "--type", "spine", "--by", "Сәуле",
                       "--minutes", "30", "--date", "2026-03-01")  # fmt: skip
    assert code == 0 and repair["finished"] == "2026-03-01"
    code, report = run("repair", "report", "--by", "staff", "--csv", str(tmp_path / "r.csv"),
                       "--pdf", str(tmp_path / "r.pdf"), "--language", "ru")  # fmt: skip
    assert code == 0 and report["rows"][0]["key"] == "Сәуле"
    assert "Отчёт о ремонте изданий" in "\n".join(pdf_text(tmp_path / "r.pdf"))

    code, act = run("writeoff", "new", "--reason", "wear", "--barcodes", b[3], b[4],
                    "--act-date", "2026-06-01")  # fmt: skip
    assert code == 0 and act["number"] == "2026/1" and act["total"] == "3000.00"
    assert act["state"] == "draft"
    assert run("writeoff", "new", "--reason", "nonsense", "--barcodes", b[5])[0] == 2
    # A draft: the copies are held, not yet out of the fund; the КСУ has no withdrawal.
    code, ksu = run("report", "ksu", str(tmp_path / "ksu.pdf"), "--language", "ru")
    assert code == 0 and ksu["withdrawn"] == 0
    code, _ = run("report", "writeoff-act", str(tmp_path / "draft.pdf"), "--id",
                          str(act["id"]), "--language", "ru")  # fmt: skip
    assert "ПРОЕКТ" in "\n".join(pdf_text(tmp_path / "draft.pdf"))
    # Another draft is cancelled: its copy goes back to the fund.
    code, other = run("writeoff", "new", "--reason", "loss", "--barcodes", b[5],
                      "--act-date", "2026-06-01")  # fmt: skip
    code, edited = run("writeoff", "edit", str(other["id"]), "--notes", "қайта қарау")
    assert code == 0 and edited["copies"] == [fund.copies[5].inventory_number]
    code, cancelled = run("writeoff", "cancel", str(other["id"]))
    assert code == 0 and cancelled["state"] == "cancelled" and cancelled["copies"] == []
    assert run("writeoff", "approve", str(other["id"]), "--by", "Директор")[0] != 0
    code, approved = run("writeoff", "approve", str(act["id"]), "--by", "Ахметова Г.Қ.",
                         "--on", "2026-06-03")  # fmt: skip
    assert code == 0 and approved["state"] == "approved"
    assert approved["approved_by"] == "Ахметова Г.Қ."

    code, ksu = run("report", "ksu", str(tmp_path / "ksu.pdf"), "--from", "2026-01-01",
                    "--to", "2026-12-31", "--language", "ru")  # fmt: skip
    assert code == 0 and (ksu["received"], ksu["withdrawn"], ksu["end"]) == (6, 2, 4)
    code, book = run("report", "inventory-book", str(tmp_path / "book.pdf"))
    assert code == 0 and (book["lines"], book["withdrawn"]) == (6, 2)
    code, printed = run("report", "writeoff-act", str(tmp_path / "act.pdf"), "--id", str(act["id"]))
    assert code == 0 and printed["copies"] == 2
    assert run("report", "writeoff-act", str(tmp_path / "x.pdf"))[0] == 2  # --id missing

    code, _ = run("exchange", "want", "--title", "Көшпенділер", "--author", "Есенберлин, Ілияс")
    assert code == 0
    code, listed = run("exchange", "desiderata", str(tmp_path / "d.csv"), "--format", "csv")
    assert code == 0 and listed["entries"] == 1
    assert "Көшпенділер" in (tmp_path / "d.csv").read_text("utf-8")
    code, _ = run("exchange", "offer", b[5])
    code, listed = run("exchange", "offers", str(tmp_path / "o.mrc"), "--format", "marc")
    assert code == 0 and listed["entries"] == 1 and (tmp_path / "o.mrc").stat().st_size > 0
