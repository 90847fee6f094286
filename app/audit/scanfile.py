"""Importing a handheld scanner's file into an audit as a bulk operation: the whole file is
parsed and its shelf contexts worked out first, then it is reconciled against the frozen
expected list chunk by chunk, each chunk one transaction of a few set-based statements.

A chunk commits before the next begins, so a run killed or cancelled midway keeps every
chunk before the stop and a re-run adds only the rest. Each line carries a key taken from
the file's own content (never from the workstation or the device name it is imported
under), so appending the same file twice, from anywhere, adds nothing.
"""

from __future__ import annotations

import hashlib
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit.audits import (
    CONFLICTING,
    MAX_CODE,
    Outcome,
    _audit,
    _context,
    _open_audit_for_scans,
)
from app.errors import AuditClosed, InvalidInput, LocationNotFound
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.security.roles import Actor, Role, require
from db.models import AuditCopy, AuditLocation, AuditScan, Item, Location, Record
from db.session import Database

# Lines per transaction: a kill loses at most this many uncommitted lines (a re-run adds them).
CHUNK = 20_000
# Values per IN (...) list: under SQLite's and PostgreSQL's bound-parameter limits.
LOOKUP = 2_000


@dataclass(frozen=True)
class RejectedLine:
    file: str
    line: int
    reason: str


@dataclass
class ScanImport:
    """What importing a scanner file did: scans recorded, lines already imported before,
    and the rejected lines with their numbers."""

    file: str
    device: str = ""
    recorded: int = 0
    already_imported: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)
    outcomes: Tally[str] = field(default_factory=Tally)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    code: str  # "" for a '@LOC' line
    at: datetime | None
    shelf: str  # location code or shelf barcode, or ""
    prefix_key: str  # the running hash of the file up to and including this line


@dataclass(slots=True)
class _Planned:
    """A line with its shelf context worked out: ready to reconcile."""

    number: int
    code: str
    at: datetime
    context: int | None  # the shelf the scan was made at (for a shelf line: that shelf)
    is_shelf: bool
    key: str


def _timestamp(text: str) -> datetime:
    value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    return value if value.tzinfo else value.astimezone()


def _parse(raw: bytes, number: int, running: Any) -> _Line | str | None:
    """One line of a scanner file: `CODE`, `CODE;TIMESTAMP`, `CODE,TIMESTAMP,LOCATION` or
    `@LOCATION`. Returns the line, a reason for rejecting it, or None for a blank line."""
    running.update(raw + b"\n")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1251", errors="replace")
    text = text.strip()
    if not text:
        return None
    prefix_key = "f" + running.hexdigest()[:63]
    if text.startswith("@"):
        shelf = text[1:].strip()
        return _Line(number, "", None, shelf, prefix_key) if shelf else "no location after '@'"
    sep = ";" if ";" in text else "," if "," in text else "\t" if "\t" in text else None
    parts = [p.strip() for p in text.split(sep)] if sep else [text]
    if len(parts) > 3:
        return f"{len(parts)} fields; a line is CODE[;TIMESTAMP[;LOCATION]]"
    code = normalise_scan(parts[0])
    if not code:
        return "no barcode"
    if len(code) > MAX_CODE or any(c.isspace() for c in code):
        return f"'{parts[0][:40]}' is not a barcode"
    at = None
    if len(parts) > 1 and parts[1]:
        try:
            at = _timestamp(parts[1])
        except ValueError:
            return f"'{parts[1]}' is not a timestamp (YYYY-MM-DDTHH:MM:SS)"
    shelf = parts[2].lstrip("@") if len(parts) > 2 else ""
    return _Line(number, code, at, shelf, prefix_key)


def _key(line: _Line, shelf_code: str) -> str:
    """A timestamped scan is the same scan wherever it appears: its code, its time and the
    shelf it was made at. An untimestamped line is known by the file up to it, so the same
    file (or the same file grown by appended lines) imports once, while another pass over
    the same shelf, in another file, counts again."""
    if line.at is None:
        return line.prefix_key
    text = f"{line.code}\x1f{line.at.isoformat()}\x1f{shelf_code}"
    return "t" + hashlib.sha256(text.encode()).hexdigest()[:63]


def _chunks(values: Sequence[Any], size: int = LOOKUP) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _plan(
    lines: Iterable[_Line],
    shelves: dict[str, tuple[int, str]],
    shelf_barcodes: dict[str, tuple[int, str]],
    context: int | None,
    codes_of: dict[int, str],
    file: str,
    result: ScanImport,
) -> list[_Planned]:
    """Walk the file in order, as the handheld was carried: shelf lines set the context of
    the lines after them. Lines naming an unknown shelf are rejected and change nothing."""
    now = datetime.now(UTC)
    planned: list[_Planned] = []
    for line in lines:
        at = line.at or now
        if line.shelf:
            shelf = shelves.get(line.shelf)
            if shelf is None:
                result.rejected.append(
                    RejectedLine(file, line.number, str(LocationNotFound(line.shelf)))
                )
                continue
            context = shelf[0]
            if not line.code:
                key = _key(line, shelf[1])
                planned.append(_Planned(line.number, f"@{line.shelf}", at, context, True, key))
                continue
        elif line.code in shelf_barcodes:
            context = shelf_barcodes[line.code][0]
            key = _key(line, shelf_barcodes[line.code][1])
            planned.append(_Planned(line.number, line.code, at, context, True, key))
            continue
        key = _key(line, codes_of.get(context, "") if context is not None else "")
        planned.append(_Planned(line.number, line.code, at, context, False, key))
    return planned


