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

The built fund (records, copies, shelves) is kept between runs, since building a million
copies takes minutes: an SQLite file in $QOR_BENCH_DIR (bench/_catalog.py's bench_dir()),
or the database qor_bench_audit_fund_N on the server; each run works on a copy of it (the
file copied, or a database made from it as a template, dropped after), brought up to the
newest schema. --rebuild builds it afresh.

Run: python bench/bench_audit.py [--copies N] [--scans N] [--timed N] [--rounds N]
                                 [--postgresql URL [--sqlite-too]] [--import-only]
                                 [--statements] [--rebuild]
(--postgresql: a server URL such as postgresql+psycopg://postgres@127.0.0.1:5432/postgres;
--sqlite-too: the import is also measured on SQLite in the same run and both figures printed
side by side; --import-only: only (a); --statements: the time of each of the import's SQL
statements per round, with the server's CPU time beside it when PostgreSQL runs on this
machine: a figure the machine's load disturbs less than the clock.)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, func, select, text, update
from sqlalchemy.engine import make_url

import app.audit.scanfile as scanfile
from app.audit.audits import audit_progress, open_audit, record_scan
from app.audit.closing import close_audit
from app.audit.results import audit_report
from app.audit.scanfile import import_scan_file
from app.intake.locations import add_location
from app.library import upgrade_existing
from app.security.users import authenticate
from bench._catalog import bench_dir
from bench.bench_scan_lookup import barcode, build
from db.models import Event, Item
from db.session import Database

SHELVES = 10
OPEN_TARGET_S = IMPORT_TARGET_S = RESULTS_TARGET_S = CLOSE_TARGET_S = 5.0
SCAN_TARGET_MS = 30.0


def verdict(seconds: float, target: float) -> str:
    return f"{seconds:.2f} s (target < {target:.0f} s: {'ok' if seconds < target else 'OVER'})"


def _built(db: Database, copies: int) -> None:
    build(db, copies)
    spread(db, copies)


@contextmanager
def database(folder: Path, server: str | None, copies: int, rebuild: bool) -> Iterator[Database]:
    """A copy of the kept fund of `copies` copies (built first when missing): an SQLite file
    in `folder`, or a database of its own on the PostgreSQL server, dropped after."""
    t0 = time.perf_counter()
    if server is None:
        kept = bench_dir() / f"audit-fund-{copies}-v1.sqlite"
        if rebuild or not kept.exists():
            part = kept.with_suffix(".part")
            part.unlink(missing_ok=True)
            db = Database(f"sqlite:///{part}")
            _built(db, copies)
            db.dispose()
            part.replace(kept)  # only a finished build is kept
            print(f"SQLite: fund of {copies:,} copies built in {time.perf_counter() - t0:.1f} s")
        db = Database(f"sqlite:///{kept}")
        upgrade_existing(db)
        db.dispose()
        shutil.copyfile(kept, folder / "audit.sqlite")
        db = Database(f"sqlite:///{folder / 'audit.sqlite'}")
        try:
            yield db
        finally:
            db.dispose()
        return
    kept_name = f"qor_bench_audit_fund_{copies}_v1"
    name = f"qor_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")

    def at(database: str) -> Database:
        return Database(make_url(server).set(database=database).render_as_string(False))

    with admin.connect() as conn:
        exists = text("SELECT 1 FROM pg_database WHERE datname = :n")
        if rebuild or conn.execute(exists, {"n": kept_name}).first() is None:
            building = f"{kept_name}_part"
            for gone in (building, kept_name):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{gone}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{building}"'))
            db = at(building)
            _built(db, copies)
            with db.write() as session:
                session.execute(text("ANALYZE"))
            db.dispose()
            conn.execute(text(f'ALTER DATABASE "{building}" RENAME TO "{kept_name}"'))
            print(
                f"PostgreSQL: fund of {copies:,} copies built in {time.perf_counter() - t0:.1f} s"
            )
        db = at(kept_name)
        upgrade_existing(db)
        db.dispose()
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{kept_name}"'))
    db = at(name)
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


def _server_cpu(dbapi_connection: Any) -> float | None:
    """The CPU seconds the connection's PostgreSQL backend has used, when the server runs on
    this machine (its /proc entry readable): a figure the machine's load disturbs less than
    the clock. None on SQLite or a remote server."""
    pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


Timings = dict[str, list[tuple[float, float | None]]]


@contextmanager
def statement_times(db: Database, into: Timings) -> Iterator[None]:
    """Each statement the import sends, by its first words: the time from the client (on
    loopback: the server's time) and the server's CPU time; the COPY of the staged lines and
    its ANALYZE as 'COPY (stage) + ANALYZE'."""
    started: list[tuple[float, float | None]] = []

    def before(conn: Any, *_: Any) -> None:
        started.append((time.perf_counter(), _server_cpu(conn.connection.driver_connection)))

    def after(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        t0, cpu0 = started.pop()
        cpu = _server_cpu(conn.connection.driver_connection)
        words = " ".join(statement.split()[:6])
        spent = None if cpu is None or cpu0 is None else cpu - cpu0
        into[words].append((time.perf_counter() - t0, spent))

    stage = scanfile._stage

    def timed_stage(session: Any, *args: Any) -> None:
        driver = session.connection().connection.driver_connection
        t0, cpu0 = time.perf_counter(), _server_cpu(driver)
        stage(session, *args)
        cpu = _server_cpu(driver)
        spent = None if cpu is None or cpu0 is None else cpu - cpu0
        into["COPY (stage) + ANALYZE"].append((time.perf_counter() - t0, spent))

    engines = db.engines
    for engine in engines:
        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)
    scanfile._stage = timed_stage  # type: ignore[assignment]
    try:
        yield
    finally:
        scanfile._stage = stage
        for engine in engines:
            event.remove(engine, "before_cursor_execute", before)
            event.remove(engine, "after_cursor_execute", after)


def print_statements(kind: str, statements: Timings, rounds: int) -> None:
    cpu_known = all(cpu is not None for times in statements.values() for _, cpu in times)
    head = "clock, server CPU" if cpu_known else "clock"
    print(f"  {kind} statements, seconds per round ({head}; mean of {rounds}):")

    def total(times: list[tuple[float, float | None]], cpu: bool = False) -> float:
        return sum((c or 0.0) if cpu else w for w, c in times) / rounds

    for words, times in sorted(statements.items(), key=lambda item: -total(item[1])):
        if total(times) >= 0.005:
            cpu = f" {total(times, True):6.2f}" if cpu_known else ""
            print(f"    {total(times):7.3f}{cpu}  {words}")
    every = [pair for times in statements.values() for pair in times]
    cpu = f" {total(every, True):6.2f}" if cpu_known else ""
    print(f"    {total(every):7.3f}{cpu}  all statements; the rest of the import is Python")


def import_rounds(
    db: Database, kind: str, file: Path, args: argparse.Namespace
) -> tuple[float, int, Any]:
    """Open an audit of the whole fund and import the file into it, --rounds times: the
    machine's noise shows in the spread, and the median is the figure. Returns the median
    import, the last audit's id and what its import did."""
    admin = authenticate(db, "admin", "bench-secret")
    opens, imports = [], []
    statements: Timings = defaultdict(list)
    for round_ in range(1, args.rounds + 1):
        t0 = time.perf_counter()
        info = open_audit(db, admin, prefixes=["ST-"], responsible="Бенч")
        opens.append(time.perf_counter() - t0)
        with statement_times(db, statements) if args.statements else _nothing():
            t0, cpu0 = time.perf_counter(), time.process_time()
            imported = import_scan_file(db, admin, info.id, file, device="gun-1")
            imports.append(time.perf_counter() - t0)
            cpu = time.process_time() - cpu0
        print(
            f"  {kind} round {round_}: open {opens[-1]:.2f} s ({info.expected:,} copies "
            f"frozen), import {imports[-1]:.2f} s ({imported.recorded:,} lines; "
            f"{cpu:.2f} s CPU in this process)"
        )
    if statements:
        print_statements(kind, statements, args.rounds)
    print(
        f"{kind}: open audit ({info.expected:,} copies frozen), median of {args.rounds}: "
        f"{verdict(statistics.median(opens), OPEN_TARGET_S)}"
    )
    print(
        f"{kind}: (a) import a {args.scans:,}-copy scanner file ({imported.recorded:,} lines, "
        f"reconciled and committed), median of {args.rounds}: "
        f"{verdict(statistics.median(imports), IMPORT_TARGET_S)}; {dict(imported.outcomes)}"
    )
    return statistics.median(imports), info.id, imported


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def load() -> str:
    with open("/proc/loadavg") as fh:
        return "load " + ", ".join(fh.read().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=300_000, help="copies in the file")
    parser.add_argument("--timed", type=int, default=2_000, help="record_scan calls timed")
    parser.add_argument("--rounds", type=int, default=3, help="audits opened and imported into")
    parser.add_argument("--postgresql", default=None, metavar="URL", help="bench on this server")
    parser.add_argument(
        "--sqlite-too", action="store_true", help="with --postgresql: the import on SQLite too"
    )
    parser.add_argument("--import-only", action="store_true", help="only the import, (a)")
    parser.add_argument("--statements", action="store_true", help="time the import's statements")
    parser.add_argument("--rebuild", action="store_true", help="build the kept fund afresh")
    args = parser.parse_args()

    kind = "PostgreSQL" if args.postgresql else "SQLite"
    with tempfile.TemporaryDirectory() as tmp:
        file = scanner_file(Path(tmp), args.copies, args.scans)
        print(f"{load()} at the start")
        figures = {}
        if args.postgresql and args.sqlite_too:
            with database(Path(tmp), None, args.copies, args.rebuild) as db:
                figures["SQLite"] = import_rounds(db, "SQLite", file, args)[0]
        with database(Path(tmp), args.postgresql, args.copies, args.rebuild) as db:
            figures[kind], audit_id, _ = import_rounds(db, kind, file, args)
            if len(figures) > 1:
                print(
                    "import, median: "
                    + ", ".join(f"{k} {v:.2f} s" for k, v in figures.items())
                    + f" (target < {IMPORT_TARGET_S:.0f} s; {load()})"
                )
            else:
                print(f"({load()} at the end)")
            if not args.import_only:
                rest(db, args, audit_id, file)


def rest(db: Database, args: argparse.Namespace, audit_id: int, file: Path) -> None:
    """(a)'s second import, (b), the per-scan time and closing, on the last audit."""
    admin = authenticate(db, "admin", "bench-secret")
    t0 = time.perf_counter()
    again = import_scan_file(db, admin, audit_id, file, device="gun-1")
    took = time.perf_counter() - t0
    print(
        f"    the same file again ({again.already_imported:,} lines already imported, "
        f"{again.recorded} recorded): {verdict(took, IMPORT_TARGET_S)}"
    )

    t0 = time.perf_counter()
    progress = audit_progress(db, audit_id, count_scans=True)
    short = audit_report(db, admin, audit_id, long_lists=False)
    took = time.perf_counter() - t0
    print(
        f"(b) results with {progress.scans:,} scans recorded (counters, counts, short lists, "
        f"shelf order): {verdict(took, RESULTS_TARGET_S)}; found {short.found_total:,}, "
        f"missing {short.missing_total:,}, misplaced {len(short.misplaced):,}, unknown "
        f"{len(short.unknown):,}, conflicts {len(short.status_conflicts):,}, shelf-order "
        f"errors {len(short.shelf_order):,}"
    )
    t0 = time.perf_counter()
    report = audit_report(db, admin, audit_id)
    took = time.perf_counter() - t0
    print(
        f"    full report, every found and missing copy listed: "
        f"{verdict(took, RESULTS_TARGET_S)}; {len(report.found):,} found and "
        f"{len(report.missing):,} missing copies listed"
    )
    del report

    rng = random.Random(11)
    record_scan(db, admin, audit_id, "L-ST-03", "gun-t")
    timings, progress_ms = [], []
    for n in range(args.timed):
        code = barcode(rng.randint(1, args.copies)) if n % 20 else f"STRAY{n}"
        t1 = time.perf_counter()
        record_scan(db, admin, audit_id, code, "gun-t")
        timings.append((time.perf_counter() - t1) * 1000)
        if n % 10 == 0:
            t1 = time.perf_counter()
            audit_progress(db, audit_id)
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
