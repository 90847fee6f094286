"""Inventory audits (проверка фонда / қорды тексеру): opening one over a scope with its expected
list frozen, scanning shelf by shelf (one short transaction per scan) and the live counters.
Handheld scanner files are imported in bulk by app.audit.scanfile.

Every scan commits on its own, so a program killed mid-audit loses nothing that was scanned;
each scan row keeps its shelf context, which is how a device's context is restored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, case, func, insert, literal, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import AuditClosed, AuditNotFound, InvalidInput, LocationNotFound
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.status import ItemStatus
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import (
    Audit,
    AuditCopy,
    AuditFind,
    AuditLocation,
    AuditScan,
    Item,
    Location,
    Record,
)
from db.session import Database


class AuditReason(StrEnum):
    """Why the fund is checked (the fund rules name the last three)."""

    SCHEDULED = "scheduled"
    RESPONSIBLE_CHANGE = "responsible-change"
    LOSS_FOUND = "loss-found"
    REORGANISATION = "reorganisation"

    @classmethod
    def parse(cls, text: str) -> AuditReason:
        try:
            return cls(text.strip().lower())
        except ValueError:
            valid = ", ".join(r.value for r in cls)
            raise InvalidInput(
                translate("errors", "Unknown audit reason '{text}'; reasons are: {valid}.").format(
                    text=text, valid=valid
                )
            ) from None


class Outcome(StrEnum):
    FOUND = "found"
    MISPLACED = "misplaced"  # on a shelf it does not belong to
    UNKNOWN = "unknown"  # no copy has this barcode
    DUPLICATE = "duplicate"  # already scanned in this audit
    CONFLICT = "conflict"  # on the shelf while missing, written off, at bindery, ...
    LOCATION = "location"  # a shelf's barcode: sets the scanning context


class AuditStatus(StrEnum):
    OPEN = "open"  # scans are taken
    CLOSED = "closed"  # unfound copies were marked missing; no more scans


class CopyOrigin(StrEnum):
    """Why a copy is on an audit's list (audit_copy.origin)."""

    EXPECTED = "expected"  # counted at opening: it should be on its shelf
    APART = "apart"  # set apart at opening (at the bindery, written off...): not counted
    EXTRA = "extra"  # not in the scope at opening, found on one of its shelves


class ClosedAs(StrEnum):
    """What closing did to an expected copy not found (audit_copy.outcome)."""

    MARKED = "missing"  # marked missing
    LEFT = "left"  # not marked: it had left its shelf for a reason while the audit ran


# Statuses at opening that are counted: the copy should be on its shelf. At closing, an
# unfound copy still in one of them becomes missing; any other status means it left the
# shelf for a reason while the audit ran.
COUNTED = (ItemStatus.AVAILABLE.value, ItemStatus.IN_PROCESSING.value)
# A copy found on a shelf in one of these statuses contradicts the books.
CONFLICTING = frozenset(
    {
        ItemStatus.MISSING,
        ItemStatus.WRITTEN_OFF,
        ItemStatus.AT_BINDERY,
        ItemStatus.IN_REPAIR,
        ItemStatus.BEING_DIGITISED,
        ItemStatus.ON_LOAN,  # lent, yet on the shelf: the circulation system is behind
    }
)
MAX_CODE = 64


@dataclass(frozen=True)
class AuditInfo:
    id: int
    reason: str
    locations: tuple[str, ...]
    prefixes: tuple[str, ...]
    responsible: str
    members: tuple[str, ...]
    status: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    expected: int
    apart: int

    @property
    def is_open(self) -> bool:
        return self.status == AuditStatus.OPEN


@dataclass(frozen=True)
class LocationProgress:
    code: str
    name: str
    expected: int
    found: int
    apart: int

    @property
    def missing(self) -> int:
        return self.expected - self.found


@dataclass(frozen=True)
class AuditProgress:
    """The live counters: copies expected, found so far, not found yet, and the scans that
    need a look (misplaced, unknown barcodes, status conflicts)."""

    expected: int
    found: int
    misplaced: int
    unknown: int
    conflicts: int
    scans: int  # 0 unless counted (count_scans)
    locations: list[LocationProgress]

    @property
    def missing(self) -> int:
        return self.expected - self.found


@dataclass(frozen=True)
class ScanFinding:
    code: str
    outcome: Outcome
    location: str  # the shelf context the scan was made in ("" when none)
    inventory_number: str = ""
    title: str = ""
    call_number: str = ""
    belongs_to: str = ""  # the copy's own location
    status: str = ""  # the copy's status now

    @property
    def counts(self) -> bool:
        """True when this scan found a copy for the first time."""
        return self.outcome in (Outcome.FOUND, Outcome.MISPLACED, Outcome.CONFLICT)


