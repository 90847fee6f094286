"""The union catalog sync, timed against a real Zebra.

    python3 bench/bench_sync.py send [--records 5000] [--rounds 3]   # (a) Qor vs yaz-client
    python3 bench/bench_sync.py changes [--catalog 200000] [--changed 10]   # (b)

(a) A catalog of N records is synced into a fresh Zebra by `sync()` (sending, verifying each
record by local number, recording per record); yaz-client then sends exactly the MARCXML Qor
sent (kept in the sync state) into another fresh Zebra, with `update update ID <file`. The two
run side by side in rounds, the order swapped each round, as other work on the machine comes
and goes; each round's rates and ratio are printed, and the median ratio. The target is Qor at
80% of yaz-client or better.
(b) A catalog of 200,000 records (bench/_catalog.py, built once and reused) already in the
union catalog (`mark_synced`, as after the library's initial load), 10 records edited: a full
sync is timed; the target is under 2 s, since the work follows the outbox, not the catalog.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.catalog.records import get_record, update_record
from app.errors import RecordInvalid
from app.security.users import authenticate
from app.unioncat.outbox import outbox_size
from app.unioncat.sync import mark_synced, sync
from app.unioncat.targets import UnionCatalogTarget
from app.unioncat.zoom import ZoomConnection, build_pqf
from bench._catalog import PASSWORD, catalog
from db import migrate
from db.models import Record, SyncState
from db.session import Database
from tests.unioncat_server import ZebraServer

USER, SYNC_PASSWORD = "sync", "secret"


def _target(server: ZebraServer) -> UnionCatalogTarget:
    return UnionCatalogTarget("bench", server.host, server.port, "unioncat", USER)


def _fresh_copy(db: Database, name: str) -> Database:
    """A copy of a bench catalog, so each run starts from the same outbox."""
    source = Path(db.url.removeprefix("sqlite:///"))
    db.dispose()
    copy = source.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
    fresh = Database(f"sqlite:///{copy}")
    migrate.upgrade(fresh)  # a catalog built before the sync tables existed gets them
    return fresh


def _qor_round(count: int) -> tuple[float, list[tuple[str, str]]]:
    """Qor's sync of the whole outbox into a fresh Zebra: its rate, and what it sent."""
    db = _fresh_copy(catalog(count), f"sync-send-{count}.sqlite")
    actor = authenticate(db, "admin", PASSWORD)
    queued = outbox_size(db)
    with ZebraServer(user=(USER, SYNC_PASSWORD)) as server:
        started = time.perf_counter()
        report = sync(db, actor, _target(server), SYNC_PASSWORD)
        elapsed = time.perf_counter() - started
        if report.error or report.failed:
            print(f"Qor: {report.describe()}")
            for entry in report.failed[:5]:
                print(f"  {entry.identity}: {entry.reason}")
    sent = report.count("sent")
    print(f"  Qor sync:   {sent} of {queued} records sent and verified in {elapsed:.1f} s "
          f"= {sent / elapsed:.0f} records/s")  # fmt: skip
    with db.read() as session:
        rows = session.execute(
            select(SyncState.identity, SyncState.sent_marcxml)
            .where(SyncState.status == "sent")
            .order_by(SyncState.record_id)
        ).all()
    db.dispose()
    return sent / elapsed, [(identity, xml) for identity, xml in rows]


