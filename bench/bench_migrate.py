"""Migration speed: `qor migrate irbis` of N records with 3N copies from an IRBIS64 master
file (written by Qor's own writer), beside pymarc's bare parse of the same records exported
as ISO 2709, with each side's peak memory (it must stay flat as N grows).

    python bench/bench_migrate.py [N]        # default 20,000; the issue's figure is 300,000

The records are the shared text exports' shapes (a book with 700/200/210/215/606/903/908,
920 PAZK) with three 910 copies each in the statuses a fund has (free, on loan, written off),
unique inventory numbers, barcodes on two in three, КСУ numbers over a hundred batches.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.migration.irbis import IrbisField, IrbisRecord, write_iso, write_master

PASSWORD = "bench-secret"
_SURNAMES = ["Абаев", "Бекмұхамедов", "Қасымов", "Ivanov", "Сейфуллин", "Әуезов", "Smith"]
_PLACES = ["ХР", "АБ", "ЧЗ", "ФО-1", "КДИ"]


def synthetic_records(count: int, copies: int = 3) -> Iterator[IrbisRecord]:
    """`count` catalog records with `copies` copies each, deterministic."""
    inventory = 0
    for mfn in range(1, count + 1):
        surname = _SURNAMES[mfn % len(_SURNAMES)]
        fields = [
            IrbisField("920", "PAZK"),
            IrbisField("101", "rus"),
            IrbisField("102", "KZ"),
            IrbisField("10", f"^A5-{mfn % 90000 + 10000:05d}-{mfn % 97:02d}-X^D{mfn % 900 + 100}"),
            IrbisField("700", f"^A{surname}^BА.{chr(0x410 + mfn % 32)}."),
            IrbisField(
                "200",
                f"^AКітап нөмірі {mfn}^EОқу құралы^F{surname[0]}. {surname}",
            ),
            IrbisField("210", f"^AАлматы^CҒылым^D{1950 + mfn % 75}"),
            IrbisField("215", f"^A{100 + mfn % 400}"),
            IrbisField("606", "^AТарих^BЗерттеулер^GҚазақстан"),
            IrbisField("621", f"63.3(5Каз){mfn % 10}"),
            IrbisField("908", f"{surname[0]}{11 + mfn % 88}"),
            IrbisField("903", f"63.3/{surname[0]}{11 + mfn % 88}-{mfn}"),
            IrbisField("907", f"^CПК^A2019{1 + mfn % 12:02d}01^BБенч"),
        ]
        for k in range(copies):
            inventory += 1
            status = "0" if k == 0 else ("1" if k == 1 else ("6" if mfn % 10 == 0 else "0"))
            text = (
                f"^A{status}^B{inventory:07d}^C2019{1 + mfn % 12:02d}15"
                f"^D{_PLACES[(mfn + k) % len(_PLACES)]}^E{500 + mfn % 3000}.00"
                f"^U2019/{1 + mfn % 100}"
            )
            if k != 2:
                text += f"^HB{inventory:09d}"
            fields.append(IrbisField("910", text))
        yield IrbisRecord(mfn, fields)


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(argv: list[str]) -> tuple[str, float, int]:
    """Run one side in a process of its own: (its output, wall seconds, peak RSS in MB)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, env=env, check=True
    )
    wall = time.perf_counter() - start
    out, _, peak = done.stdout.strip().rpartition(" ")
    return out, wall, int(peak) // 1024


def _side_pymarc(iso: str) -> None:
    import pymarc

    count = 0
    with open(iso, "rb") as fh:
        for record in pymarc.MARCReader(fh, to_unicode=True, force_utf8=True):
            if record is not None:
                count += 1
    print(f"{count} {_peak_kb()}")


def _side_migrate(mst: str, db_url: str) -> None:
    from app.library import initialise
    from app.migration.service import migrate_irbis
    from app.security.users import authenticate
    from db.session import Database

    db = Database(db_url)
    initialise(db, "Бенчмарк", "KZ-BENCH", "admin", PASSWORD)
    actor = authenticate(db, "admin", PASSWORD)
    report = migrate_irbis(db, actor, Path(mst))
    db.dispose()
    print(f"{report.records} {report.copies} {_peak_kb()}")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    work = Path(os.environ.get("QOR_BENCH_DIR", "/tmp/qor-bench")) / f"irbis-{count}"
    work.mkdir(parents=True, exist_ok=True)
    mst, iso = work / "BENCH.mst", work / "bench.iso"
    if not mst.exists():
        write_master(mst, synthetic_records(count))
        write_iso(iso, synthetic_records(count))
    target = work / "migrate.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    parsed, parse_wall, parse_mb = _child(["--pymarc", str(iso)])
    migrated, migrate_wall, migrate_mb = _child(["--migrate", str(mst), f"sqlite:///{target}"])
    records, copies = (int(x) for x in migrated.split())
    print(
        f"IRBIS64 master file: {count} records, {3 * count} copies ({mst.stat().st_size >> 20} MB)"
    )
    print(
        f"pymarc bare parse of the ISO 2709 export: {parsed} records in {parse_wall:.1f} s, "
        f"peak {parse_mb} MB"
    )
    print(
        f"qor migrate irbis: {records} records, {copies} copies in {migrate_wall:.1f} s "
        f"({migrate_wall / max(records, 1) * 1000:.2f} ms a record, "
        f"{migrate_wall / parse_wall:.1f}x the parse), peak {migrate_mb} MB"
    )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--pymarc":
        _side_pymarc(sys.argv[2])
    elif len(sys.argv) > 3 and sys.argv[1] == "--migrate":
        _side_migrate(sys.argv[2], sys.argv[3])
    else:
        main()
