"""`qor sync` killed with SIGKILL in the middle of a run, then run again: the union catalog
ends with exactly one copy of every record and the outbox is empty."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.catalog.importing import import_files
from app.marc.writing import write_records
from app.security.roles import Actor
from app.unioncat.history import sync_runs
from app.unioncat.outbox import outbox_size
from app.unioncat.sync import sync
from app.unioncat.targets import UnionCatalogTarget
from app.unioncat.zoom import ZoomConnection, build_pqf
from db.models import Record, SyncRunEntry
from db.session import Database
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER
from tests.conftest import ADMIN, ADMIN_PASSWORD, ROOT, SIGLA
from tests.records import book
from tests.unioncat_server import ZebraServer

pytestmark = pytest.mark.zebra

RECORDS = 300
KILL_AFTER = 60  # records confirmed before the kill


def _catalog(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "catalog.xml"
    records = (
        book(f"Кітапхана қоры {n}", f"Автор {n}", str(1950 + n % 70)) for n in range(RECORDS)
    )
    write_records(records, path, "marcxml")
    summary = import_files(db, admin, [path], format="marcxml")
    assert summary.imported == RECORDS


def _confirmed(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(SyncRunEntry)).scalar_one())


def test_a_killed_sync_rerun_leaves_one_copy_of_each_record(
    sqlite_db: Database, zebra: ZebraServer, tmp_path: Path
) -> None:
    from app.security.users import authenticate

    db = sqlite_db
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    _catalog(db, admin, tmp_path)
    env = os.environ | {
        "QOR_PASSWORD": ADMIN_PASSWORD,
        "QOR_SYNC_PASSWORD": SYNC_PASSWORD,
        "PYTHONPATH": str(ROOT),
    }
    target_url = f"z3950://{SYNC_USER}@{zebra.host}:{zebra.port}/unioncat"
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", db.url, "--user", ADMIN, "--json",
         "sync", "--target", target_url],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while _confirmed(db) < KILL_AFTER:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the sync made no progress"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    confirmed = _confirmed(db)
    left = outbox_size(db)
    assert KILL_AFTER <= confirmed < RECORDS, "the kill came too late to prove anything"
    assert left == RECORDS - confirmed  # every confirmation took its outbox row with it

    target = UnionCatalogTarget("t", zebra.host, zebra.port, "unioncat", SYNC_USER)
    report = sync(db, admin, target, SYNC_PASSWORD)
    assert report.ok and report.remaining == 0 and outbox_size(db) == 0
    assert report.count("sent") + report.count("updated") == left
    assert [r.status for r in sync_runs(db)][:2] == ["completed", "interrupted"]

    with db.read() as session:
        numbers = session.execute(select(Record.control_number)).scalars().all()
    assert len(numbers) == RECORDS
    with ZoomConnection(zebra.target()) as conn:
        counts = {
            n: conn.search(build_pqf("local", f"{SIGLA}:{n}"), count=0).total for n in numbers
        }
        total = conn.search(build_pqf("title", "кітапхана"), count=0).total
    assert set(counts.values()) == {1}
    assert total == RECORDS
