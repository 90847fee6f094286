"""Shared by the benchmarks: real MARC records replicated to N with unique 001s, and a
catalog built from them through the real import service."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pymarc
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.catalog.importing import import_files
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


def catalog(count: int, server: str | None = None) -> Database:
    """A catalog of `count` records imported through the import service, kept and reused:
    an SQLite file in bench_dir(), or, given a PostgreSQL server URL, a database of its own
    there (qor_bench_catalog_COUNT). A kept catalog is brought up to the newest schema."""
    source = replicated_file(count, bench_dir() / f"records-{count}-v2.mrc")
    if server is None:
        db = Database(f"sqlite:///{bench_dir() / f'catalog-{count}-v2.sqlite'}")
    else:
        db = _server_database(server, f"qor_bench_catalog_{count}_v2")
    if is_initialised(db):
        upgrade_existing(db)
    else:
        initialise(db, "Бенчмарк кітапханасы", "KZ-BENCH", "admin", PASSWORD)
        actor = authenticate(db, "admin", PASSWORD)
        import_files(db, actor, [source], on_duplicate="add")
    return db
