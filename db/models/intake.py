"""The intake desk's tables: shelf locations, accession batches (акт приёма) and the copies
(items) they bring in, each with its never-changing inventory number."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class Location(Base):
    """Where copies live: a department, storage or shelf range. A shelf may carry its own
    barcode, which sets the scanning context in audits."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    department: Mapped[str] = mapped_column(String(300), default="")
    shelf_from: Mapped[str] = mapped_column(String(64), default="")
    shelf_to: Mapped[str] = mapped_column(String(64), default="")
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AccessionBatch(Base):
    """One receipt (акт приёма, a line of the summary accounting book's receipts), numbered
    per year: "2026/15". Item count and total value are derived from its copies."""

    __tablename__ = "accession"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    supplier: Mapped[str] = mapped_column(String(300), default="")
    document_number: Mapped[str] = mapped_column(String(100))
    document_date: Mapped[date | None] = mapped_column(Date, default=None)
    # Legal deposit only: when the publisher printed it and in which form it came.
    print_date: Mapped[date | None] = mapped_column(Date, default=None)
    medium: Mapped[str] = mapped_column(String(16), default="paper")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    # Notes entered with the act, printed on it.
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_accession_year_sequence"),)


class Item(Base):
    """One physical copy. The inventory number is unique and never changes or disappears
    (the database's triggers refuse it too); the barcode is unique across the library and may
    be missing until a label is put on the copy in processing."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"))
    inventory_number: Mapped[str] = mapped_column(String(32), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    location_id: Mapped[int | None] = mapped_column(
        ForeignKey("location.id"), index=True, default=None
    )
    call_number: Mapped[str] = mapped_column(String(100), default="")
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    # A copy priced in another currency: its value in tenge at receipt, entered with the
    # accession act (app.registers.currency); the КСУ counts this figure.
    price_kzt: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    accession_id: Mapped[int] = mapped_column(ForeignKey("accession.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="in-processing")
    condition_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index("ix_item_record_status", "record_id", "status"),)


class IntakeSetting(Base):
    """The library's intake settings that have no column of their own (e.g. the 4-digit
    barcode prefix of the Codabar and internal EAN-13 schemes)."""

    __tablename__ = "intake_setting"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(300), default="")
