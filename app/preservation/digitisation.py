"""The digitisation and copying log: copies sent to be digitised or copied because they are
heavily used, valuable or rare (they are "being digitised" meanwhile), and what came back:
the file's reference and the number of pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.periods import within
from app.preservation.binding import binding_conflict
from app.preservation.scanning import ScanTally, item_by_scan, scanned, unique_scans
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import DigitisationEntry, Item, Record
from db.session import Database


class DigitisationKind(StrEnum):
    DIGITISE = "digitise"
    COPY = "copy"


class DigitisationReason(StrEnum):
    HEAVILY_USED = "heavily-used"
    VALUABLE = "valuable"
    RARE = "rare"


@dataclass(frozen=True)
class DigitisationInfo:
    id: int
    item_id: int
    record_id: int
    inventory_number: str
    title: str
    kind: str
    reason: str
    sent_on: date
    returned_on: date | None
    file_reference: str
    pages: int | None
    notes: str


def send_for_digitisation(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str],
    kind: str = "digitise",
    reason: str = "heavily-used",
    sent_on: date | None = None,
    notes: str = "",
) -> ScanTally:
    """Send available copies to be digitised or copied."""
    require(actor, "send copies for digitisation", Role.INTAKE)
    kind = parse_choice(DigitisationKind, kind, "kind")
    reason = parse_choice(DigitisationReason, reason, "reason")
    result = ScanTally()
    with db.write() as session:
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if item is None:
                result.refused.append(
                    RefusedCopy(
                        scan, translate("errors", "no copy has barcode {code}").format(code=scan)
                    )
                )
                continue
            if item.status != ItemStatus.AVAILABLE:
                result.refused.append(
                    RefusedCopy(
                        scan,
                        translate("errors", "copy {number} is {status}").format(
                            number=item.inventory_number, status=translate("statuses", item.status)
                        ),
                    )
                )
                continue
            if (conflict := binding_conflict(session, item)) is not None:
                result.refused.append(RefusedCopy(scan, conflict))
                continue
            change_status(session, item, ItemStatus.BEING_DIGITISED, actor, f"{kind}: {reason}")
            entry = DigitisationEntry(
                item_id=item.id,
                kind=kind,
                reason=reason,
                sent_on=sent_on or date.today(),
                notes=notes.strip(),
                created_by=actor.name,
            )
            session.add(entry)
            session.flush()
            record_event(
                session, actor, "digitisation.send", "digitisation", entry.id,
                after={"item": item.id, "kind": kind, "reason": reason},
            )  # fmt: skip
            result.accepted.append(scanned(session, item))
    return result


def record_outcome(
    db: Database,
    actor: Actor,
    barcode: str,
    file_reference: str,
    pages: int | None = None,
    returned_on: date | None = None,
) -> DigitisationInfo:
    """The copy is back (available again) with the file made of it and its page count."""
    require(actor, "log digitisation", Role.INTAKE)
    if pages is not None and pages <= 0:
        raise InvalidInput(translate("errors", "The number of pages must be positive."))
    with db.write() as session:
        item = item_by_scan(session, barcode)
        if item is None:
            raise InvalidInput(
                translate("errors", "No copy has barcode {barcode}.").format(barcode=barcode)
            )
        entry = (
            session.execute(
                select(DigitisationEntry)
                .where(
                    DigitisationEntry.item_id == item.id, DigitisationEntry.returned_on.is_(None)
                )
                .order_by(DigitisationEntry.id.desc())
            )
            .scalars()
            .first()
        )
        if entry is None:
            raise PreservationEntryNotFound("open digitisation of copy", item.inventory_number)
        entry.returned_on = returned_on or date.today()
        entry.file_reference = file_reference.strip()
        entry.pages = pages
        change_status(session, item, ItemStatus.AVAILABLE, actor, f"{entry.kind} done")
        record_event(
            session, actor, "digitisation.done", "digitisation", entry.id,
            after={"file": entry.file_reference, "pages": pages},
        )  # fmt: skip
        return _info(session, entry)


def digitisation_log(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> list[DigitisationInfo]:
    with db.read() as session:
        stmt = select(DigitisationEntry).order_by(DigitisationEntry.sent_on, DigitisationEntry.id)
        stmt = stmt.where(*within(DigitisationEntry.sent_on, date_from, date_to))
        return [_info(session, e) for e in session.execute(stmt).scalars()]


def _info(session: Session, entry: DigitisationEntry) -> DigitisationInfo:
    record_id, inventory_number, title = session.execute(
        select(Item.record_id, Item.inventory_number, Record.title)
        .join(Record, Record.id == Item.record_id)
        .where(Item.id == entry.item_id)
    ).one()
    return DigitisationInfo(
        id=entry.id,
        item_id=entry.item_id,
        record_id=record_id,
        inventory_number=inventory_number,
        title=title,
        kind=entry.kind,
        reason=entry.reason,
        sent_on=entry.sent_on,
        returned_on=entry.returned_on,
        file_reference=entry.file_reference,
        pages=entry.pages,
        notes=entry.notes,
    )
