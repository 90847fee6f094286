"""A copy's history: every binding order, repair and digitisation it went through, its
write-off, each status change from the event log, and the audits that marked it missing, in
time order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.errors import CopyNotFound
from db.models import (
    BindingOrder,
    BindingOrderCopy,
    DigitisationEntry,
    Event,
    Item,
    RepairEntry,
    WriteOffAct,
    WriteOffCopy,
)
from db.session import Database


@dataclass(frozen=True)
class HistoryEntry:
    on: date
    kind: str  # binding | repair | digitisation | write-off | status | audit
    ref: int | None
    summary: str  # English, for people reading `qor history`
    actor: str = ""
    # The entry's facts as stable codes and values (statuses, types, reasons as stored), for
    # scripts reading `qor history --json` whatever the summary's wording becomes.
    details: dict[str, Any] = field(default_factory=dict)


def copy_history(db: Database, item_id: int) -> list[HistoryEntry]:
    entries: list[HistoryEntry] = []
    with db.read() as session:
        if session.get(Item, item_id) is None:
            raise CopyNotFound(item_id)
        for line, order in session.execute(
            select(BindingOrderCopy, BindingOrder)
            .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
            .where(BindingOrderCopy.item_id == item_id)
        ):
            back = f", back {line.returned_on}" if line.returned_on else ""
            entries.append(
                HistoryEntry(
                    order.sent_on or line.added_at.date(),
                    "binding",
                    order.id,
                    f"binding order {order.id}: {order.binding_type} at {order.bindery}, "
                    f"{order.status}{back}",
                    order.created_by,
                    {
                        "order": order.id,
                        "binding_type": order.binding_type,
                        "bindery": order.bindery,
                        "status": order.status,
                        "returned_on": line.returned_on,
                    },
                )
            )
        for repair in session.execute(
            select(RepairEntry).where(RepairEntry.item_id == item_id)
        ).scalars():
            done = f", finished {repair.finished_on}" if repair.finished_on else ", open"
            entries.append(
                HistoryEntry(
                    repair.started_on,
                    "repair",
                    repair.id,
                    f"repair {repair.id}: {repair.repair_type} by {repair.performed_by}{done}",
                    repair.created_by,
                    {
                        "repair_type": repair.repair_type,
                        "performed_by": repair.performed_by,
                        "finished_on": repair.finished_on,
                    },
                )
            )
        for digi in session.execute(
            select(DigitisationEntry).where(DigitisationEntry.item_id == item_id)
        ).scalars():
            done = f", {digi.pages or '?'} p., {digi.file_reference}" if digi.returned_on else ""
            entries.append(
                HistoryEntry(
                    digi.sent_on,
                    "digitisation",
                    digi.id,
                    f"{digi.kind} ({digi.reason}){done}",
                    digi.created_by,
                    {
                        "kind": digi.kind,
                        "reason": digi.reason,
                        "returned_on": digi.returned_on,
                        "pages": digi.pages,
                        "file": digi.file_reference or None,
                    },
                )
            )
        for act in session.execute(
            select(WriteOffAct)
            .join(WriteOffCopy, WriteOffCopy.act_id == WriteOffAct.id)
            .where(WriteOffCopy.item_id == item_id)
        ).scalars():
            entries.append(
                HistoryEntry(
                    act.act_date,
                    "write-off",
                    act.id,
                    f"write-off act {act.number}: {act.reason}",
                    act.created_by,
                    {"act": act.number, "reason": act.reason},
                )
            )
        for event in session.execute(
            select(Event)
            .where(Event.action == "item.status", Event.entity == "item")
            .where(Event.entity_id == str(item_id))
            .order_by(Event.id)
        ).scalars():
            before = json.loads(event.before or "{}")
            after = json.loads(event.after or "{}")
            change = f"{before.get('status')} → {after.get('status')}"
            codes = {"from": before.get("status"), "to": after.get("status")}
            on = datetime.fromisoformat(event.at).date()
            if after.get("audit") is not None:
                # Closing an audit marked it missing: the entry names the audit.
                audit = int(after["audit"])
                summary = f"marked missing by audit {audit}: not found on the shelf ({change})"
                entries.append(
                    HistoryEntry(
                        on, "audit", audit, summary, event.actor, {**codes, "audit": audit}
                    )
                )
                continue
            summary = f"{change} ({after.get('reason', '')})"
            codes["reason"] = after.get("reason", "")
            entries.append(HistoryEntry(on, "status", event.id, summary, event.actor, codes))
    # On one day the desk's own entries come before the status changes they caused.
    return sorted(entries, key=lambda e: (e.on, e.kind in ("status", "audit")))