# --- Opening and listing ---------------------------------------------------------------


def audit_info(session: Session, audit: Audit) -> AuditInfo:
    scope = json.loads(audit.scope or "{}")
    totals = session.execute(
        select(func.coalesce(func.sum(AuditLocation.expected), 0))
        .add_columns(func.coalesce(func.sum(AuditLocation.apart), 0))
        .where(AuditLocation.audit_id == audit.id)
    ).one()
    return AuditInfo(
        id=audit.id,
        reason=audit.reason,
        locations=tuple(scope.get("locations", ())),
        prefixes=tuple(scope.get("prefixes", ())),
        responsible=audit.responsible,
        members=tuple(json.loads(audit.members or "[]")),
        status=audit.status,
        opened_at=audit.opened_at,
        opened_by=audit.opened_by,
        closed_at=audit.closed_at,
        expected=int(totals[0]),
        apart=int(totals[1]),
    )


def _scope_locations(
    session: Session,
    codes: Sequence[str],
    prefixes: Sequence[str],
    departments: Sequence[str] = (),
) -> list[Location]:
    found: dict[int, Location] = {}
    for department in departments:
        in_collection = list(
            session.execute(select(Location).where(Location.department == department)).scalars()
        )
        if not in_collection:
            raise InvalidInput(
                translate("errors", "No location belongs to the collection '{name}'.").format(
                    name=department
                )
            )
        found.update((r.id, r) for r in in_collection)
    for code in codes:
        row = session.execute(
            select(Location).where(Location.code == code.strip())
        ).scalar_one_or_none()
        if row is None:
            raise LocationNotFound(code)
        found[row.id] = row
    for prefix in prefixes:
        rows = session.execute(
            select(Location).where(Location.code.startswith(prefix.strip(), autoescape=True))
        ).scalars()
        matched = list(rows)
        if not matched:
            raise InvalidInput(
                translate("errors", "No location code begins with '{prefix}'.").format(
                    prefix=prefix
                )
            )
        found.update((r.id, r) for r in matched)
    return sorted(found.values(), key=lambda r: r.code)


def open_audit(
    db: Database,
    actor: Actor,
    locations: Sequence[str] = (),
    prefixes: Sequence[str] = (),
    reason: AuditReason | str = AuditReason.SCHEDULED,
    responsible: str = "",
    members: Sequence[str] = (),
    departments: Sequence[str] = (),
) -> AuditInfo:
    """Open an audit of the copies at `locations` (codes; a location is a shelf range), at
    every location whose code begins with one of `prefixes`, and at every location of the
    collections (departments) named in `departments`. The expected list is frozen now with
    one INSERT ... SELECT: copies available or in processing are expected; those at bindery,
    in repair, being digitised, missing or written off are listed apart and never counted
    missing."""
    require(actor, "open audits", Role.STOCK_CHECKER)
    why = AuditReason.parse(str(reason))
    codes = [c.strip() for c in locations if c.strip()]
    heads = [p.strip().rstrip("*") for p in prefixes if p.strip().rstrip("*")]
    collections = [d.strip() for d in departments if d.strip()]
    if not codes and not heads and not collections:
        raise InvalidInput(
            translate("errors", "An audit needs a scope: at least one location or location prefix.")
        )
    names = [m.strip() for m in members if m.strip()]
    with db.write() as session:
        scope = _scope_locations(session, codes, heads, collections)
        ids = [loc.id for loc in scope]
        audit = Audit(
            reason=why.value,
            scope=json.dumps(
                {
                    "locations": [loc.code for loc in scope],
                    "requested": codes,
                    "prefixes": heads,
                    "departments": collections,
                },
                ensure_ascii=False,
            ),
            responsible=responsible.strip(),
            members=json.dumps(names, ensure_ascii=False),
            status=AuditStatus.OPEN.value,
            opened_at=datetime.now(UTC),
            opened_by=actor.name,
        )
        session.add(audit)
        session.flush()
        tallies = _freeze_expected(session, audit.id, ids)
        session.execute(
            insert(AuditLocation),
            [
                {
                    "audit_id": audit.id,
                    "location_id": i,
                    "expected": tallies.get(i, (0, 0))[0],
                    "apart": tallies.get(i, (0, 0))[1],
                    "found": 0,
                }
                for i in ids
            ],
        )
        info = audit_info(session, audit)
        record_event(
            session,
            actor,
            "audit.open",
            "audit",
            audit.id,
            after={
                "reason": info.reason,
                "locations": list(info.locations),
                "prefixes": list(info.prefixes),
                "responsible": info.responsible,
                "members": list(info.members),
                "expected": info.expected,
                "apart": info.apart,
            },
        )
        return info


