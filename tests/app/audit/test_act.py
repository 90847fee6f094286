"""The audit act PDF: what a commission signs, with Kazakh titles in real glyphs."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from app.audit.act import write_act
from app.audit.audits import open_audit, record_scan
from app.audit.closing import close_audit
from app.audit.results import audit_report
from app.intake.status import ItemStatus
from tests.app.audit.conftest import Fund, set_status


def _text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _sum(value: object) -> str:
    """7000.00 as Kazakh and Russian write it: 7 000,00."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def test_act_lists_missing_and_misplaced_with_totals(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(
        db,
        checker,
        prefixes=["RR"],
        reason="loss-found",
        responsible="Бақытгүл Ахметова",
        members=["Айгерім Сәрсенова", "Ержан Қасымов"],
    ).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    for code in ["L-RR-1", *rr1[:4], rr2[0]]:
        record_scan(db, checker, audit, code, "gun-1")
    close_audit(db, checker, audit)
    report = audit_report(db, checker, audit)
    text = _text(write_act(db, report, tmp_path / "act.pdf", "kk"))
    # One language per act: the Kazakh act has no Russian heading, and the other way round.
    assert "Қорды тексеру актісі" in text and "Акт проверки фонда" not in text
    assert "Бақытгүл Ахметова" in text and "Ержан Қасымов" in text
    for copy in report.missing:
        assert copy.inventory_number in text and copy.title in text
    assert fund.shelves["RR-2"][0].title in text  # misplaced on RR-1
    assert _sum(report.missing_value) in text.replace("\u202f", " ")
    assert "жоғалу анықталды" in text and "Недостающие" not in text
    assert "Инвентарлық" in text and "Түгендеу" not in text
    ru = _text(write_act(db, report, tmp_path / "act-ru.pdf", "ru"))
    assert "Акт проверки фонда" in ru and "Қорды тексеру" not in ru
    assert "выявлен факт утраты" in ru and "тенге" in ru
    assert _sum(report.missing_value) in ru.replace("\u202f", " ")


def test_act_agrees_with_close_on_copies_that_left_during_the_audit(
    fund: Fund, tmp_path: Path
) -> None:
    db, checker = fund.db, fund.checker
    loan = fund.shelves["LOAN"]
    audit = open_audit(db, checker, ["LOAN"], responsible="Бақытгүл Ахметова").id
    for code in ["L-LOAN", loan[0].barcode or ""]:
        record_scan(db, checker, audit, code, "gun-1")
    # Sent to the bindery while the audit ran: close does not mark it missing.
    set_status(db, fund.admin, loan[1], ItemStatus.AT_BINDERY)
    closed = close_audit(db, checker, audit)
    assert closed.marked_missing == [loan[2].inventory_number]
    assert closed.not_marked == [(loan[1].inventory_number, "at-bindery")]

    report = audit_report(db, checker, audit)
    assert [c.inventory_number for c in report.missing] == closed.marked_missing
    assert [(c.inventory_number, c.current_status) for c in report.left] == closed.not_marked
    assert report.missing_value == loan[2].price
    assert report.missing_total == 1
    assert report.as_json()["left"][0]["status"] == "at-bindery"
    short = audit_report(db, checker, audit, long_lists=False)
    assert short.missing_total == 1 and len(short.left) == 1
    # Returned from the bindery later: the act still says what close did.
    set_status(db, fund.admin, loan[1], ItemStatus.AVAILABLE)
    assert audit_report(db, checker, audit).left[0].current_status == "at-bindery"

    text = " ".join(_text(write_act(db, report, tmp_path / "act.pdf", "ru")).split())
    assert "Недостающие экземпляры (1)" in text
    assert "Выбыли во время проверки (1)" in text
    assert "в переплёте" in text
    assert _sum(loan[2].price) in text.replace("\u202f", " ")


def test_act_prices_misplaced_copies(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, ["RR-1", "RR-2"]).id
    stray = fund.shelves["RR-2"][2]  # priced 1700.00, unlike RR-1's scanned copies
    for code in ["L-RR-1", fund.shelves["RR-1"][0].barcode or "", stray.barcode or ""]:
        record_scan(db, checker, audit, code, "gun-1")
    report = audit_report(db, checker, audit)
    assert [c.inventory_number for c in report.misplaced] == [stray.inventory_number]
    text = _text(write_act(db, report, tmp_path / "act.pdf", "ru")).replace("\u202f", " ")
    misplaced_part = text.split("не на своём месте")[1]
    assert _sum(stray.price) in misplaced_part
