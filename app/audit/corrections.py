"""The batch actions taken on an audit's results: move misplaced copies to the shelf they
were found on, restore found "missing" copies to the shelves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from app.audit.audits import (
    audit_row,
)
from app.audit.results import FOUND_IN_AUDIT
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue
from app.unioncat.states import OutboxChange
from db.models import (
    AuditCopy,
    AuditFind,
    Item,
    Record,
)
from db.session import Database


@dataclass
class BatchResult:
    done: list[str] = field(default_factory=list)  # inventory numbers
    refused: list[RefusedCopy] = field(default_factory=list)  # ref: inventory number or scan


def move_to_found_location(
    db: Database, actor: Actor, audit_id: int, item_ids: Sequence[int]
) -> BatchResult:
    """Move misplaced copies to the location they were found at (their new home), in one
    transaction, each move in the event log."""
    require(actor, "move copies", Role.STOCK_CHECKER)
    result = BatchResult()
    with db.write() as session:
        audit_row(session, audit_id)
        for item_id in item_ids:
            row = session.execute(
                select(AuditFind.found_location_id, AuditCopy.inventory_number)
                .outerjoin(AuditFind, FOUND_IN_AUDIT)
                .where(AuditCopy.audit_id == audit_id, AuditCopy.item_id == item_id)
            ).first()
            item = session.get(Item, item_id)
            if row is None or item is None or row.found_location_id is None:
                ref = row.inventory_number if row is not None else str(item_id)
                result.refused.append(
                    RefusedCopy(
                        ref, translate("errors", "not found on a known shelf in this audit")
                    )
                )
                continue
            if item.location_id == row.found_location_id:
                result.done.append(item.inventory_number)
                continue
            before = item.location_id
            item.location_id = row.found_location_id
            item.updated_at = datetime.now(UTC)
            session.flush()
            record_event(
                session,
                actor,
                "item.location",
                "item",
                item.id,
                before={"location_id": before},
                after={
                    "location_id": row.found_location_id,
                    "inventory_number": item.inventory_number,
                    "reason": f"found there in audit {audit_id}",
                },
            )
            control = session.execute(
                select(Record.control_number).where(Record.id == item.record_id)
            ).scalar_one()
            enqueue(session, item.record_id, control, OutboxChange.UPSERT)
            result.done.append(item.inventory_number)
    return result


def restore_found(
    db: Database,
    actor: Actor,
    item_ids: Sequence[int] = (),
    barcodes: Sequence[str] = (),
    audit_id: int | None = None,
) -> BatchResult:
    """Put copies marked missing but found on the shelf back in the fund (missing →
    available, each change in the event log) — during an audit or any time after."""
    require(actor, "restore missing copies", Role.STOCK_CHECKER)
    result = BatchResult()
    reason = f"found in audit {audit_id}" if audit_id is not None else "found on the shelf"
    with db.write() as session:
        items: list[Item] = []
        for item_id in item_ids:
            found = session.get(Item, item_id)
            if found is None:
                result.refused.append(
                    RefusedCopy(str(item_id), translate("errors", "no such copy"))
                )
            else:
                items.append(found)
        for code in barcodes:
            by_code = session.execute(
                select(Item).where(Item.barcode == normalise_scan(code))
            ).scalar_one_or_none()
            if by_code is None:
                result.refused.append(
                    RefusedCopy(
                        code, translate("errors", "no copy has barcode {code}").format(code=code)
                    )
                )
            else:
                items.append(by_code)
        for item in items:
            if item.status != ItemStatus.MISSING:
                result.refused.append(
                    RefusedCopy(
                        item.inventory_number,
                        translate("errors", "{status}, not missing").format(
                            status=translate("statuses", item.status)
                        ),
                    )
                )
                continue
            change_status(session, item, ItemStatus.AVAILABLE, actor, reason)
            result.done.append(item.inventory_number)
    return result
