"""Shared by the benchmarks: real MARC records replicated to N with unique 001s, and a
catalog built from them through the real import service.

A big catalog is built quickly by importing its first `_BASE` records through the service and
copying those rows to the rest (`grow`): record i of the replicated file is source record
i % 465 with its own 001 (kept by the import as 035 BENCH...) and ISBN, so the rows the import
would write for record i + k * _BASE are record i's with the record id, control number, BENCH
number and ISBN changed. The word index is copied with INSERT ... SELECT, so PostgreSQL's
record_word and word_prefix triggers fill their tables as the import's inserts do (on SQLite
the prefix counts are added by wordindex's own code, as the import's writes add them); the
title bands are drawn at the end (on SQLite from 300,000 records), as an import that outgrew
them draws them. Only the event log differs: the import logs one entry per batch of
records, the copied rows none.
`bench/check_catalog_build.py` compares both ways' tables row for row."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pymarc
from sqlalchemy import Connection, MetaData, Table, create_engine, text
from sqlalchemy.engine import make_url

from app.catalog import wordindex
from app.catalog.importing import import_files
from app.catalog.indexing import insert_many
from app.library import initialise, is_initialised, upgrade_existing
from app.security.users import authenticate
from db.session import Database

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "marc"
SOURCES = [
    "marc4j/pride-and-prejudice-fixed.mrc",
    "marc4j/065001035.mrc",
    "yaz/marccol1.u8.marc",
    "yaz/marccol5.u8.marc",
    "pymarc/regression45.dat",
]
PASSWORD = "bench-password"


def source_records() -> list[bytes]:
    """The raw ISO 2709 bytes of every readable UTF-8 record of the sources."""
    raw: list[bytes] = []
    for name in SOURCES:
        with open(SHARED / name, "rb") as fh:
            for record in pymarc.MARCReader(fh, to_unicode=True, force_utf8=True):
                if record is not None:
                    raw.append(record)
    out = []
    for record in raw:
        record.leader = pymarc.Leader(str(record.leader)[:9] + "a" + str(record.leader)[10:])
        out.append(record.as_marc())
    return out


def _isbn13(sequence: int) -> str:
    core = f"9798{sequence:08d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
    return core + str((10 - total % 10) % 10)


def replicated_file(count: int, path: Path) -> Path:
    """`count` records cycled from the real sources, each with its own 001 and, where the
    source has one, its own ISBN (a real catalog holds each ISBN about once)."""
    if path.exists():
        return path
    sources = [pymarc.Record(data=r, to_unicode=True, force_utf8=True) for r in source_records()]
    with open(path, "wb") as fh:
        for i in range(count):
            record = sources[i % len(sources)]
            for f in record.get_fields("001"):
                record.remove_field(f)
            record.add_ordered_field(pymarc.Field(tag="001", data=f"BENCH{i:08d}"))
            if record.get_fields("020"):
                for f in record.get_fields("020"):
                    record.remove_field(f)
                record.add_ordered_field(
                    pymarc.Field(
                        tag="020",
                        indicators=pymarc.Indicators(" ", " "),
                        subfields=[pymarc.Subfield("a", _isbn13(i))],
                    )
                )
            fh.write(record.as_marc())
    return path


def bench_dir() -> Path:
    path = Path(os.environ.get("QOR_BENCH_DIR", Path(tempfile.gettempdir()) / "qor-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _server_database(server: str, name: str) -> Database:
    """The database `name` on the PostgreSQL `server`, created when missing (kept between
    runs: building a big catalog takes long)."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = text("SELECT 1 FROM pg_database WHERE datname = :n")
        if conn.execute(exists, {"n": name}).first() is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return Database(make_url(server).set(database=name).render_as_string(False))


# Records imported through the service before the rest are copied: a multiple of the 465
# source records, so that record i + k * _BASE comes from the same source as record i.
_BASE = 465 * 40
SOURCE_COUNT = 465


def catalog(count: int, server: str | None = None, *, imported: bool = False) -> Database:
    """A catalog of `count` records, kept and reused: an SQLite file in bench_dir(), or, given
    a PostgreSQL server URL, a database of its own there (qor_bench_catalog_COUNT_v2). Its
    first `_BASE` records are imported through the import service and the rest copied from
    them (see the module's doc); `imported` imports all of them (a catalog of its own name,
    ..._imported), as a check of the copies. A kept catalog is brought up to the newest
    schema."""
    name = f"catalog-{count}-v2" + ("-imported" if imported else "")
    if server is None:
        db = Database(f"sqlite:///{bench_dir() / f'{name}.sqlite'}")
    else:
        db = _server_database(server, f"qor_bench_{name.replace('-', '_')}")
    if is_initialised(db):
        upgrade_existing(db)
        return db
    base = count if imported or count <= _BASE else _BASE
    source = replicated_file(base, bench_dir() / f"records-{base}-v2.mrc")
    initialise(db, "Бенчмарк кітапханасы", "KZ-BENCH", "admin", PASSWORD)
    actor = authenticate(db, "admin", PASSWORD)
    import_files(db, actor, [source], on_duplicate="add")
    if base < count:
        grow(db, base, count)
    return db


