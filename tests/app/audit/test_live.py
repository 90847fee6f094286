"""A scan and the counters after it in one call (`scan_and_count`, what the audit screen asks
for every book): the same outcomes and counters on SQLite (rules in Python) and PostgreSQL
(one server-side function), and a scan sent again with its key is counted once."""

from __future__ import annotations

import pytest

from app.audit.audits import (
    AuditProgress,
    Outcome,
    ScanFinding,
    audit_progress,
    current_location,
    open_audit,
)
from app.audit.closing import close_audit
from app.audit.live import Scan, scan_and_count, scans_and_counts
from app.errors import AuditClosed, AuditNotFound, InvalidInput, LocationNotFound
from tests.app.audit.conftest import Fund


def test_scans_and_counters_follow_the_shelf_context(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2, loan = fund.barcodes("RR-1"), fund.barcodes("RR-2"), fund.barcodes("LOAN")

    def scan(code: str) -> tuple[ScanFinding, AuditProgress]:
        return scan_and_count(db, checker, audit, code, "gun-1")

    shelf, progress = scan("L-RR-1")
    assert (shelf.outcome, shelf.location) == (Outcome.LOCATION, "RR-1")
    assert (progress.expected, progress.found) == (8, 0)
    for code in rr1[:3]:
        found, progress = scan(code)
        assert (found.outcome, found.location, found.belongs_to) == (Outcome.FOUND, "RR-1", "RR-1")
        assert found.title and found.inventory_number and found.status == "available"
    assert progress.found == 3
    misplaced, _ = scan(rr2[0])
    assert (misplaced.outcome, misplaced.belongs_to) == (Outcome.MISPLACED, "RR-2")
    outside, _ = scan(loan[0])  # not in the audit's scope: an extra copy, misplaced
    assert (outside.outcome, outside.belongs_to) == (Outcome.MISPLACED, "LOAN")
    unknown, _ = scan("30421999999999")
    assert (unknown.outcome, unknown.location) == (Outcome.UNKNOWN, "RR-1")
    again, _ = scan(rr1[0])
    assert again.outcome is Outcome.DUPLICATE
    bindery, _ = scan(fund.at_bindery.barcode or "")
    assert (bindery.outcome, bindery.status) == (Outcome.CONFLICT, "at-bindery")
    gone, _ = scan("@RR-2")
    assert (gone.outcome, gone.location) == (Outcome.LOCATION, "RR-2")
    written_off, progress = scan(fund.written_off.barcode or "")
    assert written_off.outcome is Outcome.CONFLICT

    # The counters it answers with are the ones the audit reports.
    assert (progress.expected, progress.found, progress.missing) == (8, 4, 4)
    assert (progress.misplaced, progress.unknown, progress.conflicts) == (2, 1, 2)
    assert {p.code: (p.expected, p.found) for p in progress.locations} == {
        "RR-1": (5, 3),
        "RR-2": (3, 1),
    }
    assert progress == audit_progress(db, audit)
    assert current_location(db, checker, audit, "gun-1") == "RR-2"


def test_a_scan_sent_again_with_its_key_counts_once(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, ["RR-1"]).id
    scan_and_count(db, checker, audit, "L-RR-1", "gun-1", key="k-shelf")
    code = fund.barcodes("RR-1")[0]
    first, before = scan_and_count(db, checker, audit, code, "gun-1", key="k-1")
    # The connection dropped before the answer came back: the same scan is sent again.
    retry, after = scan_and_count(db, checker, audit, code, "gun-1", key="k-1")
    assert first.outcome is Outcome.FOUND and retry.outcome is Outcome.FOUND
    assert before.found == after.found == 1
    # A new scan of the same copy is a duplicate.
    again, _ = scan_and_count(db, checker, audit, code, "gun-1", key="k-2")
    assert again.outcome is Outcome.DUPLICATE
    assert audit_progress(db, audit, count_scans=True).scans == 2


def test_unknown_audit_closed_audit_and_unknown_shelf_say_so(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, ["RR-1"]).id
    with pytest.raises(LocationNotFound):
        scan_and_count(db, checker, audit, "@NOWHERE", "gun-1")
    with pytest.raises(AuditNotFound):
        scan_and_count(db, checker, audit + 100, "L-RR-1", "gun-1")
    close_audit(db, checker, audit)
    with pytest.raises(AuditClosed):
        scan_and_count(db, checker, audit, "L-RR-1", "gun-1")


def test_a_burst_of_scans_is_answered_as_one_by_one(fund: Fund) -> None:
    """Scans that came faster than the link answers go together (`scans_and_counts`, one
    pipeline on PostgreSQL): each gets the answer it would have had alone, in its order,
    the counters after it; a code that is no barcode is refused in its place; the burst sent
    again under the same keys (after a dropped connection) counts nothing twice."""
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    codes = ["L-RR-1", rr1[0], rr1[1], rr2[0], "30421999999999", rr1[0], "", rr1[2]]
    burst = [Scan(code) for code in codes]
    answers = scans_and_counts(db, checker, audit, burst, "gun-1")
    assert len(answers) == len(codes)
    refused = answers[6]
    assert isinstance(refused, InvalidInput)
    findings = [a for a in answers if not isinstance(a, Exception)]
    assert [f.outcome for f, _progress in findings] == [
        Outcome.LOCATION, Outcome.FOUND, Outcome.FOUND, Outcome.MISPLACED, Outcome.UNKNOWN,
        Outcome.DUPLICATE, Outcome.FOUND,
    ]  # fmt: skip
    # (a misplaced copy of the audit is found too)
    assert [progress.found for _f, progress in findings] == [0, 1, 2, 3, 3, 3, 4]
    assert findings[2][0].inventory_number == fund.shelves["RR-1"][1].inventory_number

    again = scans_and_counts(db, checker, audit, burst, "gun-1")
    outcomes = [None if isinstance(a, Exception) else a[0].outcome for a in again]
    assert outcomes == [f.outcome for f, _ in findings[:6]] + [None, Outcome.FOUND]
    progress = audit_progress(db, audit)
    assert (progress.found, progress.misplaced, progress.unknown) == (4, 1, 1)
