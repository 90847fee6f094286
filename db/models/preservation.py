"""The preservation desk's tables: binding orders and their copies (with the waiting list
copies wait on before an order is made up), the repair log and the digitisation and copying
log. Every row stays: a copy's history is read from them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class BindingOrder(Base):
    """One order to a bindery: collected by scanning, sent, received back copy by copy."""

    __tablename__ = "binding_order"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    bindery: Mapped[str] = mapped_column(String(300))
    binding_type: Mapped[str] = mapped_column(String(32))
    instructions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="collecting")
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class BindingOrderCopy(Base):
    """A copy in a binding order; `returned_on` is set when it is scanned back."""

    __tablename__ = "binding_order_copy"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("binding_order.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    returned_by: Mapped[str] = mapped_column(String(100), default="")


class BindingWait(Base):
    """A copy put aside for binding before an order exists (the waiting list)."""

    __tablename__ = "binding_wait"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    binding_type: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("binding_order.id"), default=None)


class RepairEntry(Base):
    """One repair of one copy; the copy is "in repair" until `finished_on` is set."""

    __tablename__ = "repair_entry"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    repair_type: Mapped[str] = mapped_column(String(32))
    performed_by: Mapped[str] = mapped_column(String(300))
    started_on: Mapped[date] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date, default=None)
    materials: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    condition_before: Mapped[str] = mapped_column(Text, default="")
    condition_after: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    # The idempotency key of the scan that logged it (PostgreSQL): a scan sent again after
    # its answer was lost finds its repair instead of logging a second one.
    scan_key: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (
        Index("ix_repair_entry_started_on", "started_on"),
        Index("uq_repair_entry_scan_key", "scan_key", unique=True),
    )


class DigitisationEntry(Base):
    """A copy sent to be digitised or copied, and what came back (file, pages)."""

    __tablename__ = "digitisation_entry"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # digitise | copy
    reason: Mapped[str] = mapped_column(String(16))  # heavily-used | valuable | rare
    sent_on: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    file_reference: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ScanAnswer(Base):
    """What a desk's scan was answered, under the scan's idempotency key: the same call sent
    again after its answer was lost (a branch's link dropped) answers this instead of being
    refused as already done. `answer` is the call's answer as JSON (the server-side
    function's, and the same on SQLite's Python path); kept a day (migration 0016v)."""

    __tablename__ = "scan_answer"

    scan_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    answer: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
