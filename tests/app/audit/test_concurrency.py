"""Several stock-checkers scanning into one audit at once, and a scan run killed midway:
every scan is its own short transaction, so scans merge and nothing before a kill is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.audit.audits import (
    audit_progress,
    current_location,
    open_audit,
    record_scan,
)
from app.audit.scanfile import CHUNK, import_scan_file
from app.errors import ScanFileContended
from app.security.roles import Role
from app.security.users import add_user, authenticate
from db.models import AuditFind, AuditScan
from tests.app.audit.conftest import Fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, ROOT

CHECKERS = 3


def test_three_checkers_scan_one_audit_at_once(fund: Fund) -> None:
    db = fund.db
    audit = open_audit(db, fund.checker, prefixes=["RR"], members=["a", "b", "c"]).id
    actors = []
    for i in range(CHECKERS):
        add_user(db, fund.admin, f"checker{i}", "checker-secret", [Role.STOCK_CHECKER])
        actors.append(authenticate(db, f"checker{i}", "checker-secret"))
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    # Everyone reads both shelves (overlapping work), plus a code of their own.
    plans = [["L-RR-1", *rr1, "L-RR-2", *rr2, f"STRAY-{i}"] * 2 for i in range(CHECKERS)]
    start = threading.Barrier(CHECKERS)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            start.wait(timeout=30)
            for code in plans[i]:
                record_scan(db, actors[i], audit, code, device=f"gun-{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(CHECKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors

    with db.read() as session:
        scans = session.execute(
            select(
                AuditScan.actor, AuditScan.device, AuditScan.outcome, AuditScan.location_id
            ).where(AuditScan.audit_id == audit)
        ).all()
        found_once = session.execute(
            select(func.count()).select_from(AuditFind).where(AuditFind.audit_id == audit)
        ).scalar_one()
    assert len(scans) == sum(len(p) for p in plans)
    for i in range(CHECKERS):
        mine = [s for s in scans if s.actor == f"checker{i}"]
        assert len(mine) == len(plans[i]) and {s.device for s in mine} == {f"gun-{i}"}
    firsts = [s for s in scans if s.outcome in ("found", "misplaced", "conflict")]
    assert len(firsts) == len(rr1) + len(rr2) == found_once
    progress = audit_progress(db, audit, count_scans=True)
    assert (progress.found, progress.missing) == (8, 0)
    assert progress.unknown == CHECKERS and progress.misplaced == 0
    assert progress.scans == sum(len(p) - 4 for p in plans)  # location scans not counted


def test_a_killed_scan_run_loses_nothing_and_resumes(fund: Fund, tmp_path: Path) -> None:
    db = fund.db
    audit = open_audit(db, fund.checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    # Big enough that the kill lands mid-file: the import commits a chunk at a time.
    codes = [rr1[n % len(rr1)] if n % 50 == 0 else f"NOCOPY{n:06d}" for n in range(CHUNK * 3 // 2)]
    lines = ["@RR-1", *codes]
    path = tmp_path / "big.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "QOR_PASSWORD": ADMIN_PASSWORD}
    command = [
        sys.executable, "-m", "app.cli", "--db", db.url, "--user", ADMIN,
        "audit", "scan", str(audit), str(path), "--device", "gun-9",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)

    def count() -> int:
        with db.read() as session:
            return session.execute(
                select(func.count()).select_from(AuditScan).where(AuditScan.audit_id == audit)
            ).scalar_one()

    deadline = time.monotonic() + 120
    while (seen := count()) < CHUNK:
        assert process.poll() is None, "the scan run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with db.read() as session:
        done = sorted(
            line or 0
            for line in session.execute(
                select(AuditScan.line).where(AuditScan.audit_id == audit)
            ).scalars()
        )
    assert len(done) >= seen and len(done) < len(lines)
    assert done == list(range(1, len(done) + 1))  # every line up to the kill, none after
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    assert current_location(db, admin, audit, "gun-9") == "RR-1"

    rest = import_scan_file(db, admin, audit, path, device="gun-9")
    assert rest.already_imported == len(done)
    assert rest.recorded == len(lines) - len(done)
    with db.read() as session:
        total = (
            session.execute(
                select(AuditScan.line).where(AuditScan.audit_id == audit).order_by(AuditScan.line)
            )
            .scalars()
            .all()
        )
    assert total == list(range(1, len(lines) + 1))


def test_a_copy_scanned_live_while_its_file_imports_is_found_once(
    fund: Fund, tmp_path: Path
) -> None:
    """A stock-checker scans a copy at the very moment a handheld's file that holds it is
    being reconciled: on PostgreSQL the live scan commits between the file's resolve and
    its finds; on SQLite it waits for the file. Either way one of them finds the copy and
    the other reads as already scanned, and the counters count it once."""
    db = fund.db
    audit = open_audit(db, fund.checker, prefixes=["RR"]).id
    rr1 = fund.barcodes("RR-1")
    path = tmp_path / "gun-2.txt"
    path.write_text("\n".join(["@RR-1", *rr1]) + "\n", encoding="utf-8")
    contested = rr1[1]
    live: list[str] = []

    def scan_live() -> None:
        live.append(record_scan(db, fund.checker, audit, contested, "gun-1").outcome)

    scanner = threading.Thread(target=scan_live)

    def before(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("INSERT INTO audit_find") and scanner.ident is None:
            scanner.start()  # once: the file's first chunk, between its resolve and finds
            if db.engine.dialect.name == "postgresql":
                scanner.join(timeout=60)  # SQLite: it waits for this transaction

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        result = import_scan_file(db, fund.checker, audit, path, device="gun-2")
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    scanner.join(timeout=60)

    # PostgreSQL: the live scan committed first and found it; the file's line, resolved
    # again, is a repeat. SQLite: the file found it and the live scan is the repeat.
    first_live = db.engine.dialect.name == "postgresql"
    assert live == ["found" if first_live else "duplicate"]
    assert result.outcomes["duplicate"] == (1 if first_live else 0)
    assert result.outcomes["found"] == len(rr1) - (1 if first_live else 0)
    with db.read() as session:
        found_once = session.execute(
            select(func.count()).select_from(AuditFind).where(AuditFind.audit_id == audit)
        ).scalar_one()
    assert found_once == len(rr1)
    progress = audit_progress(db, audit)
    assert progress.found == len(rr1)


def test_a_file_whose_copies_keep_being_found_elsewhere_stops_with_a_message(
    fund: Fund, tmp_path: Path
) -> None:
    """Each time the file's chunk is about to record its finds, another workstation has just
    found one of its copies: after a few rounds the import stops and says which file and
    from which line to import again. Nothing of the lost chunk is half-saved, and the
    import run again adds it."""
    db = fund.db
    audit = open_audit(db, fund.checker, prefixes=["RR"]).id
    rr1 = fund.shelves["RR-1"]
    path = tmp_path / "gun-3.txt"
    path.write_text("\n".join(["@RR-1", *(c.barcode or "" for c in rr1)]) + "\n", "utf-8")
    found_elsewhere = (
        "INSERT INTO audit_find (audit_id, item_id, found_at, found_location_id, found_by, "
        f"found_device, outcome) VALUES ({audit}, {rr1[1].id}, '2026-12-02 10:00:00', NULL, "
        "'other', 'gun-x', 'found')"
    )

    def before(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("INSERT INTO audit_find"):
            cursor.execute(found_elsewhere)  # in the chunk's transaction: gone on rollback

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        with pytest.raises(ScanFileContended) as raised:
            import_scan_file(db, fund.checker, audit, path, device="gun-3")
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    assert "gun-3.txt" in str(raised.value) and "line 1" in str(raised.value)
    assert audit_progress(db, audit, count_scans=True).scans == 0

    again = import_scan_file(db, fund.checker, audit, path, device="gun-3")
    assert again.outcomes["found"] == len(rr1) and again.already_imported == 0
    assert audit_progress(db, audit).found == len(rr1)
