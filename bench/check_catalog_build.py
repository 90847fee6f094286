"""Checks that a bench catalog grown by copying rows (bench/_catalog.py, `grow`) holds what
importing every record through the import service holds: the same rows of record (apart from
the times and 005, which the import stamps per batch), record_key, the word index
(record_fts on SQLite; record_text and record_word on PostgreSQL; word_prefix), the union catalog's
outbox and the control-number counter, and the same search results.

Run: python bench/check_catalog_build.py [COUNT] [--postgresql URL]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog.importing import import_files
from app.catalog.search import search
from app.library import initialise
from app.security.users import authenticate
from bench._catalog import PASSWORD, SOURCE_COUNT, grow, replicated_file
from db.session import Database

_QUERIES = [
    "pride",
    "austen",
    "pri",
    "the",
    "and",
    "ru",
    "ti:pride",
    "au:austen",
    "su:fiction",
    "pride prej",
    "english fiction",
    "1980",
    "ист",
    "история",
    "война мир",
    "лит",
    "zzzz",
]


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.read() as session:
        return [tuple(r) for r in session.connection().exec_driver_sql(sql)]


def _marc_without_005(marc: str) -> str:
    leader, fields = json.loads(marc)
    return json.dumps([leader, [f for f in fields if f[0] != "005"]])


def _tables(db: Database) -> dict[str, list[tuple]]:
    records = _rows(
        db,
        "SELECT id, control_number, marc, original_encoding, title, author, publisher, year, "
        "isbn, language, classification, title_sort, author_sort, title_sort_ru, "
        "author_sort_ru, title_sort_en, author_sort_en, created_by, updated_by "
        "FROM record ORDER BY id",
    )
    found = {
        "record": [(r[0], r[1], _marc_without_005(r[2]), *r[3:]) for r in records],
        "record_key": _rows(db, "SELECT kind, value, record_id FROM record_key ORDER BY 3, 1, 2"),
        "sync_outbox": _rows(
            db, "SELECT record_id, control_number, change FROM sync_outbox ORDER BY 1"
        ),
        "counter": _rows(db, "SELECT value FROM counter WHERE name = 'control_number'"),
    }
    if db.is_sqlite:
        found["record_fts"] = _rows(db, "SELECT rowid, t, a, s, p FROM record_fts ORDER BY 1")
        found["word_prefix"] = _rows(db, "SELECT * FROM word_prefix ORDER BY 1, 2")
    else:
        found["record_text"] = _rows(db, "SELECT record_id, doc::text FROM record_text ORDER BY 1")
        for name in ("record_word", "word_prefix"):
            found[name] = _rows(db, f"SELECT * FROM {name} ORDER BY 1, 2")
    return found


def _database(server: str | None, name: str, folder: Path) -> Database:
    if server is None:
        return Database(f"sqlite:///{folder / f'{name}.sqlite'}")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return Database(make_url(server).set(database=name).render_as_string(False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=SOURCE_COUNT * 8)
    parser.add_argument("--postgresql", default=None, metavar="URL")
    args = parser.parse_args()
    base = SOURCE_COUNT * 2
    folder = Path(tempfile.mkdtemp(prefix="qor-check-build-"))
    built = {}
    for name, imported in (("imported", args.count), ("grown", base)):
        db = _database(args.postgresql, f"qor_bench_check_{name}", folder)
        initialise(db, "Бенчмарк кітапханасы", "KZ-BENCH", "admin", PASSWORD)
        actor = authenticate(db, "admin", PASSWORD)
        source = replicated_file(imported, folder / f"records-{imported}.mrc")
        import_files(db, actor, [source], on_duplicate="add")
        if imported < args.count:
            grow(db, imported, args.count)
        built[name] = db
    a, b = (_tables(db) for db in built.values())
    failed = False
    for table in a:
        same = a[table] == b[table]
        failed |= not same
        print(f"{table:12s} {len(a[table]):8,} rows  {'same' if same else 'DIFFERENT'}")
    for query in _QUERIES:
        for sort in ("title", "author", "year"):
            for offset in (0, 50):
                found = [
                    search(db, query, limit=50, offset=offset, sort=sort) for db in built.values()
                ]
                if found[0] != found[1]:
                    failed = True
                    print(f"search {query!r} {sort} {offset}: DIFFERENT")
    print("searches   ", "DIFFERENT" if failed else "same")
    for db in built.values():
        db.dispose()
    if args.postgresql is not None:
        admin = create_engine(args.postgresql, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in built:
                conn.execute(text(f'DROP DATABASE "qor_bench_check_{name}"'))
        admin.dispose()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
