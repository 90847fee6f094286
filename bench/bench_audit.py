"""Audit figures over a fund of 1,000,000 copies on SQLite: opening an audit (the expected
list frozen in one INSERT ... SELECT; target < 5 s), importing a handheld scanner's file of
300,000 copies into it, reconciliation included (the real `import_scan_file`; target < 5 s),
the report afterwards, and the per-scan service time (`record_scan`, one transaction each;
target p99 < 30 ms) while the audit runs.

The fund is built with bench/bench_scan_lookup.py's bulk builder, over 10 shelves; the
scanner file is written as a stock-checker walks the shelves (1 % misplaced, 0.5 % strays).

Run: python bench/bench_audit.py [--copies N] [--scans N] [--timed N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import update

from app.audit.audits import audit_progress, open_audit, record_scan
from app.audit.reconcile import audit_report
from app.audit.scanfile import import_scan_file
from app.intake.locations import add_location
from app.security.users import authenticate
from bench.bench_scan_lookup import barcode, build
from db.models import Item
from db.session import Database

SHELVES = 10
OPEN_TARGET_S = RECONCILE_TARGET_S = REPORT_TARGET_S = 5.0
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


def scanner_file(folder: Path, copies: int, scans: int) -> Path:
    """A handheld's dump of `scans` lines, shelf by shelf as a stock-checker walks them:
    '@SHELF' then its copies; 1 % of copies read on the wrong shelf, 0.5 % strays with no
    copy."""
    rng = random.Random(7)
    ids = sorted(rng.sample(range(1, copies + 1), scans), key=lambda i: (i % SHELVES, i))
    lines: list[str] = []
    shelf = -1
    for n, item_id in enumerate(ids):
        home = item_id % SHELVES
        if home != shelf:
            shelf = home
            lines.append(f"@ST-{shelf:02d}")
        if n % 200 == 0:
            lines.append(f"STRAY{n:07d}")
        if n % 100 == 0:  # read on the next shelf: misplaced
            lines += [f"@ST-{(home + 1) % SHELVES:02d}", barcode(item_id), f"@ST-{home:02d}"]
        else:
            lines.append(barcode(item_id))
    path = folder / "gun-1.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=300_000, help="copies in the file")
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

        file = scanner_file(Path(tmp), args.copies, args.scans)
        t0 = time.perf_counter()
        imported = import_scan_file(db, admin, info.id, file, device="gun-1")
        reconciled = time.perf_counter() - t0
        verdict = "ok" if reconciled < RECONCILE_TARGET_S else "OVER target"
        print(
            f"import + reconcile a {args.scans:,}-copy scanner file "
            f"({imported.recorded:,} lines): {reconciled:.2f} s (target < "
            f"{RECONCILE_TARGET_S:.0f} s: {verdict}); {dict(imported.outcomes)}"
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
        listed = time.perf_counter() - t0
        verdict = "ok" if listed < REPORT_TARGET_S else "OVER target"
        print(
            f"full report, every found and missing copy listed: {listed:.2f} s (target < "
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
