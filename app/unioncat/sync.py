"""Sending the catalog's changes to the union catalog: the outbox drained over Z39.50 Extended
Services Update, each record verified on the server before it leaves the outbox.

The work follows the outbox, never the whole catalog, so a sync costs what changed. Records go
up as MARCXML with the library's 852 holdings, by "specialUpdate" (an upsert keyed by the
record's own 003:001). A record deleted here, or whose last copy left the fund, is withdrawn:
sent again with leader/05 = 'd', which Zebra takes as a delete keyed by 003:001 (recordDelete
works too; both give 224 for a record the server does not hold, which is then checked by
search and taken as already withdrawn).

Zebra answers "done" even for a record it could not index, so after each small batch (and the
commit package, on servers with shadow registers) every record is searched by its local
number: only a record found (or, when withdrawn, gone) counts as confirmed. Its outbox row is
removed in the same transaction that records the confirmation, so a sync cut at any moment
(server gone, program killed) loses nothing and, re-run, sends the rest again; the union
catalog keys by 003:001, so a record sent twice is still there once.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.library import current_library
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.history import SyncEntry, SyncReport, close_run, open_run
from app.unioncat.outbox import outbox_rows, sync_rows
from app.unioncat.outgoing import Outgoing, pending_changes, prepare_outgoing
from app.unioncat.states import RunStatus, SendAction, SyncOutcome, SyncStatus
from app.unioncat.targets import UnionCatalogTarget
from app.unioncat.verification import (
    NOT_CURRENT,
    NOT_GONE,
    NOT_KEPT,
    SESSION_FAILURES,
    TWICE,
    Version,
    held_by_identity,
    held_in_one_search,
    layout_key,
    read_version,
    stored_element_set,
)
from app.unioncat.zoom import UpdateFailed, Z3950Error, ZoomConnection
from db.models import SyncOutbox, SyncRunEntry, SyncState
from db.session import Database

BATCH = 25
# progress(done, total, label): records handled so far, records in the outbox at the start
SyncProgress = Callable[[int, int, str], None]


Verdict = tuple[Outgoing, SyncOutcome, str]  # the record, its outcome, why


def _stops_the_run(exc: Z3950Error) -> bool:
    """A failure of the session rather than of one record: nothing more can be sent."""
    return exc.kind in SESSION_FAILURES


def _verdict(item: Outgoing, sent: Version, held: list[Version]) -> Verdict:
    if item.action == SendAction.WITHDRAW:
        return (
            (item, SyncOutcome.WITHDRAWN, item.reason)
            if not held
            else (item, SyncOutcome.FAILED, translate("unioncat", NOT_GONE))
        )
    if not held:
        return item, SyncOutcome.FAILED, translate("unioncat", NOT_KEPT)
    if len(held) > 1:
        return item, SyncOutcome.FAILED, translate("unioncat", TWICE)
    if held[0].fingerprint != sent.fingerprint:
        # "done", and found: but what is found is not what was sent (e.g. the old version
        # stays when the new one could not be indexed)
        return item, SyncOutcome.FAILED, translate("unioncat", NOT_CURRENT)
    return item, SyncOutcome.UPDATED if item.was_sent else SyncOutcome.SENT, ""


def _refused(exc: Z3950Error) -> str:
    return translate("unioncat", "refused by the union catalog: {error}").format(error=exc)


def _unchecked(exc: Z3950Error) -> str:
    return translate("unioncat", "it could not be checked on the union catalog: {error}").format(
        error=exc
    )


@dataclass
class _Batch:
    """Records read from the outbox, decided, and each as the version it will be sent (or why
    it cannot be: not well-formed), all ready before the session needs them."""

    items: list[Outgoing]
    sent: dict[int, Version | str] = field(default_factory=dict)

    @classmethod
    def of(cls, items: list[Outgoing]) -> _Batch:
        batch = cls(items)
        for item in items:
            if item.action != SendAction.SKIP:
                try:
                    batch.sent[item.record_id] = read_version(item.marcxml)
                except ET.ParseError as exc:
                    batch.sent[item.record_id] = translate(
                        "unioncat", "the record cannot be written as well-formed MARCXML: {error}"
                    ).format(error=exc)
        return batch


def _send_batch(
    conn: ZoomConnection, batch: _Batch, commit: bool, element_set: str
) -> tuple[list[Verdict], Z3950Error | None]:
    """Sends a batch, commits, verifies. Returns (item, outcome, reason) for every item that
    reached a verdict, and the session failure that cut the batch short (the rest have no
    verdict and stay in the outbox). A diagnostic about one record is that record's failure;
    only a failure of the session (see SESSION_FAILURES) stops the batch."""
    verdicts: list[Verdict] = []
    answered: list[tuple[Outgoing, Version]] = []
    for item in batch.items:
        if item.action == SendAction.SKIP:
            verdicts.append((item, SyncOutcome.UNCHANGED, item.reason))
            continue
        sent = batch.sent[item.record_id]
        if isinstance(sent, str):
            verdicts.append((item, SyncOutcome.FAILED, sent))
            continue
        try:
            conn.update(item.marcxml, item.identity, "specialUpdate")
        except Z3950Error as exc:
            if _stops_the_run(exc):
                # Counted against the record in flight, so that next time it goes after the
                # others: a record that brings the server down must not block them.
                verdicts.append((item, SyncOutcome.FAILED, _explain(exc)))
                return verdicts, exc
            if item.action == SendAction.WITHDRAW and isinstance(exc, UpdateFailed):
                answered.append((item, sent))  # absent already? the search below decides
                continue
            verdicts.append((item, SyncOutcome.FAILED, _refused(exc)))
            continue
        answered.append((item, sent))
    if commit and answered:
        try:
            conn.commit()
        except Z3950Error as exc:
            if _stops_the_run(exc):
                return verdicts, exc
            # the verification below shows what the failed commit left invisible
    layouts = {layout_key(item.marcxml): sent for item, sent in answered}
    try:
        identities = [item.identity for item, _ in answered]
        held = held_in_one_search(conn, identities, layouts, element_set)
    except Z3950Error as exc:
        return verdicts, exc  # only a failure of the session comes out of it
    for item, sent in answered:
        found = held.get(item.identity)
        if found is None:
            try:
                found = held_by_identity(conn, item.identity)
            except Z3950Error as exc:
                if _stops_the_run(exc):
                    return verdicts, exc
                verdicts.append((item, SyncOutcome.FAILED, _unchecked(exc)))
                continue
        verdicts.append(_verdict(item, sent, found))
    return verdicts, None


def _record_verdicts(
    db: Database, report: SyncReport, target_name: str, verdicts: list[Verdict]
) -> None:
    """One transaction: the confirmations, their outbox rows gone, the failures counted, the
    per-record entries of the history; a statement per kind of row, not per record."""
    if not verdicts:
        return
    now = datetime.now(UTC)
    with db.write() as session:
        before = {
            row.record_id: (row.status, row.attempts or 0)
            for row in session.execute(
                select(SyncState.record_id, SyncState.status, SyncState.attempts).where(
                    SyncState.record_id.in_([v[0].record_id for v in verdicts])
                )
            )
        }
        changed: dict[int, dict[str, object]] = {}
        confirmed: list[dict[str, object]] = []
        entries: list[dict[str, object]] = []
        for item, outcome, reason in verdicts:
            status, attempts = before.get(item.record_id, (SyncStatus.PENDING, 0))
            state: dict[str, object] = {
                "record_id": item.record_id,
                "identity": item.identity,
                "last_attempt_at": now,
            }
            if outcome == SyncOutcome.FAILED:
                state["attempts"], state["last_error"] = attempts + 1, reason
                state["status"] = status if status == SyncStatus.SENT else SyncStatus.FAILED
            else:
                # The outbox row goes only if the record was not changed again meanwhile.
                confirmed.append({"done_id": item.record_id, "done_queued": item.queued_at})
                state.update(attempts=0, last_error="", target=target_name, status=status)
                if outcome == SyncOutcome.WITHDRAWN:
                    state.update(status=SyncStatus.WITHDRAWN, content_hash="", sent_at=now)
                elif outcome in (SyncOutcome.SENT, SyncOutcome.UPDATED):
                    state.update(status=SyncStatus.SENT, content_hash=item.hash, sent_at=now)
                    state.update(sent_marcxml=item.marcxml, had_holdings=item.has_holdings)
            changed[item.record_id] = state
            entries.append(
                {
                    "run_id": report.run_id,
                    "record_id": item.record_id,
                    "identity": item.identity,
                    "title": item.title[:500],
                    "outcome": outcome,
                    "reason": reason,
                    "at": now,
                }
            )
        _write_states(session, changed, set(before), target_name)
        if confirmed:
            session.connection().execute(
                delete(SyncOutbox).where(
                    SyncOutbox.record_id == bindparam("done_id"),
                    SyncOutbox.queued_at == bindparam("done_queued"),
                ),
                confirmed,
            )
        session.execute(insert(SyncRunEntry), entries)
    report.entries.extend(
        SyncEntry(item.record_id, item.identity, item.title, outcome, reason)
        for item, outcome, reason in verdicts
    )


def _write_states(
    session: Session, changed: dict[int, dict[str, object]], existing: set[int], target_name: str
) -> None:
    """The sync states as `changed` says: updated where a record has one, else created."""
    updates: dict[frozenset[str], list[dict[str, object]]] = {}
    for record_id, values in changed.items():
        if record_id in existing:
            # grouped by the columns they set, so that each group is one executemany
            updates.setdefault(frozenset(values), []).append(values)
    for group in updates.values():
        session.execute(update(SyncState), group)
    new = [
        {
            "target": target_name,
            "status": SyncStatus.PENDING,
            "content_hash": "",
            "sent_marcxml": "",
            "had_holdings": False,
            "attempts": 0,
            "last_error": "",
            **values,
        }
        for record_id, values in changed.items()
        if record_id not in existing
    ]
    if new:
        session.execute(insert(SyncState), new)


class _OutboxReader:
    """The outbox read batch by batch in record order and decided (see prepare_outgoing),
    one pass for records that never failed and one for those that did; a record read in a
    run is not read again in it."""

    def __init__(self, db: Database, target_name: str, sigla: str, batch_size: int) -> None:
        self.db, self.target_name, self.sigla = db, target_name, sigla
        self.batch_size = batch_size
        self.after = {False: 0, True: 0}
        self.handled: set[int] = set()

    def next_batch(self, retries: bool) -> _Batch | None:
        """The next batch of the pass (empty if all its rows were read in this run already),
        or None at the end of the pass."""
        with self.db.read() as session:
            rows = sync_rows(session, self.after[retries], self.batch_size, retries=retries)
        if not rows:
            return None
        self.after[retries] = rows[-1].record_id
        rows = [r for r in rows if r.record_id not in self.handled]
        self.handled.update(r.record_id for r in rows)
        if not rows:
            return _Batch([])
        return _Batch.of(prepare_outgoing(self.db, self.target_name, rows, self.sigla))


def sync(
    db: Database,
    actor: Actor,
    target: UnionCatalogTarget,
    password: str | None,
    *,
    commit: bool = False,
    dry_run: bool = False,
    progress: SyncProgress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
) -> SyncReport:
    """Sends what the outbox holds to the union catalog and reports per record.

    `commit` sends the commit package after each batch (servers with shadow registers).
    `dry_run` contacts no server and changes nothing: the report's `pending` lists what
    would go up. A failure that stops the whole run (server down, wrong password, connection
    lost) is reported in `error`; whatever was confirmed before it has left the outbox, the
    rest is still there. A record the server refuses stays in the outbox with its attempt
    count and last error, and the others go on.
    """
    require(actor, "send records to the union catalog", Role.CATALOGER)
    if dry_run:
        return SyncReport(target.name, dry_run=True, pending=pending_changes(db, target))
    run_id, total = open_run(db, actor, target.name)
    report = SyncReport(target.name, run_id=run_id)
    with db.read() as session:
        sigla = current_library(session).sigla
    try:
        conn = ZoomConnection(target.connection_target(password))
    except Z3950Error as exc:
        report.error, report.error_kind = _explain(exc), exc.kind
        close_run(db, actor, report, RunStatus.FAILED)
        return report
    status = RunStatus.COMPLETED
    done = 0
    outbox = _OutboxReader(db, target.name, sigla, batch_size)
    with conn:
        element_set = stored_element_set(conn)
        # Records that never failed first, then those that did (each at most once a run).
        for retries in (False, True):
            while status == RunStatus.COMPLETED:
                if is_cancelled is not None and is_cancelled():
                    report.cancelled, status = True, RunStatus.CANCELLED
                    break
                batch = outbox.next_batch(retries)
                if batch is None:
                    break
                if not batch.items:
                    continue
                verdicts, error = _send_batch(conn, batch, commit, element_set)
                _record_verdicts(db, report, target.name, verdicts)
                done += len(verdicts)
                if progress is not None:
                    progress(done, max(total, done), batch.items[-1].identity)
                if error is not None:
                    report.error, report.error_kind = _explain(error), error.kind
                    status = RunStatus.FAILED
    close_run(db, actor, report, status)
    return report


_HINTS = {
    "connect_failed": QT_TRANSLATE_NOOP("unioncat", "the union catalog cannot be reached"),
    "init_refused": QT_TRANSLATE_NOOP(
        "unioncat", "the union catalog refused the user name or password"
    ),
    "connection_lost": QT_TRANSLATE_NOOP(
        "unioncat", "the connection to the union catalog was lost"
    ),
    "timeout": QT_TRANSLATE_NOOP("unioncat", "the union catalog stopped answering"),
    "permission_denied": QT_TRANSLATE_NOOP(
        "unioncat", "this user may search the union catalog but not send to it"
    ),
}


def _explain(exc: Z3950Error) -> str:
    hint = _HINTS.get(exc.kind)
    if not hint:
        return str(exc)
    # the Z39.50 diagnostic itself stays as the server and YAZ put it
    return translate("unioncat", "{hint} ({error})").format(
        hint=translate("unioncat", hint), error=exc
    )


# --- administration ---------------------------------------------------------------------------


def mark_synced(db: Database, actor: Actor, target: UnionCatalogTarget) -> int:
    """Declares that the union catalog already holds the current version of every record in
    the outbox (loaded there some other way, e.g. a bulk load when the library joined): their
    state records what would have been sent, and the outbox is emptied. Returns the count."""
    require(actor, "mark records as already in the union catalog", Role.ADMIN)
    with db.read() as session:
        sigla = current_library(session).sigla
    count, after, now = 0, 0, datetime.now(UTC)
    while True:
        with db.read() as session:
            rows = outbox_rows(session, after, 2000)
        if not rows:
            break
        after = rows[-1].record_id
        items = prepare_outgoing(db, target.name, rows, sigla)
        with db.write() as session:
            ids = [i.record_id for i in items]
            session.execute(delete(SyncState).where(SyncState.record_id.in_(ids)))
            states = [
                {
                    "record_id": i.record_id,
                    "identity": i.identity,
                    "target": target.name,
                    "status": SyncStatus.WITHDRAWN
                    if i.action == SendAction.WITHDRAW
                    else SyncStatus.SENT,
                    "content_hash": i.hash,
                    "sent_marcxml": i.marcxml if i.action == SendAction.UPSERT else "",
                    "had_holdings": i.has_holdings,
                    "sent_at": now,
                    "attempts": 0,
                    "last_error": "",
                }
                for i in items
                if i.action != SendAction.SKIP
            ]
            if states:
                session.execute(insert(SyncState), states)
            for i in items:
                session.execute(
                    delete(SyncOutbox).where(
                        and_(
                            SyncOutbox.record_id == i.record_id, SyncOutbox.queued_at == i.queued_at
                        )
                    )
                )
            count += len(items)
    with db.write() as session:
        record_event(
            session,
            actor,
            "unioncat.mark_synced",
            "sync_state",
            target.name,
            after={"records": count},
        )
    return count
