"""The accounting registers' own tables: write-off acts (акт списания) and their copies,
candidates for the national electronic library (KazNEB), and the exchange lists for partner
libraries (desiderata and offered duplicates)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class WriteOffAct(Base):
    """One write-off act, numbered per year ("2026/3"): a line of the КСУ withdrawals."""

    __tablename__ = "writeoff_act"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    act_date: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    # draft (copies held "to be written off") -> approved (copies leave the fund) or
    # cancelled (copies go back to the status they had).
    state: Mapped[str] = mapped_column(String(16), default="approved", index=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The act's own commission; empty: the library's standing commission signs it.
    commission_chair: Mapped[str] = mapped_column(String(200), default="")
    commission_members: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_writeoff_act_year_sequence"),)


class WriteOffCopy(Base):
    """A copy written off by an act, with its price as it stood. A copy is written off once."""

    __tablename__ = "writeoff_copy"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("writeoff_act.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), unique=True)
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    # The status the copy had before a draft act held it; it goes back to it on cancel.
    previous_status: Mapped[str] = mapped_column(String(32), default="")


class KaznebCandidate(Base):
    """A record proposed for the national electronic library's fund in one category."""

    __tablename__ = "kazneb_candidate"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    agreement_reference: Mapped[str] = mapped_column(String(300), default="")
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    marked_on: Mapped[date] = mapped_column(Date)
    marked_by: Mapped[str] = mapped_column(String(100), default="")


class Desideratum(Base):
    """A title the fund lacks: a free entry, or a record of the catalog."""

    __tablename__ = "desideratum"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int | None] = mapped_column(ForeignKey("record.id"), default=None)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[str] = mapped_column(String(16), default="")
    isbn: Mapped[str] = mapped_column(String(32), default="")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ExchangeOffer(Base):
    """A duplicate offered to partner libraries: a copy (or a record, copies unspecified)."""

    __tablename__ = "exchange_offer"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), unique=True, default=None)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