def _by_location(rows: Any) -> dict[int, int]:
    return {loc: int(n) for loc, n in rows if loc is not None}


def _freeze_expected(
    session: Session, audit_id: int, location_ids: list[int]
) -> dict[int, tuple[int, int]]:
    """The snapshot: one INSERT ... SELECT of every copy of the scope as it is now. Returns
    the copies expected and set apart per location."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    in_scope = Item.location_id.in_(location_ids)
    per_location: dict[int, int] = {}
    if sqlite:
        # Counted on the location index alone (SQLite's write lock keeps it true). When the
        # scope is most of the fund, reading the table in id order beats the index's
        # random reads, and appends to the clustered snapshot in key order.
        per_location = _by_location(
            session.execute(
                select(Item.location_id, func.count()).where(in_scope).group_by(Item.location_id)
            )
        )
        everything = session.execute(select(func.count()).select_from(Item)).scalar_one()
        if sum(per_location.values()) * 4 > everything:
            in_scope = (Item.location_id + 0).in_(location_ids)
    columns = (
        select(
            literal(audit_id),
            Item.id,
            case(
                (Item.status.in_(COUNTED), literal(CopyOrigin.EXPECTED.value)),
                else_=literal(CopyOrigin.APART.value),
            ),
            Item.inventory_number,
            Item.barcode,
            Item.location_id,
            Item.call_number,
            Record.title,
            Item.price,
            Item.status,
            literal(""),
        )
        .join(Record, Record.id == Item.record_id)
        .where(in_scope)
    )
    session.execute(
        insert(AuditCopy).from_select(
            [
                "audit_id",
                "item_id",
                "origin",
                "inventory_number",
                "barcode",
                "location_id",
                "call_number",
                "title",
                "price",
                "status",
                "outcome",
            ],
            columns,
        )
    )
    if not sqlite:
        # A million rows just arrived: until autovacuum gets round to it the planner takes the
        # new audit for a handful of copies and joins scanner files to it row by row.
        session.execute(text("ANALYZE audit_copy"))
    in_audit = AuditCopy.audit_id == audit_id
    apart: dict[int, int] = _by_location(
        session.execute(
            select(AuditCopy.location_id, func.count())
            .where(in_audit, AuditCopy.origin == CopyOrigin.APART.value)
            .group_by(AuditCopy.location_id)
        )
    )
    if not sqlite:
        per_location = _by_location(
            session.execute(
                select(AuditCopy.location_id, func.count())
                .where(in_audit)
                .group_by(AuditCopy.location_id)
            )
        )
    return {
        loc: (total - apart.get(loc, 0), apart.get(loc, 0)) for loc, total in per_location.items()
    }


def audit_row(session: Session, audit_id: int, *, lock: bool = False) -> Audit:
    query = select(Audit).where(Audit.id == audit_id)
    if lock:
        query = query.with_for_update(read=True)
    audit = session.execute(query).scalar_one_or_none()
    if audit is None:
        raise AuditNotFound(audit_id)
    return audit


def get_audit(db: Database, audit_id: int) -> AuditInfo:
    with db.read() as session:
        return audit_info(session, audit_row(session, audit_id))


def list_audits(db: Database) -> list[AuditInfo]:
    """Every audit, newest first."""
    with db.read() as session:
        audits = session.execute(select(Audit).order_by(Audit.id.desc())).scalars().all()
        return [audit_info(session, a) for a in audits]


# --- Counters ------------------------------------------------------------------------


def location_tallies(session: Session, audit_id: int) -> Sequence[Row[str, str, int, int, int]]:
    """Each shelf of the audit's scope with its tallies: (code, name, expected, found,
    apart), by code."""
    return session.execute(
        select(
            Location.code,
            Location.name,
            AuditLocation.expected,
            AuditLocation.found,
            AuditLocation.apart,
        )
        .join(Location, Location.id == AuditLocation.location_id)
        .where(AuditLocation.audit_id == audit_id)
        .order_by(Location.code)
    ).all()


def audit_progress(db: Database, audit_id: int, count_scans: bool = False) -> AuditProgress:
    """The live counters, from the per-location tallies and index-only counts of the short
    lists (misplaced, conflicts, unknown): cheap enough to ask after every scan whatever the
    audit's size. `count_scans` also counts every scan (that one grows with the audit)."""
    with db.read() as session:
        audit_row(session, audit_id)
        rows = location_tallies(session, audit_id)
        by_outcome = dict(
            session.execute(
                select(AuditScan.outcome, func.count())
                .where(
                    AuditScan.audit_id == audit_id,
                    AuditScan.outcome.in_([Outcome.MISPLACED.value, Outcome.CONFLICT.value]),
                )
                .group_by(AuditScan.outcome)
            ).all()
        )
        unknown = session.execute(
            select(func.count(func.distinct(AuditScan.code))).where(
                AuditScan.audit_id == audit_id, AuditScan.outcome == Outcome.UNKNOWN.value
            )
        ).scalar_one()
        total = 0
        if count_scans:
            total = session.execute(
                select(func.count())
                .select_from(AuditScan)
                .where(AuditScan.audit_id == audit_id, AuditScan.outcome != Outcome.LOCATION.value)
            ).scalar_one()
    locations = [LocationProgress(r[0], r[1], r[2], r[3], r[4]) for r in rows]
    return AuditProgress(
        expected=sum(p.expected for p in locations),
        found=sum(p.found for p in locations),
        misplaced=int(by_outcome.get(Outcome.MISPLACED.value, 0)),
        unknown=int(unknown),
        conflicts=int(by_outcome.get(Outcome.CONFLICT.value, 0)),
        scans=int(total),
        locations=locations,
    )


