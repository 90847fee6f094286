"""A scanner file means what its lines would have meant scanned one by one at the shelf:
the same outcomes line by line, the same copies found off the frozen list, the same counters.
(The file's path is set-based and, on PostgreSQL, its own statements; record_scan is the
reference.)"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.audit.audits import audit_progress, open_audit, record_scan
from app.audit.scanfile import import_scan_file
from db.models import AuditCopy, AuditFind, AuditScan
from tests.app.audit.conftest import Fund


def _results(fund: Fund, audit: int) -> tuple[object, ...]:
    progress = audit_progress(fund.db, audit, count_scans=True)
    with fund.db.read() as session:
        scans = session.execute(
            select(AuditScan.code, AuditScan.outcome, AuditScan.item_id, AuditScan.location_id)
            .where(AuditScan.audit_id == audit)
            .order_by(AuditScan.id)
        ).all()
        extras = session.execute(
            select(AuditCopy.item_id, AuditCopy.barcode, AuditCopy.location_id, AuditCopy.status)
            .where(AuditCopy.audit_id == audit, AuditCopy.origin == "extra")
            .order_by(AuditCopy.item_id)
        ).all()
        finds = session.execute(
            select(AuditFind.item_id, AuditFind.found_location_id, AuditFind.outcome)
            .where(AuditFind.audit_id == audit)
            .order_by(AuditFind.item_id)
        ).all()
    counters = (progress.expected, progress.found, progress.missing, progress.misplaced)
    more = (progress.unknown, progress.conflicts, progress.scans)
    shelves = sorted((p.code, p.expected, p.found) for p in progress.locations)
    return [tuple(s) for s in scans], extras, finds, counters, more, shelves


def test_a_file_resolves_as_its_lines_scanned_one_by_one(fund: Fund, tmp_path: Path) -> None:
    rr1, rr2, loan = fund.barcodes("RR-1"), fund.barcodes("RR-2"), fund.barcodes("LOAN")
    codes = [
        rr1[0],  # no shelf yet: found with no context
        "L-RR-1",
        *rr1[1:3],
        rr2[0],  # misplaced: it belongs on RR-2
        loan[0],  # outside the audit's scope: an extra copy, misplaced
        "30421999999999",  # no such copy
        rr1[1],  # read again: a duplicate
        fund.at_bindery.barcode or "",  # its status says it cannot be on a shelf
        "@RR-2",
        rr2[1],
        fund.written_off.barcode or "",
        loan[0],  # the extra again: a duplicate
        loan[1],  # another extra, at RR-2
        "L-LOAN",  # a shelf outside the scope
        loan[2],  # an extra on its own shelf
        rr1[3],  # misplaced at LOAN
    ]
    live = open_audit(fund.db, fund.checker, prefixes=["RR"]).id
    for code in codes:
        record_scan(fund.db, fund.checker, live, code, "gun-1")
    filed = open_audit(fund.db, fund.checker, prefixes=["RR"]).id
    path = tmp_path / "gun-1.txt"
    path.write_text("\n".join(codes) + "\n", encoding="utf-8")
    imported = import_scan_file(fund.db, fund.checker, filed, path, device="gun-1")

    assert imported.recorded == len(codes) and not imported.rejected
    assert _results(fund, filed) == _results(fund, live)
    scans, extras, *_ = _results(fund, filed)
    assert [outcome for _, outcome, _, _ in scans].count("duplicate") == 2
    assert len(extras) == 3
