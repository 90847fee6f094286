"""Hostile handheld scanner files (issue 17): every line that is no barcode is refused by
number, on SQLite and PostgreSQL, and the good lines of the file are kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import update

from app.audit import scanfile
from app.audit.audits import audit_progress, open_audit
from app.audit.scanfile import import_scan_file
from db.models import AuditScan
from tests.app.audit.conftest import Fund


def test_an_out_of_range_timestamp_is_refused_by_line(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-1.txt"
    path.write_text(
        f"@RR-1\n{rr1[0]}\n{rr1[1]};0001-01-01T00:00:00+14:00\n"
        f"{rr1[2]};9999-12-31T23:59:59-14:00\n{rr1[3]}\n",
        encoding="utf-8",
    )
    result = import_scan_file(db, checker, audit, path, device="gun-1")
    assert [r.line for r in result.rejected] == [3, 4]
    assert all("timestamp" in r.reason for r in result.rejected)
    assert result.outcomes == {"location": 1, "found": 2}


def test_nul_control_utf16_and_binary_lines_are_not_barcodes(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-2.txt"
    lines = [
        b"@RR-1",
        rr1[0].encode(),
        b"12\x0034",  # NUL
        b"\x01\x02\x03\x7f",  # control characters
        "0421".encode("utf-16-le"),  # a UTF-16 line in a byte file
        b"\x00",
        bytes(range(0x80, 0x90)),  # binary
        b"RR\x1b[31m",
        f"{rr1[1]};2026-11-20T10:15:00\x00".encode(),
        rr1[1].encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = import_scan_file(db, checker, audit, path, device="gun-2")
    assert [r.line for r in result.rejected] == [3, 4, 5, 6, 7, 8, 9]
    assert all("not a barcode" in r.reason or "timestamp" in r.reason for r in result.rejected)
    assert result.outcomes == {"location": 1, "found": 2}
    assert result.recorded == 3


def test_a_binary_file_is_refused_line_by_line(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 4)
    result = import_scan_file(db, checker, audit, path, device="gun-3")
    assert result.recorded == 0 and len(result.rejected) == 5
    assert all("not a barcode" in r.reason for r in result.rejected)
    assert all(r.reason.isprintable() for r in result.rejected)
    assert audit_progress(db, audit, count_scans=True).scans == 0


def test_a_second_handhelds_file_with_the_same_first_line_keeps_it(
    fund: Fund, tmp_path: Path
) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    first = tmp_path / "gun-7.txt"
    first.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n", encoding="utf-8")
    second = tmp_path / "gun-8.txt"
    second.write_text(f"@RR-1\n{rr1[2]}\n@RR-2\n{rr2[0]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, first, device="gun-7").recorded == 3
    other = import_scan_file(db, checker, audit, second, device="gun-8")
    assert (other.recorded, other.already_imported) == (4, 0)
    assert other.outcomes == {"location": 2, "found": 2}


def test_the_same_file_imported_twice_counts_once(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "scans.txt"
    path.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n{rr1[2]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, path, device="gun-1").recorded == 4
    # Copied off the handheld under another name and imported at another desk.
    copy = tmp_path / "copy of scans.txt"
    copy.write_bytes(path.read_bytes())
    again = import_scan_file(db, checker, audit, copy, device="backoffice")
    assert (again.recorded, again.already_imported) == (0, 4)
    assert audit_progress(db, audit, count_scans=True).scans == 3


def test_two_files_with_identical_first_lines_both_count(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    # Two handhelds started at the same shelf and read the same first copy.
    first = tmp_path / "gun-1.txt"
    first.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n", encoding="utf-8")
    second = tmp_path / "gun-2.txt"
    second.write_text(f"@RR-1\n{rr1[0]}\n{rr1[2]}\n{rr1[3]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, first, device="gun-1").recorded == 3
    other = import_scan_file(db, checker, audit, second, device="gun-2")
    assert (other.recorded, other.already_imported) == (4, 0)
    assert other.outcomes == {"location": 1, "duplicate": 1, "found": 2}
    assert audit_progress(db, audit).found == 4


def test_the_same_file_name_from_two_devices_both_count(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    # Both handhelds write SCANS.TXT; each is copied into its own folder.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "SCANS.TXT", tmp_path / "b" / "SCANS.TXT"
    first.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n", encoding="utf-8")
    second.write_text(f"@RR-1\n{rr1[2]}\n@RR-2\n{rr2[0]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, first).recorded == 3
    other = import_scan_file(db, checker, audit, second)
    assert (other.recorded, other.already_imported) == (4, 0)
    assert audit_progress(db, audit).found == 4


def test_a_file_grown_twice_adds_only_its_new_lines(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-1.txt"
    path.write_text(f"@RR-1\n{rr1[0]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, path).recorded == 2
    path.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, path).recorded == 1
    path.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n\n{rr1[2]}\n{rr1[3]}\n", encoding="utf-8")
    grown = import_scan_file(db, checker, audit, path)
    assert (grown.recorded, grown.already_imported) == (2, 3)
    assert import_scan_file(db, checker, audit, path).recorded == 0
    assert audit_progress(db, audit).found == 4


@pytest.mark.parametrize("named", [False, True], ids=["content keys", "name-seeded keys"])
def test_a_file_imported_by_an_earlier_qor_is_not_counted_again(
    fund: Fund, tmp_path: Path, named: bool
) -> None:
    """Keys an earlier Qor gave a file's untimestamped lines (the file's hash up to each
    line, with or without its name) still mark those lines imported."""
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-1.txt"
    path.write_text(f"@RR-1\n{rr1[0]}\n{rr1[1]}\n", encoding="utf-8")
    assert import_scan_file(db, checker, audit, path).recorded == 3
    running = hashlib.sha256(b"qor-scan-file\x1e" + (b"gun-1.txt\x1e" if named else b""))
    old = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        running.update(line + b"\n")
        old.append((number, f"f{number:09d}{running.hexdigest()[:54]}"))
    with db.write() as session:  # as the earlier Qor keyed them
        for number, key in old:
            session.execute(
                update(AuditScan)
                .where(AuditScan.audit_id == audit, AuditScan.line == number)
                .values(dedupe_key=key)
            )
    path.write_text(path.read_text(encoding="utf-8") + f"{rr1[2]}\n", encoding="utf-8")
    grown = import_scan_file(db, checker, audit, path)
    assert (grown.recorded, grown.already_imported) == (1, 3)
    assert audit_progress(db, audit, count_scans=True).scans == 3


def test_a_file_stopped_midway_then_grown_adds_each_line_once(
    fund: Fund, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, checker = fund.db, fund.checker
    monkeypatch.setattr(scanfile, "CHUNK", 3)
    audit = open_audit(db, checker, prefixes=["RR"]).id
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    path = tmp_path / "gun-1.txt"
    path.write_text("@RR-1\n" + "".join(f"{code}\n" for code in rr1[:4]), encoding="utf-8")
    chunks = iter([False, True])  # cancelled after the first chunk of three lines
    stopped = import_scan_file(db, checker, audit, path, is_cancelled=lambda: next(chunks))
    assert (stopped.cancelled, stopped.recorded) == (True, 3)
    path.write_text(path.read_text(encoding="utf-8") + f"@RR-2\n{rr2[0]}\n", encoding="utf-8")
    rest = import_scan_file(db, checker, audit, path)
    assert (rest.recorded, rest.already_imported) == (4, 3)
    assert import_scan_file(db, checker, audit, path).recorded == 0
    assert audit_progress(db, audit).found == 5
