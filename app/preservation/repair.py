"""The repair log: what was done to a copy (re-gluing loose pages, mending tears, gluing the
cover, the spine, ...), by whom, when, with which materials and how long, and its condition
before and after. The copy is "in repair" while a repair is open. Reports group repairs by
type, by month or by staff member."""

from __future__ import annotations

import csv
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.status import ItemStatus, change_status
from app.periods import within
from app.preservation.binding import binding_conflict, conflict_text
from app.preservation.scanning import item_by_scan, on_server, sources_of, stamps
from app.security.eventlog import canonical_around, json_value, record_event
from app.security.roles import Actor, Role, require
from db.models import Item, Record, RepairEntry
from db.session import Database


class RepairType(StrEnum):
    REGLUING_PAGES = "regluing-pages"
    MENDING_TEARS = "mending-tears"
    GLUING_COVER = "gluing-cover"
    SPINE = "spine"
    OTHER = "other"


class ReportGrouping(StrEnum):
    TYPE = "type"
    PERIOD = "period"
    STAFF = "staff"


@dataclass(frozen=True)
class RepairInfo:
    id: int
    item_id: int
    inventory_number: str
    title: str
    repair_type: str
    performed_by: str
    started_on: date
    finished_on: date | None
    materials: str
    minutes: int
    condition_before: str
    condition_after: str
    notes: str


@dataclass(frozen=True)
class RepairReportRow:
    """One group of a repair report: `key` is a repair type, a month ("2026-03") or a name."""

    key: str
    repairs: int
    copies: int
    minutes: int


def start_repair(
    db: Database,
    actor: Actor,
    barcode: str,
    repair_type: str,
    performed_by: str,
    started_on: date | None = None,
    materials: str = "",
    condition_before: str = "",
    notes: str = "",
) -> RepairInfo:
    """Open a repair of a copy: it goes "in repair" until `finish_repair`."""
    require(actor, "log repairs", Role.INTAKE)
    kind = parse_choice(RepairType, repair_type, "repair type")
    who = performed_by.strip() or actor.name
    with db.write() as session:
        item = item_by_scan(session, barcode)
        if item is None:
            raise _no_copy(barcode)
        if (conflict := binding_conflict(session, item)) is not None:
            # A copy cannot be in an open repair and a binding order at once: sending the
            # order would move it to the bindery with the repair still open.
            raise _in_binding(conflict)
        change_status(session, item, ItemStatus.IN_REPAIR, actor, f"repair: {kind}")
        entry = RepairEntry(
            item_id=item.id,
            repair_type=kind,
            performed_by=who,
            started_on=started_on or date.today(),
            materials=materials.strip(),
            condition_before=condition_before.strip(),
            notes=notes.strip(),
            created_by=actor.name,
        )
        session.add(entry)
        session.flush()
        record_event(
            session, actor, "repair.start", "repair", entry.id,
            after={"item": item.id, "type": kind, "by": who},
        )  # fmt: skip
        return _info(session, entry)


def finish_repair(
    db: Database,
    actor: Actor,
    entry_id: int,
    finished_on: date | None = None,
    condition_after: str = "",
    minutes: int = 0,
    materials: str | None = None,
) -> RepairInfo:
    """Close a repair: the copy goes back to "available"."""
    require(actor, "log repairs", Role.INTAKE)
    if minutes < 0:
        raise InvalidInput(translate("errors", "Time spent cannot be negative."))
    with db.write() as session:
        entry = session.get(RepairEntry, entry_id)
        if entry is None:
            raise PreservationEntryNotFound("repair entry", entry_id)
        if entry.finished_on is not None:
            raise InvalidInput(
                translate("errors", "Repair {entry_id} was finished on {finished_on}.").format(
                    entry_id=entry_id, finished_on=entry.finished_on
                )
            )
        day = finished_on or date.today()
        if day < entry.started_on:
            raise InvalidInput(
                translate("errors", "Finish date {day} is before the start {started_on}.").format(
                    day=day, started_on=entry.started_on
                )
            )
        entry.finished_on = day
        entry.condition_after = condition_after.strip()
        entry.minutes = minutes
        if materials is not None:
            entry.materials = materials.strip()
        item = session.get(Item, entry.item_id)
        assert item is not None
        change_status(session, item, ItemStatus.AVAILABLE, actor, f"repaired ({entry.repair_type})")
        record_event(
            session, actor, "repair.finish", "repair", entry.id,
            after={"minutes": minutes, "condition_after": entry.condition_after},
        )  # fmt: skip
        return _info(session, entry)


