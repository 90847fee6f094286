"""The digitisation and copying log: copies sent to be digitised or copied because they are
heavily used, valuable or rare (they are "being digitised" meanwhile), and what came back:
the file's reference and the number of pages."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.periods import within
from app.preservation.binding import binding_conflict_of, conflict_text
from app.preservation.scanning import (
    ScanTally,
    answered_once,
    item_by_scan,
    keyed,
    new_key,
    no_copy,
    on_server,
    sources_of,
    stamps,
    taken,
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
    key: str | None = None,
) -> ScanTally:
    """Send available copies to be digitised or copied. On PostgreSQL one call of
    qor_digitisation_send (migration 0016u). `key` identifies the scan (a new one when not
    given, on PostgreSQL): sent again with the same key, the call answers what it answered
    the first time."""
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
                "key": key or new_key(),
            },
        )
        return tally_of(answer, _refusal)

    def send(session: Session) -> dict[str, Any]:
        results: list[list[Any]] = []
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if item is None:
                results.append(["refused", scan, "no-copy"])
                continue
            if item.status != ItemStatus.AVAILABLE:
                results.append(["refused", scan, "status", item.inventory_number, item.status])
                continue
            if (conflict := binding_conflict_of(session, item)) is not None:
                results.append(["refused", scan, conflict[0], item.inventory_number, conflict[1]])
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
            results.append(taken(session, item))
        return {"results": results}

    return tally_of(answered_once(db, key, send), _refusal)


def record_outcome(
    db: Database,
    actor: Actor,
    barcode: str,
    file_reference: str,
    pages: int | None = None,
    returned_on: date | None = None,
    key: str | None = None,
) -> DigitisationInfo:
    """The copy is back (available again) with the file made of it and its page count. On
    PostgreSQL one call of qor_digitisation_done (migration 0016u). `key`: the scan's (see
    `send_for_digitisation`)."""
    require(actor, "log digitisation", Role.INTAKE)
    if pages is not None and pages <= 0:
        raise InvalidInput(translate("errors", "The number of pages must be positive."))
    if not db.is_sqlite:
        return _outcome_on_server(db, actor, barcode, file_reference, pages, returned_on, key)

    def done(session: Session) -> dict[str, Any]:
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
        info = dataclasses.asdict(_info(session, entry))  # as qor_digitisation_done answers
        info["sent_on"] = entry.sent_on.isoformat()
        info["returned_on"] = entry.returned_on.isoformat()
        return {"entry": info}

    return _entry_of(answered_once(db, key, done))


def _outcome_on_server(
    db: Database,
    actor: Actor,
    barcode: str,
    file_reference: str,
    pages: int | None,
    returned_on: date | None,
    key: str | None,
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
            "key": key or new_key(),
        },
    )
    if answer.get("error") == "no-copy":
        raise _no_copy(barcode)
    if answer.get("error") == "no-entry":
        raise PreservationEntryNotFound("open digitisation of copy", answer["number"])
    return _entry_of(answer)


def _entry_of(answer: dict[str, Any]) -> DigitisationInfo:
    """The entry a copy came back under, from qor_digitisation_done's answer (or the Python
    path's, the same)."""
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


# The server-side functions (migration 0016u), one round trip each, under the scan's key
# (migration 0016v).
_SEND = keyed(
    "qor_digitisation_send(:actor, :at, :now, CAST(:scans AS text[]), :kind, :reason, "
    "CAST(:sent_on AS date), :notes, CAST(:sources AS text[]), :status_reason, "
    "CAST(:after AS text[]))"
)
_DONE = keyed(
    "qor_digitisation_done(:actor, :at, :now, :scan, :file, CAST(:pages AS integer), "
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
