"""What a migration from another system brings beside records and copies: group holdings
(copies counted by amount, without inventory numbers), what each migrated copy carried in
the source that Qor has no column for, and the ledger that makes a migration resumable."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class GroupHolding(Base):
    """Copies accounted for by quantity, without inventory numbers (periodicals, brochures;
    IRBIS's "U" copies): a record's amount at a location, received in a batch. The КСУ
    counts them; a write-off takes an amount from them."""

    __tablename__ = "group_holding"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), default=None)
    accession_id: Mapped[int | None] = mapped_column(
        ForeignKey("accession.id"), index=True, default=None
    )
    amount: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    designation: Mapped[str] = mapped_column(String(64), default="")  # the source's ^B
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    source: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # JSON: subfields with no column
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class WriteOffGroup(Base):
    """An amount a write-off act takes from a group holding, with its value in tenge as it
    stood. The holding keeps the amount it was received with (the КСУ's opening balance and
    receipts read it); what it still holds is that less the amounts of approved acts."""

    __tablename__ = "writeoff_group"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("writeoff_act.id"), index=True)
    group_holding_id: Mapped[int] = mapped_column(ForeignKey("group_holding.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)


class ItemLegacy(Base):
    """A migrated copy's origin: the number exactly as the source wrote it, why it needs the
    librarian (a number used twice in the source, no number, a status Qor does not know, a
    barcode another copy has), its КСУ and act numbers, and every source subfield Qor has no
    column for, kept as [[code, value], ...]."""

    __tablename__ = "item_legacy"

    item_id: Mapped[int] = mapped_column(BigId, ForeignKey("item.id"), primary_key=True)
    source: Mapped[str] = mapped_column(String(200))  # "IRBIS:IBIS#12/910#3"
    legacy_number: Mapped[str] = mapped_column(String(64), default="")
    legacy_status: Mapped[str] = mapped_column(String(8), default="")
    flag: Mapped[str] = mapped_column(String(32), default="", index=True)
    ksu_number: Mapped[str] = mapped_column(String(64), default="")
    act_number: Mapped[str] = mapped_column(String(64), default="")
    fields: Mapped[str] = mapped_column(Text, default="")


class MigrationLedger(Base):
    """One row per source record brought in, written in the transaction that stores it: a
    migration killed half-way resumes after the last committed record, and running it again
    adds nothing."""

    __tablename__ = "migration_ledger"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)  # "IRBIS:IBIS#12"
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), index=True)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    group_holdings: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
