"""What goes up to the union catalog: each queued record as MARCXML with this library's 852
holdings, or a withdrawal, decided from the record and its sync state; and the dry run that
lists those decisions with the fields changed since the union catalog last received them."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pymarc
from sqlalchemy import select

from app.i18n import translate
from app.intake.holdings import holdings_fields
from app.intake.status import ItemStatus
from app.library import current_library
from app.marc.codec import from_json
from app.marc.rusmarc import strip_shadows
from app.marc.writing import record_to_marcxml
from app.unioncat.outbox import outbox_rows
from app.unioncat.states import OutboxChange, PendingAction, SendAction, SyncStatus
from app.unioncat.targets import UnionCatalogTarget
from db.models import Item, Record, SyncOutbox, SyncState
from db.session import Database

MARC_NS = "http://www.loc.gov/MARC21/slim"
GONE_STATUSES = (ItemStatus.WRITTEN_OFF.value, ItemStatus.MISSING.value)


@dataclass(frozen=True)
class PendingChange:
    """What a sync would do with one record (new, changed, withdraw or unchanged), and
    for a changed record the fields added (+) and removed (-) since the union catalog last
    received it."""

    record_id: int
    identity: str
    title: str
    action: PendingAction
    changes: tuple[str, ...] = ()
    reason: str = ""


def union_marcxml(record: pymarc.Record) -> str:
    """The record as one namespaced MARCXML <record> element, as the union catalog takes it."""
    return record_to_marcxml(record).replace("<record>", f'<record xmlns="{MARC_NS}">', 1)


def withdrawal_marcxml(identity: str) -> str:
    """A record that deletes `identity` (003:001) on the union catalog: leader/05 = 'd'."""
    org, _, number = identity.rpartition(":")
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000dam a2200000 i 4500")
    record.add_field(pymarc.Field(tag="001", data=number))
    if org:
        record.add_field(pymarc.Field(tag="003", data=org))
    return union_marcxml(record)


def with_holdings(record: pymarc.Record, holdings: Sequence[pymarc.Field]) -> pymarc.Record:
    """The record with this library's 852s instead of any it came with: the union catalog
    lists holding libraries from them, and another library's 852 copied in here would be
    a false claim."""
    # The 852 ‡z note ("N/M": available of held, app/intake/holdings.py) is language-neutral
    # on purpose: it is data for the union catalog, read by every member library in its own
    # language. (It was "available: N of M" before issue 12: that change altered every
    # record's content hash, so the first sync after it re-sends the whole catalog once.)
    for old in record.get_fields("852"):
        record.remove_field(old)
    for holding in holdings:
        record.add_ordered_field(holding)
    return record


def identity_of(record: pymarc.Record, sigla: str, control_number: str) -> str:
    org = record.get("003")
    return f"{(org.data if org is not None and org.data else sigla).strip()}:{control_number}"


def content_hash(marcxml: str) -> str:
    return hashlib.sha256(marcxml.encode("utf-8")).hexdigest()


def _field_lines(marcxml: str) -> list[str]:
    if not marcxml:
        return []
    records = pymarc.parse_xml_to_array(io.BytesIO(marcxml.encode("utf-8")))
    if not records or records[0] is None:
        return []
    # 005 changes with every save; it is not a change anyone needs to see
    return [str(f) for f in records[0].fields if f.tag != "005"]


def field_changes(before: str, after: str) -> tuple[str, ...]:
    """Fields added (+) and removed (-) between two MARCXML records, in field order."""
    old, new = Counter(_field_lines(before)), Counter(_field_lines(after))
    removed = [f"- {line}" for line in _field_lines(before) if old[line] > new[line]]
    added = [f"+ {line}" for line in _field_lines(after) if new[line] > old[line]]
    return tuple(dict.fromkeys(removed + added))


@dataclass
class Outgoing:
    """One outbox row decided: what to send for the record, and what its state was."""

    record_id: int
    identity: str
    title: str
    queued_at: datetime
    action: SendAction
    marcxml: str = ""
    hash: str = ""
    has_holdings: bool = False
    was_sent: bool = False
    reason: str = ""
    previous_xml: str = ""


def prepare_outgoing(
    db: Database, target_name: str, rows: Sequence[SyncOutbox], sigla: str
) -> list[Outgoing]:
    """Decides for each outbox row what to send, from the record, its holdings and its
    state (only these records are read: the cost follows the outbox, not the catalog)."""
    ids = [r.record_id for r in rows]
    with db.read() as session:
        records = {
            r.id: r for r in session.execute(select(Record).where(Record.id.in_(ids))).scalars()
        }
        states = {
            s.record_id: s
            for s in session.execute(
                select(SyncState).where(SyncState.record_id.in_(ids))
            ).scalars()
        }
        # Copies written off or missing are no longer the library's to offer to readers.
        with_copies = set(
            session.execute(
                select(Item.record_id)
                .distinct()
                .where(Item.record_id.in_(ids), Item.status.not_in(GONE_STATUSES))
            ).scalars()
        )
        # Copies are never deleted (their inventory numbers stay), so any copy at all, gone
        # or not, says the library held the record once, even if no sync saw it held.
        ever_held = set(
            session.execute(
                select(Item.record_id).distinct().where(Item.record_id.in_(ids))
            ).scalars()
        )
        # detached as loaded: read() ends in a rollback, which would expire them
        session.expunge_all()
    live = [i for i in ids if i in records]
    holdings = holdings_fields(db, live) if live else {}
    out: list[Outgoing] = []
    for row in rows:
        state = states.get(row.record_id)
        stored = records.get(row.record_id)
        was_sent = (
            state is not None and state.status != SyncStatus.WITHDRAWN and state.sent_at is not None
        )
        previous = state.sent_marcxml if state is not None else ""
        if stored is None or row.change == OutboxChange.DELETE:
            identity = state.identity if state is not None else f"{sigla}:{row.control_number}"
            title = _title_of(previous)
            out.append(
                Outgoing(
                    row.record_id,
                    identity,
                    title,
                    row.queued_at,
                    SendAction.WITHDRAW,
                    withdrawal_marcxml(identity),
                    was_sent=was_sent,
                    reason=translate("unioncat", "deleted from the catalog"),
                    previous_xml=previous,
                )
            )
            continue
        record = from_json(stored.marc)
        identity = identity_of(record, sigla, stored.control_number)
        held = holdings.get(row.record_id, [])
        has_copies = row.record_id in with_copies
        item = Outgoing(
            row.record_id,
            identity,
            stored.title,
            row.queued_at,
            SendAction.UPSERT,
            has_holdings=has_copies,
            was_sent=was_sent,
            previous_xml=previous,
        )
        # The last copy left the fund: whether or not a sync saw the record held (copies may
        # come and go between two syncs), it leaves the union catalog.
        lost_copies = row.record_id in ever_held or (state is not None and state.had_holdings)
        if not has_copies and lost_copies:
            if not was_sent:
                # withdrawn already, or never sent: nothing of it is there to withdraw
                item.action = SendAction.SKIP
                item.reason = translate("unioncat", "withdrawn: the library holds no copies")
            else:
                item.action = SendAction.WITHDRAW
                item.reason = translate("unioncat", "the library holds no copies any more")
                item.marcxml = withdrawal_marcxml(identity)
            out.append(item)
            continue
        # 887s kept only to give RUSMARC records back verbatim are this library's business.
        item.marcxml = union_marcxml(with_holdings(strip_shadows(record), held))
        item.hash = content_hash(item.marcxml)
        if (
            state is not None
            and state.status == SyncStatus.SENT
            and state.target == target_name
            and state.content_hash == item.hash
        ):
            item.action = SendAction.SKIP
            item.reason = translate("unioncat", "the union catalog already holds this version")
        out.append(item)
    return out


def _title_of(marcxml: str) -> str:
    for line in _field_lines(marcxml):
        if line.startswith("=245"):
            return line[10:]
    return ""


# --- dry run ----------------------------------------------------------------------------------


def pending_changes(
    db: Database, target: UnionCatalogTarget, *, limit: int | None = None
) -> list[PendingChange]:
    """What a sync to `target` would send now, per record, with the fields changed since the
    union catalog last received it. Reads only; contacts no server."""
    with db.read() as session:
        sigla = current_library(session).sigla
    pending: list[PendingChange] = []
    after = 0
    while limit is None or len(pending) < limit:
        with db.read() as session:
            rows = outbox_rows(session, after, 200)
        if not rows:
            break
        after = rows[-1].record_id
        for item in prepare_outgoing(db, target.name, rows, sigla):
            if item.action == SendAction.WITHDRAW:
                pending.append(
                    PendingChange(
                        item.record_id,
                        item.identity,
                        item.title,
                        PendingAction.WITHDRAW,
                        reason=item.reason,
                    )
                )
            elif item.action == SendAction.SKIP:
                pending.append(
                    PendingChange(
                        item.record_id,
                        item.identity,
                        item.title,
                        PendingAction.UNCHANGED,
                        reason=item.reason,
                    )
                )
            elif item.previous_xml and item.was_sent:
                pending.append(
                    PendingChange(
                        item.record_id,
                        item.identity,
                        item.title,
                        PendingAction.CHANGED,
                        field_changes(item.previous_xml, item.marcxml),
                    )
                )
            else:
                pending.append(
                    PendingChange(
                        item.record_id,
                        item.identity,
                        item.title,
                        PendingAction.NEW,
                        field_changes("", item.marcxml),
                    )
                )
    return pending[:limit] if limit is not None else pending
