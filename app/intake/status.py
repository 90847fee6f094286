"""The statuses a copy goes through and the one table of which changes are allowed. Every
desk (intake, bindery, repair, digitisation, audit, write-off) changes a copy's status through
`change_status`, which enforces the table, logs the change and marks the holdings changed."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import CopyIncomplete, InvalidTransition
from app.security.eventlog import record_event
from app.security.roles import Actor
from app.unioncat.outbox import enqueue
from app.unioncat.states import OutboxChange
from db.models import Item, Record


class ItemStatus(StrEnum):
    IN_PROCESSING = "in-processing"
    AVAILABLE = "available"
    ON_LOAN = "on-loan"  # lent by the circulation system, which stays outside Qor
    AT_BINDERY = "at-bindery"
    IN_REPAIR = "in-repair"
    BEING_DIGITISED = "being-digitised"
    MISSING = "missing"
    WRITTEN_OFF = "written-off"
    # Listed on a draft write-off act: the copy leaves the fund when the act is approved,
    # or goes back to the status it had when the act is cancelled.
    TO_BE_WRITTEN_OFF = "to-be-written-off"


_S = ItemStatus
# Which status a copy may go to from each status. Written off is final: the copy and its
# inventory number stay in the books for ever. Leaving processing for the fund also needs
# the processing complete (see `missing_for_release`).
ALLOWED_TRANSITIONS: dict[ItemStatus, frozenset[ItemStatus]] = {
    _S.IN_PROCESSING: frozenset({_S.AVAILABLE, _S.MISSING, _S.WRITTEN_OFF}),
    _S.AVAILABLE: frozenset(
        {
            _S.IN_PROCESSING,
            _S.ON_LOAN,
            _S.AT_BINDERY,
            _S.IN_REPAIR,
            _S.BEING_DIGITISED,
            _S.MISSING,
            _S.WRITTEN_OFF,
        }
    ),
    # A reader may lose a lent copy: missing, or written off as lost by a reader.
    _S.ON_LOAN: frozenset({_S.AVAILABLE, _S.MISSING, _S.WRITTEN_OFF}),
    _S.AT_BINDERY: frozenset({_S.AVAILABLE, _S.IN_REPAIR, _S.MISSING, _S.WRITTEN_OFF}),
    _S.IN_REPAIR: frozenset({_S.AVAILABLE, _S.AT_BINDERY, _S.MISSING, _S.WRITTEN_OFF}),
    _S.BEING_DIGITISED: frozenset({_S.AVAILABLE, _S.IN_REPAIR, _S.MISSING}),
    _S.MISSING: frozenset({_S.AVAILABLE, _S.WRITTEN_OFF}),
    _S.WRITTEN_OFF: frozenset(),
    _S.TO_BE_WRITTEN_OFF: frozenset(
        {_S.WRITTEN_OFF, _S.IN_PROCESSING, _S.AVAILABLE, _S.AT_BINDERY, _S.IN_REPAIR, _S.MISSING}
    ),
}
# A draft write-off act may hold a copy in any status that may be written off.
for _status, _targets in list(ALLOWED_TRANSITIONS.items()):
    if _S.WRITTEN_OFF in _targets:
        ALLOWED_TRANSITIONS[_status] = _targets | {_S.TO_BE_WRITTEN_OFF}


def missing_for_release(item: Item) -> list[str]:
    """What a copy in processing still lacks before it may join the fund, as the operator
    should read it ("no call number")."""
    missing = []
    if item.record_id is None:
        missing.append("no record")
    if not item.inventory_number:
        missing.append("no inventory number")
    if not item.barcode:
        missing.append("no barcode")
    if item.location_id is None:
        missing.append("no location")
    if not item.call_number.strip():
        missing.append("no call number")
    return missing


def change_status(
    session: Session, item: Item, new_status: ItemStatus | str, actor: Actor | str, reason: str
) -> None:
    """Move a copy to `new_status` inside the caller's transaction, if ALLOWED_TRANSITIONS
    allows it (and, out of processing into the fund, only when processing is complete);
    writes the event log and tells the union catalog the holdings changed. Callers check
    the actor's role for their own action."""
    try:
        target = ItemStatus(new_status)
    except ValueError:
        raise InvalidTransition(item.status, str(new_status), item.inventory_number) from None
    current = ItemStatus(item.status)
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(current.value, target.value, item.inventory_number)
    leaving_processing = current is ItemStatus.IN_PROCESSING and target is ItemStatus.AVAILABLE
    if leaving_processing and (missing := missing_for_release(item)):
        raise CopyIncomplete(item.inventory_number, missing)
    item.status = target.value
    item.updated_at = datetime.now(UTC)
    session.flush()
    record_event(
        session,
        actor,
        "item.status",
        "item",
        item.id,
        before={"status": current.value},
        after={
            "status": target.value,
            "inventory_number": item.inventory_number,
            "reason": reason,
        },
    )
    control = session.execute(
        select(Record.control_number).where(Record.id == item.record_id)
    ).scalar_one()
    enqueue(session, item.record_id, control, OutboxChange.UPSERT)
