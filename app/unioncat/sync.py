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

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import and_, delete, insert, select

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.library import current_library
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.history import SyncEntry, SyncReport, close_run, open_run
from app.unioncat.outbox import outbox_rows, sync_rows
from app.unioncat.outgoing import Outgoing, pending_changes, prepare_outgoing
from app.unioncat.targets import UnionCatalogTarget
from app.unioncat.zoom import (
    DatabaseUnavailable,
    UpdateFailed,
    Z3950Error,
    ZoomConnection,
    build_pqf,
)
from db.models import SyncOutbox, SyncRunEntry, SyncState
from db.session import Database

BATCH = 25
# progress(done, total, label): records handled so far, records in the outbox at the start
SyncProgress = Callable[[int, int, str], None]

# Reasons kept in the history; marked here, translated where a verdict is given.
NOT_KEPT = QT_TRANSLATE_NOOP(
    "unioncat",
    "the union catalog answered 'done' but does not hold the record: it could not index it "
    "(see the server's log)",
)
NOT_CURRENT = QT_TRANSLATE_NOOP(
    "unioncat",
    "the union catalog answered 'done' but still holds another version of the record: it "
    "could not index the one sent (see the server's log)",
)
NOT_GONE = QT_TRANSLATE_NOOP(
    "unioncat", "the union catalog answered 'done' but still holds the record"
)
# Failures of the session, not of a record: nothing more can go up in this run.
SESSION_FAILURES = frozenset(
    {"connect_failed", "connection_lost", "timeout", "init_refused", "permission_denied"}
)


def _well_formed(marcxml: str) -> str:
    """Why the XML would be refused (not well-formed), or ""."""
    try:
        ET.fromstring(marcxml)
    except ET.ParseError as exc:
        return translate(
            "unioncat", "the record cannot be written as well-formed MARCXML: {error}"
        ).format(error=exc)
    return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fingerprint(marcxml: str) -> str:
    """What identifies one version of a record: its control and data fields, indicators and
    subfields in order (the leader, namespaces and the server's XML layout aside), so the
    version a server returns compares equal to the one sent. Read with ElementTree: pymarc's
    reader cost more than the server's own work per record on a large sync."""
    try:
        root = ET.fromstring(marcxml.encode("utf-8"))  # bytes: it may declare its encoding
    except ET.ParseError:
        return ""
    record = (
        root
        if _local(root.tag) == "record"
        else next((e for e in root.iter() if _local(e.tag) == "record"), None)
    )
    if record is None:
        return ""
    parts: list[str] = []
    for field in record:
        kind = _local(field.tag)
        if kind == "controlfield":
            parts.append(f"{field.get('tag', '')}\x1f{field.text or ''}")
        elif kind == "datafield":
            subfields = "".join(
                f"\x1f{sub.get('code', '')}{sub.text or ''}"
                for sub in field
                if _local(sub.tag) == "subfield"
            )
            parts.append(
                f"{field.get('tag', '')}{field.get('ind1', ' ')}{field.get('ind2', ' ')}{subfields}"
            )
    if not parts:
        return ""
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def _held(conn: ZoomConnection, identity: str) -> list[str]:
    """The records the union catalog holds as `identity` (at most two: more than one is
    already wrong)."""
    try:
        return conn.search(build_pqf("local", identity), count=2).records
    except DatabaseUnavailable:
        # Zebra's answer for a database that holds no record (yet, or any more)
        return []


def _stops_the_run(exc: Z3950Error) -> bool:
    """A failure of the session rather than of one record: nothing more can be sent."""
    return exc.kind in SESSION_FAILURES


def _verdict(item: Outgoing, held: list[str]) -> tuple[Outgoing, str, str]:
    if item.action == "withdraw":
        return (
            (item, "withdrawn", item.reason)
            if not held
            else (item, "failed", translate("unioncat", NOT_GONE))
        )
    if not held:
        return item, "failed", translate("unioncat", NOT_KEPT)
    if len(held) > 1:
        return item, "failed", translate("unioncat", "the union catalog holds it more than once")
    if _fingerprint(held[0]) != _fingerprint(item.marcxml):
        # "done", and found: but what is found is not what was sent (e.g. the old version
        # stays when the new one could not be indexed)
        return item, "failed", translate("unioncat", NOT_CURRENT)
    return item, "updated" if item.was_sent else "sent", ""


def _refused(exc: Z3950Error) -> str:
    return translate("unioncat", "refused by the union catalog: {error}").format(error=exc)