# --- Scanning --------------------------------------------------------------------------


@dataclass
class _Shelves:
    """Location lookups a scanner repeats on every line, cached for one run."""

    by_code: dict[str, Location | None] = field(default_factory=dict)
    by_barcode: dict[str, Location | None] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    def shelf(self, session: Session, code: str) -> Location | None:
        """A location by its code or its shelf barcode (what follows '@' in a file)."""
        if code not in self.by_code:
            self.by_code[code] = session.execute(
                select(Location).where(or_(Location.code == code, Location.barcode == code))
            ).scalar_one_or_none()
        return self.by_code[code]

    def shelf_barcode(self, session: Session, code: str) -> Location | None:
        if code not in self.by_barcode:
            self.by_barcode[code] = session.execute(
                select(Location).where(Location.barcode == code)
            ).scalar_one_or_none()
        return self.by_barcode[code]

    def code_of(self, session: Session, location_id: int | None) -> str:
        if location_id is None:
            return ""
        if location_id not in self.names:
            self.names[location_id] = (
                session.execute(select(Location.code).where(Location.id == location_id)).scalar()
                or ""
            )
        return self.names[location_id]


def scan_context(session: Session, audit_id: int, actor: str, device: str) -> int | None:
    """The shelf this user's device was last scanning in this audit."""
    return session.execute(
        select(AuditScan.location_id)
        .where(AuditScan.audit_id == audit_id, AuditScan.actor == actor, AuditScan.device == device)
        .order_by(AuditScan.id.desc())
        .limit(1)
    ).scalar()


def current_location(db: Database, actor: Actor, audit_id: int, device: str = "") -> str:
    """The shelf context a reopened audit resumes with, for this user and device ("" if none)."""
    with db.read() as session:
        audit_row(session, audit_id)
        return _Shelves().code_of(session, scan_context(session, audit_id, actor.name, device))


