"""The word index of the catalog, in each engine's own full-text machinery: an FTS5 table on
SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both hold the folded words
(app.catalog.folding) of four fields, one row per record, and answer AND-ed prefix queries,
optionally limited to one field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, Select, bindparam, select, text
from sqlalchemy.orm import Session

# title, author, subject, publisher: the field letters of queries and of the index.
FIELDS = ("t", "a", "s", "p")
_WEIGHTS = {"t": "A", "a": "B", "s": "C", "p": "D"}


@dataclass(frozen=True)
class IndexedText:
    record_id: int
    title: str
    author: str
    subject: str
    publisher: str


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def write(session: Session, rows: Sequence[IndexedText]) -> None:
    if not rows:
        return
    connection = session.connection()
    if _is_sqlite(session):
        connection.exec_driver_sql(
            "INSERT INTO record_fts(rowid, t, a, s, p) VALUES (?, ?, ?, ?, ?)",
            [(r.record_id, r.title, r.author, r.subject, r.publisher) for r in rows],
        )
        return
    connection.execute(
        text(
            "INSERT INTO record_text (record_id, doc) VALUES (:id, "
            "setweight(to_tsvector('simple', :t), 'A') || "
            "setweight(to_tsvector('simple', :a), 'B') || "
            "setweight(to_tsvector('simple', :s), 'C') || "
            "setweight(to_tsvector('simple', :p), 'D'))"
        ),
        [
            {"id": r.record_id, "t": r.title, "a": r.author, "s": r.subject, "p": r.publisher}
            for r in rows
        ],
    )


def delete(session: Session, record_ids: Sequence[int]) -> None:
    if not record_ids:
        return
    table, column = ("record_fts", "rowid") if _is_sqlite(session) else ("record_text", "record_id")
    session.execute(
        text(f"DELETE FROM {table} WHERE {column} IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(record_ids)},
    )


def matching_ids(session: Session, terms: Sequence[tuple[str | None, str]]) -> Select:
    """A SELECT of the ids of records holding every (field or None, folded word prefix) term.
    Words are letters and digits only (folding guarantees it), so quoting them is safe."""
    if _is_sqlite(session):
        parts = [f'{field} : "{word}"*' if field else f'"{word}"*' for field, word in terms]
        query = text("SELECT rowid AS id FROM record_fts WHERE record_fts MATCH :q")
        found = (
            query.bindparams(bindparam("q", " AND ".join(parts), unique=True))
            .columns(id=Integer)
            .subquery("words")
        )
        return select(found.c.id)
    parts = [f"'{word}':*{_WEIGHTS[field] if field else ''}" for field, word in terms]
    query = text("SELECT record_id AS id FROM record_text WHERE doc @@ to_tsquery('simple', :q)")
    found = (
        query.bindparams(bindparam("q", " & ".join(parts), unique=True))
        .columns(id=Integer)
        .subquery("words")
    )
    return select(found.c.id)
