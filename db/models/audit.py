"""The inventory audit's tables (проверка фонда): the audit itself, the locations of its scope
with their running tallies, the expected list frozen when it opens, and every scan.

`AuditCopy` holds one row per copy the audit knows about: the frozen expected list (origin
"expected"), the copies of the scope set apart at opening (at bindery, in repair, written off,
...: origin "apart") and the copies found on the shelves that were not in the list (origin
"extra"). Closing sets `outcome` of the expected copies not found to "missing" (marked so)
or "left" (they had left for the bindery, repair, ... while the audit ran).

`AuditFind` is a copy's first find: when, where, by whom and what it meant. It is a narrow
table of its own, written once per copy, so a scan adds a short row instead of growing a
wide frozen one (which, a million copies in, rewrote most of the frozen list's pages). Its
key is the copy's, so of two stock-checkers scanning the same copy at once only one finds it.

The three tables that grow by a row per copy or per scan (`audit_copy`, `audit_find`,
`audit_scan`) name their audit without a foreign key. On PostgreSQL a foreign key is a
trigger run for every row, and it more than doubled the time to freeze a million copies.
The reference holds by construction: an audit is never deleted, and every write into
these tables is made by a transaction that created the audit or holds its row locked.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class Audit(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(Text, default="")  # JSON: locations, prefixes, range
    responsible: Mapped[str] = mapped_column(String(300), default="")
    members: Mapped[str] = mapped_column(Text, default="")  # JSON list of names
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str] = mapped_column(String(100), default="")


class AuditLocation(Base):
    """A location of the audit's scope and its tallies, kept in step with each scan so the
    live counters never count the whole audit."""

    __tablename__ = "audit_location"

    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    expected: Mapped[int] = mapped_column(Integer, default=0)
    apart: Mapped[int] = mapped_column(Integer, default=0)
    found: Mapped[int] = mapped_column(Integer, default=0)


class AuditCopy(Base):
    """One copy as the audit knows it: its state when the audit opened, and when, where and by
    whom it was first found."""

    __tablename__ = "audit_copy"

    audit_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # no foreign key (see above)
    item_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    origin: Mapped[str] = mapped_column(String(8))  # expected | apart | extra
    inventory_number: Mapped[str] = mapped_column(String(32))
    barcode: Mapped[str | None] = mapped_column(String(32), default=None)
    location_id: Mapped[int | None] = mapped_column(Integer, default=None)
    call_number: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    status: Mapped[str] = mapped_column(String(20))
    # What closing made of an expected copy not found: "missing" (marked so) or "left";
    # "" while the audit is open, and for every copy found.
    outcome: Mapped[str] = mapped_column(String(12), default="")
    # Set by closing for an expected copy not found: "missing" when the close marked it,
    # else the status it had left for (at bindery, ...), so the act says what close did.
    closed_status: Mapped[str | None] = mapped_column(String(20), default=None)

    __table_args__ = ({"sqlite_with_rowid": False},)


class AuditFind(Base):
    """A copy's first find in the audit (found, misplaced or in conflict); one per copy."""

    __tablename__ = "audit_find"

    audit_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # no foreign key (see above)
    item_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    found_at: Mapped[datetime] = mapped_column(default=utcnow)
    found_location_id: Mapped[int | None] = mapped_column(Integer, default=None)
    found_by: Mapped[str] = mapped_column(String(100), default="")
    found_device: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(String(12))

    __table_args__ = (
        # The inventory book's check marks: the audits that found a copy.
        Index("ix_audit_find_item_id", "item_id"),
        {"sqlite_with_rowid": False},
    )


# The scan outcomes PostgreSQL indexes: what the live counters and short lists look up.
INDEXED_OUTCOMES = "('misplaced', 'conflict', 'unknown', 'location')"


class AuditScan(Base):
    """One scan: what was read, in which shelf context, by whom, when, on which device, and
    what it meant. A scan file's line carries a `dedupe_key`, so importing the file again adds
    nothing."""

    __tablename__ = "audit_scan"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    audit_id: Mapped[int] = mapped_column(Integer)  # no foreign key (see above)
    code: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[int | None] = mapped_column(BigId, default=None)
    location_id: Mapped[int | None] = mapped_column(Integer, default=None)
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    device: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    line: Mapped[int | None] = mapped_column(Integer, default=None)
    dedupe_key: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (
        # The live counters' short lists. On PostgreSQL only the rare outcomes are indexed:
        # an entry for every scan cost a third of a scanner file's insert. (SQLite's planner
        # cannot match a query to such an index, and its inserts are cheaper.)
        Index(
            "ix_audit_scan_outcome",
            "audit_id",
            "outcome",
            "code",
            postgresql_where=text(f"outcome IN {INDEXED_OUTCOMES}"),
        ),
        Index("ix_audit_scan_stream", "audit_id", "actor", "device", "id"),
        Index("uq_audit_scan_dedupe", "audit_id", "dedupe_key", unique=True),
    )
