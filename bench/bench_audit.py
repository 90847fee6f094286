"""Audit figures over a fund of 1,000,000 copies, on SQLite or on PostgreSQL:

- opening an audit (the expected list frozen in one INSERT ... SELECT; target < 5 s);
- reconciling 300,000 scans, measured both ways the phrase can be read, each against < 5 s:
  (a) importing a handheld's 300,000-copy scanner file into the open audit, every line
      reconciled and committed (the real `import_scan_file`), and importing it again (adds
      nothing); (b) computing the audit's results with those scans recorded: the live
      counters, and the report's found / missing / misplaced / unknown / conflict counts
      with their short lists (`audit_report(long_lists=False)`); the full report listing
      every found and missing copy is printed beside it;
- the per-scan service time (`record_scan`, one transaction each; target p99 < 30 ms) while
  the audit runs;
- closing an audit with 100,000 copies not found: each marked missing, each its own entry in
  the event log (target < 5 s).

The fund is built with bench/bench_scan_lookup.py's bulk builder, over 10 shelves; the
scanner file is written as a stock-checker walks the shelves (1 % misplaced, 0.5 % strays).

Opening and importing are measured over --rounds audits of the same fund (the median is the
figure); the rest runs on the last of them.

Run: python bench/bench_audit.py [--copies N] [--scans N] [--timed N] [--rounds N]
                                 [--postgresql URL]
(--postgresql: a server URL such as postgresql+psycopg://postgres@127.0.0.1:5432/test; the
bench creates its own database there and drops it after.)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from app.audit.audits import audit_progress, open_audit, record_scan
from app.audit.closing import close_audit
from app.audit.results import audit_report
from app.audit.scanfile import import_scan_file
from app.intake.locations import add_location
from app.security.users import authenticate
from bench.bench_scan_lookup import barcode, build
from db.models import Event, Item
from db.session import Database

SHELVES = 10
OPEN_TARGET_S = IMPORT_TARGET_S = RESULTS_TARGET_S = CLOSE_TARGET_S = 5.0
SCAN_TARGET_MS = 30.0


def verdict(seconds: float, target: float) -> str:
    return f"{seconds:.2f} s (target < {target:.0f} s: {'ok' if seconds < target else 'OVER'})"


@contextmanager
def database(folder: Path, server: str | None) -> Iterator[Database]:
    """An SQLite file in `folder`, or a database of its own on the PostgreSQL server."""
    if server is None:
        db = Database(f"sqlite:///{folder / 'audit.sqlite'}")
        try:
            yield db
        finally:
            db.dispose()
        return
    name = f"qor_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(make_url(server).set(database=name).render_as_string(False))
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
    parser.add_argument("--rounds", type=int, default=3, help="audits opened and imported into")
    parser.add_argument("--postgresql", default=None, metavar="URL", help="bench on this server")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, database(Path(tmp), args.postgresql) as db:
        kind = "PostgreSQL" if args.postgresql else "SQLite"
        t0 = time.perf_counter()
        build(db, args.copies)
        spread(db, args.copies)
        print(
            f"{kind}: fund of {args.copies:,} copies on {SHELVES} shelves built in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        admin = authenticate(db, "admin", "bench-secret")

        # Each round opens an audit of the whole fund and imports the file into it: the
        # machine's noise shows in the spread, and the median is the figure.
        file = scanner_file(Path(tmp), args.copies, args.scans)
        opens, imports = [], []
        for round_ in range(1, args.rounds + 1):
            t0 = time.perf_counter()
            info = open_audit(db, admin, prefixes=["ST-"], responsible="Бенч")
            opens.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            imported = import_scan_file(db, admin, info.id, file, device="gun-1")
            imports.append(time.perf_counter() - t0)
            print(
                f"  round {round_}: open {opens[-1]:.2f} s ({info.expected:,} copies frozen), "
                f"import {imports[-1]:.2f} s ({imported.recorded:,} lines)"
            )
        print(
            f"open audit ({info.expected:,} copies frozen), median of {args.rounds}: "
            f"{verdict(statistics.median(opens), OPEN_TARGET_S)}"
        )
        print(
            f"(a) import a {args.scans:,}-copy scanner file ({imported.recorded:,} lines, "
            f"reconciled and committed), median of {args.rounds}: "
            f"{verdict(statistics.median(imports), IMPORT_TARGET_S)}; {dict(imported.outcomes)}"
        )
        t0 = time.perf_counter()
        again = import_scan_file(db, admin, info.id, file, device="gun-1")
        took = time.perf_counter() - t0
        print(
            f"    the same file again ({again.already_imported:,} lines already imported, "
            f"{again.recorded} recorded): {verdict(took, IMPORT_TARGET_S)}"
        )

        t0 = time.perf_counter()
        progress = audit_progress(db, info.id, count_scans=True)
        short = audit_report(db, admin, info.id, long_lists=False)
        took = time.perf_counter() - t0
        print(
            f"(b) results with {progress.scans:,} scans recorded (counters, counts, short lists, "
            f"shelf order): {verdict(took, RESULTS_TARGET_S)}; found {short.found_total:,}, "
            f"missing {short.missing_total:,}, misplaced {len(short.misplaced):,}, unknown "
            f"{len(short.unknown):,}, conflicts {len(short.status_conflicts):,}, shelf-order "
            f"errors {len(short.shelf_order):,}"
        )
        t0 = time.perf_counter()
        report = audit_report(db, admin, info.id)
        took = time.perf_counter() - t0
        print(
            f"    full report, every found and missing copy listed: "
            f"{verdict(took, RESULTS_TARGET_S)}; {len(report.found):,} found and "
            f"{len(report.missing):,} missing copies listed"
        )
        del report

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
        ok = "ok" if p99 < SCAN_TARGET_MS else "OVER"
        print(
            f"record_scan over {args.timed:,} scans: p50 {statistics.median(timings):.2f} ms, "
            f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms (target p99 < {SCAN_TARGET_MS:.0f} "
            f"ms: {ok}); audit_progress p50 {statistics.median(progress_ms):.2f} ms, "
            f"max {progress_ms[-1]:.2f} ms"
        )

        # One shelf audited and nothing found on it: every copy marked missing on close.
        shelf = open_audit(db, admin, ["ST-00"], responsible="Бенч")
        with db.read() as session:
            logged = session.execute(select(func.count()).select_from(Event)).scalar_one()
        t0 = time.perf_counter()
        closed = close_audit(db, admin, shelf.id)
        took = time.perf_counter() - t0
        with db.read() as session:
            logged = session.execute(select(func.count()).select_from(Event)).scalar_one() - logged
        print(
            f"close an audit with {len(closed.marked_missing):,} copies not found (each marked "
            f"missing, {logged:,} event-log entries): {verdict(took, CLOSE_TARGET_S)}"
        )


if __name__ == "__main__":
    main()
