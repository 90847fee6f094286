"""Closing an audit: copies of its scope still not found, and still available or in
processing, become missing, in one transaction; no scan is taken after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import exists, select, update

from app.audit.audits import (
    COUNTED,
    AuditStatus,
    ClosedAs,
    CopyOrigin,
    audit_row,
)
from app.audit.results import CHUNK, FOUND_IN_AUDIT
from app.errors import AuditClosed
from app.intake.status import ItemStatus
from app.security.eventlog import EventEntry, record_event, record_events
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue_many
from app.unioncat.states import OutboxChange
from db.models import (
    Audit,
    AuditCopy,
    Item,
    Record,
)
from db.session import Database


@dataclass(frozen=True)
class ClosedAudit:
    audit_id: int
    marked_missing: list[str]  # inventory numbers
    # Not found but not marked: their status changed while the audit ran (sent to bindery...).
    not_marked: list[tuple[str, str]]


def close_audit(db: Database, actor: Actor, audit_id: int) -> ClosedAudit:
    """Close the audit in one transaction: every expected copy of the scope still not found,
    and still available or in processing, becomes missing (one set-based UPDATE; an event
    for each copy, for its history, and one listing them all; the union catalog told for
    each record); no scan is taken after."""
    require(actor, "close audits", Role.STOCK_CHECKER)
    now = datetime.now(UTC)
    with db.write() as session:
        audit = session.execute(
            select(Audit).where(Audit.id == audit_id).with_for_update()
        ).scalar_one_or_none()
        if audit is None:
            audit_row(session, audit_id)
        assert audit is not None
        if audit.status != AuditStatus.OPEN:
            raise AuditClosed(audit_id)
        rows = session.execute(
            select(Item.id, Item.inventory_number, Item.status, Item.record_id)
            .join(AuditCopy, AuditCopy.item_id == Item.id)
            .where(
                AuditCopy.audit_id == audit_id,
                AuditCopy.origin == CopyOrigin.EXPECTED.value,
                ~exists().where(FOUND_IN_AUDIT),
            )
            .order_by(Item.id)
        ).all()
        countable = set(COUNTED)
        marked = [r for r in rows if r.status in countable]
        not_marked = [(r.inventory_number, r.status) for r in rows if r.status not in countable]
        ids = [r.id for r in marked]
        unfound = (
            AuditCopy.audit_id == audit_id,
            AuditCopy.origin == CopyOrigin.EXPECTED.value,
            ~exists().where(FOUND_IN_AUDIT),
        )
        # Set-based, so a million unfound copies close in a few statements: first what the
        # act will say of each copy, then the copies' own status. Nothing of them is loaded
        # in the session, so the ORM need not fetch back what changed.
        unsynchronised = {"synchronize_session": False}
        session.execute(
            update(AuditCopy)
            .where(
                *unfound,
                exists().where(Item.id == AuditCopy.item_id, Item.status.in_(COUNTED)),
            )
            .values(outcome=ClosedAs.MARKED.value, closed_status=ItemStatus.MISSING.value),
            execution_options=unsynchronised,
        )
        session.execute(
            update(AuditCopy)
            .where(*unfound, AuditCopy.outcome != ClosedAs.MARKED.value)
            .values(
                outcome=ClosedAs.LEFT.value,
                closed_status=select(Item.status)
                .where(Item.id == AuditCopy.item_id)
                .scalar_subquery(),
            ),
            execution_options=unsynchronised,
        )
        session.execute(
            update(Item)
            .where(
                Item.id.in_(
                    select(AuditCopy.item_id).where(
                        AuditCopy.audit_id == audit_id, AuditCopy.outcome == ClosedAs.MARKED.value
                    )
                ),
                Item.status.in_(COUNTED),
            )
            .values(status=ItemStatus.MISSING.value, updated_at=now),
            execution_options=unsynchronised,
        )
        if marked:
            # Each copy's own entry, for its history; and the audit's, listing them all.
            reason = f"not found in audit {audit_id}"
            record_events(
                session,
                actor,
                (
                    EventEntry(
                        "item.status",
                        "item",
                        r.id,
                        before={"status": r.status},
                        after={
                            "status": ItemStatus.MISSING.value,
                            "reason": reason,
                            "audit": audit_id,
                        },
                    )
                    for r in marked
                ),
            )
            record_event(
                session,
                actor,
                "item.status",
                "audit",
                audit_id,
                before={"status": sorted({r.status for r in marked})},
                after={
                    "status": ItemStatus.MISSING.value,
                    "reason": reason,
                    "items": ids,
                    "inventory_numbers": [r.inventory_number for r in marked],
                },
            )
            records = sorted({r.record_id for r in marked})
            controls: dict[int, str] = {}
            for start in range(0, len(records), CHUNK):
                controls.update(
                    session.execute(
                        select(Record.id, Record.control_number).where(
                            Record.id.in_(records[start : start + CHUNK])
                        )
                    ).all()
                )
            enqueue_many(session, [(rid, controls[rid], OutboxChange.UPSERT) for rid in records])
        audit.status = AuditStatus.CLOSED.value
        audit.closed_at = now
        audit.closed_by = actor.name
        record_event(
            session,
            actor,
            "audit.close",
            "audit",
            audit_id,
            before={"status": AuditStatus.OPEN.value},
            after={
                "status": AuditStatus.CLOSED.value,
                "missing": len(marked),
                "not_marked": len(not_marked),
            },
        )
    return ClosedAudit(audit_id, [r.inventory_number for r in marked], not_marked)
