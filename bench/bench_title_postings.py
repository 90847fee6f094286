"""What a posting list in title order would give a one-word search on PostgreSQL (issue 16: at
2,000,000 records its p95 was some 0.4 s), measured before any migration makes one: a table
of (word, title sort key, record id) is made beside record_word in a bench catalog, each
word's and prefix's first page read from it (every word of the prefix's run heads merged),
checked against search()'s pages and timed; then the table is dropped.

Measured at 200,000 and 2,000,000 records (Kazakh title order only): the same pages as
search() gives, one word p95 1.6 and 4.9 ms, a 3-letter prefix 1.8 and 4.2 ms (load average
1 and 3), whatever the catalog's size; but the table and its index take 1.0 and 10.4 GB for
one sort language (a catalog of 1.6 and about 15 GB), three languages three times that. A
key shortened to its first 7 bytes takes some 8 bytes a word and language instead, but the
bench catalog's titles begin alike for long (36 of its 465 sources are «Community Innovation
Survey from the Eurostat Statistics database : ...», alike for their first 100 letters), so
the records a short key cannot order are read by id as before: slower than today's walk for
those words.

Run: python bench/bench_title_postings.py [COUNT] --postgresql URL
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog.folding import words as folded_words
from app.catalog.search import search
from bench._catalog import catalog
from db.models import Record
from db.session import Database

# Each word of the prefix: its first `wanted` postings in title order; their merge holds the
# page (a record among the first `wanted` of all is among the first `wanted` of its word).
PAGE = """
WITH RECURSIVE words (word) AS (
    (SELECT word FROM record_word WHERE word >= :low AND word < :high ORDER BY word LIMIT 1)
    UNION ALL
    SELECT (SELECT w.word FROM record_word w WHERE w.word > words.word AND w.word < :high
            ORDER BY w.word LIMIT 1)
    FROM words WHERE words.word IS NOT NULL
), heads AS (
    SELECT DISTINCT h.record_id, h.key FROM words CROSS JOIN LATERAL (
        SELECT p.record_id, p.key FROM bench_title_posting p WHERE p.word = words.word
        ORDER BY p.key, p.record_id LIMIT :wanted
    ) h
    WHERE words.word IS NOT NULL
), page AS (SELECT record_id, key FROM heads ORDER BY key, record_id LIMIT :limit OFFSET :offset)
SELECT r.id FROM page JOIN record r ON r.id = page.record_id ORDER BY page.key, page.record_id
"""


def page(db: Database, word: str, limit: int = 50, offset: int = 0) -> list[int]:
    high = word[:-1] + chr(ord(word[-1]) + 1)
    with db.read() as session:
        session.execute(
            text("SELECT coalesce(sum(records), 0) FROM word_prefix WHERE prefix = :p"),
            {"p": word},
        ).scalar_one()  # the total, as search() reads it
        found = session.execute(
            text(PAGE),
            {"low": word, "high": high, "wanted": limit + offset, "limit": limit, "offset": offset},
        )
        return [row[0] for row in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=200_000)
    parser.add_argument("--postgresql", required=True, metavar="URL")
    args = parser.parse_args()
    db = catalog(args.count, args.postgresql)
    admin = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    t0 = time.perf_counter()
    admin.exec_driver_sql("DROP TABLE IF EXISTS bench_title_posting")
    admin.exec_driver_sql(
        "CREATE TABLE bench_title_posting AS SELECT w.word, r.title_sort AS key, w.record_id "
        "FROM record_word w JOIN record r ON r.id = w.record_id"
    )
    admin.exec_driver_sql(
        "CREATE INDEX ix_bench_title_posting ON bench_title_posting (word, key, record_id)"
    )
    admin.exec_driver_sql("VACUUM ANALYZE bench_title_posting")
    size = admin.exec_driver_sql(
        "SELECT pg_size_pretty(pg_total_relation_size('bench_title_posting')), "
        "pg_size_pretty(pg_database_size(current_database()))"
    ).one()
    made = time.perf_counter() - t0
    print(f"postings made in {made:.0f} s: {size[0]} (database with them {size[1]})")
    try:
        rng = random.Random(7)
        with db.read() as session:
            titles = session.execute(select(Record.title).where(Record.id % 37 == 0)).scalars()
            words = sorted({w for t in titles for w in folded_words(t) if len(w) > 2})
        kinds = {
            "one word": [rng.choice(words) for _ in range(300)],
            "3-letter prefix": [rng.choice(words)[:3] for _ in range(100)],
        }
        differ = 0
        for query in kinds["one word"][:40] + kinds["3-letter prefix"][:20]:
            for limit, offset in ((50, 0), (7, 13)):
                differ += page(db, query, limit, offset) != [
                    h.id for h in search(db, query, limit, offset).hits
                ]
        print(f"pages differing from search(): {differ} of 120")
        for name, queries in kinds.items():
            times = []
            for query in queries:
                start = time.perf_counter()
                page(db, query)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[int(0.95 * len(times))]
            print(f"{name:16s} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms")
    finally:
        admin.exec_driver_sql("DROP TABLE bench_title_posting")
        admin.close()


if __name__ == "__main__":
    main()
