"""The union catalog link's state: the outbox of records waiting to go up, what the union
catalog last received of each record, the history of sync runs, and the configured targets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class SyncOutbox(Base):
    """A record whose bibliographic data or holdings changed since the union catalog last
    received it. Written in the same transaction as the change; a record is in the outbox at
    most once. Deleted records stay here (no foreign key) until their withdrawal is sent."""

    __tablename__ = "sync_outbox"

    record_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    control_number: Mapped[str] = mapped_column(String(32))
    change: Mapped[str] = mapped_column(String(16))  # upsert | delete
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncState(Base):
    """What the union catalog last received of one record, and how the last attempt went.

    No foreign key: the state of a deleted record is kept until its withdrawal is confirmed,
    and afterwards as the trace of it. `sent_marcxml` is the record exactly as last sent (with
    its 852 holdings), so a dry run can say which fields changed since."""

    __tablename__ = "sync_state"

    record_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    identity: Mapped[str] = mapped_column(String(80))  # 003:001, the union catalog's key
    target: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")  # sent|withdrawn|failed
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    sent_marcxml: Mapped[str] = mapped_column(Text, default="")
    had_holdings: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # failures since the last success
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)


class SyncRun(Base):
    """One sync with the union catalog: who ran it, against which target, and its totals."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target: Mapped[str] = mapped_column(String(300))
    actor: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    # running | completed | failed | cancelled; "running" left behind means the program died
    status: Mapped[str] = mapped_column(String(16), default="running")
    sent: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")


class SyncRunEntry(Base):
    """What happened to one record in one run: sent, updated, withdrawn, unchanged or failed."""

    __tablename__ = "sync_run_entry"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sync_run.id", ondelete="CASCADE"), index=True)
    record_id: Mapped[int] = mapped_column(BigId)
    identity: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class CatalogTarget(Base):
    """A configured union catalog (records go up to it) or search target (copy cataloging).
    Never a password: that lives in the system keyring under `name`."""

    __tablename__ = "catalog_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(8))  # union | search
    protocol: Mapped[str] = mapped_column(String(8), default="z3950")  # z3950 | sru
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    database: Mapped[str] = mapped_column(String(255))
    user: Mapped[str] = mapped_column(String(100), default="")
    path: Mapped[str] = mapped_column(String(255), default="")
    indexes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: Qor index -> theirs
    needs_commit: Mapped[bool] = mapped_column(Boolean, default=False)  # shadow registers
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
