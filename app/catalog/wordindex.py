"""The word index of the catalog, in each engine's own full-text machinery: an FTS5 table on
SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both hold the folded words
(app.catalog.folding) of four fields, one row per record, and answer AND-ed prefix queries,
optionally limited to one field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    column,
    exists,
    func,
    literal,
    select,
    table,
    text,
)
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
        count_prefixes(session, ((r.title, r.author, r.subject, r.publisher) for r in rows))
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
    if _is_sqlite(session):
        gone = session.execute(
            text("SELECT t, a, s, p FROM record_fts WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(record_ids)},
        )
        count_prefixes(session, (tuple(r) for r in gone), sign=-1)
    session.execute(
        text(f"DELETE FROM {table} WHERE {column} IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(record_ids)},
    )


# --- word_prefix (migration 0016t): how many records hold a word beginning with a prefix -----

_FIELD_BITS = {"t": 1, "a": 2, "s": 4, "p": 8}
_BITS = tuple(_FIELD_BITS.values())
_PREFIX = table("word_prefix", column("prefix"), column("fields"), column("records"))


def prefix_counts(texts: Iterable[tuple[str, str, str, str]]) -> Counter[tuple[str, int]]:
    """How many of the records given as their folded (title, author, subject, publisher) word
    texts hold a word beginning with each prefix, by the set of fields such words are in
    (the rows of word_prefix; PostgreSQL's triggers count the same from the tsvectors)."""
    counts: Counter[tuple[str, int]] = Counter()
    for record in texts:
        fields: dict[str, int] = {}
        for bit, words in zip(_BITS, record, strict=True):
            for word in words.split():
                for n in range(1, len(word) + 1):
                    prefix = word[:n]
                    fields[prefix] = fields.get(prefix, 0) | bit
        counts.update(fields.items())
    return counts


def count_prefixes(
    session: Session, texts: Iterable[tuple[str, str, str, str]], sign: int = 1
) -> None:
    """Add (sign 1) or take away (-1) the prefix counts of records written to or deleted
    from SQLite's word index, in one upsert in key order."""
    counts = prefix_counts(texts)
    if counts:
        session.connection().exec_driver_sql(
            "INSERT INTO word_prefix (prefix, fields, records) VALUES (?, ?, ?) "
            "ON CONFLICT (prefix, fields) DO UPDATE SET records = records + excluded.records",
            [(prefix, fields, sign * n) for (prefix, fields), n in sorted(counts.items())],
        )


def count_one(session: Session, term: tuple[str | None, str]) -> int:
    """How many records hold a word beginning with the (field or None, folded word) `term`:
    the sum of at most 15 rows of word_prefix, whatever the number of matches."""
    return int(session.execute(counted_one(term)).scalar_one())


def counted_one(term: tuple[str | None, str]) -> Select:
    """`count_one`'s statement, for a caller that asks it together with other questions."""
    field, word = term
    condition = _PREFIX.c.prefix == word
    if field:
        condition = condition & (_PREFIX.c.fields.op("&")(_FIELD_BITS[field]) != 0)
    return select(func.coalesce(func.sum(_PREFIX.c.records), 0)).where(condition)


def sqlite_holds(term: tuple[str | None, str], record_id: Any) -> ColumnElement[bool]:
    """Whether the record `record_id` holds a word beginning with the (field or None, folded
    word) `term`, on SQLite: its row of the FTS5 table read by rowid (a probe with MATCH reads
    the word's whole doclist) and its words looked at. The texts are folded words joined by
    single spaces, the tokens FTS5 indexes (word_prefix counts the same)."""
    field, word = term
    fts = table("record_fts", column("rowid"), *(column(f) for f in FIELDS))
    texts: Any = fts.c[field] if field else fts.c.t
    if not field:
        for other in FIELDS[1:]:
            texts = texts + " " + fts.c[other]
    found = func.instr(" " + texts, " " + word) > 0
    return exists(select(literal(1)).select_from(fts).where(fts.c.rowid == record_id, found))


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


# --- One word on PostgreSQL: record_word (migration 0016s), a B-tree of (word, record) ---------

_WORD = table("record_word", column("word"), column("record_id"), column("fields"))


def _holding(term: tuple[str | None, str]) -> list[ColumnElement[bool]]:
    """The conditions on record_word rows holding `term`'s prefix (in its field). The words
    are in the "C" collation, so a prefix is the range [word, the word's successor)."""
    field, word = term
    conditions = [_WORD.c.word >= word, _WORD.c.word < word[:-1] + chr(ord(word[-1]) + 1)]
    if field:
        conditions.append(_WORD.c.fields.op("&")(_FIELD_BITS[field]) != 0)
    return conditions


def one_ids(term: tuple[str | None, str]) -> Select:
    """A SELECT of the ids of the records holding `term`, on PostgreSQL (see count_one)."""
    return select(_WORD.c.record_id).where(*_holding(term))


def holds_one(term: tuple[str | None, str], record_id: Any) -> ColumnElement[bool]:
    """Whether the record `record_id` holds `term`, on PostgreSQL: a probe of the record's
    own words, made for each row of a walked sort index (OFFSET 0 keeps the planner from
    turning it into a join over every match)."""
    probe = select(literal(1)).where(_WORD.c.record_id == record_id, *_holding(term))
    return exists(probe.offset(0))
