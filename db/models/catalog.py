"""Bibliographic records and the access points extracted from them for search and duplicates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, BigId, utcnow


class Record(Base):
    """One bibliographic record. `marc` is the canonical, lossless record (MARC-in-JSON,
    UTF-8); the other columns are extracted from it on every save for display and sorting."""

    __tablename__ = "record"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    control_number: Mapped[str] = mapped_column(String(32), unique=True)  # 001, never changes
    marc: Mapped[str] = mapped_column(Text)
    original_encoding: Mapped[str] = mapped_column(String(16), default="utf-8")
    title: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[str] = mapped_column(String(16), default="", index=True)
    isbn: Mapped[str] = mapped_column(String(200), default="")  # display form, first ISBN
    language: Mapped[str] = mapped_column(String(8), default="")
    classification: Mapped[str] = mapped_column(String(200), default="")
    # Sort keys (app.catalog.folding.sort_key), compared bytewise on both databases: in
    # Kazakh alphabetical order, and in the order of the other interface languages.
    title_sort: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    author_sort: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    title_sort_ru: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    author_sort_ru: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    title_sort_en: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    author_sort_en: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        Index("ix_record_title_sort", "title_sort"),
        Index("ix_record_author_sort", "author_sort"),
        Index("ix_record_title_sort_ru", "title_sort_ru"),
        Index("ix_record_author_sort_ru", "author_sort_ru"),
        Index("ix_record_title_sort_en", "title_sort_en"),
        Index("ix_record_author_sort_en", "author_sort_en"),
    )


class RecordKey(Base):
    """An exact-match key of a record: a normalised ISBN (as ISBN-13) or ISSN, the source
    identity 003:001 it came with, or the title+first author+year match key. Used for
    lookups and for duplicate detection on import."""

    __tablename__ = "record_key"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # isbn|issn|ctl|tay
    value: Mapped[str] = mapped_column(
        String(400).with_variant(String(400, collation="C"), "postgresql"), primary_key=True
    )
    record_id: Mapped[int] = mapped_column(
        ForeignKey("record.id", ondelete="CASCADE"), primary_key=True, index=True
    )
