"""Scans looked up together (`answer_scans`, what the intake desk's queue does with the scans
that came while the link was answering) get the answers each would have had alone: a copy's
barcode (however it was typed), an ISBN-13 and an ISBN-10 of a record, a code no copy has."""

from __future__ import annotations

from app.intake.copies import copies_by_barcodes
from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import build_fund
from tests.ui.conftest import signed_in
from ui.intake.screen import answer_scan, answer_scans


def test_a_burst_is_answered_as_scan_by_scan(db: Database, admin: Actor) -> None:
    fund = build_fund(db, admin)
    ws = signed_in(db, admin)
    rr1 = fund.barcodes("RR-1")
    codes = [rr1[0], "9786017000004", f" {rr1[1]} ", "5605000012", "NO-SUCH-COPY", rr1[0]]
    burst = answer_scans(ws, [(code, False) for code in codes])
    assert burst == [answer_scan(ws, code, False) for code in codes]
    assert [a.copy.barcode if a.copy else a.isbn for a in burst] == [
        rr1[0], "9786017000004", rr1[1], "9785605000013", None, rr1[0],
    ]  # fmt: skip
    assert burst[1].records == [] and burst[4].copy is None and burst[4].isbn is None


def test_copies_by_barcodes_answers_each_code_once(db: Database, admin: Actor) -> None:
    fund = build_fund(db, admin)
    rr1 = fund.barcodes("RR-1")
    found = copies_by_barcodes(db, [rr1[0], rr1[0], f" {rr1[1]}", "NO-SUCH-COPY", ""])
    assert sorted(found) == sorted(rr1[:2])
    assert found[rr1[1]].inventory_number == fund.shelves["RR-1"][1].inventory_number
    assert copies_by_barcodes(db, []) == {}