def _record_number(i: int) -> str:
    return f"BENCH{i:08d}"


def grow(db: Database, base: int, count: int) -> None:
    """Copy the rows of the `base` imported records to records base + 1 ... count (see the
    module's doc), a block of `base` records per transaction."""
    assert base % SOURCE_COUNT == 0
    with db.read() as session:
        connection = session.connection()
        records = connection.exec_driver_sql("SELECT * FROM record ORDER BY id").all()
        columns = list(connection.exec_driver_sql("SELECT * FROM record LIMIT 0").keys())
        key_rows = connection.exec_driver_sql(
            "SELECT kind, value, record_id FROM record_key ORDER BY record_id"
        ).all()
        outbox = connection.exec_driver_sql(
            "SELECT record_id, change, queued_at FROM sync_outbox ORDER BY record_id"
        ).all()
    assert [r.id for r in records] == list(range(1, base + 1)), "not a fresh import"
    keys: dict[int, list[tuple[str, str]]] = {}
    for kind, value, record_id in key_rows:
        keys.setdefault(record_id, []).append((kind, value))
    queued = {r.record_id: r for r in outbox}
    at = {c: n for n, c in enumerate(columns)}
    for start in range(base, count, base):
        stop = min(count, start + base)
        record_out: list[tuple] = []
        key_out: list[tuple] = []
        outbox_out: list[tuple] = []
        for row in records[: stop - start]:
            old_id, new_id = row.id, row.id + start
            old_cn, new_cn = row.control_number, f"{new_id:010d}"
            changes = [
                (f'["001","{old_cn}"]', f'["001","{new_cn}"]'),
                (_record_number(old_id - 1), _record_number(new_id - 1)),
            ]
            isbn = (_isbn13(old_id - 1), _isbn13(new_id - 1))
            if isbn[0] in row.marc:  # the replicated file's own ISBN, in 020
                changes.append(isbn)
            marc = row.marc
            for old, new in changes:
                assert marc.count(old) == 1, (old_id, old)
                marc = marc.replace(old, new)
            values = list(row)
            values[at["id"]], values[at["control_number"]], values[at["marc"]] = (
                new_id,
                new_cn,
                marc,
            )
            if row.isbn == isbn[0]:
                values[at["isbn"]] = isbn[1]
            record_out.append(tuple(values))
            for kind, value in keys.get(old_id, ()):
                if value == f"KZ-BENCH:{old_cn}":
                    value = f"KZ-BENCH:{new_cn}"
                else:
                    for old, new in changes[1:]:
                        value = value.replace(old, new)
                key_out.append((kind, value, new_id))
            q = queued[old_id]
            outbox_out.append((new_id, new_cn, q.change, q.queued_at))
        with db.write() as session:
            connection = session.connection()
            _insert(connection, "record", columns, record_out)
            _insert(connection, "record_key", ("kind", "value", "record_id"), key_out)
            _insert(
                connection,
                "sync_outbox",
                ("record_id", "control_number", "change", "queued_at"),
                outbox_out,
            )
            if db.is_sqlite:
                copy = (
                    "INSERT INTO record_fts (rowid, t, a, s, p) SELECT rowid + :start, t, a, s, p "
                    "FROM record_fts WHERE rowid <= :n ORDER BY rowid"
                )
            else:
                copy = (
                    "INSERT INTO record_text (record_id, doc) SELECT record_id + :start, doc "
                    "FROM record_text WHERE record_id <= :n ORDER BY record_id"
                )
            connection.execute(text(copy), {"start": start, "n": stop - start})
            if db.is_sqlite:  # as wordindex.write does (PostgreSQL's triggers did it)
                copied = connection.exec_driver_sql(
                    f"SELECT t, a, s, p FROM record_fts WHERE rowid <= {stop - start}"
                )
                wordindex.count_prefixes(session, (tuple(r) for r in copied))
            connection.execute(
                text("UPDATE counter SET value = :v WHERE name = 'control_number'"), {"v": stop}
            )
        print(f"  copied records {start + 1:,}-{stop:,}", file=sys.stderr, flush=True)
    wordindex.keep_bands(db)  # as an import that outgrew the bands does
    if not db.is_sqlite:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")


def _insert(connection: Connection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    if connection.dialect.name == "sqlite":
        insert_many(connection, Table(table, MetaData()), columns, rows)
        return
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
