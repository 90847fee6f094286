"""The audit act PDF: what a commission signs, with Kazakh titles in real glyphs."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from app.audit.act import write_act
from app.audit.audits import open_audit, record_scan
from app.audit.reconcile import audit_report, close_audit
from tests.app.audit.conftest import Fund


def _text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


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
    path = write_act(db, report, tmp_path / "act.pdf")
    text = _text(path)
    assert "ҚОРДЫ ТЕКСЕРУ АКТІСІ" in text and "АКТ ПРОВЕРКИ ФОНДА" in text
    assert "Бақытгүл Ахметова" in text and "Ержан Қасымов" in text
    for copy in report.missing:
        assert copy.inventory_number in text and copy.title in text
    assert fund.shelves["RR-2"][0].title in text  # misplaced on RR-1
    total = f"{report.missing_value:,.2f}".replace(",", " ")
    assert total in text.replace("\u00a0", " ")
    assert "Жоғалту анықталды" in text
