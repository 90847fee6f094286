"""The outbox: records waiting to go up to the union catalog, queued in the same transaction
as the change that makes them due, and read back in record order by the sync."""

from __future__ import annotations

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.orm import Session

from app.unioncat.states import OutboxChange
from db.models import SyncOutbox, SyncState
from db.session import Database


def enqueue(session: Session, record_id: int, control_number: str, change: OutboxChange) -> None:
    """Queue (or re-queue) one record; a later change replaces an earlier pending one."""
    session.execute(delete(SyncOutbox).where(SyncOutbox.record_id == record_id))
    session.execute(
        insert(SyncOutbox),
        [{"record_id": record_id, "control_number": control_number, "change": change}],
    )


def enqueue_many(session: Session, entries: list[tuple[int, str, OutboxChange]]) -> None:
    if not entries:
        return
    ids = [e[0] for e in entries]
    for start in range(0, len(ids), 500):
        session.execute(
            delete(SyncOutbox).where(SyncOutbox.record_id.in_(ids[start : start + 500]))
        )
    session.execute(
        insert(SyncOutbox),
        [{"record_id": rid, "control_number": cn, "change": change} for rid, cn, change in entries],
    )


def enqueue_new(session: Session, entries: list[tuple[int, str]]) -> None:
    """Queue records created in this transaction: nothing can be pending for them yet."""
    if entries:
        session.connection().execute(
            insert(SyncOutbox),
            [
                {"record_id": rid, "control_number": cn, "change": OutboxChange.UPSERT}
                for rid, cn in entries
            ],
        )


def outbox_rows(session: Session, after: int, limit: int) -> list[SyncOutbox]:
    """The next `limit` queued rows after record `after`, in record order, detached."""
    rows = session.execute(
        select(SyncOutbox)
        .where(SyncOutbox.record_id > after)
        .order_by(SyncOutbox.record_id)
        .limit(limit)
    ).scalars()
    found = list(rows)
    session.expunge_all()
    return found


def sync_rows(session: Session, after: int, limit: int, *, retries: bool) -> list[SyncOutbox]:
    """Like outbox_rows, but only the records that have never failed (`retries` False) or
    only those that have (True): a sync sends the first kind first, so a record the union
    catalog keeps refusing, or one that cuts the connection, never holds up the others."""
    failed = and_(SyncState.record_id == SyncOutbox.record_id, SyncState.attempts > 0)
    query = (
        select(SyncOutbox)
        .outerjoin(SyncState, failed)
        .where(
            SyncOutbox.record_id > after,
            SyncState.record_id.is_not(None) if retries else SyncState.record_id.is_(None),
        )
        .order_by(SyncOutbox.record_id)
        .limit(limit)
    )
    found = list(session.execute(query).scalars())
    session.expunge_all()
    return found


def outbox_size(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(SyncOutbox)).scalar_one())
