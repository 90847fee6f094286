"""Search speed on a catalog of 200,000 records (its first 18,600 imported through the import
service, the rest copied from them: bench/_catalog.py), on SQLite or on PostgreSQL. Targets
(issue 2, issue 16 for PostgreSQL and for 2,000,000 records): a word search under 50 ms at
the 95th percentile; an ISBN or 001 lookup under 5 ms.

Run: python bench/bench_search.py [COUNT] [--postgresql URL]
(the catalog is built once and kept: an SQLite file in $QOR_BENCH_DIR, or the database
qor_bench_catalog_COUNT_v2 on the server, e.g. postgresql+psycopg://postgres@127.0.0.1/postgres)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog.folding import words as folded_words
from app.catalog.search import search
from bench._catalog import catalog
from db.models import Record


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(db, queries: list[str], language: str = "kk") -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for q in queries:
        start = time.perf_counter()
        search(db, q, limit=50, language=language)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=200_000)
    parser.add_argument("--postgresql", default=None, metavar="URL", help="bench on this server")
    args = parser.parse_args()
    count = args.count
    t0 = time.perf_counter()
    db = catalog(count, args.postgresql)
    kind = "PostgreSQL" if args.postgresql else "SQLite"
    print(f"{kind}: catalog of {count:,} records ready in {time.perf_counter() - t0:.1f} s")
    rng = random.Random(7)
    with db.read() as session:
        titles = session.execute(select(Record.title).where(Record.id % 37 == 0)).scalars()
        words = sorted({w for t in titles for w in folded_words(t) if len(w) > 2})
        sample = session.execute(
            select(Record.isbn, Record.control_number).order_by(Record.id).limit(20000)
        ).all()
    isbns = [r.isbn for r in sample if r.isbn][:2000]
    numbers = [r.control_number for r in sample]
    word_queries = [rng.choice(words) for _ in range(300)]
    two_words = [f"{rng.choice(words)} {rng.choice(words)[:4]}" for _ in range(200)]
    prefixes = [rng.choice(words)[:3] for _ in range(100)]
    timed(db, word_queries[:20])  # warm the page cache
    results = {
        "one word": timed(db, word_queries),
        "one word, ru": timed(db, word_queries, "ru"),  # sorted in Russian order
        "two words": timed(db, two_words),
        "3-letter prefix": timed(db, prefixes),
        "ISBN": timed(db, [rng.choice(isbns) for _ in range(300)]),
        "001": timed(db, [f"id:{rng.choice(numbers)}" for _ in range(300)]),
    }
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average {load} (2 cores: figures under load are noisy)")
    for name, times in results.items():
        target = 5 if name in ("ISBN", "001") else 50
        p95 = percentile(times, 0.95)
        print(
            f"{name:16s} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
            f"(target p95 < {target} ms) {'ok' if p95 < target else 'OVER TARGET'}"
        )


if __name__ == "__main__":
    main()