def _scan(
    session: Session,
    shelves: _Shelves,
    audit_id: int,
    actor: str,
    device: str,
    code: str,
    context: int | None,
    at: datetime,
    *,
    shelf: Location | None = None,
    source: str = "",
    line: int | None = None,
    dedupe_key: str | None = None,
) -> tuple[ScanFinding, int | None]:
    """Record one scan inside the caller's transaction; returns it and the context after it."""

    def log(outcome: Outcome, item_id: int | None = None) -> None:
        session.execute(
            insert(AuditScan),
            [
                {
                    "audit_id": audit_id,
                    "code": code,
                    "outcome": outcome.value,
                    "item_id": item_id,
                    "location_id": context,
                    "scanned_at": at,
                    "actor": actor,
                    "device": device,
                    "source": source,
                    "line": line,
                    "dedupe_key": dedupe_key,
                }
            ],
        )

    if shelf is None and not code.startswith("@"):
        shelf = shelves.shelf_barcode(session, code)
    if shelf is not None:
        context = shelf.id
        log(Outcome.LOCATION)
        return ScanFinding(code, Outcome.LOCATION, shelf.code), context

    where = shelves.code_of(session, context)
    item = session.execute(
        select(
            Item.id, Item.status, Item.location_id, Item.inventory_number, Item.call_number
        ).where(Item.barcode == code)
    ).first()
    if item is None:
        log(Outcome.UNKNOWN)
        return ScanFinding(code, Outcome.UNKNOWN, where), context

    copy = session.execute(
        select(AuditCopy.origin, AuditCopy.location_id, AuditCopy.title).where(
            AuditCopy.audit_id == audit_id, AuditCopy.item_id == item.id
        )
    ).first()
    belongs = copy.location_id if copy is not None else item.location_id
    if item.status in CONFLICTING:
        outcome = Outcome.CONFLICT
    elif copy is None or copy.origin == CopyOrigin.EXTRA:
        outcome = Outcome.FOUND if context is not None and context == belongs else Outcome.MISPLACED
    elif context is not None and context != belongs:
        outcome = Outcome.MISPLACED
    else:
        outcome = Outcome.FOUND

    if copy is None:
        title = session.execute(
            select(Record.title).join(Item, Item.record_id == Record.id).where(Item.id == item.id)
        ).scalar_one()
        _insert_extra(session, audit_id, item, title)
    else:
        title = copy.title
    first = _insert_find(
        session,
        {
            "audit_id": audit_id,
            "item_id": item.id,
            "found_at": at,
            "found_location_id": context,
            "found_by": actor,
            "found_device": device,
            "outcome": outcome.value,
        },
    )
    if first and copy is not None and copy.origin == CopyOrigin.EXPECTED:
        session.execute(
            update(AuditLocation)
            .where(
                AuditLocation.audit_id == audit_id,
                AuditLocation.location_id == copy.location_id,
            )
            .values(found=AuditLocation.found + 1)
        )
    if not first:
        outcome = Outcome.DUPLICATE
    log(outcome, item.id)
    return (
        ScanFinding(
            code,
            outcome,
            where,
            item.inventory_number,
            title,
            item.call_number,
            shelves.code_of(session, belongs),
            item.status,
        ),
        context,
    )


def _insert_extra(session: Session, audit_id: int, item: Any, title: str) -> None:
    """A copy that was not in the frozen list, found on a shelf: added once (a savepoint
    absorbs another workstation adding it first)."""
    full = session.execute(select(Item).where(Item.id == item.id)).scalar_one()
    try:
        with session.begin_nested():
            session.execute(
                insert(AuditCopy),
                [
                    {
                        "audit_id": audit_id,
                        "item_id": full.id,
                        "origin": CopyOrigin.EXTRA.value,
                        "inventory_number": full.inventory_number,
                        "barcode": full.barcode,
                        "location_id": full.location_id,
                        "call_number": full.call_number,
                        "title": title,
                        "price": full.price,
                        "status": full.status,
                        "outcome": "",
                    }
                ],
            )
    except IntegrityError:
        pass


def _insert_find(session: Session, values: dict[str, Any]) -> bool:
    """Record a copy's first find; False when it was found before (by this workstation or,
    a moment ago, by another: the key is the copy's)."""
    dialect = session.get_bind().dialect.name
    statement = (pg_insert if dialect == "postgresql" else sqlite_insert)(AuditFind)
    inserted = session.execute(
        statement.values(values).on_conflict_do_nothing().returning(AuditFind.item_id)
    )
    return inserted.first() is not None


def open_audit_for_scans(session: Session, audit_id: int) -> None:
    # A shared lock on the audit row: scans run side by side, closing waits for them.
    if audit_row(session, audit_id, lock=True).status != AuditStatus.OPEN:
        raise AuditClosed(audit_id)


def record_scan(
    db: Database,
    actor: Actor,
    audit_id: int,
    code: str,
    device: str = "",
    at: datetime | None = None,
    key: str | None = None,
) -> ScanFinding:
    """One scan at the shelf, committed at once: a shelf's barcode (or '@CODE') sets this
    user's device's shelf context; a copy's barcode is checked against it. `key`, when given,
    is kept as the scan's dedupe_key (unique in the audit)."""
    require(actor, "scan in audits", Role.STOCK_CHECKER)
    text = normalise_scan(code)
    if not text or len(text) > MAX_CODE:
        raise InvalidInput(translate("errors", "'{code}' is not a barcode.").format(code=code))
    moment = at or datetime.now(UTC)
    shelves = _Shelves()
    with db.write() as session:
        open_audit_for_scans(session, audit_id)
        shelf = None
        if text.startswith("@"):
            shelf = shelves.shelf(session, text[1:].strip())
            if shelf is None:
                raise LocationNotFound(text[1:])
        context = scan_context(session, audit_id, actor.name, device)
        result, _ = _scan(
            session,
            shelves,
            audit_id,
            actor.name,
            device,
            text,
            context,
            moment,
            shelf=shelf,
            dedupe_key=key,
        )
        return result
