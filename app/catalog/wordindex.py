"""The word index of the catalog, in each engine's own full-text machinery: an FTS5 table on
SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both hold the folded words
(app.catalog.folding) of four fields, one row per record, and answer AND-ed prefix queries,
optionally limited to one field."""

from __future__ import annotations

import json
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

from app.catalog.access_points import sort_column
from app.catalog.folding import SORT_LANGUAGES

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
        if sqlite_ordered(session):
            _sqlite_write_words(session, rows)
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
        _sqlite_delete_ordered(session, record_ids)
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


# --- Title bands (migration 0016w): where each row of record_word stands in title order -----

# Records per band as the bands are drawn. A page reads the matches of the bands its first
# rows are in: at most about this many more than the page.
BAND = 1000
_LANGUAGES = SORT_LANGUAGES  # record_band's columns, the ordered tables' suffixes
_BAND_COLUMNS = {language: sort_column("title", language) for language in SORT_LANGUAGES}
_NO_BAND = 2**31 - 1


# SQLite: the words of each record again in one contentless FTS5 table per language, whose
# rowid is the record's band * 2**32 + its id: a word's doclist is then in band order, read
# from its head (ORDER BY rowid LIMIT n stops early). record_band keeps the bands each record
# was written with, which deleting its rows needs (a contentless table deletes by value).
_SHIFT = 2**32


def _band_of(language: str, key: str, record_id: str) -> str:
    """SQL of the band of (`key`, `record_id`) in `language` (SQL expressions): the band of the
    last of the language's boundaries at or before it, 0 before the first."""
    return (
        f"coalesce((SELECT band FROM title_band WHERE language = '{language}' "
        f"AND (key, record_id) <= ({key}, {record_id}) "
        "ORDER BY language DESC, key DESC, record_id DESC LIMIT 1), 0)"
    )


def _sqlite_bands(session: Session, record_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """Each record's bands in the boundaries as they are (its record row written first)."""
    ids = ",".join(str(int(i)) for i in record_ids)
    found = session.connection().exec_driver_sql(
        "SELECT r.id, "
        + ", ".join(_band_of(lang, f"r.{col}", "r.id") for lang, col in _BAND_COLUMNS.items())
        + f" FROM record r WHERE r.id IN ({ids})"
    )
    return {row[0]: tuple(row[1:]) for row in found}


def _sqlite_write_words(session: Session, rows: Sequence[IndexedText]) -> None:
    """The rows of the ordered tables and of record_band for records written to the word
    index."""
    connection = session.connection()
    bands = _sqlite_bands(session, [r.record_id for r in rows])
    placed = [(r, bands.get(r.record_id, (0, 0, 0))) for r in rows]
    connection.exec_driver_sql(
        "INSERT INTO record_band (record_id, kk, ru, en) VALUES (?, ?, ?, ?)",
        [(r.record_id, *b) for r, b in placed],
    )
    for n, language in enumerate(_LANGUAGES):
        connection.exec_driver_sql(
            f"INSERT INTO record_order_{language} (rowid, t, a, s, p) VALUES (?, ?, ?, ?, ?)",
            [
                (b[n] * _SHIFT + r.record_id, r.title, r.author, r.subject, r.publisher)
                for r, b in placed
            ],
        )


def _sqlite_delete_ordered(session: Session, record_ids: Sequence[int]) -> None:
    """Take records' rows out of the ordered tables: each given back as it was written."""
    connection = session.connection()
    ids = ",".join(str(int(i)) for i in record_ids)
    gone = connection.exec_driver_sql(
        "SELECT f.rowid, f.t, f.a, f.s, f.p, b.kk, b.ru, b.en FROM record_fts f "
        f"JOIN record_band b ON b.record_id = f.rowid WHERE f.rowid IN ({ids})"
    ).all()
    if not gone:  # a catalog too small to keep ordered tables
        return
    for n, language in enumerate(_LANGUAGES):
        table = f"record_order_{language}"
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({table}, rowid, t, a, s, p) VALUES ('delete', ?, ?, ?, ?, ?)",
            [(g[5 + n] * _SHIFT + g[0], g[1], g[2], g[3], g[4]) for g in gone],
        )
    connection.exec_driver_sql(f"DELETE FROM record_band WHERE record_id IN ({ids})")


