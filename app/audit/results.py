"""An audit's results at any moment (`audit_report`): found, missing, misplaced, unknown
barcodes, status conflicts, shelf-order errors, the copies set apart at opening and those
that left while it ran."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from sqlalchemy import exists, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.audit.audits import (
    COUNTED,
    AuditInfo,
    ClosedAs,
    CopyOrigin,
    LocationProgress,
    Outcome,
    audit_info,
    audit_row,
    location_tallies,
)
from app.security.roles import Actor, Role, require
from db.models import (
    AuditCopy,
    AuditFind,
    AuditScan,
    Item,
    Location,
)
from db.session import Database

CHUNK = 500
CENTS = Decimal("0.01")


def _money(raw: Any) -> Decimal | None:
    if raw is None or isinstance(raw, Decimal):
        return raw
    return Decimal(str(raw)).quantize(CENTS)


def _moment(raw: Any) -> datetime | None:
    if raw is None or isinstance(raw, datetime):
        return raw
    value = datetime.fromisoformat(str(raw))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# The columns of a result list's row, in order (CSV export, the screen's tabs).
_ROW_KEYS = (
    "inventory_number", "barcode", "title", "call_number", "price", "location",
    "found_location", "status", "found_by", "found_at",
)  # fmt: skip
_PLAIN_CELLS = frozenset(
    {"inventory_number", "title", "call_number", "location", "found_location", "found_by"}
)


class AuditedCopy(NamedTuple):
    """A copy on one of the result lists, as the audit froze it, and where it was found.

    A report may hold a million of these: a tuple, with the price and the time found kept
    as the driver gave them and converted when read."""

    item_id: int
    inventory_number: str
    barcode: str | None
    title: str
    call_number: str
    price_raw: Any
    status: str  # at opening
    location: str  # where it belongs
    found_location: str = ""
    found_by: str = ""
    found_at_raw: Any = None
    current_status: str = ""
    current_location: str = ""

    @property
    def price(self) -> Decimal | None:
        return _money(self.price_raw)

    @property
    def found_at(self) -> datetime | None:
        return _moment(self.found_at_raw)

    def cell(self, key: str) -> Any:
        """One value of `as_row()`, without formatting the others."""
        if key == "price":
            price = self.price
            return str(price) if price is not None else ""
        if key == "found_at":
            found = self.found_at
            return found.isoformat(timespec="seconds") if found else ""
        if key == "barcode":
            return self.barcode or ""
        if key == "status":
            return self.current_status or self.status
        return getattr(self, key, "") if key in _PLAIN_CELLS else ""

    def as_row(self) -> dict[str, Any]:
        return {key: self.cell(key) for key in _ROW_KEYS}


@dataclass(frozen=True, slots=True)
class UnknownCode:
    code: str
    scans: int
    location: str  # where it was first scanned
    first_at: datetime
    scanned_by: str

    def as_row(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "scans": self.scans,
            "location": self.location,
            "first_at": self.first_at.isoformat(timespec="seconds"),
            "scanned_by": self.scanned_by,
        }


@dataclass(frozen=True, slots=True)
class ShelfOrderError:
    """Within one shelf and one scanning pass, a copy whose call number sorts before the one
    scanned just before it."""

    location: str
    inventory_number: str
    call_number: str
    after_call_number: str
    title: str

    def as_row(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "inventory_number": self.inventory_number,
            "call_number": self.call_number,
            "after_call_number": self.after_call_number,
            "title": self.title,
        }


@dataclass
class AuditReport:
    audit: AuditInfo
    expected: int
    found: list[AuditedCopy]
    missing: list[AuditedCopy]
    misplaced: list[AuditedCopy]
    unknown: list[UnknownCode]
    status_conflicts: list[AuditedCopy]
    apart: list[AuditedCopy]
    shelf_order: list[ShelfOrderError]
    locations: list[LocationProgress]
    scans: int = 0
    # Expected, not found, and gone from the shelf for a reason while the audit ran (sent to
    # the bindery, ...): never counted missing; `current_status` says where they went.
    left: list[AuditedCopy] = field(default_factory=list)

    @property
    def found_total(self) -> int:
        return sum(p.found for p in self.locations)

    @property
    def missing_total(self) -> int:
        return self.expected - self.found_total - len(self.left)

    @property
    def missing_value(self) -> Decimal:
        return sum((c.price for c in self.missing if c.price is not None), Decimal("0.00"))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.audit.id,
            "status": self.audit.status,
            "expected": self.expected,
            "found": self.found_total,
            "missing": [c.as_row() for c in self.missing],
            "misplaced": [c.as_row() for c in self.misplaced],
            "unknown": [u.as_row() for u in self.unknown],
            "status_conflicts": [c.as_row() for c in self.status_conflicts],
            "shelf_order": [e.as_row() for e in self.shelf_order],
            "apart": [c.as_row() for c in self.apart],
            "left": [c.as_row() for c in self.left],
            "missing_value": str(self.missing_value),
            "scans": self.scans,
        }


# --- Results -----------------------------------------------------------------------------

# Price and time found without SQLAlchemy's per-row conversion (see AuditedCopy).
_COPY_COLUMNS = (
    AuditCopy.item_id,
    AuditCopy.inventory_number,
    AuditCopy.barcode,
    AuditCopy.title,
    AuditCopy.call_number,
    type_coerce(AuditCopy.price, NullType),
    AuditCopy.status,
    AuditCopy.location_id,
    AuditFind.found_location_id,
    AuditFind.found_by,
    type_coerce(AuditFind.found_at, NullType),
    AuditCopy.closed_status,
)
# A copy of the audit with its find, if any.
# An audit copy's audit_find row: the copy was found in the audit.
FOUND_IN_AUDIT = (AuditFind.audit_id == AuditCopy.audit_id) & (
    AuditFind.item_id == AuditCopy.item_id
)


@dataclass
class _Lists:
    found: list[AuditedCopy] = field(default_factory=list)
    missing: list[AuditedCopy] = field(default_factory=list)
    misplaced: list[AuditedCopy] = field(default_factory=list)
    conflicts: list[AuditedCopy] = field(default_factory=list)
    apart: list[AuditedCopy] = field(default_factory=list)
    left: list[AuditedCopy] = field(default_factory=list)


LongLists = bool | Literal["found"]


def _sorted_copies(
    session: Session, codes: dict[int, str], audit_id: int, long_lists: LongLists, is_open: bool
) -> _Lists:
    """Every copy of the audit in one pass over its clustered rows, sorted onto the lists;
    the short lists then get the copies' status and location as they are now. Without
    `long_lists` only the short lists are read (found and missing are then counts only);
    with "found", the found copies too but not the missing ones (which, early in a big
    audit, are nearly the whole fund).

    A closed audit's unfound copies are on the list close put them on (missing, or left with
    the status they had then); while it is open, the unfound copies that have since left
    for the bindery, repair, ... are set apart the same way, as close will."""
    lists = _Lists()
    query = (
        select(*_COPY_COLUMNS, AuditCopy.origin, AuditCopy.outcome, AuditFind.outcome)
        .outerjoin(AuditFind, FOUND_IN_AUDIT)
        .where(AuditCopy.audit_id == audit_id)
    )
    short_lists = or_(
        AuditFind.outcome.in_([Outcome.MISPLACED.value, Outcome.CONFLICT.value]),
        AuditCopy.outcome == ClosedAs.LEFT.value,
        AuditCopy.origin == CopyOrigin.APART.value,
    )
    if not long_lists:
        query = query.where(short_lists)
    gone: dict[int, str] = {}
    if is_open and long_lists:
        gone = dict(
            session.execute(
                select(AuditCopy.item_id, Item.status)
                .join(Item, Item.id == AuditCopy.item_id)
                .where(
                    AuditCopy.audit_id == audit_id,
                    AuditCopy.origin == CopyOrigin.EXPECTED.value,
                    ~exists().where(FOUND_IN_AUDIT),
                    Item.status.not_in(COUNTED),
                )
            ).all()
        )
    if long_lists == "found":
        # The found copies, the short lists' and the unfound that left (for the left list);
        # not the missing.
        query = query.where(
            or_(AuditFind.item_id.is_not(None), short_lists, AuditCopy.item_id.in_(list(gone)))
            if len(gone) <= CHUNK
            else true()
        )
    # Core, not the ORM: a report may read a million rows.
    rows = session.connection().execute(query.order_by(AuditCopy.item_id))
    for r in rows:
        copy = AuditedCopy(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            codes.get(r[7], "") if r[7] is not None else "",
            codes.get(r[8], "") if r[8] is not None else "",
            r[9] or "",
            r[10],
        )
        origin, closed, outcome = r[12], r[13], r[14]
        if closed == ClosedAs.LEFT.value:
            lists.left.append(copy._replace(current_status=r[11] or ""))
        elif origin == CopyOrigin.EXPECTED.value and r[0] in gone:
            lists.left.append(copy._replace(current_status=gone[r[0]]))
        elif origin == CopyOrigin.EXPECTED.value and long_lists:
            if r[10] is not None:
                lists.found.append(copy)
            elif long_lists is True:
                lists.missing.append(copy)
        elif origin == CopyOrigin.APART.value:
            lists.apart.append(copy)
        if outcome == "misplaced":
            lists.misplaced.append(copy)
        elif outcome == "conflict":
            lists.conflicts.append(copy)
    short = {c.item_id for c in lists.misplaced + lists.conflicts + lists.apart}
    now: dict[int, tuple[str, str]] = {}
    ids = sorted(short)
    for start in range(0, len(ids), CHUNK):
        for item_id, status, location_id in session.execute(
            select(Item.id, Item.status, Item.location_id).where(
                Item.id.in_(ids[start : start + CHUNK])
            )
        ):
            now[item_id] = (status, _code(codes, location_id))
    for name in ("misplaced", "conflicts", "apart"):
        setattr(
            lists,
            name,
            [
                c._replace(current_status=now[c.item_id][0], current_location=now[c.item_id][1])
                for c in getattr(lists, name)
            ],
        )
    return lists


def _code(codes: dict[int, str], location_id: int | None) -> str:
    return codes.get(location_id, "") if location_id is not None else ""


_NATURAL = re.compile(r"(\d+)")


@lru_cache(maxsize=65536)
def call_number_key(call_number: str) -> tuple[Any, ...]:
    """How a call number sorts on the shelf: digit runs as numbers, letters case-folded
    ("84(5Каз)6 Ә 97" before "84(5Каз)7")."""
    parts = _NATURAL.split(call_number.casefold().strip())
    return tuple((1, int(p), "") if p.isdigit() else (0, 0, p) for p in parts if p)


def _shelf_order(session: Session, audit_id: int, codes: dict[int, str]) -> list[ShelfOrderError]:
    rows = session.connection().execute(
        select(
            AuditScan.location_id,
            AuditScan.actor,
            AuditScan.device,
            AuditCopy.call_number,
            AuditCopy.inventory_number,
            AuditCopy.title,
        )
        .join(
            AuditCopy,
            (AuditCopy.audit_id == AuditScan.audit_id) & (AuditCopy.item_id == AuditScan.item_id),
        )
        .where(
            AuditScan.audit_id == audit_id,
            AuditScan.location_id.is_not(None),
            AuditScan.outcome.in_([o.value for o in (Outcome.FOUND, Outcome.CONFLICT)]),
        )
        .order_by(AuditScan.id)
    )
    errors: list[ShelfOrderError] = []
    # The last call number of each pass: one shelf, one stock-checker, one device.
    last: dict[tuple[Any, ...], tuple[tuple[Any, ...], str]] = {}
    for location_id, actor, device, call_number, number, title in rows:
        if not call_number:
            continue
        key = call_number_key(call_number)
        stream = (location_id, actor, device)
        previous = last.get(stream)
        last[stream] = (key, call_number)
        if previous is not None and key < previous[0]:
            errors.append(
                ShelfOrderError(_code(codes, location_id), number, call_number, previous[1], title)
            )
    return errors


def audit_report(
    db: Database,
    actor: Actor,
    audit_id: int,
    shelf_order: bool = True,
    long_lists: LongLists = True,
) -> AuditReport:
    """The audit's results as they stand now (any moment, open or closed). `long_lists=False`
    leaves out the lists of found and missing copies (their counts stay): what a screen
    refreshing during a big audit needs; "found" leaves out only the missing."""
    require(actor, "read audits", Role.STOCK_CHECKER)
    with db.read() as session:
        info = audit_info(session, audit_row(session, audit_id))
        codes: dict[int, str] = dict(session.execute(select(Location.id, Location.code)).all())
        lists = _sorted_copies(session, codes, audit_id, long_lists, info.is_open)
        # Each unknown code once, with how often and where it was first read: one query.
        firsts = (
            select(
                AuditScan.code,
                func.count().label("scans"),
                func.min(AuditScan.id).label("first_id"),
            )
            .where(AuditScan.audit_id == audit_id, AuditScan.outcome == Outcome.UNKNOWN.value)
            .group_by(AuditScan.code)
            .subquery()
        )
        unknown = [
            UnknownCode(code, int(count), _code(codes, location_id), at, by)
            for code, count, location_id, at, by in session.execute(
                select(
                    firsts.c.code,
                    firsts.c.scans,
                    AuditScan.location_id,
                    AuditScan.scanned_at,
                    AuditScan.actor,
                )
                .join(AuditScan, AuditScan.id == firsts.c.first_id)
                .order_by(firsts.c.first_id)
            )
        ]
        tallies = location_tallies(session, audit_id)
        scans = session.execute(
            select(func.count())
            .select_from(AuditScan)
            .where(AuditScan.audit_id == audit_id, AuditScan.outcome != Outcome.LOCATION.value)
        ).scalar_one()
        order = _shelf_order(session, audit_id, codes) if shelf_order else []
    return AuditReport(
        audit=info,
        expected=info.expected,
        found=lists.found,
        missing=lists.missing,
        misplaced=lists.misplaced,
        unknown=unknown,
        status_conflicts=lists.conflicts,
        apart=lists.apart,
        shelf_order=order,
        locations=[LocationProgress(*t) for t in tallies],
        scans=int(scans),
        left=lists.left,
    )


RESULT_LISTS = (
    "found",
    "missing",
    "misplaced",
    "unknown",
    "status_conflicts",
    "shelf_order",
    "apart",
    "left",
)
