"""The library this database belongs to, and the counters it allocates numbers from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utcnow


class Library(Base):
    """One row: the library (name, MARC organisation code) and its numbering settings."""

    __tablename__ = "library"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sigla: Mapped[str] = mapped_column(String(32))
    inventory_format: Mapped[str] = mapped_column(String(64), default="{n}")
    barcode_scheme: Mapped[str] = mapped_column(String(32), default="code128-inventory")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The formal parts of the library's acts: who approves them (БЕКІТЕМІН / УТВЕРЖДАЮ) and
    # the standing commission that signs them; the commission's members one per line.
    head_position: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    commission_chair: Mapped[str] = mapped_column(String(200), default="")
    commission_members: Mapped[str] = mapped_column(Text, default="")
    # Where a record of the library's own electronic catalog opens ("…/record/{id}"): sent
    # to the union catalog with the holdings so its results link back.
    record_url: Mapped[str] = mapped_column(String(500), default="")


class Counter(Base):
    """A named sequence (control numbers, inventory numbers, ...) advanced inside the
    transaction that uses its values, so a rollback leaves no gap and two workstations
    never draw the same value (the row is locked while the transaction lasts)."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
