"""Finding the copies an operator scanned (barcode, or the inventory number typed from the
book) inside a transaction, and the result every scan-driven action returns.

On PostgreSQL a desk's scan is one call of a server-side function (migration 0016u: it
reads, decides, writes and answers in one round trip, since a branch workstation's VPN
charges 10-50 ms for each); `on_server` makes the call and `tally_of` reads its answer. The
functions answer refusals as codes with their values; the words are the desk's own
(`refusal` below), the same the SQLite path says.

A scan carries an idempotency key (`new_key`): sent again after its answer was lost, it is
answered what it was answered the first time (kept in `scan_answer`, migration 0016v), not
refused as already done. On PostgreSQL the call goes `keyed`, still one statement; on SQLite
the Python path runs `answered_once`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import TextClause, delete, select, text
from sqlalchemy.orm import Session

from app.errors import CopyIncomplete, InvalidTransition
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.loans import resolve_scan
from app.intake.status import ALLOWED_TRANSITIONS, ItemStatus
from db.models import Item, Record, ScanAnswer
from db.session import Database


@dataclass(frozen=True)
class ScannedCopy:
    item_id: int
    inventory_number: str
    barcode: str | None
    title: str
    status: str


@dataclass
class ScanTally:
    """What an action did with each scan: the copies it took, the scans it refused, and
    the copies it closed without taking them (e.g. a copy written off while at the bindery
    comes back: its order line closes, the copy stays written off)."""

    accepted: list[ScannedCopy] = field(default_factory=list)
    refused: list[RefusedCopy] = field(default_factory=list)
    closed: list[RefusedCopy] = field(default_factory=list)


def item_by_scan(session: Session, scan: str) -> Item | None:
    """The copy with this barcode, or else with this inventory number."""
    return resolve_scan(session, scan)


def scanned(session: Session, item: Item) -> ScannedCopy:
    title = session.execute(select(Record.title).where(Record.id == item.record_id)).scalar_one()
    return ScannedCopy(item.id, item.inventory_number, item.barcode, title, item.status)


def taken(session: Session, item: Item) -> list[Any]:
    """A scan taken, as the server-side functions answer it: ['ok', copy...]."""
    return ["ok", *astuple(scanned(session, item))]


def no_copy(scan: str) -> RefusedCopy:
    """A scan no copy carries (neither as its barcode nor as its inventory number)."""
    return RefusedCopy(scan, translate("errors", "no copy has barcode {code}").format(code=scan))


def unique_scans(scans: Sequence[str]) -> list[str]:
    """Scans in order, each once: a copy scanned twice is one copy."""
    seen: set[str] = set()
    out = []
    for scan in scans:
        code = normalise_scan(scan)
        if code and code not in seen:
            seen.add(code)
            out.append(code)
    return out


# --- PostgreSQL: one server-side call per scan ------------------------------------------


def sources_of(target: ItemStatus) -> list[str]:
    """The statuses a copy may leave for `target` (ALLOWED_TRANSITIONS read backwards), for a
    server-side function that changes a status."""
    return sorted(s.value for s, targets in ALLOWED_TRANSITIONS.items() if target in targets)


def stamps() -> dict[str, Any]:
    """The event log's timestamp and the rows' time, as the Python path takes them."""
    now = datetime.now(UTC)
    return {"at": now.isoformat(timespec="microseconds"), "now": now}


# --- Idempotency keys --------------------------------------------------------------------

# How long a scan's answer is kept for a retry (which comes within seconds).
KEEP_ANSWERS = timedelta(days=1)


def new_key() -> str:
    """A scan's idempotency key: made once per call, so the call sent again carries it."""
    return uuid.uuid4().hex


def keyed(call: str) -> TextClause:
    """A SELECT of `call` (a server-side function's call, answering JSON) under the scan's key
    (`:key`): a key answered before returns that answer without calling it again; otherwise
    the call runs and its answer is kept under the key. One statement (COALESCE evaluates
    only what it needs; migration 0016v), so one round trip and one transaction."""
    return text(f"SELECT coalesce(qor_scan_prior(:key), qor_scan_keep(:key, {call}))")


def answered_once(
    db: Database, key: str | None, work: Callable[[Session], dict[str, Any]]
) -> dict[str, Any]:
    """SQLite: `work(session)` in one write transaction, its answer (JSON, as the server-side
    function answers) kept under `key`; a key answered before answers that, and `work` does
    not run. Without a key, `work` runs and nothing is kept."""
    with db.write() as session:
        if key is not None:
            prior = session.execute(
                select(ScanAnswer.answer).where(ScanAnswer.scan_key == key)
            ).scalar()
            if prior is not None:
                found: dict[str, Any] = json.loads(prior)
                return found
        answer = work(session)
        if key is not None:
            now = datetime.now(UTC)
            session.execute(delete(ScanAnswer).where(ScanAnswer.answered_at < now - KEEP_ANSWERS))
            session.add(
                ScanAnswer(
                    scan_key=key, answer=json.dumps(answer, ensure_ascii=False), answered_at=now
                )
            )
        return answer


def _call(db: Database, call: TextClause, values: dict[str, Any]) -> dict[str, Any]:
    with db.autocommit() as session:
        answer = session.execute(call, values).scalar_one()
    found = answer if isinstance(answer, dict) else json.loads(answer)
    error = found.get("error")
    if error == "transition":
        raise InvalidTransition(found["from"], found["to"], found["number"])
    if error == "incomplete":
        raise CopyIncomplete(found["number"], list(found["missing"]))
    return found


def on_server(
    db: Database, call: TextClause, values: dict[str, Any], retry: bool = True
) -> dict[str, Any]:
    """`call` (one SELECT of a function) in autocommit: one statement, one round trip, atomic
    by itself. Sent again if the server gave it up for another desk's (a deadlock: nothing of
    it was saved). With `retry`, sent again once if the connection dropped under it: only for
    calls that cannot apply twice (a call `keyed` with its scan's key is answered as the
    first time)."""
    if retry:
        return db.retrying(db.contended, _call, db, call, values)
    return db.contended(_call, db, call, values)


def tally_of(answer: dict[str, Any], refusal: Callable[[list[Any]], RefusedCopy]) -> ScanTally:
    """A function's answer for each scan, as the Python path tallies it: ['ok', copy...],
    ['refused', scan, code, values...] (said by `refusal`) or ['closed', ...] (likewise)."""
    result = ScanTally()
    for row in answer["results"]:
        if row[0] == "ok":
            result.accepted.append(ScannedCopy(*row[1:]))
        elif row[0] == "closed":
            result.closed.append(refusal(row))
        else:
            result.refused.append(refusal(row))
    return result
