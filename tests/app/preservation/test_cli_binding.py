"""`qor binding wait|waiting|order|send|return` through the command line: copies put on the
waiting list, an order made up from it, sent, and scanned back (a copy written off at the
bindery is reported as closed, not restored)."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.intake.copies import get_copy
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import Fund, build_fund
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


def test_order_from_the_waiting_list(run, fund: Fund) -> None:
    b = fund.barcodes
    code, waiting = run("binding", "wait", b[0], b[1], b[2], "--type", "paperback-rebinding")
    assert code == 0 and len(waiting["copies"]) == 3
    run("binding", "wait", b[3], "--type", "restoration")
    code, listed = run("binding", "waiting", "--type", "paperback-rebinding")
    assert code == 0 and [w["inventory_number"] for w in listed["waiting"]] == ["1", "2", "3"]

    code, made = run(
        "binding", "order", "--from-waiting-list", "--bindery", "Түптеу шеберханасы",
        "--type", "paperback-rebinding", "--due", "2026-03-01", "--cost", "4500",
    )  # fmt: skip
    order = made["order"]
    assert code == 0 and (order["status"], order["copies"]) == ("collecting", 3)
    code, listed = run("binding", "waiting")
    assert [w["inventory_number"] for w in listed["waiting"]] == ["4"]

    code, sent = run("binding", "send", "--order", str(order["id"]), "--sent", "2026-02-01")
    assert code == 0 and sent["order"]["status"] == "sent" and sent["order"]["out"] == 3
    code, act = run(
        "writeoff", "new", "--reason", "loss", "--barcodes", b[1], "--act-date", "2026-02-10"
    )
    assert code == 0
    code, _ = run("writeoff", "approve", str(act["id"]), "--by", "Директор", "--on", "2026-02-10")
    assert code == 0
    code, back = run("binding", "return", b[0], b[1], b[2], "--date", "2026-02-20")
    assert code == 0 and len(back["copies"]) == 2
    assert [c["barcode"] for c in back["closed"]] == [b[1]]
    assert get_copy(fund.db, fund.copies[1].id).status == "written-off"
    code, listed = run("binding", "list", "--open")
    assert listed["orders"] == []


def test_order_needs_copies(run, fund: Fund) -> None:
    code, made = run("binding", "order", "--bindery", "Шеберхана", "--type", "hard-cover",
                     "--barcodes", fund.barcodes[0], "NOPE")  # fmt: skip
    assert code == 1 and made["order"]["copies"] == 1
    assert [r["barcode"] for r in made["refused"]] == ["NOPE"]