def record_repair(
    db: Database,
    actor: Actor,
    barcode: str,
    repair_type: str,
    performed_by: str,
    on: date | None = None,
    materials: str = "",
    minutes: int = 0,
    condition_before: str = "",
    condition_after: str = "",
    notes: str = "",
) -> RepairInfo:
    """A repair done in one sitting: opened and finished the same day. On PostgreSQL one
    call of qor_repair_record (migration 0016u), one round trip: start and finish in one
    transaction. The time spent is checked first: a repair refused for it is not left open."""
    require(actor, "log repairs", Role.INTAKE)
    if minutes < 0:
        raise InvalidInput(translate("errors", "Time spent cannot be negative."))
    if db.is_sqlite:
        entry = start_repair(
            db, actor, barcode, repair_type, performed_by, on, materials, condition_before, notes
        )
        return finish_repair(db, actor, entry.id, on, condition_after, minutes)
    kind = parse_choice(RepairType, repair_type, "repair type")
    who = performed_by.strip() or actor.name
    day = on or date.today()
    after = condition_after.strip()
    values = {
        **stamps(),
        "actor": actor.name,
        "scan": normalise_scan(barcode),
        "type": kind,
        "by": who,
        "on": day,
        "materials": materials.strip(),
        "minutes": minutes,
        "before": condition_before.strip(),
        "after_condition": after,
        "notes": notes.strip(),
        "to_repair": sources_of(ItemStatus.IN_REPAIR),
        "to_available": sources_of(ItemStatus.AVAILABLE),
        "start_reason": json_value(f"repair: {kind}"),
        "finish_reason": json_value(f"repaired ({kind})"),
        "start_after": canonical_around({"item": 0, "type": kind, "by": who}, ["item"]),
        "finish_after": json_value({"minutes": minutes, "condition_after": after}),
        # The scan's idempotency key: sent again after a dropped connection, the call finds
        # the repair it logged instead of logging it twice.
        "key": uuid.uuid4().hex,
    }
    answer = on_server(db, _RECORD, values)
    error = answer.get("error")
    if error == "no-copy":
        raise _no_copy(barcode)
    if error is not None:
        raise _in_binding(conflict_text(error, answer["number"], answer["order"]))
    return RepairInfo(
        id=answer["entry"],
        item_id=answer["item_id"],
        inventory_number=answer["number"],
        title=answer["title"],
        repair_type=kind,
        performed_by=who,
        started_on=day,
        finished_on=day,
        materials=values["materials"],
        minutes=minutes,
        condition_before=values["before"],
        condition_after=after,
        notes=values["notes"],
    )


def _no_copy(barcode: str) -> InvalidInput:
    return InvalidInput(
        translate("errors", "No copy has barcode {barcode}.").format(barcode=barcode)
    )


def _in_binding(conflict: str) -> InvalidInput:
    return InvalidInput(conflict[0].upper() + conflict[1:] + ".")


_RECORD = text(
    "SELECT qor_repair_record(:actor, :at, :now, :scan, :type, :by, CAST(:on AS date), "
    ":materials, CAST(:minutes AS integer), :before, :after_condition, :notes, "
    "CAST(:to_repair AS text[]), CAST(:to_available AS text[]), :start_reason, "
    ":finish_reason, CAST(:start_after AS text[]), :finish_after, :key)"
)


def repairs(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> list[RepairInfo]:
    """Repairs started in the period, oldest first."""
    with db.read() as session:
        stmt = select(RepairEntry).order_by(RepairEntry.started_on, RepairEntry.id)
        stmt = stmt.where(*within(RepairEntry.started_on, date_from, date_to))
        return [_info(session, e) for e in session.execute(stmt).scalars()]


def repair_report(
    db: Database,
    by: str = "type",
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[RepairReportRow]:
    """Repairs grouped by type, month started, or who did them, in key order."""
    try:
        grouping = ReportGrouping(by)
    except ValueError:
        raise InvalidInput(
            translate("errors", "Group repairs by type, period or staff, not '{by}'.").format(by=by)
        ) from None
    groups: dict[str, list[RepairInfo]] = defaultdict(list)
    for entry in repairs(db, date_from, date_to):
        if grouping is ReportGrouping.TYPE:
            key = entry.repair_type
        elif grouping is ReportGrouping.PERIOD:
            key = entry.started_on.strftime("%Y-%m")
        else:
            key = entry.performed_by
        groups[key].append(entry)
    return [
        RepairReportRow(
            key=key,
            repairs=len(rows),
            copies=len({r.item_id for r in rows}),
            minutes=sum(r.minutes for r in rows),
        )
        for key, rows in sorted(groups.items())
    ]


def repaired_copies(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> int:
    """How many distinct copies were repaired in the period: a report's total, which is not
    the sum of its groups (one copy may be repaired twice, by two people, in two months)."""
    return len({r.item_id for r in repairs(db, date_from, date_to)})


def write_repair_report_csv(
    rows: list[RepairReportRow], out: Path, by: str, copies: int | None = None
) -> None:
    """The report as CSV; `copies` is the total of distinct copies (see `repaired_copies`),
    else the groups' sum."""
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([by, "repairs", "copies", "minutes"])
        for row in rows:
            writer.writerow([row.key, row.repairs, row.copies, row.minutes])
        writer.writerow(
            [
                "total",
                sum(r.repairs for r in rows),
                sum(r.copies for r in rows) if copies is None else copies,
                sum(r.minutes for r in rows),
            ]
        )


def _info(session: Session, entry: RepairEntry) -> RepairInfo:
    inventory_number, title = session.execute(
        select(Item.inventory_number, Record.title)
        .join(Record, Record.id == Item.record_id)
        .where(Item.id == entry.item_id)
    ).one()
    return RepairInfo(
        id=entry.id,
        item_id=entry.item_id,
        inventory_number=inventory_number,
        title=title,
        repair_type=entry.repair_type,
        performed_by=entry.performed_by,
        started_on=entry.started_on,
        finished_on=entry.finished_on,
        materials=entry.materials,
        minutes=entry.minutes,
        condition_before=entry.condition_before,
        condition_after=entry.condition_after,
        notes=entry.notes,
    )
