"""Searching the local catalog: words of title, author, subject and publisher (folded, so
Kazakh, Russian and Latin-script spellings meet), ISBN, 001 and year.

Query syntax: words are ANDed and match as prefixes (`казак` finds «Қазақстан»); `ti:`, `au:`,
`su:`, `pb:` limit a word to one field; `isbn:`, `id:` (001) and `year:` are exact. A bare ISBN
(with or without hyphens, ISBN-10 or -13) is looked up as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, false, func, intersect, select, true, tuple_, union
from sqlalchemy.orm import Session, aliased

from app.catalog import wordindex
from app.catalog.access_points import sort_column
from app.catalog.folding import SORT_LANGUAGES, fold
from app.catalog.isbn import is_isbn_query, normalize_isbn
from app.errors import InvalidInput
from app.i18n import translate
from db.models import Record, RecordKey
from db.session import Database

_FIELD_PREFIXES = {
    "ti": "t",
    "title": "t",
    "au": "a",
    "author": "a",
    "su": "s",
    "subject": "s",
    "pb": "p",
    "publisher": "p",
}
_EXACT_PREFIXES = {"isbn", "id", "001", "year", "yr"}
_TOKEN = re.compile(r'(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)', re.UNICODE)
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
SORTS = ("title", "author", "year", "recent")


def _order(sort: str, language: str, record: Any = Record) -> tuple[Any, ...]:
    """The ORDER BY of `sort`, titles and authors in `language`'s alphabetical order (of
    `record`, Record or an alias of it)."""
    title = getattr(record, sort_column("title", language))
    if sort == "title":
        return (title, record.id)
    if sort == "author":
        return (getattr(record, sort_column("author", language)), title, record.id)
    if sort == "year":
        return (record.year.desc(), title, record.id)
    return (record.id.desc(),)


_INDEXED_SORTS = ("title", "author")
# Walking the sort index visits about page * catalog / matches rows, each checked against
# the matches; sorting the matches costs about matches. Measured on SQLite, a walked row costs
# some 330 times a sorted match per page row (9 us against 1.35 us for 50 rows), so walking
# wins once matches exceed sqrt(330 * catalog): about 8,000 in a catalog of 200,000.
_WALK_COST = 330
_WALK_INDEX_AT_LEAST = 1000


@dataclass(frozen=True)
class SearchHit:
    id: int
    control_number: str
    title: str
    author: str
    year: str
    isbn: str
    publisher: str


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[SearchHit]


def _key_ids(kind: str, value: str) -> Select:
    return (
        select(RecordKey.record_id)
        .where(RecordKey.kind == kind, RecordKey.value == value)
        .distinct()
    )


def _exact(prefix: str, term: str) -> Select:
    if prefix == "isbn":
        isbn = normalize_isbn(term)
        if isbn is None:
            raise InvalidInput(translate("errors", "'{term}' is not an ISBN.").format(term=term))
        return _key_ids("isbn", isbn)
    if prefix in ("id", "001"):
        return select(Record.id).where(Record.control_number == term.strip())
    return select(Record.id).where(Record.year == term.strip())


# More distinct terms than anyone types: a longer query is refused, so that a search costs
# at most this many constraints whatever is pasted into the box.
MAX_TERMS = 64


def _one_word(query: str) -> tuple[str | None, str] | None:
    """The (field or None, folded word) of a query that is one word and nothing else."""
    words = _plain_words(query)
    return words[0] if words is not None and len(words) == 1 else None


def _plain_words(query: str, numbers: bool = False) -> list[tuple[str | None, str]] | None:
    """The (field or None, folded word) terms of a query made of words only (no ISBN, 001 or
    year), or None. A bare number (a word, a 001 or a year: see _id_selects) makes it None,
    unless `numbers` asks for it as a term (wordindex.NUMBER, the number)."""
    words: list[tuple[str | None, str]] = []
    for prefix, term in dict.fromkeys(parse_query(query.replace("\x00", ""))):
        if prefix is not None and (prefix not in _FIELD_PREFIXES or not term.strip()):
            return None
        if prefix is None and is_isbn_query(term):
            return None
        if prefix is None and term.isdigit():
            if not (numbers and term.isascii()):
                return None
            words.append((wordindex.NUMBER, term))
            continue
        field = _FIELD_PREFIXES[prefix] if prefix else None
        words.extend((field, w) for w in _WORDS.findall(fold(term)))
    words = list(dict.fromkeys(words))
    return words if 0 < len(words) <= MAX_TERMS else None


def _id_selects(session: Session, query: str) -> list[Any]:
    """One SELECT of record ids per constraint of the query; a record must satisfy all.
    Plain words go to the word index together, so it intersects them itself. A term repeated
    counts once; NUL characters are dropped (no record holds one: see app.marc.reading)."""
    words: list[tuple[str | None, str]] = []
    selects: list[Any] = []
    terms = list(dict.fromkeys(parse_query(query.replace("\x00", ""))))
    if len(terms) > MAX_TERMS:
        raise InvalidInput(
            translate(
                "errors", "The query has {n} different terms; a search takes at most {max}."
            ).format(n=len(terms), max=MAX_TERMS)
        )
    for prefix, term in terms:
        if prefix is not None and not term.strip():
            # "au:" with nothing after it asks for nothing, as "ti:" always did.
            selects.append(select(Record.id).where(false()))
            continue
        if prefix in _EXACT_PREFIXES:
            selects.append(_exact(prefix, term))
            continue
        if prefix is None and is_isbn_query(term) and (isbn := normalize_isbn(term)):
            selects.append(_key_ids("isbn", isbn))
            continue
        field = _FIELD_PREFIXES.get(prefix) if prefix else None
        folded = _WORDS.findall(fold(term))
        if prefix is None and term.isdigit() and len(folded) == 1:
            # A bare number may be a word of a title, a 001 or a year.
            alternatives: list[Any] = [
                wordindex.matching_ids(session, [(None, folded[0])]),
                select(Record.id).where(Record.control_number == term),
            ]
            if len(term) == 4:
                alternatives.append(select(Record.id).where(Record.year == term))
            # SQLite cannot nest a compound SELECT inside INTERSECT: select from it instead.
            either = union(*alternatives).subquery()
            selects.append(select(either.c[0]))
            continue
        words.extend((field, w) for w in folded)
    if words:
        selects.insert(0, wordindex.matching_ids(session, list(dict.fromkeys(words))))
    return selects


def parse_query(query: str) -> list[tuple[str | None, str]]:
    terms: list[tuple[str | None, str]] = []
    for m in _TOKEN.finditer(query):
        prefix = (m.group(1) or m.group(3) or "").lower() or None
        value = m.group(2) if m.group(2) is not None else m.group(4)
        if value is None:
            value = m.group(5) if m.group(5) is not None else m.group(6)
            prefix = None
            bare = value[:-1].lower() if value.endswith(":") else ""
            if bare in _FIELD_PREFIXES or bare in _EXACT_PREFIXES:
                terms.append((bare, ""))  # a prefix with nothing after it
                continue
        if prefix is not None and prefix not in _FIELD_PREFIXES and prefix not in _EXACT_PREFIXES:
            # A colon inside an ordinary word ("Title:subtitle") is text, not a field prefix.
            terms.append((None, f"{prefix} {value}"))
            continue
        terms.append((prefix, value))
    # A whole query that is an ISBN with hyphens or spaces stays one term.
    if len(terms) > 1 and is_isbn_query(query):
        return [(None, query.strip())]
    return terms


# The catalog's size as the walk's cost counts it: the highest id (an index lookup).
_SIZE = select(func.max(Record.id))


def _size(session: Session) -> int:
    return session.execute(_SIZE).scalar() or 0


def _walk_threshold(size: int) -> int:
    """How many matches make walking the sort index cheaper than sorting them, in a catalog
    of `size` records."""
    return max(_WALK_INDEX_AT_LEAST, int((_WALK_COST * size) ** 0.5))


# PostgreSQL, one word, many matches: the walk tests each id against a hash of the matches,
# which the planner builds only while it fits in work_mem (4 MB by default: some 80,000
# ids). Above this many, each walked record's own words are probed instead; a match is
# then most likely within a few rows. (Matches cluster in real catalogs too, as a series'
# titles do, so the walk's length is not predicted from the total.)
_HASHED_MATCHES = 50_000


def _walked(one: tuple[str | None, str], total: int) -> Any:
    """The condition a row of the walked sort index must meet to hold the one word `one`
    (on PostgreSQL) that `total` records hold. Either way the sort index is walked alone:
    its entries end in the id (migration 0016s)."""
    if total > _HASHED_MATCHES:
        return wordindex.holds_one(one, Record.id)
    # A hash is built only for an IN the planner cannot make a join of: hence IS TRUE.
    return Record.id.in_(wordindex.one_ids(one)).is_(true())


# One word held by many records: the first rows of the sort index are walked, each record
# tested by its own words, before the matches are all listed. Listing them costs about as
# much per match as a walked row (on SQLite an FTS5 doclist read into a temporary index,
# some 0.5 us a match, 0.8 s for a word of 1,600,000 records in 2,000,000; on PostgreSQL
# the PostgreSQL planner walks unbounded, 47,783 rows for 860 matches of 200,000), but
# matches cluster (a series' titles sort together), so a walk may find none for long:
# this bounds a fruitless walk to some 10 ms.
_BOUNDED_WALK = 2000
# On SQLite, listing fewer matches than this costs less than walking _BOUNDED_WALK rows for
# nothing (at 200,000 records the walk made one-word searches' p95 some 5 ms slower).
_SQLITE_LISTING_COSTS_A_WALK = 25_000

# A prefix this short may begin thousands of different words, each read on its own by the
# banded page: its many matches are found sooner by walking the sort index.
_SHORT_PREFIX = 2

_SHOWN = ("id", "control_number", "title", "author", "year", "isbn", "publisher")


def _sorted_matches(one: tuple[str | None, str], sort: str, language: str) -> Select:
    """The records holding the one word `one`, sorted, on PostgreSQL, when they are few: each
    match's row is read by its id (a LATERAL subquery behind OFFSET 0) and the matches
    sorted. Left to itself the planner may walk the sort index instead, probing every record
    (it guesses a prefix's matches from the words' range, not from word_prefix's total): a
    3-letter prefix held by 860 of 200,000 records walked 47,783 rows, 223 ms."""
    matches = wordindex.one_ids(one).distinct().cte("matches").prefix_with("MATERIALIZED")
    wanted = [c for c in Record.__table__.c if c.name in _SHOWN or "_sort" in c.name]
    row = select(*wanted).where(Record.__table__.c.id == matches.c.record_id).offset(0).lateral("r")
    shown = aliased(Record, row)
    return (
        select(*(getattr(shown, name) for name in _SHOWN))
        .select_from(matches)
        .join(row, true())
        .order_by(*_order(sort, language, shown))
    )


def _bounded_walk(
    session: Session,
    one: tuple[str | None, str],
    order: tuple[Any, ...],
    last: tuple[Any, ...] | None,
    columns: tuple[Any, ...],
    limit: int,
    offset: int,
) -> list[SearchHit] | None:
    """The page of the one word `one` found among the first `_BOUNDED_WALK` rows of the sort
    index (`last`: the sort key of the last of them, None in a smaller catalog), each record
    tested by its own words; None when they do not hold the whole page (a walk that found
    enough is right: any later match sorts after them; so is a walk of the whole catalog)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    holds = (wordindex.sqlite_holds if sqlite else wordindex.holds_one)(one, Record.id)
    page = select(Record.id).where(holds)
    if last is not None:  # a smaller catalog is walked to its end
        page = page.where(tuple_(*order) <= tuple_(*last))
    page = page.order_by(*order).limit(limit).offset(offset)
    stmt = select(*columns).where(Record.id.in_(page)).order_by(*order)
    rows = session.execute(stmt).all()
    # A catalog smaller than the head was walked whole: its page is what it found.
    return [SearchHit(*row) for row in rows] if len(rows) == limit or last is None else None


def _sqlite_member(total: int, size: int, sort: str) -> Any:
    """The id compared with the matches: many matches make walking the sort index and
    keeping members find the first page sooner than sorting them all, but SQLite's planner
    prefers the id lookup. `id + 0` hides the id index from it, so it walks the sort index
    instead. (PostgreSQL's planner chooses by itself.)"""
    if sort in _INDEXED_SORTS and total > _walk_threshold(size):
        return Record.id + 0
    return Record.id


def _one_word_facts(
    session: Session, one: tuple[str | None, str], order: tuple[Any, ...] | None
) -> tuple[int, int, tuple[Any, ...] | None]:
    """In one statement: how many records hold the word (word_prefix), the catalog's size
    (the highest id: an index lookup) and, given the sort `order`, the sort key of the
    `_BOUNDED_WALK`th row of its index (None if the catalog is smaller, or no order)."""
    asked: list[Any] = [wordindex.counted_one(one).scalar_subquery(), _SIZE.scalar_subquery()]
    if order is not None:
        asked += [
            select(key).order_by(*order).offset(_BOUNDED_WALK - 1).limit(1).scalar_subquery()
            for key in order
        ]
    row = session.execute(select(*asked)).one()
    total, size = int(row[0] or 0), int(row[1] or 0)
    if order is None or row[-1] is None:  # (the last key of an indexed sort is the id)
        return total, size, None
    return total, size, tuple(row[2:])


def search(
    db: Database,
    query: str,
    limit: int = 50,
    offset: int = 0,
    sort: str = "title",
    language: str = "kk",
) -> SearchResult:
    """Records matching every term of `query`, `limit` of them from `offset`, in the
    alphabetical order of `language` (kk, ru, en) by title (or author; or by year, most recent
    first)."""
    if sort not in SORTS:
        raise InvalidInput(
            translate("errors", "Unknown sort '{sort}'; use one of {p1}.").format(
                sort=sort, p1=", ".join(SORTS)
            )
        )
    if language not in SORT_LANGUAGES:
        raise InvalidInput(
            translate("errors", "Unknown sort language '{language}'; use one of {p1}.").format(
                language=language, p1=", ".join(SORT_LANGUAGES)
            )
        )
    columns = (
        Record.id,
        Record.control_number,
        Record.title,
        Record.author,
        Record.year,
        Record.isbn,
        Record.publisher,
    )
    with db.read() as session:
        # In title order the word index's bands give the page (migration 0016w): always on
        # PostgreSQL, on SQLite in a catalog big enough to keep them.
        banded = sort == "title" and (not db.is_sqlite or wordindex.sqlite_ordered(session))
        one = _one_word(query)
        if one is not None:
            # One word: its total is read from word_prefix (migration 0016t), not counted,
            # in one statement with the catalog's size and the end of the sort index's head
            # (what the walk below needs): one round trip for a branch, then the page.
            order = _order(sort, language)
            walkable = sort in _INDEXED_SORTS and offset + limit <= _BOUNDED_WALK
            total, size, last = _one_word_facts(session, one, order if walkable else None)
            if total == 0:
                return SearchResult(0, [])
            if banded and not (walkable and len(one[1]) <= _SHORT_PREFIX):
                # The bands give the page, unless the matches are so many that the head of
                # the sort index should hold it: its walk reads fewer rows than the bands'
                # every match of a prefix (SQLite's FTS5 merges a prefix's doclists whole).
                if walkable and total * _BOUNDED_WALK >= size * (offset + limit):
                    hits = _bounded_walk(session, one, order, last, columns, limit, offset)
                    if hits is not None:
                        return SearchResult(total, hits)
                found = wordindex.banded_page(session, one, language, _SHOWN, limit, offset)
                return SearchResult(total, [SearchHit(*row) for row in found])
            if walkable:
                # Worth a walk when the head of the sort index should hold enough matches
                # and, on SQLite, listing the matches would cost more than a fruitless walk.
                listing = not db.is_sqlite or total >= _SQLITE_LISTING_COSTS_A_WALK
                if listing and total * _BOUNDED_WALK * 4 >= size * (offset + limit):
                    hits = _bounded_walk(session, one, order, last, columns, limit, offset)
                    if hits is not None:
                        return SearchResult(total, hits)
            if db.is_sqlite:
                stmt = select(*columns).where(
                    _sqlite_member(total, size, sort).in_(wordindex.matching_ids(session, [one]))
                )
                stmt = stmt.order_by(*order).limit(limit).offset(offset)
            elif total <= _walk_threshold(size):
                stmt = _sorted_matches(one, sort, language).limit(limit).offset(offset)
            elif sort in _INDEXED_SORTS:
                page = select(Record.id).where(_walked(one, total))
                page = page.order_by(*order).limit(limit).offset(offset)
                stmt = select(*columns).where(Record.id.in_(page)).order_by(*order)
            else:  # by year or most recent: the planner's choice (it walks the id backwards)
                stmt = select(*columns).where(Record.id.in_(wordindex.one_ids(one)))
                stmt = stmt.order_by(*order).limit(limit).offset(offset)
            rows = session.execute(stmt).all()
            return SearchResult(total, [SearchHit(*row) for row in rows])
        # On PostgreSQL a bare number (a word, a 001 or a year) joins the words, never first.
        words = _plain_words(query, numbers=not db.is_sqlite) if banded else None
        numbers = [w for w in words or () if w[0] == wordindex.NUMBER]
        words = [w for w in words or () if w[0] != wordindex.NUMBER]
        if words and len(words) + len(numbers) > 1:
            # Words in title order: each word's total (word_prefix), then the matches in band
            # order, driven by the rarest word (migration 0016w).
            counted = [*words, *((None, number) for _, number in numbers)]
            counts = session.execute(
                select(*(wordindex.counted_one(w).scalar_subquery() for w in counted))
            ).one()
            if min(counts[: len(words)]) == 0:
                return SearchResult(0, [])
            ranked = sorted(zip(counts[: len(words)], words, strict=True), key=lambda c: c[0])
            ranked += zip(counts[len(words) :], numbers, strict=True)
            rarest = [w for _, w in ranked]
            if db.is_sqlite:
                total, found = wordindex.sqlite_ordered_page(
                    session, rarest, language, _SHOWN, limit, offset
                )
            else:
                posted = None
                if wordindex.postings_worth(rarest, [c for c, _ in ranked]):
                    posted = wordindex.posted_page(session, rarest, language, _SHOWN, limit, offset)
                if posted is None:
                    posted = wordindex.banded_matches(
                        session, rarest, [c for c, _ in ranked], language, _SHOWN, limit, offset
                    )
                total, found = posted
            return SearchResult(total, [SearchHit(*row) for row in found])
        clauses = _id_selects(session, query)
        if not clauses:
            if query.strip():
                return SearchResult(0, [])
            total = session.execute(select(func.count()).select_from(Record)).scalar_one()
            stmt = select(*columns)
        else:
            combined: Any = intersect(*clauses) if len(clauses) > 1 else clauses[0]
            ids = combined.subquery()
            total = session.execute(select(func.count()).select_from(ids)).scalar_one()
            if total == 0:  # nothing to page (on PostgreSQL the page's plan may walk far)
                return SearchResult(0, [])
            member = _sqlite_member(total, _size(session), sort)
            stmt = select(*columns).where(member.in_(select(ids.c[0])))
        order = _order(sort, language)
        rows = session.execute(stmt.order_by(*order).limit(limit).offset(offset)).all()
    return SearchResult(int(total), [SearchHit(*row) for row in rows])


__all__ = ["SearchHit", "SearchResult", "parse_query", "search"]
