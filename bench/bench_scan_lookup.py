"""How fast the scan field finds a copy by its barcode in a catalog of 1,000,000 copies
(the GUI's feedback target: under 50 ms at p99; the service's own budget: under 1 ms).

The catalog is built once in a temporary SQLite file: the library, a location and an accession
batch through the services; then 10,000 records and 1,000,000 copies written with bulk Core
inserts. That bulk fill is a bench fixture only (it skips the event log and the counters);
the lookups timed are the real `copy_by_barcode`.

Run: python bench/bench_scan_lookup.py [--copies N] [--lookups N] [--keep PATH]
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

from sqlalchemy import insert

from app.intake.accession import open_accession
from app.intake.barcodes import make_barcode
from app.intake.copies import copy_by_barcode
from app.intake.locations import add_location
from app.library import initialise
from app.security.users import authenticate
from db.models import Item, Record
from db.session import Database

RECORDS = 10_000
CHUNK = 50_000
PREFIX = "0421"
GUI_TARGET_MS = 50.0
SERVICE_TARGET_MS = 1.0


def barcode(n: int) -> str:
    return make_barcode("codabar14", inventory_number=str(n), sequence=n, library_prefix=PREFIX)


def build(db: Database, copies: int) -> None:
    initialise(db, "Ұлттық академиялық кітапхана", "KZ-BENCH", "admin", "bench-secret")
    admin = authenticate(db, "admin", "bench-secret")
    location = add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-1")
    now = datetime.now(UTC)
    with db.write() as session:
        # Bench fixture: bulk rows straight into the tables, not through the services.
        session.execute(
            insert(Record),
            [
                {
                    "id": r,
                    "control_number": f"{r:010d}",
                    "marc": "{}",
                    "title": f"Кітап {r}",
                    "title_sort": b"",
                    "author_sort": b"",
                    "created_at": now,
                    "updated_at": now,
                }
                for r in range(1, RECORDS + 1)
            ],
        )
        for start in range(1, copies + 1, CHUNK):
            session.execute(
                insert(Item),
                [
                    {
                        "id": n,
                        "record_id": (n % RECORDS) + 1,
                        "inventory_number": str(n),
                        "barcode": barcode(n),
                        "location_id": location.id,
                        "call_number": "84(5Каз) Ә 97",
                        "accession_id": batch.id,
                        "status": "available",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(start, min(start + CHUNK, copies + 1))
                ],
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the catalog at PATH")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "scan.sqlite"
        db = Database(f"sqlite:///{path}")
        started = time.perf_counter()
        build(db, args.copies)
        built = time.perf_counter() - started
        size = path.stat().st_size // 2**20
        print(f"catalog of {args.copies:,} copies built in {built:.1f} s ({size} MiB)")

        rng = random.Random(2026)
        wanted = [barcode(rng.randint(1, args.copies)) for _ in range(args.lookups)]
        copy_by_barcode(db, wanted[0])  # warm the statement cache and the connection pool
        timings = []
        for code in wanted:
            t0 = time.perf_counter()
            found = copy_by_barcode(db, code)
            timings.append((time.perf_counter() - t0) * 1000)
            assert found is not None and found.barcode == code
        db.dispose()

    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    verdict = "ok" if p99 < SERVICE_TARGET_MS else "over the 1 ms service budget"
    print(
        f"scan lookup over {args.lookups:,} random barcodes: p50 {p50:.2f} ms, "
        f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms ({verdict}; "
        f"the GUI feedback target is < {GUI_TARGET_MS:.0f} ms at p99)"
    )


if __name__ == "__main__":
    main()