def _yaz_round(rows: list[tuple[str, str]], work: Path) -> float:
    """yaz-client sending the same MARCXML, one `update update ID <file` each, into a fresh
    Zebra configured the same (no commit: neither server has shadow registers)."""
    with ZebraServer(user=(USER, SYNC_PASSWORD)) as server:
        commands = [f"auth {USER} {SYNC_PASSWORD}", f"open tcp:127.0.0.1:{server.port}/unioncat"]
        commands += [f"update update {identity} <{work / f'{n}.xml'}"
                     for n, (identity, _) in enumerate(rows)]  # fmt: skip
        commands.append("quit")
        script = work / "commands"
        script.write_text("\n".join(commands) + "\n")
        started = time.perf_counter()
        run = subprocess.run(["yaz-client", "-f", str(script)], capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        done = run.stdout.count("Status: done")
        if done != len(rows):
            tail = "\n".join(run.stdout.splitlines()[-20:])
            raise SystemExit(f"yaz-client: {done} of {len(rows)} done, no fair rate\n{tail}")
        with ZoomConnection(server.target()) as reader:
            held = sum(
                reader.search(build_pqf("local", identity), count=0).total
                for identity, _ in rows[:200]
            )
    print(f"  yaz-client: {done} of {len(rows)} records sent (not verified) in {elapsed:.1f} s "
          f"= {done / elapsed:.0f} records/s; {held} of the first 200 found after")  # fmt: skip
    return done / elapsed


def bench_send(count: int, rounds: int) -> None:
    """Rounds of Qor and yaz-client side by side, the order swapped each round, so that a
    machine busy with other work weighs on both alike."""
    work = Path(tempfile.mkdtemp(prefix="qor-bench-sync-"))
    ratios: list[float] = []
    try:
        rows: list[tuple[str, str]] = []
        for round_no in range(1, rounds + 1):
            print(f"Round {round_no} of {rounds}:")
            if round_no % 2:
                qor_rate, rows = _qor_round(count)
                for n, (_, xml) in enumerate(rows):
                    (work / f"{n}.xml").write_text(xml, encoding="utf-8")
                yaz_rate = _yaz_round(rows, work)
            else:
                yaz_rate = _yaz_round(rows, work)
                qor_rate, _ = _qor_round(count)
            ratios.append(qor_rate / yaz_rate)
            print(f"  Qor / yaz-client: {ratios[-1]:.0%}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    each = ", ".join(f"{r:.0%}" for r in ratios)
    print(f"Qor / yaz-client: {statistics.median(ratios):.0%} (median of {each}; "
          "target: 80% or better)")  # fmt: skip


def _record_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Record)).scalar_one())


def bench_changes(count: int, changed: int) -> None:
    base = catalog(count)
    if (held := _record_count(base)) < count:
        raise SystemExit(f"The bench catalog holds {held} of {count} records: another run is "
                         "still building it; try again when it is done.")  # fmt: skip
    # The shared catalog stays as it is; a private copy is marked as already in the union
    # catalog once (as after a library's initial load) and reused.
    shared = Path(base.url.removeprefix("sqlite:///"))
    marked_path = shared.with_name(f"sync-marked-{shared.name}")
    if not marked_path.exists():
        marked = _fresh_copy(base, marked_path.name)
        started = time.perf_counter()
        done = mark_synced(
            marked, authenticate(marked, "admin", PASSWORD),
            UnionCatalogTarget("bench", "127.0.0.1", 1, "unioncat"),
        )  # fmt: skip
        print(f"mark_synced: {done} records recorded as already held (once) "
              f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
        base = marked
    else:
        base = Database(f"sqlite:///{marked_path}")
    db = _fresh_copy(base, f"sync-changes-{count}.sqlite")
    actor = authenticate(db, "admin", PASSWORD)
    with db.read() as session:
        step = max(count // (changed * 20), 1)
        candidates = session.execute(
            select(Record.id).where(Record.id % step == 0).order_by(Record.id)
        ).scalars().all()  # fmt: skip
    ids: list[int] = []
    for record_id in candidates:
        record = get_record(db, record_id).record
        record.add_ordered_field(*_note())
        try:
            update_record(db, actor, record_id, record)
        except RecordInvalid:
            continue  # some real source records fail validation; edit another
        ids.append(record_id)
        if len(ids) == changed:
            break
    with ZebraServer(user=(USER, SYNC_PASSWORD)) as server:
        target = UnionCatalogTarget("bench", server.host, server.port, "unioncat", USER)
        started = time.perf_counter()
        report = sync(db, actor, target, SYNC_PASSWORD)
        elapsed = time.perf_counter() - started
    print(f"Catalog of {count} records, {len(ids)} changed: {report.describe()}")
    print(f"Full sync: {elapsed:.2f} s (target: under 2 s)")
    db.dispose()


def _note() -> list[object]:
    from pymarc import Field, Indicators, Subfield

    return [Field(tag="500", indicators=Indicators(" ", " "),
                  subfields=[Subfield("a", "Қорға қайта тексерілді")])]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="which", required=True)
    send = sub.add_parser("send")
    send.add_argument("--records", type=int, default=5000)
    send.add_argument("--rounds", type=int, default=3)
    changes = sub.add_parser("changes")
    changes.add_argument("--catalog", type=int, default=200_000)
    changes.add_argument("--changed", type=int, default=10)
    args = parser.parse_args()
    if args.which == "send":
        bench_send(args.records, args.rounds)
    else:
        bench_changes(args.catalog, args.changed)


if __name__ == "__main__":
    main()
