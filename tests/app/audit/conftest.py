"""A small fund for audits, built through the services: three shelves (two of the reading
room, one of the loan desk), copies of Kazakh books on each, released to the fund, one sent to
the bindery and one already written off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import CopyInfo, add_copies, release_copies
from app.intake.locations import add_location
from app.intake.numbering import set_numbering
from app.intake.status import ItemStatus, change_status
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.models import Item
from db.session import Database
from tests.records import KAZAKH_BOOKS

CHECKER_PASSWORD = "checker-secret"


@dataclass
class Fund:
    db: Database
    admin: Actor
    checker: Actor
    shelves: dict[str, list[CopyInfo]]  # location code -> its copies (available)
    at_bindery: CopyInfo
    written_off: CopyInfo

    def barcodes(self, code: str) -> list[str]:
        return [c.barcode or "" for c in self.shelves[code]]


def set_status(db: Database, actor: Actor, copy: CopyInfo, status: ItemStatus) -> None:
    with db.write() as session:
        item = session.get(Item, copy.id)
        assert item is not None
        change_status(session, item, status, actor, "test setup")


@pytest.fixture
def fund(db: Database, admin: Actor) -> Fund:
    return build_fund(db, admin)


def build_fund(db: Database, admin: Actor) -> Fund:
    set_numbering(db, admin, barcode_scheme="codabar14", barcode_prefix="0421")
    add_location(db, admin, "RR-1", "Оқу залы, 1-сөре", department="Оқу залы", barcode="L-RR-1")
    add_location(db, admin, "RR-2", "Оқу залы, 2-сөре", department="Оқу залы", barcode="L-RR-2")
    add_location(db, admin, "LOAN", "Абонемент", barcode="L-LOAN")
    batch = open_accession(db, admin, "purchase", "ТН-7", date=date(2026, 3, 2))
    records = [create_record(db, admin, book) for book in KAZAKH_BOOKS[:4]]
    shelves: dict[str, list[CopyInfo]] = {}
    plan = {"RR-1": 6, "RR-2": 4, "LOAN": 3}
    for n, (code, count) in enumerate(plan.items()):
        copies: list[CopyInfo] = []
        for i in range(count):
            record = records[(n + i) % len(records)]
            copies += add_copies(
                db,
                admin,
                record.id,
                1,
                batch.id,
                code,
                price=Decimal("1500.00") + i * 100,
                call_number=f"84(5Каз) {chr(0x0410 + i)} {10 + i}",
            )
        shelves[code] = copies
    released = release_copies(db, admin, accession_id=batch.id)
    assert not released.refused
    by_id = {c.id: c for c in released.released}
    shelves = {code: [by_id[c.id] for c in copies] for code, copies in shelves.items()}
    bindery = shelves["RR-1"].pop()
    set_status(db, admin, bindery, ItemStatus.AT_BINDERY)
    gone = shelves["RR-2"].pop()
    set_status(db, admin, gone, ItemStatus.WRITTEN_OFF)
    add_user(db, admin, "aigerim", CHECKER_PASSWORD, [Role.STOCK_CHECKER], "Айгерім Сәрсенова")
    checker = authenticate(db, "aigerim", CHECKER_PASSWORD)
    return Fund(db, admin, checker, shelves, bindery, gone)