def import_scan_file(
    db: Database,
    actor: Actor,
    audit_id: int,
    path: Path | str,
    device: str = "",
    *,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ScanImport:
    """Import a handheld scanner's file into the audit in chunks of CHUNK lines, each one
    transaction. `device` names the handheld (default: the file's name). Lines imported
    before, from this workstation or another, are skipped; bad lines are reported with file
    and line number and the rest imported."""
    require(actor, "scan in audits", Role.STOCK_CHECKER)
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("errors", "Cannot read {file}: {p1}").format(
                file=file, p1=exc.strerror or exc
            )
        ) from None
    device = device.strip() or file.name
    result = ScanImport(str(file), device)
    running = hashlib.sha256(b"qor-scan-file\x1e")
    parsed: list[_Line] = []
    raw_lines = data.splitlines()
    for number, raw in enumerate(raw_lines, start=1):
        line = _parse(raw, number, running)
        if isinstance(line, str):
            result.rejected.append(RejectedLine(str(file), number, line))
        elif line is not None:
            parsed.append(line)
    with db.read() as session:
        if _audit(session, audit_id).status != "open":
            raise AuditClosed(audit_id)
        context = _context(session, audit_id, actor.name, device)
        shelves, shelf_barcodes, codes_of = _locations(session)
    plan = _plan(parsed, shelves, shelf_barcodes, context, codes_of, str(file), result)
    result.rejected.sort(key=lambda r: r.line)
    done = 0
    for chunk in _chunks(plan, CHUNK):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        _import_chunk(db, actor.name, audit_id, device, file.name, chunk, result)
        done = chunk[-1].number
        if progress is not None:
            progress(done, len(result.rejected), f"{done} / {len(raw_lines)}")
    if progress is not None and not result.cancelled:
        progress(len(raw_lines), len(result.rejected), "done")
    return result


def _locations(
    session: Session,
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]], dict[int, str]]:
    """Every location by code and by shelf barcode: a library has hundreds, not millions."""
    by_code: dict[str, tuple[int, str]] = {}
    by_barcode: dict[str, tuple[int, str]] = {}
    codes_of: dict[int, str] = {}
    for location_id, code, barcode in session.execute(
        select(Location.id, Location.code, Location.barcode)
    ):
        codes_of[location_id] = code
        by_code[code] = (location_id, code)
        if barcode:
            by_barcode[barcode] = (location_id, code)
    # A line's '@X' may name a shelf by its barcode too; its code wins when both match.
    shelves = {**by_barcode, **by_code}
    return shelves, by_barcode, codes_of


def _import_chunk(
    db: Database,
    actor: str,
    audit_id: int,
    device: str,
    source: str,
    chunk: Sequence[_Planned],
    result: ScanImport,
) -> None:
    """Reconcile one chunk in one transaction; a concurrent import of the same lines (the
    unique dedupe key) rolls it back, and the retry skips what the other one recorded."""
    for attempt in range(3):
        outcome: Tally[str] = Tally()
        try:
            with db.write() as session:
                recorded, skipped = _reconcile(
                    session, actor, audit_id, device, source, chunk, outcome
                )
        except IntegrityError:
            if attempt == 2:
                raise
            continue
        result.recorded += recorded
        result.already_imported += skipped
        result.outcomes.update(outcome)
        return