def _send_batch(
    conn: ZoomConnection, items: list[Outgoing], commit: bool
) -> tuple[list[tuple[Outgoing, str, str]], Z3950Error | None]:
    """Sends a batch, commits, verifies. Returns (item, outcome, reason) for every item that
    reached a verdict, and the session failure that cut the batch short (the rest have no
    verdict and stay in the outbox). A diagnostic about one record is that record's failure;
    only a failure of the session (see SESSION_FAILURES) stops the batch."""
    verdicts: list[tuple[Outgoing, str, str]] = []
    answered: list[Outgoing] = []
    for item in items:
        if item.action == "skip":
            verdicts.append((item, "unchanged", item.reason))
            continue
        problem = _well_formed(item.marcxml)
        if problem:
            verdicts.append((item, "failed", problem))
            continue
        try:
            conn.update(item.marcxml, item.identity, "specialUpdate")
        except Z3950Error as exc:
            if _stops_the_run(exc):
                # Counted against the record in flight, so that next time it goes after the
                # others: a record that brings the server down must not block them.
                verdicts.append((item, "failed", _explain(exc)))
                return verdicts, exc
            if item.action == "withdraw" and isinstance(exc, UpdateFailed):
                answered.append(item)  # absent already? the search below decides
                continue
            verdicts.append((item, "failed", _refused(exc)))
            continue
        answered.append(item)
    if commit and answered:
        try:
            conn.commit()
        except Z3950Error as exc:
            if _stops_the_run(exc):
                return verdicts, exc
            # the verification below shows what the failed commit left invisible
    for item in answered:
        try:
            found = _held(conn, item.identity)
        except Z3950Error as exc:
            if _stops_the_run(exc):
                return verdicts, exc
            verdicts.append(
                (
                    item,
                    "failed",
                    translate(
                        "unioncat", "it could not be checked on the union catalog: {error}"
                    ).format(error=exc),
                )
            )
            continue
        verdicts.append(_verdict(item, found))
    return verdicts, None


def _record_verdicts(
    db: Database,
    report: SyncReport,
    target_name: str,
    verdicts: list[tuple[Outgoing, str, str]],
) -> None:
    """One transaction: the confirmations, their outbox rows gone, the failures counted."""
    if not verdicts:
        return
    now = datetime.now(UTC)
    with db.write() as session:
        states = {
            s.record_id: s
            for s in session.execute(
                select(SyncState).where(SyncState.record_id.in_([v[0].record_id for v in verdicts]))
            ).scalars()
        }
        entries = []
        for item, outcome, reason in verdicts:
            state = states.get(item.record_id)
            if state is None:
                state = SyncState(
                    record_id=item.record_id,
                    identity=item.identity,
                    target=target_name,
                    status="pending",
                    content_hash="",
                    sent_marcxml="",
                    had_holdings=False,
                    attempts=0,
                    last_error="",
                )
                session.add(state)
            state.identity = item.identity
            state.last_attempt_at = now
            if outcome == "failed":
                state.attempts = (state.attempts or 0) + 1
                state.last_error = reason
                if state.status != "sent":
                    state.status = "failed"
            else:
                # The outbox row goes only if the record was not changed again meanwhile.
                session.execute(
                    delete(SyncOutbox).where(
                        and_(
                            SyncOutbox.record_id == item.record_id,
                            SyncOutbox.queued_at == item.queued_at,
                        )
                    )
                )
                state.attempts, state.last_error, state.target = 0, "", target_name
                if outcome == "withdrawn":
                    state.status, state.content_hash, state.sent_at = "withdrawn", "", now
                elif outcome in ("sent", "updated"):
                    state.status, state.content_hash = "sent", item.hash
                    state.sent_marcxml, state.had_holdings = item.marcxml, item.has_holdings
                    state.sent_at = now
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
            report.entries.append(
                SyncEntry(item.record_id, item.identity, item.title, outcome, reason)
            )
        session.execute(insert(SyncRunEntry), entries)


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
        close_run(db, actor, report, "failed")
        return report
    status = "completed"
    done = 0
    handled: set[int] = set()
    with conn:
        # Records that never failed first, then those that did (each at most once a run).
        for retries in (False, True):
            after = 0
            while status == "completed":
                if is_cancelled is not None and is_cancelled():
                    report.cancelled, status = True, "cancelled"
                    break
                with db.read() as session:
                    rows = sync_rows(session, after, batch_size, retries=retries)
                if not rows:
                    break
                after = rows[-1].record_id
                rows = [r for r in rows if r.record_id not in handled]
                if not rows:
                    continue
                handled.update(r.record_id for r in rows)
                items = prepare_outgoing(db, target.name, rows, sigla)
                verdicts, error = _send_batch(conn, items, commit)
                _record_verdicts(db, report, target.name, verdicts)
                done += len(verdicts)
                if progress is not None:
                    progress(done, max(total, done), items[-1].identity)
                if error is not None:
                    report.error, report.error_kind = _explain(error), error.kind
                    status = "failed"
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
                    "status": "withdrawn" if i.action == "withdraw" else "sent",
                    "content_hash": i.hash,
                    "sent_marcxml": i.marcxml if i.action == "upsert" else "",
                    "had_holdings": i.has_holdings,
                    "sent_at": now,
                    "attempts": 0,
                    "last_error": "",
                }
                for i in items
                if i.action != "skip"
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
