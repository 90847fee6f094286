"""The digitisation and copying log: copies sent to be digitised or copied because they are
heavily used, valuable or rare (they are "being digitised" meanwhile), and what came back:
the file's reference and the number of pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.periods import within
from app.preservation.binding import binding_conflict, conflict_text
from app.preservation.scanning import (
    ScanTally,
    item_by_scan,
    no_copy,
    on_server,
    scanned,
    sources_of,
    stamps,
    tally_of,
    unique_scans,
)
from app.security.eventlog import canonical_around, json_value, record_event
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
    """Send available copies to be digitised or copied. On PostgreSQL one call of
    qor_digitisation_send (migration 0016u)."""
    require(actor, "send copies for digitisation", Role.INTAKE)
    kind = parse_choice(DigitisationKind, kind, "kind")
    reason = parse_choice(DigitisationReason, reason, "reason")
    if not db.is_sqlite:
        answer = on_server(
            db,
            _SEND,
            {
                **stamps(),
                "actor": actor.name,
                "scans": unique_scans(barcodes),
                "kind": kind,
                "reason": reason,
                "sent_on": sent_on or date.today(),
                "notes": notes.strip(),
                "sources": sources_of(ItemStatus.BEING_DIGITISED),
                "status_reason": json_value(f"{kind}: {reason}"),
                "after": canonical_around({"item": 0, "kind": kind, "reason": reason}, ["item"]),
            },
        )
        return tally_of(answer, _refusal)
    result = ScanTally()
    with db.write() as session:
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if item is None:
                result.refused.append(_refusal(["refused", scan, "no-copy"]))
                continue
            if item.status != ItemStatus.AVAILABLE:
                result.refused.append(
                    _refusal(["refused", scan, "status", item.inventory_number, item.status])
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
    """The copy is back (available again) with the file made of it and its page count. On
    PostgreSQL one call of qor_digitisation_done (migration 0016u)."""
    require(actor, "log digitisation", Role.INTAKE)
    if pages is not None and pages <= 0:
        raise InvalidInput(translate("errors", "The number of pages must be positive."))
    if not db.is_sqlite:
        return _outcome_on_server(db, actor, barcode, file_reference, pages, returned_on)
    with db.write() as session:
        item = item_by_scan(session, barcode)
        if item is None:
            raise _no_copy(barcode)
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


def _outcome_on_server(
    db: Database,
    actor: Actor,
    barcode: str,
    file_reference: str,
    pages: int | None,
    returned_on: date | None,
) -> DigitisationInfo:
    """record_outcome in one call of qor_digitisation_done (migration 0016u)."""
    reference = file_reference.strip()
    answer = on_server(
        db,
        _DONE,
        {
            **stamps(),
            "actor": actor.name,
            "scan": normalise_scan(barcode),
            "file": reference,
            "pages": pages,
            "day": returned_on or date.today(),
            "sources": sources_of(ItemStatus.AVAILABLE),
            "after": json_value({"file": reference, "pages": pages}),
        },
    )
    if answer.get("error") == "no-copy":
        raise _no_copy(barcode)
    if answer.get("error") == "no-entry":
        raise PreservationEntryNotFound("open digitisation of copy", answer["number"])
    entry = answer["entry"]
    returned = entry["returned_on"]
    return DigitisationInfo(
        id=entry["id"],
        item_id=entry["item_id"],
        record_id=entry["record_id"],
        inventory_number=entry["inventory_number"],
        title=entry["title"],
        kind=entry["kind"],
        reason=entry["reason"],
        sent_on=date.fromisoformat(entry["sent_on"]),
        returned_on=date.fromisoformat(returned) if returned else None,
        file_reference=entry["file_reference"],
        pages=entry["pages"],
        notes=entry["notes"],
    )


def _no_copy(barcode: str) -> InvalidInput:
    return InvalidInput(
        translate("errors", "No copy has barcode {barcode}.").format(barcode=barcode)
    )


def _refusal(row: list[Any]) -> RefusedCopy:
    """Why a copy cannot be sent: ['refused', scan, code, values...] as the server-side
    function answers it (and the Python path builds it)."""
    scan, code, values = row[1], row[2], row[3:]
    if code == "no-copy":
        return no_copy(scan)
    if code == "status":
        number, status = values
        return RefusedCopy(
            scan,
            translate("errors", "copy {number} is {status}").format(
                number=number, status=translate("statuses", status)
            ),
        )
    number, order_id = values
    return RefusedCopy(scan, conflict_text(code, number, order_id))


# The server-side functions (migration 0016u), one round trip each.
_SEND = text(
    "SELECT qor_digitisation_send(:actor, :at, :now, CAST(:scans AS text[]), :kind, :reason, "
    "CAST(:sent_on AS date), :notes, CAST(:sources AS text[]), :status_reason, "
    "CAST(:after AS text[]))"
)
_DONE = text(
    "SELECT qor_digitisation_done(:actor, :at, :now, :scan, :file, CAST(:pages AS integer), "
    "CAST(:day AS date), CAST(:sources AS text[]), :after)"
)


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