def _reconcile(
    session: Session,
    actor: str,
    audit_id: int,
    device: str,
    source: str,
    chunk: Sequence[_Planned],
    outcomes: Tally[str],
) -> tuple[int, int]:
    _open_audit_for_scans(session, audit_id)
    if session.get_bind().dialect.name == "postgresql":
        # psycopg prepares a statement run five times, and PostgreSQL then plans it once for
        # any parameters: for `dedupe_key IN (2,000 values)` that generic plan takes the
        # audit_id index and compares every scan of the audit with every value (21 s a
        # lookup at 140,000 scans). Planned for the values at hand, it uses the unique index.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    keys = [p.key for p in chunk]
    seen: set[str | None] = set()
    for part in _chunks(keys):
        seen.update(
            session.execute(
                select(AuditScan.dedupe_key).where(
                    AuditScan.audit_id == audit_id, AuditScan.dedupe_key.in_(part)
                )
            ).scalars()
        )
    fresh: list[_Planned] = []
    for p in chunk:
        if p.key not in seen:
            fresh.append(p)
            seen.add(p.key)  # the same line twice in one file: once
    skipped = len(chunk) - len(fresh)
    codes = sorted({p.code for p in fresh if not p.is_shelf})
    items: dict[str, Any] = {}
    for part in _chunks(codes):
        for row in session.execute(
            select(Item.id, Item.barcode, Item.status, Item.location_id).where(
                Item.barcode.in_(part)
            )
        ):
            items[row.barcode] = row
    ids = sorted({row.id for row in items.values()})
    copies: dict[int, Any] = {}
    for part in _chunks(ids):
        # Locked while the chunk is reconciled: a live scan of the same copy on another
        # workstation waits, so a copy is found once and counted once.
        for held in session.execute(
            select(AuditCopy.item_id, AuditCopy.origin, AuditCopy.location_id, AuditCopy.found_at)
            .where(AuditCopy.audit_id == audit_id, AuditCopy.item_id.in_(part))
            .with_for_update()
        ):
            copies[held.item_id] = held
    found_now: set[int] = set()
    scans: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    extras: list[tuple[int, dict[str, Any]]] = []
    tallies: Tally[int] = Tally()
    for p in fresh:
        item_id = None
        if p.is_shelf:
            outcome = Outcome.LOCATION
        elif (item := items.get(p.code)) is None:
            outcome = Outcome.UNKNOWN
        else:
            item_id = item.id
            copy = copies.get(item.id)
            belongs = copy.location_id if copy is not None else item.location_id
            if item.status in CONFLICTING:
                outcome = Outcome.CONFLICT
            elif p.context is not None and p.context != belongs:
                outcome = Outcome.MISPLACED
            elif copy is None or copy.origin == "extra":
                outcome = Outcome.FOUND if p.context is not None else Outcome.MISPLACED
            else:
                outcome = Outcome.FOUND
            if item.id in found_now or (copy is not None and copy.found_at is not None):
                outcome = Outcome.DUPLICATE
            else:
                found_now.add(item.id)
                found = {
                    "found_at": p.at,
                    "found_location_id": p.context,
                    "found_by": actor,
                    "found_device": device,
                    "outcome": outcome.value,
                }
                if copy is None:
                    extras.append((item.id, found))
                else:
                    marks.append({"item": item.id, **found})
                    if copy.origin == "expected":
                        tallies[copy.location_id] += 1
        outcomes[outcome.value] += 1
        scans.append(
            {
                "audit_id": audit_id,
                "code": p.code,
                "outcome": outcome.value,
                "item_id": item_id,
                "location_id": p.context,
                "scanned_at": p.at,
                "actor": actor,
                "device": device,
                "source": source,
                "line": p.number,
                "dedupe_key": p.key,
            }
        )
    if marks:
        session.connection().execute(
            update(AuditCopy)
            .where(
                AuditCopy.audit_id == audit_id,
                AuditCopy.item_id == bindparam("item"),
                AuditCopy.found_at.is_(None),
            )
            .values(
                found_at=bindparam("found_at"),
                found_location_id=bindparam("found_location_id"),
                found_by=bindparam("found_by"),
                found_device=bindparam("found_device"),
                outcome=bindparam("outcome"),
            ),
            marks,
        )
    _insert_extras(session, audit_id, extras)
    for location_id, count in tallies.items():
        session.execute(
            update(AuditLocation)
            .where(AuditLocation.audit_id == audit_id, AuditLocation.location_id == location_id)
            .values(found=AuditLocation.found + count)
        )
    if scans:
        # Core executemany: the ORM's bulk insert would split the rows into many statements.
        session.connection().execute(insert(AuditScan), scans)
    return len(scans), skipped


def _insert_extras(
    session: Session, audit_id: int, extras: list[tuple[int, dict[str, Any]]]
) -> None:
    """Copies found on a shelf that were not in the frozen list: rare, so row by row."""
    ids = [item_id for item_id, _ in extras]
    rows: dict[int, Any] = {}
    for part in _chunks(ids):
        for row in session.execute(
            select(
                Item.id,
                Item.inventory_number,
                Item.barcode,
                Item.location_id,
                Item.call_number,
                Item.price,
                Item.status,
                Record.title,
            )
            .join(Record, Record.id == Item.record_id)
            .where(Item.id.in_(part))
        ):
            rows[row.id] = row
    if not extras:
        return
    session.execute(
        insert(AuditCopy),
        [
            {
                "audit_id": audit_id,
                "item_id": item_id,
                "origin": "extra",
                "inventory_number": rows[item_id].inventory_number,
                "barcode": rows[item_id].barcode,
                "location_id": rows[item_id].location_id,
                "call_number": rows[item_id].call_number,
                "title": rows[item_id].title,
                "price": rows[item_id].price,
                "status": rows[item_id].status,
                **found,
            }
            for item_id, found in extras
        ],
    )
