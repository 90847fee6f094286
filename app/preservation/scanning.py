"""Finding the copies an operator scanned (barcode, or the inventory number typed from the
book) inside a transaction, and the result every scan-driven action returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.loans import resolve_scan
from db.models import Item, Record


@dataclass(frozen=True)
class ScannedCopy:
    item_id: int
    inventory_number: str
    barcode: str | None
    title: str
    status: str


@dataclass
class ScanTally:
    """What an action did with each scan: the copies it took, the scans it refused, and
    the copies it closed without taking them (e.g. a copy written off while at the bindery
    comes back: its order line closes, the copy stays written off)."""

    accepted: list[ScannedCopy] = field(default_factory=list)
    refused: list[RefusedCopy] = field(default_factory=list)
    closed: list[RefusedCopy] = field(default_factory=list)


def item_by_scan(session: Session, scan: str) -> Item | None:
    """The copy with this barcode, or else with this inventory number."""
    return resolve_scan(session, scan)


def scanned(session: Session, item: Item) -> ScannedCopy:
    title = session.execute(select(Record.title).where(Record.id == item.record_id)).scalar_one()
    return ScannedCopy(item.id, item.inventory_number, item.barcode, title, item.status)


def unique_scans(scans: Sequence[str]) -> list[str]:
    """Scans in order, each once: a copy scanned twice is one copy."""
    seen: set[str] = set()
    out = []
    for scan in scans:
        code = normalise_scan(scan)
        if code and code not in seen:
            seen.add(code)
            out.append(code)
    return out
