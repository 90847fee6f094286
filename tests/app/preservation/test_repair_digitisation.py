"""The repair log (copy in repair meanwhile; reports by type, period, staff) and the
digitisation log (copy being digitised; outcome with file and pages)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.intake.copies import get_copy
from app.preservation.digitisation import digitisation_log, record_outcome, send_for_digitisation
from app.preservation.history import copy_history
from app.preservation.repair import (
    finish_repair,
    record_repair,
    repair_report,
    repaired_copies,
    start_repair,
    write_repair_report_csv,
)
from app.registers.repair_report import render_repair_report
from tests.app.preservation.conftest import Fund
from tests.app.registers.conftest import lines_starting, pdf_text


def test_repair_log_and_reports(fund: Fund, tmp_path: Path) -> None:
    db, admin = fund.db, fund.admin
    entry = start_repair(
        db, admin, fund.barcodes[0], "spine", "Сәуле Қ.", date(2026, 2, 3),
        materials="PVA желім, мата", condition_before="түбі жыртылған",
    )  # fmt: skip
    assert get_copy(db, fund.copies[0].id).status == "in-repair"
    done = finish_repair(db, admin, entry.id, date(2026, 2, 4), "жақсы", minutes=40)
    assert done.finished_on == date(2026, 2, 4) and done.condition_after == "жақсы"
    assert get_copy(db, fund.copies[0].id).status == "available"
    record_repair(db, admin, fund.barcodes[1], "regluing-pages", "Сәуле Қ.", date(2026, 3, 10),
                  minutes=20)  # fmt: skip
    record_repair(db, admin, fund.barcodes[0], "mending-tears", "Ержан Б.", date(2026, 3, 11),
                  minutes=15)  # fmt: skip

    by_type = {r.key: (r.repairs, r.minutes) for r in repair_report(db, "type")}
    assert by_type == {"mending-tears": (1, 15), "regluing-pages": (1, 20), "spine": (1, 40)}
    by_staff = {r.key: (r.repairs, r.copies) for r in repair_report(db, "staff")}
    assert by_staff == {"Ержан Б.": (1, 1), "Сәуле Қ.": (2, 2)}
    by_month = {r.key: r.repairs for r in repair_report(db, "period")}
    assert by_month == {"2026-02": 1, "2026-03": 2}
    march = repair_report(db, "type", date(2026, 3, 1), date(2026, 3, 31))
    assert sum(r.repairs for r in march) == 2

    out = tmp_path / "repairs.csv"
    write_repair_report_csv(repair_report(db, "staff"), out, "staff", repaired_copies(db))
    # Copy 1 was repaired by both: the total counts it once.
    assert out.read_text("utf-8").splitlines()[-1] == "total,3,2,75"
    pdf = tmp_path / "repairs.pdf"
    render_repair_report(db, pdf, "staff", language="ru")
    assert lines_starting(pdf_text(pdf), "Итого")[0] == ["3", "2", "75"]
    kinds = [h.kind for h in copy_history(db, fund.copies[0].id)]
    assert kinds.count("repair") == 2


def test_digitisation_log(fund: Fund) -> None:
    db, admin = fund.db, fund.admin
    sent = send_for_digitisation(db, admin, fund.barcodes[2:4], "digitise", "rare",
                                 date(2026, 4, 1))  # fmt: skip
    assert len(sent.accepted) == 2
    assert get_copy(db, fund.copies[2].id).status == "being-digitised"
    assert send_for_digitisation(db, admin, fund.barcodes[2:3]).refused
    done = record_outcome(db, admin, fund.barcodes[2], "kazneb://scan/0001.pdf", 624,
                          date(2026, 4, 20))  # fmt: skip
    assert (done.pages, done.file_reference) == (624, "kazneb://scan/0001.pdf")
    assert get_copy(db, fund.copies[2].id).status == "available"
    log = digitisation_log(db)
    assert [(e.inventory_number, e.returned_on) for e in log] == [
        ("3", date(2026, 4, 20)),
        ("4", None),
    ]
    history = copy_history(db, fund.copies[2].id)
    assert [h.kind for h in history if h.kind == "digitisation"] == ["digitisation"]
