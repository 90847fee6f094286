"""A scan at the shelf and the live counters after it, in one call: what the audit screen asks
for every book. On PostgreSQL it is one round trip (the server-side function qor_audit_scan of
migration 0014p reads, decides, writes and counts), since a branch workstation's VPN charges
10-50 ms for each; on SQLite, which has no network, the same rules run in Python
(`record_scan`, then `audit_progress`).

Each scan carries an idempotency key (recorded as the scan's dedupe_key): when the connection
drops under a scan, it is sent again with the same key, and the server answers what it
answered the first time instead of counting the copy twice.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.audit.audits import (
    MAX_CODE,
    AuditProgress,
    LocationProgress,
    Outcome,
    ScanFinding,
    audit_progress,
    record_scan,
)
from app.errors import AuditClosed, AuditNotFound, InvalidInput, LocationNotFound, QorError
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.security.roles import Actor, Role, require
from db.models import AuditCopy, AuditScan, Item, Location
from db.session import Database

_SCAN = text("SELECT qor_audit_scan(:audit, :actor, :device, :code, :at, :key)")
# The same call in the driver's own placeholders (a pipeline goes to psycopg directly).
_SCAN_DRIVER = "SELECT qor_audit_scan(%(audit)s, %(actor)s, %(device)s, %(code)s, %(at)s, %(key)s)"
log = logging.getLogger(__name__)


def scan_and_count(
    db: Database,
    actor: Actor,
    audit_id: int,
    code: str,
    device: str = "",
    at: datetime | None = None,
    key: str | None = None,
) -> tuple[ScanFinding, AuditProgress]:
    """One scan at the shelf, committed at once, and the counters after it. A shelf's
    barcode (or '@CODE') sets this user's device's shelf context; a copy's barcode is checked
    against it. `key` identifies the scan (a new one when not given): a scan sent again with
    the same key is not counted again."""
    require(actor, "scan in audits", Role.STOCK_CHECKER)
    if db.is_sqlite:
        return _scan_locally(db, actor, audit_id, code, device, at, key)
    scanned = normalise_scan(code)
    if not scanned or len(scanned) > MAX_CODE:
        raise _not_a_barcode(code)
    values = _values(audit_id, actor, device, scanned, at, key)
    answer = db.retrying(_scan_on_server, db, values)
    return _result(scanned, audit_id, answer)


@dataclass(frozen=True)
class Scan:
    """One scan of a batch: the code as read, and its idempotency key (made once, so that a
    batch sent again after a dropped connection counts no scan twice)."""

    code: str
    key: str = field(default_factory=lambda: f"live:{uuid.uuid4().hex}")
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


ScanAnswer = tuple[ScanFinding, AuditProgress] | QorError


def scans_and_counts(
    db: Database, actor: Actor, audit_id: int, scans: Sequence[Scan], device: str = ""
) -> list[ScanAnswer]:
    """Scans that came faster than the link answers, each answered in its order: a finding
    with the counters after it, or the error that refused it. On PostgreSQL they go in one
    pipeline (psycopg's pipeline mode: every qor_audit_scan call sent before the first answer
    is read), so a burst costs one round trip, not one each; should the pipeline fail as a
    whole (it runs as one implicit transaction), each scan is sent again alone under its key,
    which the server answers as before if it had counted it. SQLite (no network) asks them
    one by one."""
    require(actor, "scan in audits", Role.STOCK_CHECKER)
    if db.is_sqlite or len(scans) == 1:
        return [_one(db, actor, audit_id, scan, device) for scan in scans]
    answers: list[ScanAnswer | None] = [None] * len(scans)
    values: list[tuple[int, str, dict[str, Any]]] = []
    for n, scan in enumerate(scans):
        scanned = normalise_scan(scan.code)
        if not scanned or len(scanned) > MAX_CODE:
            answers[n] = _not_a_barcode(scan.code)
            continue
        values.append((n, scanned, _values(audit_id, actor, device, scanned, scan.at, scan.key)))
    try:
        served = db.retrying(_pipelined, db, [v for _n, _code, v in values])
    except QorError:
        raise
    except Exception:
        log.warning("a pipeline of %d scans failed: sent one by one", len(values), exc_info=True)
        for n, _scanned, _v in values:
            answers[n] = _one(db, actor, audit_id, scans[n], device)
    else:
        for (n, scanned, _v), answer in zip(values, served, strict=True):
            try:
                answers[n] = _result(scanned, audit_id, answer)
            except QorError as exc:
                answers[n] = exc
    return [a for a in answers if a is not None]


def _one(db: Database, actor: Actor, audit_id: int, scan: Scan, device: str) -> ScanAnswer:
    try:
        return scan_and_count(db, actor, audit_id, scan.code, device, scan.at, scan.key)
    except QorError as exc:
        return exc


def _not_a_barcode(code: str) -> InvalidInput:
    return InvalidInput(translate("errors", "'{code}' is not a barcode.").format(code=code))


def _values(
    audit_id: int, actor: Actor, device: str, scanned: str, at: datetime | None, key: str | None
) -> dict[str, Any]:
    return {
        "audit": audit_id,
        "actor": actor.name,
        "device": device,
        "code": scanned,
        "at": at or datetime.now(UTC),
        "key": key or f"live:{uuid.uuid4().hex}",
    }


def _pipelined(db: Database, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """qor_audit_scan for each of `batch`, all sent before the first answer is read."""
    with db.autocommit() as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        cursors = []
        with raw.pipeline():
            for values in batch:
                cursor = raw.cursor()
                cursor.execute(_SCAN_DRIVER, values)
                cursors.append(cursor)
        answers = []
        for cursor in cursors:
            row = cursor.fetchone()
            assert row is not None
            answers.append(row[0] if isinstance(row[0], dict) else json.loads(row[0]))
    return answers


def _scan_locally(
    db: Database,
    actor: Actor,
    audit_id: int,
    code: str,
    device: str,
    at: datetime | None,
    key: str | None,
) -> tuple[ScanFinding, AuditProgress]:
    """SQLite: the scan in Python; a key seen before answers the scan it recorded."""
    prior = None
    if key is not None:
        with db.read() as session:
            prior = session.execute(
                select(AuditScan).where(AuditScan.audit_id == audit_id, AuditScan.dedupe_key == key)
            ).scalar_one_or_none()
            if prior is not None:
                result = _replay(session, audit_id, prior)
    if prior is None:
        result = record_scan(db, actor, audit_id, code, device, at, key)
    return result, audit_progress(db, audit_id)


def _replay(session: Session, audit_id: int, scan: AuditScan) -> ScanFinding:
    """What a recorded scan answered, from its row (a retry of it is not counted again)."""

    def code_of(location_id: int | None) -> str:
        if location_id is None:
            return ""
        return (
            session.execute(select(Location.code).where(Location.id == location_id)).scalar() or ""
        )

    where = code_of(scan.location_id)
    if scan.item_id is None:
        return ScanFinding(scan.code, Outcome(scan.outcome), where)
    item = session.get(Item, scan.item_id)
    copy = session.get(AuditCopy, (audit_id, scan.item_id))
    if item is None or copy is None:
        return ScanFinding(scan.code, Outcome(scan.outcome), where)
    return ScanFinding(
        scan.code,
        Outcome(scan.outcome),
        where,
        item.inventory_number,
        copy.title,
        item.call_number,
        code_of(copy.location_id),
        item.status,
    )


def _scan_on_server(db: Database, values: dict[str, Any]) -> dict[str, Any]:
    with db.autocommit() as session:
        answer = session.execute(_SCAN, values).scalar_one()
    return answer if isinstance(answer, dict) else json.loads(answer)


def _result(code: str, audit_id: int, answer: dict[str, Any]) -> tuple[ScanFinding, AuditProgress]:
    error = answer.get("error")
    if error == "no-audit":
        raise AuditNotFound(audit_id)
    if error == "closed":
        raise AuditClosed(audit_id)
    if error == "no-location":
        raise LocationNotFound(str(answer.get("code", "")))
    result = ScanFinding(
        code,
        Outcome(answer["outcome"]),
        answer.get("location", ""),
        answer.get("inventory_number", ""),
        answer.get("title", ""),
        answer.get("call_number", ""),
        answer.get("belongs_to", ""),
        answer.get("status", ""),
    )
    locations = [LocationProgress(*row) for row in answer["locations"]]
    progress = AuditProgress(
        expected=sum(p.expected for p in locations),
        found=sum(p.found for p in locations),
        misplaced=int(answer["misplaced"]),
        unknown=int(answer["unknown"]),
        conflicts=int(answer["conflicts"]),
        scans=0,
        locations=locations,
    )
    return result, progress
