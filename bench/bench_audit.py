"""Audit figures over a fund of 1,000,000 copies on SQLite: opening an audit (the expected
list frozen in one INSERT ... SELECT; target < 5 s), the report over 300,000 recorded scans
(target < 5 s), and the per-scan service time (`record_scan`, one transaction each; target
p99 < 30 ms) while the audit runs.

The fund is built with bench/bench_scan_lookup.py's bulk builder, over 10 shelves. The 300,000
scans are written in bulk (a bench fixture, like the fund); then the report is the real
`audit_report`, and the timed scans are real `record_scan` calls.

Run: python bench/bench_audit.py [--copies N] [--scans N] [--timed N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, update

from app.audit.audits import audit_progress, open_audit, record_scan
from app.audit.reconcile import audit_report
from app.intake.locations import add_location
from app.security.users import authenticate
from bench.bench_scan_lookup import barcode, build
from db.models import AuditCopy, AuditLocation, AuditScan, Item, Location
from db.session import Database

SHELVES = 10
OPEN_TARGET_S = REPORT_TARGET_S = 5.0
SCAN_TARGET_MS = 30.0


def spread(db: Database, copies: int) -> list[str]:
    """Put the copies on SHELVES shelves (bench fixture: one UPDATE per shelf)."""
    admin = authenticate(db, "admin", "bench-secret")
    codes = []
    for s in range(SHELVES):
        info = add_location(db, admin, f"ST-{s:02d}", f"Сөре {s}", barcode=f"L-ST-{s:02d}")
        codes.append(info.code)
        with db.write() as session:
            session.execute(
                update(Item)
                .where(Item.id % SHELVES == s)
                .values(location_id=info.id, call_number=f"84(5Каз) {s}")
            )
    return codes


def bulk_scans(db: Database, audit_id: int, copies: int, scans: int) -> None:
    """Record `scans` first scans in bulk, as if the stock-checkers had been at it for days:
    1 % misplaced, 0.5 % unknown barcodes."""
    now = datetime.now(UTC)
    rng = random.Random(7)
    with db.read() as session:
        shelves = dict(session.execute(select(Location.code, Location.id)).all())
    ids = rng.sample(range(1, copies + 1), scans)
    with db.write() as session:
        rows, found = [], []
        for n, item_id in enumerate(ids):
            home = shelves[f"ST-{item_id % SHELVES:02d}"]
            where = home if n % 100 else shelves[f"ST-{(item_id + 1) % SHELVES:02d}"]
            outcome = "found" if where == home else "misplaced"
            if n % 200 == 0:
                rows.append((f"UNKNOWN{n}", "unknown", None, where))
            rows.append((barcode(item_id), outcome, item_id, where))
            found.append((item_id, where, outcome))
        for start in range(0, len(rows), 50_000):
            session.execute(
                insert(AuditScan),
                [
                    {
                        "audit_id": audit_id,
                        "code": code,
                        "outcome": outcome,
                        "item_id": item_id,
                        "location_id": where,
                        "scanned_at": now,
                        "actor": "admin",
                        "device": "gun",
                        "source": "",
                    }
                    for code, outcome, item_id, where in rows[start : start + 50_000]
                ],
            )
        conn = session.connection()
        conn.execute(
            update(AuditCopy)
            .where(AuditCopy.audit_id == audit_id, AuditCopy.item_id == _bind("i"))
            .values(
                found_at=now,
                found_location_id=_bind("w"),
                found_by="admin",
                found_device="gun",
                outcome=_bind("o"),
            ),
            [{"i": i, "w": w, "o": o} for i, w, o in found],
        )
        for code, shelf_id in shelves.items():
            count = sum(1 for i in ids if f"ST-{i % SHELVES:02d}" == code)
            session.execute(
                update(AuditLocation)
                .where(AuditLocation.audit_id == audit_id, AuditLocation.location_id == shelf_id)
                .values(found=count)
            )


def _bind(name: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import bindparam

    return bindparam(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=300_000)
    parser.add_argument("--timed", type=int, default=2_000, help="record_scan calls timed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.sqlite"
        db = Database(f"sqlite:///{path}")
        t0 = time.perf_counter()
        build(db, args.copies)
        spread(db, args.copies)
        print(
            f"fund of {args.copies:,} copies on {SHELVES} shelves built in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        admin = authenticate(db, "admin", "bench-secret")

        t0 = time.perf_counter()
        info = open_audit(db, admin, prefixes=["ST-"], responsible="Бенч")
        opened = time.perf_counter() - t0
        verdict = "ok" if opened < OPEN_TARGET_S else "OVER target"
        print(
            f"open audit ({info.expected:,} copies frozen): {opened:.2f} s "
            f"(target < {OPEN_TARGET_S:.0f} s: {verdict})"
        )

        t0 = time.perf_counter()
        bulk_scans(db, info.id, args.copies, args.scans)
        print(
            f"{args.scans:,} scans recorded in bulk (fixture) in {time.perf_counter() - t0:.1f} s"
        )

        t0 = time.perf_counter()
        short = audit_report(db, admin, info.id, long_lists=False)
        counted = time.perf_counter() - t0
        verdict = "ok" if counted < REPORT_TARGET_S else "OVER target"
        print(
            f"report over {args.scans:,} scans (counts, short lists, shelf order): "
            f"{counted:.2f} s (target < {REPORT_TARGET_S:.0f} s: {verdict}); found "
            f"{short.found_total:,}, missing {short.missing_total:,}, misplaced "
            f"{len(short.misplaced):,}, unknown {len(short.unknown):,}, shelf-order errors "
            f"{len(short.shelf_order):,}"
        )
        t0 = time.perf_counter()
        report = audit_report(db, admin, info.id)
        reconciled = time.perf_counter() - t0
        verdict = "ok" if reconciled < REPORT_TARGET_S else "OVER target"
        print(
            f"full report, every found and missing copy listed: {reconciled:.2f} s (target < "
            f"{REPORT_TARGET_S:.0f} s: {verdict}); {len(report.found):,} found and "
            f"{len(report.missing):,} missing copies listed"
        )

        rng = random.Random(11)
        record_scan(db, admin, info.id, "L-ST-03", "gun-t")
        timings, progress_ms = [], []
        for n in range(args.timed):
            code = barcode(rng.randint(1, args.copies)) if n % 20 else f"STRAY{n}"
            t1 = time.perf_counter()
            record_scan(db, admin, info.id, code, "gun-t")
            timings.append((time.perf_counter() - t1) * 1000)
            if n % 10 == 0:
                t1 = time.perf_counter()
                audit_progress(db, info.id)
                progress_ms.append((time.perf_counter() - t1) * 1000)
        timings.sort()
        progress_ms.sort()
        p99 = timings[int(len(timings) * 0.99) - 1]
        verdict = "ok" if p99 < SCAN_TARGET_MS else "OVER target"
        print(
            f"record_scan over {args.timed:,} scans: p50 {statistics.median(timings):.2f} ms, "
            f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms (target p99 < {SCAN_TARGET_MS:.0f} "
            f"ms: {verdict}); audit_progress p50 {statistics.median(progress_ms):.2f} ms, "
            f"max {progress_ms[-1]:.2f} ms"
        )
        db.dispose()


if __name__ == "__main__":
    main()