# SQLite keeps its ordered tables only from this many records: below it a search sorts or
# walks its matches within its targets (p95 11-14 ms at 200,000 records), and the tables'
# writing and drawing would cost an import 40 % more (100,000 records: 22.2 -> 31.4 s, against
# a target of 2.5 x pymarc's parse, 22.5 s). PostgreSQL keeps the bands at any size: its
# triggers look them up at little cost.
SQLITE_ORDERED_FROM = 300_000


def sqlite_ordered(session: Session) -> bool:
    """Whether this SQLite catalog keeps its ordered tables (its bands have been drawn)."""
    drawn = session.connection().exec_driver_sql("SELECT EXISTS (SELECT 1 FROM title_band)")
    return bool(drawn.scalar())


def bands_outgrown(session: Session) -> bool:
    """Whether the catalog has outgrown its bands: twice as many records as they were drawn
    for (a catalog of fewer than 2 * BAND records is walked whole, bands or not; on SQLite,
    one of fewer than SQLITE_ORDERED_FROM keeps none)."""
    drawn, records = session.execute(
        text(
            "SELECT (SELECT count(*) FROM title_band WHERE language = 'kk'), "
            "(SELECT count(*) FROM record)"
        )
    ).one()
    if _is_sqlite(session) and int(records) < SQLITE_ORDERED_FROM:
        return False
    return int(records) > 2 * BAND * max(1, int(drawn))


