"""The inventory book as a PDF for 10,000 and 100,000 copies (target: 100,000 in under 30 s),
with peak memory for each, to show that memory does not grow with the number of copies.

The fund is made by BULK INSERT (records, copies, a write-off act, a closed audit that found
every copy still held, so each line carries its check mark), not through the services:
adding 100,000 copies one action at a time would measure intake, not the register. Each size
runs in a fresh process so its peak RSS is its own.

Run: python bench/bench_inventory_book.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, update

from app.catalog.folding import sort_key
from app.intake.accession import open_accession
from app.intake.locations import add_location
from app.library import initialise
from app.marc.codec import to_json
from app.registers.inventory_book import render_inventory_book
from app.security.users import authenticate
from db.models import Audit, AuditFind, Counter, Item, Record, WriteOffAct, WriteOffCopy
from db.session import Database
from tests.records import book

SIZES = (10_000, 100_000)
TARGET_SECONDS = 30.0
COPIES_PER_RECORD = 4
TITLES = ("Абай жолы", "Қазақстан тарихы : оқулық", "Көшпенділер", "Қан мен тер", "Ақ кеме")
AUTHORS = ("Әуезов, Мұхтар", "Қозыбаев, Манаш", "Есенберлин, Ілияс", "Нұрпейісов, Әбдіжәміл")


def build(db: Database, copies: int) -> None:
    """A library with `copies` copies, bulk-inserted; every 50th written off, every other
    one found by a closed audit."""
    initialise(db, "Ұлттық академиялық кітапхана", "KZ-BENCH", "admin", "bench-secret")
    admin = authenticate(db, "admin", "bench-secret")
    add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-1", date=date(2026, 2, 1))
    now = datetime.now(UTC)
    records = copies // COPIES_PER_RECORD
    with db.write() as session:
        rows = []
        for n in range(1, records + 1):
            title = f"{TITLES[n % len(TITLES)]} : {n}-том"
            author = AUTHORS[n % len(AUTHORS)]
            marc = to_json(book(title, author, str(1950 + n % 70), control=f"{n:010d}"))
            rows.append(
                dict(id=n, control_number=f"{n:010d}", marc=marc, title=title, author=author,
                     year=str(1950 + n % 70), title_sort=sort_key(title),
                     author_sort=sort_key(author), created_at=now, updated_at=now)
            )  # fmt: skip
        session.execute(insert(Record), rows)
        items = [
            dict(id=n, record_id=(n - 1) // COPIES_PER_RECORD + 1, inventory_number=str(n),
                 barcode=str(n), location_id=1, call_number="84(5Каз)", price="1500.00",
                 currency="KZT", accession_id=batch.id,
                 status="written-off" if n % 50 == 0 else "available",
                 condition_notes="", created_at=now, updated_at=now, created_by="bench")
            for n in range(1, copies + 1)
        ]  # fmt: skip
        for start in range(0, len(items), 20_000):
            session.execute(insert(Item), items[start : start + 20_000])
        session.execute(
            insert(WriteOffAct),
            [dict(id=1, year=2026, sequence=1, number="2026/1", act_date=date(2026, 9, 1),
                  reason="wear", notes="", created_at=now, created_by="bench")],
        )  # fmt: skip
        session.execute(
            insert(WriteOffCopy),
            [dict(act_id=1, item_id=n, price="1500.00", currency="KZT")
             for n in range(50, copies + 1, 50)],
        )  # fmt: skip
        session.execute(
            insert(Audit),
            [dict(id=1, reason="scheduled", scope="{}", status="closed", opened_at=now,
                  closed_at=now, opened_by="bench", closed_by="bench")],
        )  # fmt: skip
        finds = [
            dict(audit_id=1, item_id=n, found_at=now, found_location_id=1, found_by="bench",
                 found_device="gun", outcome="found")
            for n in range(1, copies + 1) if n % 50
        ]  # fmt: skip
        for start in range(0, len(finds), 20_000):
            session.execute(insert(AuditFind), finds[start : start + 20_000])
        session.execute(
            update(Counter).where(Counter.name == "inventory_number").values(value=copies)
        )


def measure(path: Path, trace: bool) -> dict[str, float]:
    """Draw the book of the database at `path`, in this (fresh) process. With `trace`,
    tracemalloc follows every allocation (several times slower: its run is not timed)."""
    db = Database(f"sqlite:///{path}")
    out = path.with_suffix(".pdf")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    summary = render_inventory_book(db, out, language="kk")
    elapsed = time.perf_counter() - started
    traced_peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db.dispose()
    return {
        "copies": summary.lines, "seconds": elapsed, "pages": summary.pages,
        "withdrawn": summary.withdrawn, "mib": out.stat().st_size / 2**20,
        "traced_peak_mib": traced_peak / 2**20, "rss_before_mib": rss_before / 1024,
        "rss_peak_mib": rss_peak / 1024,
    }  # fmt: skip


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        build(Database(f"sqlite:///{sys.argv[3]}"), int(sys.argv[2]))
        return
    if sys.argv[1:2] in (["--measure"], ["--trace"]):
        print(json.dumps(measure(Path(sys.argv[2]), sys.argv[1] == "--trace")))
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            path = Path(tmp) / f"fund-{size}.sqlite"
            _run("--build", str(size), str(path))
            timed = json.loads(_run("--measure", str(path)))
            timed["traced_peak_mib"] = json.loads(_run("--trace", str(path)))["traced_peak_mib"]
            results.append(timed)
    for r in results:
        verdict = ""
        if r["copies"] == max(SIZES):
            verdict = "ok" if r["seconds"] < TARGET_SECONDS else "TOO SLOW"
            verdict = f" (target < {TARGET_SECONDS:g} s) {verdict}"
        print(
            f"{r['copies']:>7,} copies: {r['seconds']:.1f} s{verdict}, {r['pages']} pages, "
            f"{r['mib']:.1f} MiB PDF, {r['withdrawn']:,} withdrawn; Python heap peak while "
            f"drawing {r['traced_peak_mib']:.1f} MiB; RSS {r['rss_before_mib']:.0f} MiB before, "
            f"peak {r['rss_peak_mib']:.0f} MiB"
        )
    small, large = results[0], results[-1]
    print(
        f"10x the copies: heap peak x{large['traced_peak_mib'] / small['traced_peak_mib']:.2f}, "
        f"RSS peak x{large['rss_peak_mib'] / small['rss_peak_mib']:.2f}, "
        f"time x{large['seconds'] / small['seconds']:.1f}"
    )


if __name__ == "__main__":
    main()
