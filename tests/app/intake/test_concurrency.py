"""Four workstations adding copies to one catalog at the same moment, as four OS processes:
the inventory numbers they draw are distinct and gapless, on SQLite (BEGIN IMMEDIATE) and on
PostgreSQL (the counter row locked FOR UPDATE under READ COMMITTED)."""

from __future__ import annotations

import multiprocessing
import traceback
from collections import Counter as Tally
from datetime import date
from typing import Any

from sqlalchemy import select, text

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import add_copies
from app.intake.locations import add_location
from app.intake.numbering import set_numbering
from app.security import eventlog
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.models import Item
from db.session import Database
from tests.records import book

WORKSTATIONS = 4
ROUNDS = 5  # transactions per workstation
COPIES = 5  # copies per transaction
PASSWORD = "desk-secret"


def _workstation(
    url: str, user: str, record_id: int, accession_id: int, start: Any, errors: Any
) -> None:
    """One workstation: signs in, waits for the others, then adds its copies."""
    db = Database(url)
    try:
        actor = authenticate(db, user, PASSWORD)
        start.wait(timeout=60)
        for _ in range(ROUNDS):
            add_copies(db, actor, record_id, COPIES, accession_id, "ABON")
    except BaseException:
        errors.put(f"{user}: {traceback.format_exc()}")
        raise
    finally:
        db.dispose()


def test_four_workstations_draw_distinct_gapless_numbers(db: Database, admin: Actor) -> None:
    set_numbering(db, admin, barcode_scheme="codabar14", barcode_prefix="1234")
    record = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар"))
    add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-1", date=date(2026, 3, 2))
    users = [f"desk{i}" for i in range(1, WORKSTATIONS + 1)]
    for user in users:
        add_user(db, admin, user, PASSWORD, [Role.INTAKE])

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKSTATIONS)
    errors = context.Queue()
    processes = [
        context.Process(
            target=_workstation, args=(db.url, user, record.id, batch.id, start, errors)
        )
        for user in users
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=180)
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert not failures, "\n".join(failures)
    assert [p.exitcode for p in processes] == [0] * WORKSTATIONS

    total = WORKSTATIONS * ROUNDS * COPIES
    with db.snapshot() as session:
        rows = session.execute(select(Item.inventory_number, Item.barcode, Item.created_by)).all()
        verdict = eventlog.verify(session)
        counters = dict(session.execute(text("SELECT name, value FROM counter")).all())
    numbers = sorted(int(r.inventory_number) for r in rows)
    assert numbers == list(range(1, total + 1))
    barcodes = {r.barcode for r in rows}
    assert len(barcodes) == total and None not in barcodes
    # Each barcode carries its own sequence value: those are gapless too.
    assert sorted(int(b[5:13]) for b in barcodes if b) == list(range(1, total + 1))
    assert Tally(r.created_by for r in rows) == dict.fromkeys(users, ROUNDS * COPIES)
    assert counters["inventory_number"] == total and counters["barcode_sequence"] == total
    # The event log chained every workstation's entries in one unbroken order.
    assert verdict.intact, verdict.problems