def draw_bands(session: Session) -> None:
    """Draw the bands again from the titles as they are now (every BANDth record of each
    language's order a boundary) and give every row of record_word its record's bands. On
    PostgreSQL other workstations' word-index writes wait meanwhile (their rows' bands must be
    looked up in the new boundaries)."""
    connection = session.connection()

    def run(sql: str) -> None:
        connection.execute(text(sql))

    sqlite = _is_sqlite(session)
    if not sqlite:
        run("LOCK TABLE record_text IN SHARE MODE")
        run("LOCK TABLE title_band IN ACCESS EXCLUSIVE MODE")
    run("DELETE FROM title_band")
    for language, key in _BAND_COLUMNS.items():
        run(
            "INSERT INTO title_band (language, key, record_id, band) "
            f"SELECT '{language}', {key}, id, rank / {BAND} + 1 FROM ("
            f"SELECT {key}, id, row_number() OVER (ORDER BY {key}, id) - 1 AS rank "
            f"FROM record) ranked WHERE rank % {BAND} = 0"
        )
    ranked = (
        "SELECT id, "
        + ", ".join(
            f"(row_number() OVER (ORDER BY {key}, id) - 1) / {BAND} + 1 AS {language}"
            for language, key in _BAND_COLUMNS.items()
        )
        + " FROM record"
    )
    if sqlite:
        # The ordered tables are written again from the word index (FTS5 in C: quick).
        run(f"CREATE TEMP TABLE drawn_band AS {ranked}")
        run("CREATE INDEX temp.ix_drawn_band ON drawn_band (id)")
        for language in _LANGUAGES:
            table = f"record_order_{language}"
            run(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            run(
                f"INSERT INTO {table} (rowid, t, a, s, p) "
                f"SELECT b.{language} * {_SHIFT} + f.rowid, f.t, f.a, f.s, f.p "
                "FROM record_fts f JOIN temp.drawn_band b ON b.id = f.rowid"
            )
        run("DELETE FROM record_band")
        run("INSERT INTO record_band (record_id, kk, ru, en) SELECT id, kk, ru, en FROM drawn_band")
        run("DROP TABLE temp.drawn_band")
    else:
        run(
            f"UPDATE record_word w SET band_kk = b.kk, band_ru = b.ru, band_en = b.en "
            f"FROM ({ranked}) b WHERE b.id = w.record_id "
            "AND (w.band_kk, w.band_ru, w.band_en) IS DISTINCT FROM (b.kk, b.ru, b.en)"
        )


def _range(word: str) -> tuple[str, str]:
    return word, word[:-1] + chr(ord(word[-1]) + 1)


# PostgreSQL: the page of one word (prefix) in a language's title order, in one statement.
# Each word of the prefix's range (a skip over the distinct words) gives its first `wanted`
# rows in band order; the `wanted`th of them all is in the last band the page can reach; the
# rows of every word up to that band are the page's candidates, each read by its id (the
# planner, not knowing how few they are, would rather scan the whole sort index) and sorted.
_BANDED_PAGE = """
WITH RECURSIVE words (word) AS (
    (SELECT word FROM record_word WHERE word >= :low AND word < :high ORDER BY word LIMIT 1)
    UNION ALL
    SELECT (SELECT w.word FROM record_word w WHERE w.word > words.word AND w.word < :high
            ORDER BY w.word LIMIT 1)
    FROM words WHERE words.word IS NOT NULL
), heads AS (
    SELECT DISTINCT h.band, h.record_id FROM words CROSS JOIN LATERAL (
        SELECT p.{band} AS band, p.record_id FROM record_word p
        WHERE p.word = words.word {field}
        ORDER BY p.{band}, p.record_id LIMIT :wanted
    ) h
    WHERE words.word IS NOT NULL
), reach AS (
    SELECT coalesce((SELECT band FROM heads ORDER BY band, record_id
                     LIMIT 1 OFFSET :wanted - 1), {no_band}) AS band
), candidates AS MATERIALIZED (
    SELECT DISTINCT p.record_id FROM words JOIN record_word p ON p.word = words.word
    WHERE words.word IS NOT NULL AND p.{band} <= (SELECT band FROM reach) {field}
)
SELECT {columns} FROM candidates c CROSS JOIN LATERAL (
    SELECT {inner} FROM record WHERE record.id = c.record_id OFFSET 0
) r
ORDER BY r.{key}, r.id LIMIT :limit OFFSET :offset
"""


def _page_sql(template: str, language: str, columns: Sequence[str], **parts: str) -> str:
    """`template` (a PostgreSQL page statement) for `language`'s title order, answering
    `columns` of record."""
    key = _BAND_COLUMNS[language]
    return template.format(
        band=f"band_{language}",
        no_band=_NO_BAND,
        columns=", ".join(f"r.{c}" for c in columns),
        inner=", ".join(dict.fromkeys(("id", key, *columns))),
        key=key,
        **parts,
    )


def banded_page(
    session: Session,
    term: tuple[str | None, str],
    language: str,
    columns: Sequence[str],
    limit: int,
    offset: int,
) -> list[Any]:
    """The rows (`columns` of record) of the records holding the (field or None, folded word
    prefix) `term`, `limit` of them from `offset` in `language`'s title order (then id), read
    through the title bands: the same page as sorting every match, at the cost of the page and
    of the bands it reaches."""
    field, word = term
    low, high = _range(word)
    wanted = limit + offset
    if not _is_sqlite(session):
        condition = f"AND p.fields & {_FIELD_BITS[field]} <> 0" if field else ""
        sql = _page_sql(_BANDED_PAGE, language, columns, field=condition)
        found = session.execute(
            text(sql),
            {"low": low, "high": high, "wanted": wanted, "limit": limit, "offset": offset},
        )
        return list(found.all())
    return sqlite_ordered_page(session, [term], language, columns, limit, offset)[1]


def sqlite_ordered_page(
    session: Session,
    terms: Sequence[tuple[str | None, str]],
    language: str,
    columns: Sequence[str],
    limit: int,
    offset: int,
) -> tuple[int, list[Any]]:
    """banded_page on SQLite, for records holding every one of `terms` (the rarest first):
    (how many hold them, the page). The terms' doclist in the language's ordered table (FTS5
    intersects them in rowid order, so in band order) is read from its head; with more terms
    than one, to its end, to count the matches in the same pass (FTS5 merges a prefix's
    doclists once). The matches up to the end of the band of the `wanted`th are then sorted by
    title. With one term the total is not counted here (-1)."""
    connection = session.connection()
    table, key = f"record_order_{language}", _BAND_COLUMNS[language]
    query = " AND ".join(f'{f} : "{w}"*' if f else f'"{w}"*' for f, w in terms)
    wanted = limit + offset
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid"
    # One pass over the doclist from its head (FTS5 merges a prefix's doclists once): to the
    # end of the band of the `wanted`th match, or, counting, to its end.
    found_ids = connection.exec_driver_sql(sql, (query,))
    candidates: list[int] = []
    reach = None
    total = 0
    for (rowid,) in found_ids:
        total += 1
        if reach is not None and rowid // _SHIFT > reach:
            if len(terms) == 1:
                break
            continue
        candidates.append(rowid % _SHIFT)
        if reach is None and len(candidates) == wanted:
            reach = rowid // _SHIFT
    found_ids.close()
    total = -1 if len(terms) == 1 else total
    if not candidates:
        return total, []
    # The page's ids first, then its rows: a record's row holds its MARC before the columns
    # shown, so reading a row costs several pages; only the page's are read whole.
    page = connection.exec_driver_sql(
        f"SELECT id FROM record WHERE id IN (SELECT value FROM json_each(?)) "
        f"ORDER BY {key}, id LIMIT ? OFFSET ?",
        (json.dumps(candidates), limit, offset),
    ).scalars()
    found = connection.exec_driver_sql(
        f"SELECT {', '.join(f'r.{c}' for c in columns)} FROM record r JOIN json_each(?) page "
        f"ON r.id = page.value ORDER BY page.key",
        (json.dumps(list(page)),),
    )
    return total, list(found.all())


def keep_bands(db: Any) -> bool:
    """After an import: draw the bands again if the catalog has outgrown them (a first import
    into an empty catalog always has); whether they were drawn. On PostgreSQL the word
    postings are then drawn again with them, or brought up to date."""
    with db.write() as session:
        drawn = bands_outgrown(session)
        if drawn:
            draw_bands(session)
    if not db.is_sqlite:
        with db.write() as session:
            keep_postings(session, redraw=drawn)
    return drawn


# PostgreSQL: word postings (migration 0016y), each common word's records as one sorted
# int4[], which intarray merges in memory: two common words' records are intersected at some
# 0.01 us an id instead of 0.2-4 us a row. A word holds a posting when POSTED_FROM records or
# more held it at the draw; a catalog keeps postings from POSTINGS_FROM records.
POSTED_FROM = 1000
POSTINGS_FROM = 50_000
# Records changed or added since the postings were drawn that a search still reads from the
# rows (migration 0016y's qor_posted_matches); past these it reads every word from the rows.
POSTINGS_CHANGED = 1000
_INT4 = 2**31
# Up to this many records holding all the words are read by id and sorted (some 12 ms at
# 4 us each); more are read through the title bands, as one word's page is.
POSTED_FEW = 3000


def postings_worth(terms: Sequence[tuple[str | None, str]], counts: Sequence[int]) -> bool:
    """Whether the postings should answer `terms` (the rarest first, with their counts):
    words with no field asked, common enough that reading the rarest's rows against the
    next's (qor_word_matches) would read more than some 20,000 index rows; WAY "postings"
    always, and any other WAY never (tests)."""
    if WAY is not None:
        return WAY == "postings" and all(field is None for field, _ in terms)
    if len(terms) < 2 or any(field is not None for field, _ in terms):
        return False
    return min(counts[0] * 16, counts[1]) > 20_000


def postings_usable(session: Session) -> bool:
    """Whether this database can keep word postings (PostgreSQL, intarray installed)."""
    if _is_sqlite(session):
        return False
    return bool(
        session.execute(
            text("SELECT to_regprocedure('_int_union(integer[], integer[])') IS NOT NULL")
        ).scalar()
    )


def _forget_postings(connection: Any) -> None:
    for name in ("word_posting", "word_posting_stale", "word_posting_drawn"):
        connection.execute(text(f"DELETE FROM {name}"))


def draw_postings(session: Session) -> bool:
    """Draw every word's posting again from record_word (other workstations' word-index
    writes wait meanwhile); whether any was drawn (none where intarray is missing, or record
    ids pass int4)."""
    if not postings_usable(session):
        return False
    connection = session.connection()
    connection.execute(text("LOCK TABLE record_word IN SHARE MODE"))
    _forget_postings(connection)
    highest = connection.execute(text("SELECT coalesce(max(id), 0) FROM record")).scalar_one()
    if int(highest) >= _INT4:
        return False
    connection.execute(
        text(
            "INSERT INTO word_posting (word, records, ids) "
            "SELECT word, count(*), array_agg(record_id::integer ORDER BY record_id) "
            "FROM record_word GROUP BY word HAVING count(*) >= :least"
        ),
        {"least": POSTED_FROM},
    )
    connection.execute(
        text("INSERT INTO word_posting_drawn (max_id) VALUES (:highest)"), {"highest": highest}
    )
    return True


def update_postings(session: Session) -> bool:
    """Bring the postings up to date: the records changed since they were drawn taken out of
    every posting, then those and the records added since merged into their words' postings
    (words without one stay without: they are read from the rows). Whether anything changed."""
    connection = session.connection()
    drawn = connection.execute(text("SELECT max(max_id) FROM word_posting_drawn")).scalar()
    if drawn is None or not postings_usable(session):
        return False
    connection.execute(text("LOCK TABLE record_word IN SHARE MODE"))
    highest = int(connection.execute(text("SELECT coalesce(max(id), 0) FROM record")).scalar_one())
    if highest >= _INT4:
        _forget_postings(connection)
        return True
    stale = [
        int(i)
        for i in connection.execute(
            text("SELECT record_id FROM word_posting_stale ORDER BY record_id")
        ).scalars()
    ]
    if not stale and highest <= int(drawn):
        return False
    if stale:
        connection.execute(
            text(
                "UPDATE word_posting SET ids = ids - CAST(:stale AS integer[]), "
                "records = cardinality(ids - CAST(:stale AS integer[])) "
                "WHERE ids && CAST(:stale AS integer[])"
            ),
            {"stale": stale},
        )
    connection.execute(
        text(
            "UPDATE word_posting p SET ids = p.ids | x.ids, records = cardinality(p.ids | x.ids) "
            # (Two scans of the record_id index: stale ids are all up to :drawn.)
            "FROM (SELECT word, array_agg(record_id::integer ORDER BY record_id) AS ids "
            "      FROM (SELECT word, record_id FROM record_word "
            "            WHERE record_id > :drawn AND record_id <= :highest "
            "            UNION ALL SELECT word, record_id FROM record_word "
            "            WHERE record_id = ANY (CAST(:stale AS bigint[]))) changed "
            "      GROUP BY word) x "
            "WHERE p.word = x.word"
        ),
        {"drawn": int(drawn), "highest": highest, "stale": stale},
    )
    connection.execute(text("DELETE FROM word_posting_stale"))
    connection.execute(
        text("UPDATE word_posting_drawn SET max_id = :highest"), {"highest": highest}
    )
    return True


def keep_postings(session: Session, redraw: bool = False) -> None:
    """After an import (PostgreSQL): draw the postings when asked to (the bands were drawn
    again: the catalog has grown much) or when a catalog of POSTINGS_FROM records or more has
    none; else bring them up to date."""
    if not postings_usable(session):
        return
    drawn = session.execute(text("SELECT count(*) FROM word_posting_drawn")).scalar_one()
    if redraw or not drawn:
        records = session.execute(text("SELECT count(*) FROM record")).scalar_one()
        if redraw or int(records) >= POSTINGS_FROM:
            draw_postings(session)
        return
    update_postings(session)


# PostgreSQL: the page of records holding several words (prefixes), in a language's title
# order, in one statement. qor_word_matches (migration 0016x) finds the records holding them
# all with their bands, driven by the rarest word and choosing for each other word the
# cheapest of probing, scanning and reading by band; these are the total, and, as for one
# word, the page is among the bands up to the `wanted`th match's.
_BANDED_MATCHES = """
WITH matches AS MATERIALIZED (
    SELECT m.band, m.record_id
    FROM {matches} m
), reach AS (
    SELECT coalesce((SELECT band FROM matches ORDER BY band, record_id
                     LIMIT 1 OFFSET :wanted - 1), {no_band}) AS band
), candidates AS MATERIALIZED (
    SELECT record_id FROM matches WHERE band <= (SELECT band FROM reach)
)
SELECT (SELECT count(*) FROM matches) AS total, {columns}
FROM candidates c CROSS JOIN LATERAL (
    SELECT {inner} FROM record WHERE record.id = c.record_id OFFSET 0
) r
ORDER BY r.{key}, r.id LIMIT :limit OFFSET :offset
"""


# The field of a bare number's term in banded_matches: a word (prefix) of any field, a 001 or
# a year (the search's general path reads a bare number so).
NUMBER = "#"

_WORD_MATCHES = (
    "qor_word_matches(CAST(:language AS text), CAST(:lows AS text[]), CAST(:highs AS text[]), "
    "CAST(:fields AS integer[]), CAST(:numbers AS text[]), CAST(:counts AS bigint[]), "
    "CAST(:way AS text))"
)

# How qor_word_matches reads the words after the first: None, the cheapest for each; tests
# ask for "probe", "scan" or "bands" to check that each finds the same records, or for
# "postings" to have the word postings answer whenever they can.
WAY: str | None = None


def banded_matches(
    session: Session,
    terms: Sequence[tuple[str | None, str]],
    counts: Sequence[int],
    language: str,
    columns: Sequence[str],
    limit: int,
    offset: int,
) -> tuple[int, list[Any]]:
    """PostgreSQL: (how many records hold every one of `terms`, the page of them as
    banded_page gives it), `terms` the rarest first (a NUMBER term never first), `counts`
    how many records hold each (word_prefix's; a NUMBER's as a word)."""
    ranges = [_range(word) for _, word in terms]
    values = {
        "language": language,
        "lows": [low for low, _ in ranges],
        "highs": [high for _, high in ranges],
        "fields": [_FIELD_BITS.get(field or "", 0) for field, _ in terms],
        "numbers": [word if field == NUMBER else None for field, word in terms],
        "counts": [int(c) for c in counts],
        "way": WAY,
    }
    sql = _page_sql(_BANDED_MATCHES, language, columns, matches=_WORD_MATCHES)
    rows = session.execute(
        text(sql), {**values, "wanted": limit + offset, "limit": limit, "offset": offset}
    ).all()
    if rows:
        return int(rows[0][0]), [tuple(row[1:]) for row in rows]
    if offset == 0:
        return 0, []
    # A page past the end: its total asked alone.
    counted = session.execute(
        text(f"SELECT count(*) FROM {_WORD_MATCHES}"),
        values,
    ).scalar_one()
    return int(counted), []


# PostgreSQL, common words: the records holding them all from the postings (migration 0016y),
# then the page's candidates among them (all when few, else those in the bands up to the
# page's, as for one word), read by id and sorted. Total -1: the postings cannot answer.
_POSTED_PAGE = """
WITH found AS MATERIALIZED (
    SELECT qor_posted_matches(CAST(:lows AS text[]), CAST(:highs AS text[]), :changed) AS ids
), candidates AS MATERIALIZED (
    SELECT c.record_id FROM found CROSS JOIN LATERAL qor_posted_candidates(
        CAST(:language AS text), CAST(:low AS text), CAST(:high AS text), found.ids,
        CAST(:wanted AS integer), CAST(:few AS integer)) c
    WHERE found.ids IS NOT NULL
)
SELECT (SELECT coalesce(cardinality(ids), -1) FROM found) AS total, page.*
FROM (SELECT 1) one LEFT JOIN LATERAL (
    SELECT true AS present, {columns} FROM candidates c CROSS JOIN LATERAL (
        SELECT {inner} FROM record WHERE record.id = c.record_id OFFSET 0
    ) r
    ORDER BY r.{key}, r.id LIMIT :limit OFFSET :offset
) page ON true
"""


def posted_page(
    session: Session,
    terms: Sequence[tuple[str | None, str]],
    language: str,
    columns: Sequence[str],
    limit: int,
    offset: int,
) -> tuple[int, list[Any]] | None:
    """PostgreSQL: (how many records hold every one of `terms` (word prefixes with no field,
    the rarest first), the page of them as banded_page gives it) from the word postings; None
    when there are none to answer from (then banded_matches answers)."""
    ranges = [_range(word) for _, word in terms]
    sql = _page_sql(_POSTED_PAGE, language, columns)
    rows = session.execute(
        text(sql),
        {
            "lows": [low for low, _ in ranges],
            "highs": [high for _, high in ranges],
            "changed": POSTINGS_CHANGED,
            "language": language,
            "low": ranges[0][0],
            "high": ranges[0][1],
            "wanted": limit + offset,
            "few": POSTED_FEW,
            "limit": limit,
            "offset": offset,
        },
    ).all()
    total = int(rows[0][0])
    if total < 0:
        return None
    return total, [tuple(row[2:]) for row in rows if row[1]]
