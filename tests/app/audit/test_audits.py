"""Audits through the services, on SQLite and PostgreSQL: the frozen expected list, scans shelf
by shelf with their outcomes, live counters, scanner files, results, batch actions, closing."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.audit.audits import (
    Outcome,
    audit_progress,
    current_location,
    get_audit,
    open_audit,
    record_scan,
)
from app.audit.closing import close_audit
from app.audit.corrections import move_to_found_location, restore_found
from app.audit.export import export_csv
from app.audit.results import audit_report, call_number_key
from app.audit.scanfile import import_scan_file
from app.errors import AuditClosed, InvalidInput, LocationNotFound, PermissionDenied
from app.intake.accession import open_accession
from app.intake.copies import add_copies, copy_by_barcode, release_copies
from app.intake.status import ItemStatus
from app.preservation.history import copy_history
from app.security import eventlog
from app.security.roles import Role
from app.security.users import add_user, authenticate
from db.models import AuditCopy, Event
from tests.app.audit.conftest import Fund, set_status


def _status(fund: Fund, barcode: str) -> str:
    copy = copy_by_barcode(fund.db, barcode)
    assert copy is not None
    return copy.status


def test_open_freezes_the_expected_list_and_sets_apart(fund: Fund) -> None:
    info = open_audit(
        fund.db,
        fund.checker,
        ["LOAN"],
        ["RR"],
        reason="responsible-change",
        responsible="Бақытгүл Ахметова",
        members=["Айгерім Сәрсенова", "Ержан Қасымов"],
    )
    assert info.locations == ("LOAN", "RR-1", "RR-2")
    assert info.expected == 5 + 3 + 3  # bindery and written-off copies are not expected
    assert info.apart == 2
    assert info.members == ("Айгерім Сәрсенова", "Ержан Қасымов")
    with fund.db.read() as session:
        rows = session.execute(
            select(
                AuditCopy.inventory_number, AuditCopy.origin, AuditCopy.status, AuditCopy.title
            ).where(AuditCopy.audit_id == info.id)
        ).all()
    apart = {r.inventory_number: r.status for r in rows if r.origin == "apart"}
    assert apart == {
        fund.at_bindery.inventory_number: "at-bindery",
        fund.written_off.inventory_number: "written-off",
    }
    assert all(r.title for r in rows)
    # Copies moving on after opening do not change the frozen list.
    set_status(fund.db, fund.admin, fund.shelves["LOAN"][0], ItemStatus.IN_REPAIR)
    assert get_audit(fund.db, info.id).expected == 11


def test_open_over_a_collection_takes_all_its_locations(fund: Fund) -> None:
    info = open_audit(fund.db, fund.checker, departments=["Оқу залы"])
    assert info.locations == ("RR-1", "RR-2")
    assert info.expected + info.apart == 6 + 4
    with pytest.raises(InvalidInput, match="collection"):
        open_audit(fund.db, fund.checker, departments=["Сирек кітаптар"])


def test_open_needs_a_scope_a_known_location_and_the_role(fund: Fund) -> None:
    with pytest.raises(InvalidInput):
        open_audit(fund.db, fund.checker)
    with pytest.raises(LocationNotFound):
        open_audit(fund.db, fund.checker, ["NOWHERE"])
    with pytest.raises(InvalidInput, match="begins with"):
        open_audit(fund.db, fund.checker, prefixes=["ZZ"])
    add_user(fund.db, fund.admin, "cat", "cat-secret", [Role.CATALOGER])
    cataloger = authenticate(fund.db, "cat", "cat-secret")
    with pytest.raises(PermissionDenied):
        open_audit(fund.db, cataloger, ["LOAN"])


def test_scans_against_the_shelf_context(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2, loan = fund.barcodes("RR-1"), fund.barcodes("RR-2"), fund.barcodes("LOAN")
    assert record_scan(db, checker, audit, "L-RR-1", "gun-1").outcome is Outcome.LOCATION
    seen = [record_scan(db, checker, audit, code, "gun-1") for code in rr1[:3]]
    assert {s.outcome for s in seen} == {Outcome.FOUND}
    assert seen[0].location == "RR-1" and seen[0].title
    misplaced = record_scan(db, checker, audit, rr2[0], "gun-1")
    assert (misplaced.outcome, misplaced.belongs_to) == (Outcome.MISPLACED, "RR-2")
    outside = record_scan(db, checker, audit, loan[0], "gun-1")
    assert (outside.outcome, outside.belongs_to) == (Outcome.MISPLACED, "LOAN")
    assert record_scan(db, checker, audit, "30421999999999", "gun-1").outcome is Outcome.UNKNOWN
    assert record_scan(db, checker, audit, rr1[0], "gun-1").outcome is Outcome.DUPLICATE
    bindery = record_scan(db, checker, audit, fund.at_bindery.barcode or "", "gun-1")
    assert (bindery.outcome, bindery.status) == (Outcome.CONFLICT, "at-bindery")
    gone = record_scan(db, checker, audit, "@RR-2", "gun-1")
    assert gone.location == "RR-2"
    assert record_scan(db, checker, audit, fund.written_off.barcode or "", "gun-1").outcome is (
        Outcome.CONFLICT
    )

    progress = audit_progress(db, audit)
    assert (progress.expected, progress.found, progress.missing) == (8, 4, 4)
    assert (progress.misplaced, progress.unknown, progress.conflicts) == (2, 1, 2)
    by_code = {p.code: (p.expected, p.found) for p in progress.locations}
    assert by_code == {"RR-1": (5, 3), "RR-2": (3, 1)}
    # The context is kept per user and device: another device starts with none.
    assert current_location(db, checker, audit, "gun-1") == "RR-2"
    assert current_location(db, checker, audit, "gun-2") == ""


def test_report_lists_export_and_shelf_order(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, ["RR-1", "RR-2"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    # Shelf RR-1 read with the 3rd and 2nd copies swapped: one shelf-order error.
    for code in ["L-RR-1", rr1[0], rr1[2], rr1[1], rr2[0], "NOT-A-COPY", "NOT-A-COPY"]:
        record_scan(db, checker, audit, code, "gun-1")
    report = audit_report(db, checker, audit)
    assert report.expected == 8
    assert sorted(c.inventory_number for c in report.found) == sorted(
        c.inventory_number for c in fund.shelves["RR-1"][:3] + fund.shelves["RR-2"][:1]
    )
    assert {c.inventory_number for c in report.missing} == {
        c.inventory_number for c in fund.shelves["RR-1"][3:] + fund.shelves["RR-2"][1:]
    }
    assert report.missing_value == sum(
        (c.price or Decimal(0) for c in fund.shelves["RR-1"][3:] + fund.shelves["RR-2"][1:]),
        Decimal(0),
    )
    [moved] = report.misplaced
    assert (moved.location, moved.found_location) == ("RR-2", "RR-1")
    [unknown] = report.unknown
    assert (unknown.code, unknown.scans, unknown.location) == ("NOT-A-COPY", 2, "RR-1")
    [order] = report.shelf_order
    assert order.inventory_number == fund.shelves["RR-1"][1].inventory_number
    assert json.dumps(report.as_json(), ensure_ascii=False)
    short = audit_report(db, checker, audit, long_lists=False)
    assert (short.found, short.missing) == ([], [])
    assert (short.found_total, short.missing_total) == (4, 4)
    assert short.misplaced == report.misplaced and short.shelf_order == report.shelf_order
    # What the screen reads while the found copies' tab is in front: not the missing.
    set_status(db, fund.admin, fund.shelves["RR-2"][2], ItemStatus.AT_BINDERY)  # left meanwhile
    whole = audit_report(db, checker, audit)
    found_only = audit_report(db, checker, audit, long_lists="found")
    assert (found_only.found, found_only.missing) == (whole.found, [])
    assert (
        [c.item_id for c in found_only.left]
        == [fund.shelves["RR-2"][2].id]
        == [c.item_id for c in whole.left]
    )
    assert (found_only.found_total, found_only.missing_total) == (4, 3)
    assert (whole.found_total, whole.missing_total) == (4, len(whole.missing)) == (4, 3)
    assert found_only.misplaced == whole.misplaced and found_only.unknown == whole.unknown

    files = export_csv(report, tmp_path)
    missing_csv = next(f for f in files if f.name.endswith("-missing.csv"))
    text = missing_csv.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("inventory_number,barcode,title")
    assert fund.shelves["RR-1"][3].title in text


def test_call_numbers_sort_as_on_the_shelf() -> None:
    assert call_number_key("84(5Каз) Ә 9") < call_number_key("84(5Каз) Ә 10")
    assert call_number_key("63.3(5Каз)") < call_number_key("84(5Каз)")


def test_batch_move_and_restore(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    lost = fund.shelves["RR-1"][1]
    set_status(db, fund.admin, lost, ItemStatus.MISSING)
    audit = open_audit(db, checker, ["RR-1"]).id
    rr2 = fund.shelves["RR-2"][0]
    for code in ["L-RR-1", lost.barcode or "", rr2.barcode or ""]:
        record_scan(db, checker, audit, code, "gun-1")
    report = audit_report(db, checker, audit)
    assert [c.inventory_number for c in report.status_conflicts] == [lost.inventory_number]
    assert report.status_conflicts[0].current_status == "missing"

    restored = restore_found(db, checker, [lost.id], audit_id=audit)
    assert restored.done == [lost.inventory_number]
    assert _status(fund, lost.barcode or "") == "available"
    again = restore_found(db, checker, [lost.id])
    assert again.refused and "not missing" in again.refused[0].reason

    moved = move_to_found_location(db, checker, audit, [rr2.id])
    assert moved.done == [rr2.inventory_number]
    copy = copy_by_barcode(db, rr2.barcode or "")
    assert copy is not None and copy.location_code == "RR-1"
    with db.read() as session:
        actions = session.execute(select(Event.action).order_by(Event.id)).scalars().all()
    assert "item.location" in actions and actions.count("item.status") >= 2


def test_close_marks_not_found_missing_and_a_later_find_restores(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, ["RR-2", "LOAN"]).id
    rr2, loan = fund.shelves["RR-2"], fund.shelves["LOAN"]
    for code in ["L-RR-2", rr2[0].barcode, rr2[1].barcode, "L-LOAN", loan[0].barcode]:
        record_scan(db, checker, audit, code or "", "gun-1")
    # Sent to the bindery while the audit ran: not found, but not missing either.
    set_status(db, fund.admin, loan[1], ItemStatus.AT_BINDERY)
    closed = close_audit(db, checker, audit)
    assert sorted(closed.marked_missing) == sorted(
        [rr2[2].inventory_number, loan[2].inventory_number]
    )
    assert closed.not_marked == [(loan[1].inventory_number, "at-bindery")]
    assert _status(fund, rr2[2].barcode or "") == "missing"
    assert _status(fund, rr2[0].barcode or "") == "available"
    # Written off (apart) and out-of-scope copies are untouched.
    assert _status(fund, fund.written_off.barcode or "") == "written-off"
    assert _status(fund, fund.shelves["RR-1"][0].barcode or "") == "available"
    with pytest.raises(AuditClosed):
        record_scan(db, checker, audit, rr2[2].barcode or "", "gun-1")
    with pytest.raises(AuditClosed):
        close_audit(db, checker, audit)
    with db.read() as session:
        summary = session.execute(
            select(Event.after).where(Event.action == "item.status", Event.entity == "audit")
        ).scalar_one()
    assert rr2[2].inventory_number in summary
    # Each copy marked missing has its own entry: its history names the audit.
    history = copy_history(db, rr2[2].id)
    assert [(h.kind, h.ref) for h in history if h.kind == "audit"] == [("audit", audit)]
    assert not [h for h in copy_history(db, rr2[0].id) if h.kind == "audit"]
    with db.snapshot() as session:
        assert eventlog.verify(session).intact

    # Found later on the shelf: back in the fund, the change logged.
    later = restore_found(db, checker, barcodes=[rr2[2].barcode or ""])
    assert later.done == [rr2[2].inventory_number]
    assert _status(fund, rr2[2].barcode or "") == "available"
    assert copy_history(db, rr2[2].id)[-1].summary == ("missing → available (found on the shelf)")


SCAN_FILE = """\
@RR-1
{a}
{b};2026-11-20T10:15:00
{c},2026-11-20T10:16:00,RR-2
not a barcode at all

