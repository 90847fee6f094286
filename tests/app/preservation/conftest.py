"""A small fund built through the intake services: one record, copies released to use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import CopyInfo, add_copies, release_copies
from app.intake.locations import add_location
from app.security.roles import Actor
from db.session import Database
from tests.records import book


@dataclass
class Fund:
    db: Database
    admin: Actor
    record_id: int
    copies: list[CopyInfo]

    @property
    def barcodes(self) -> list[str]:
        return [c.barcode or "" for c in self.copies]


def build_fund(db: Database, admin: Actor, copies: int = 6, price: str = "1500") -> Fund:
    add_location(db, admin, "ABON", "Абонемент")
    record = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар", "1997"))
    batch = open_accession(db, admin, "purchase", "ТН-1", date=date(2026, 1, 15))
    added = add_copies(db, admin, record.id, copies, batch.id, "ABON", price=price)
    release_copies(db, admin, [c.barcode or "" for c in added])
    return Fund(db, admin, record.id, added)


@pytest.fixture
def fund(db: Database, admin: Actor) -> Fund:
    return build_fund(db, admin)
