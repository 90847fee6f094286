"""Finding the copies an operator scanned (barcode, or the inventory number typed from the
book) inside a transaction, and the result every scan-driven action returns.

On PostgreSQL a desk's scan is one call of a server-side function (migration 0016u: it
reads, decides, writes and answers in one round trip, since a branch workstation's VPN
charges 10-50 ms for each); `on_server` makes the call and `tally_of` reads its answer. The
functions answer refusals as codes with their values; the words are the desk's own
(`refusal` below), the same the SQLite path says.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import TextClause, select
from sqlalchemy.orm import Session

from app.errors import CopyIncomplete, InvalidTransition
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.copies import RefusedCopy
from app.intake.loans import resolve_scan
from app.intake.status import ALLOWED_TRANSITIONS, ItemStatus
from db.models import Item, Record
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
    calls that cannot apply twice (a copy already taken is refused the second time)."""
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