{d};yesterday
@NOWHERE
{e}
"""


def test_scanner_file_imports_once_and_reports_bad_lines(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    path = tmp_path / "gun-7.txt"
    path.write_text(
        SCAN_FILE.format(a=rr1[0], b=rr1[1], c=rr2[0], d=rr1[2], e=rr2[1]), encoding="utf-8"
    )
    first = import_scan_file(db, checker, audit, path, device="gun-7")
    assert [(r.line, r.reason.split()[0]) for r in first.rejected] == [
        (5, "'not"),
        (7, "'yesterday'"),
        (8, "No"),
    ]
    assert first.rejected[0].file == str(path)
    assert first.recorded == 5  # @RR-1, three copies, the last copy
    assert first.outcomes == {"location": 1, "found": 4}  # c was scanned at RR-2: found there
    assert audit_progress(db, audit).found == 4
    assert current_location(db, checker, audit, "gun-7") == "RR-2"

    again = import_scan_file(db, checker, audit, path, device="gun-7")
    assert (again.recorded, again.already_imported) == (0, 5)
    # The same file grown by the scanner: only the new line counts.
    path.write_text(path.read_text(encoding="utf-8") + f"{rr1[3]}\n", encoding="utf-8")
    grown = import_scan_file(db, checker, audit, path, device="gun-7")
    assert (grown.recorded, grown.already_imported) == (1, 5)
    # A second pass over the shelf on another day is its own scans (seen again: duplicates).
    # Without timestamps, lines are known by the file up to them: identical beginnings of
    # two dumps of one scanner's memory are the same scans.
    second = tmp_path / "gun-7-day2.txt"
    second.write_text(
        f"{rr1[0]},2026-11-21T09:00:00,RR-1\n{rr1[1]},2026-11-21T09:00:04,RR-1\n",
        encoding="utf-8",
    )
    pass2 = import_scan_file(db, checker, audit, second, device="gun-7")
    assert (pass2.recorded, pass2.outcomes["duplicate"]) == (2, 2)
    third = tmp_path / "gun-7-day3.txt"
    third.write_text(f"@RR-2\n{rr2[1]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, third, device="gun-7").recorded == 2
    assert audit_progress(db, audit, count_scans=True).scans == 5 + 2 + 1


def test_a_scanner_line_with_a_hidden_blank_or_too_long_is_rejected_by_number(
    fund: Fund, tmp_path: Path
) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-8.txt"
    lines = ["@RR-1", rr1[0], "RR\u00a0123", "9" * 65, "RR\u2003124", rr1[1]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = import_scan_file(db, checker, audit, path, device="gun-8")
    assert [r.line for r in imported.rejected] == [3, 4, 5]
    assert all("is not a barcode" in r.reason for r in imported.rejected)
    assert imported.outcomes == {"location": 1, "found": 2}


def test_same_file_from_two_workstations_adds_nothing(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    path = tmp_path / "gun-7.txt"
    path.write_text(
        SCAN_FILE.format(a=rr1[0], b=rr1[1], c=rr2[0], d=rr1[2], e=rr2[1]), encoding="utf-8"
    )
    # Imported on the front desk under its host name, then on the back office with the
    # handheld's default name (the file's): the same scans, counted once.
    first = import_scan_file(db, checker, audit, path, device="frontdesk-pc")
    assert first.recorded == 5
    again = import_scan_file(db, checker, audit, path)
    assert again.device == "gun-7.txt"
    assert (again.recorded, again.already_imported) == (0, 5)
    assert audit_progress(db, audit, count_scans=True).scans == 4


def test_a_300000_line_file_reconciles(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    batch = open_accession(db, fund.admin, "gift", "ДХ-300")
    record = fund.shelves["RR-1"][0].record_id
    more = add_copies(db, fund.admin, record, 1000, batch.id, "RR-1", price=Decimal("900.00"))
    release_copies(db, fund.admin, accession_id=batch.id)
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1") + [c.barcode or "" for c in more]
    rr2 = fund.barcodes("RR-2")
    unscanned = rr1[-100:]
    lines = ["@RR-1", *rr1[:-100], rr2[0], "@L-RR-2", *rr2[1:]]
    filler = 300_000 - len(lines)
    # Most of a day's dump is the same shelves read again, and strays with no copy.
    lines += [f"NOCOPY{n // 20:06d}" if n % 10 == 0 else rr1[n % 900] for n in range(filler)]
    path = tmp_path / "gun-300k.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    imported = import_scan_file(db, checker, audit, path, device="gun-300k")
    assert imported.recorded == 300_000 and not imported.rejected
    strays = filler // 10
    assert imported.outcomes == {
        "location": 2,
        "found": len(rr1) - 100 + len(rr2) - 1,
        "misplaced": 1,
        "unknown": strays,
        "duplicate": filler - strays,
    }
    progress = audit_progress(db, audit, count_scans=True)
    assert (progress.found, progress.missing) == (len(rr1) - 100 + len(rr2), 100)
    distinct_strays = len({n // 20 for n in range(0, filler, 10)})
    assert (progress.misplaced, progress.unknown) == (1, distinct_strays)
    assert progress.scans == 300_000 - 2
    report = audit_report(db, checker, audit, shelf_order=False)
    assert sorted(c.barcode or "" for c in report.missing) == sorted(unscanned)
    assert [c.barcode for c in report.misplaced] == [rr2[0]]
    again = import_scan_file(db, checker, audit, path, device="gun-300k")
    assert (again.recorded, again.already_imported) == (0, 300_000)
