"""Creating, reading, editing and deleting catalog records: the cataloger's single actions.

Each function is one transaction: it checks the user's role, validates, assigns the local
identity (001/003, never changed afterwards), keeps 005 current, re-indexes, queues the record
for the union catalog and writes the event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pymarc
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.catalog.access_points import extract
from app.catalog.indexing import (
    clear_index,
    key_rows,
    preserve_source_identity,
    record_columns,
    stamp,
    word_row,
    write_index,
)
from app.errors import QorError, RecordInvalid, RecordNotFound
from app.i18n import translate
from app.library import allocate, current_library
from app.marc.codec import from_json
from app.marc.validation import Problem, Severity, validate
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue
from app.unioncat.states import OutboxChange
from db.models import Item, Record
from db.session import Database

CONTROL_COUNTER = "control_number"


@dataclass(frozen=True)
class RecordSummary:
    id: int
    control_number: str
    title: str
    author: str
    year: str
    isbn: str
    publisher: str


@dataclass(frozen=True)
class RecordDetail:
    summary: RecordSummary
    record: pymarc.Record
    original_encoding: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str


def summary_of(row: Record) -> RecordSummary:
    return RecordSummary(
        row.id, row.control_number, row.title, row.author, row.year, row.isbn, row.publisher
    )


def format_control_number(value: int) -> str:
    return f"{value:010d}"


def _refuse_errors(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid([p.message for p in errors])


def insert_record(
    session: Session,
    actor: Actor | str,
    record: pymarc.Record,
    sigla: str,
    original_encoding: str = "utf-8",
) -> Record:
    """Store a new record inside the caller's transaction (no role check, no event)."""
    name = actor if isinstance(actor, str) else actor.name
    ap = extract(record)
    preserve_source_identity(record, sigla)
    number = allocate(session, CONTROL_COUNTER)
    control_number = format_control_number(number)
    stamp(record, control_number, sigla)
    now = datetime.now(UTC)
    columns = record_columns(record, ap)
    session.execute(
        insert(Record),
        [
            {
                "id": number,
                "control_number": control_number,
                "original_encoding": original_encoding,
                "created_at": now,
                "updated_at": now,
                "created_by": name,
                "updated_by": name,
                **columns,
            }
        ],
    )
    write_index(session, key_rows(number, ap, control_number, sigla), [word_row(number, ap)])
    enqueue(session, number, control_number, OutboxChange.UPSERT)
    row = session.get(Record, number)
    assert row is not None
    return row


def create_record(db: Database, actor: Actor, record: pymarc.Record) -> RecordSummary:
    """Save a new record (e.g. from the blank book template). MARC errors refuse the save."""
    require(actor, "create records", Role.CATALOGER)
    _refuse_errors(validate(record))
    with db.write() as session:
        sigla = current_library(session).sigla
        row = insert_record(session, actor, record, sigla)
        record_event(
            session,
            actor,
            "record.create",
            "record",
            row.id,
            after={"001": row.control_number, "title": row.title},
        )
        return summary_of(row)


def replace_record(
    session: Session, row: Record, record: pymarc.Record, sigla: str, actor_name: str
) -> None:
    """Put new MARC content into an existing record, keeping its 001/003, inside the caller's
    transaction (used by edits and by import overlays)."""
    ap = extract(record)
    preserve_source_identity(record, sigla)
    stamp(record, row.control_number, sigla)
    columns = record_columns(record, ap)
    session.execute(
        update(Record)
        .where(Record.id == row.id)
        .values(updated_at=datetime.now(UTC), updated_by=actor_name, **columns)
    )
    clear_index(session, [row.id])
    write_index(session, key_rows(row.id, ap, row.control_number, sigla), [word_row(row.id, ap)])
    enqueue(session, row.id, row.control_number, OutboxChange.UPSERT)


def update_record(
    db: Database, actor: Actor, record_id: int, record: pymarc.Record
) -> RecordSummary:
    """Save an edited record. Its 001 and 003 stay as they were whatever the editor holds."""
    require(actor, "edit records", Role.CATALOGER)
    _refuse_errors(validate(record))
    with db.write() as session:
        sigla = current_library(session).sigla
        row = session.get(Record, record_id)
        if row is None:
            raise RecordNotFound(record_id)
        before = {"title": row.title, "marc": row.marc}
        replace_record(session, row, record, sigla, actor.name)
        session.refresh(row)
        record_event(
            session,
            actor,
            "record.edit",
            "record",
            row.id,
            before=before,
            after={"title": row.title, "marc": row.marc},
        )
        return summary_of(row)


class RecordHasCopies(QorError):
    def __init__(self, control_number: str, copies: int) -> None:
        super().__init__(
            translate(
                "errors",
                "Record {number} has {copies} copies; copies keep their inventory numbers "
                "for ever, so the record cannot be deleted (write the copies off instead).",
            ).format(number=control_number, copies=copies)
        )


def delete_record(db: Database, actor: Actor, record_id: int) -> None:
    require(actor, "delete records", Role.CATALOGER)
    with db.write() as session:
        row = session.get(Record, record_id)
        if row is None:
            raise RecordNotFound(record_id)
        copies = session.execute(
            select(func.count()).select_from(Item).where(Item.record_id == record_id)
        ).scalar_one()
        if copies:
            raise RecordHasCopies(row.control_number, copies)
        before = {"001": row.control_number, "title": row.title, "marc": row.marc}
        clear_index(session, [row.id])
        enqueue(session, row.id, row.control_number, OutboxChange.DELETE)
        session.execute(delete(Record).where(Record.id == row.id))
        record_event(session, actor, "record.delete", "record", record_id, before=before)


def get_record(db: Database, record_id: int) -> RecordDetail:
    with db.read() as session:
        row = session.get(Record, record_id)
        if row is None:
            raise RecordNotFound(record_id)
        return _detail(row)


def get_by_control_number(db: Database, control_number: str) -> RecordDetail:
    with db.read() as session:
        row = session.execute(
            select(Record).where(Record.control_number == control_number.strip())
        ).scalar_one_or_none()
        if row is None:
            raise RecordNotFound(
                translate("errors", "with 001 {number}").format(number=control_number)
            )
        return _detail(row)


def _detail(row: Record) -> RecordDetail:
    return RecordDetail(
        summary_of(row),
        from_json(row.marc),
        row.original_encoding,
        row.created_at,
        row.updated_at,
        row.created_by,
        row.updated_by,
    )
