"""PostgreSQL's word postings (migration 0016y): each common word's records as one sorted
array, merged in memory to answer several common words at once. Every page they answer must
be the one sorting every match gives, when just drawn, after records are added, edited and
deleted (read from the rows until the postings are brought up to date), after that update,
and past the changes a search reads from the rows (then the rows answer alone)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.catalog import search as search_module
from app.catalog import wordindex
from app.catalog.access_points import sort_column
from app.catalog.folding import words as folded_words
from app.catalog.importing import import_files
from app.catalog.records import create_record, delete_record, update_record
from app.catalog.search import search
from app.security.roles import Actor
from db.models import Record
from db.session import Database
from tests.app.catalog.test_title_bands import KAZAKH, LANGUAGES, PAGES, SOURCES
from tests.conftest import WORKSTATION_ROLE, as_administrator, downgraded
from tests.records import book

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db", ["postgresql"], indirect=True),
]

POSTED_FROM = 3  # a word holds a posting from 3 records (the real threshold is 1,000)


@pytest.fixture
def catalog(db: Database, admin: Actor, marc_data: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Real records and Kazakh ones; the import draws the bands (four records each) and the
    postings."""
    monkeypatch.setattr(wordindex, "BAND", 4)
    monkeypatch.setattr(wordindex, "POSTINGS_FROM", 0)
    monkeypatch.setattr(wordindex, "POSTED_FROM", POSTED_FROM)
    for title in KAZAKH:
        create_record(db, admin, book(title, "Қунанбаев, Абай"))
    summary = import_files(db, admin, [marc_data / s for s in SOURCES], on_duplicate="add")
    assert summary.imported > 100
    return summary.imported + len(KAZAKH)


def common_queries(db: Database, count: int = 120) -> list[str]:
    """Two and three words of the titles, whole and as prefixes, the common ones first."""
    with db.read() as session:
        titles = session.execute(select(Record.title)).scalars().all()
    counted: dict[str, int] = {}
    for title in titles:
        for word in set(folded_words(title)):
            counted[word] = counted.get(word, 0) + 1
    common = sorted(
        (w for w in counted if counted[w] >= 2 and not w.isdigit()),
        key=lambda w: (-counted[w], w),
    )
    rng = random.Random(16)
    queries = [f"{a} {b}" for a, b in itertools.combinations(common[:8], 2)]
    while len(queries) < count:
        parts = rng.sample(common[:60], rng.choice((2, 2, 3)))
        queries.append(" ".join(p[: rng.choice((2, 3, 4, 9))] for p in parts))
    queries += ["абай тарихы", "тар аба", "the history", "of the", "a a"]
    return queries


def general(db: Database, query: str, language: str, limit: int, offset: int) -> Any:
    """The total and page sorting every match gives."""
    terms = search_module._plain_words(query)
    assert terms is not None, query
    with db.read() as session:
        matches = wordindex.matching_ids(session, terms)
        total = session.execute(
            select(func.count()).select_from(Record).where(Record.id.in_(matches))
        ).scalar_one()
        key = getattr(Record, sort_column("title", language))
        page = session.execute(
            select(Record.id)
            .where(Record.id.in_(matches))
            .order_by(key, Record.id)
            .limit(limit)
            .offset(offset)
        ).scalars()
        return int(total), list(page)


def posted(db: Database, query: str, language: str, limit: int, offset: int) -> Any:
    """The total and page the postings give; None when they cannot answer."""
    terms = search_module._plain_words(query)
    assert terms is not None, query
    with db.read() as session:
        counts = [
            session.execute(select(wordindex.counted_one(t).scalar_subquery())).scalar_one()
            for t in terms
        ]
        if min(counts) == 0:
            return 0, []
        ranked = [t for _, t in sorted(zip(counts, terms, strict=True), key=lambda c: c[0])]
        found = wordindex.posted_page(session, ranked, language, ("id",), limit, offset)
    if found is None:
        return None
    return found[0], [row[0] for row in found[1]]


def assert_answers(db: Database, queries: list[str]) -> int:
    """Each query's every page as the postings give it is the sorted one, and search() gives
    it too when told to use the postings; how many pages held records."""
    held = 0
    for n, query in enumerate(queries):
        language = LANGUAGES[n % 3]
        for limit, offset in PAGES:
            want = general(db, query, language, limit, offset)
            got = posted(db, query, language, limit, offset)
            assert got == want, (query, language, limit, offset)
            held += bool(want[1])
    assert_searches(db, queries)
    return held


def assert_searches(db: Database, queries: list[str]) -> None:
    """search() gives each query's page as sorting every match does."""
    for n, query in enumerate(queries):
        language = LANGUAGES[n % 3]
        result = search(db, query, 7, 2, language=language)
        assert (result.total, [h.id for h in result.hits]) == general(db, query, language, 7, 2)


def postings(db: Database) -> dict[str, list[int]]:
    with db.read() as session:
        return {
            word: list(ids)
            for word, ids in session.execute(text("SELECT word, ids FROM word_posting")).all()
        }


def drawn_from_rows(db: Database) -> dict[str, list[int]]:
    """The postings a draw would give now: each word's records, from POSTED_FROM of them."""
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT word, array_agg(record_id::integer ORDER BY record_id) FROM record_word "
                "GROUP BY word HAVING count(*) >= :least"
            ),
            {"least": POSTED_FROM},
        ).all()
    return {word: list(ids) for word, ids in rows}


def test_drawn_postings_answer_as_sorting_every_match(
    db: Database, catalog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = postings(db)
    assert drawn == drawn_from_rows(db)
    assert len(drawn) > 100 and max(len(ids) for ids in drawn.values()) > 20
    with db.read() as session:
        assert session.execute(text("SELECT max_id FROM word_posting_drawn")).scalar() == (
            session.execute(select(Record.id).order_by(Record.id.desc()).limit(1)).scalar()
        )
    monkeypatch.setattr(wordindex, "WAY", "postings")
    queries = common_queries(db)
    assert assert_answers(db, queries) > 200
    # Read through the title bands however few hold them all (from 3,000 at 2,000,000).
    monkeypatch.setattr(wordindex, "POSTED_FEW", 0)
    assert assert_answers(db, queries) > 200


def test_changes_are_read_from_the_rows_until_the_postings_are_brought_up_to_date(
    db: Database, catalog: int, admin: Actor, marc_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordindex, "WAY", "postings")
    before = postings(db)
    with db.read() as session:
        some = session.execute(select(Record.id, Record.title).order_by(Record.id)).all()
    # Added (past the drawn ids), edited (a common word gained, one lost) and deleted records,
    # sharing the catalog's common words.
    added = [
        create_record(db, admin, book(f"Ловушка the history of тарихы {n}", "Абай")).id
        for n in range(3)
    ]
    update_record(db, admin, some[10].id, book("Абай тарихы the", "Абай"))
    update_record(db, admin, added[0], book("Ааа the of", "Абай"))
    update_record(db, admin, some[20].id, book("Жаңа атау", "Абай"))
    delete_record(db, admin, some[30].id)
    delete_record(db, admin, added[1])
    with db.read() as session:
        stale = set(session.execute(text("SELECT record_id FROM word_posting_stale")).scalars())
    assert stale == {some[10].id, some[20].id, some[30].id}
    assert postings(db) == before  # the postings themselves wait for the next import
    assert assert_answers(db, common_queries(db)) > 200
    monkeypatch.setattr(wordindex, "POSTED_FEW", 0)
    assert assert_answers(db, common_queries(db)) > 200
    monkeypatch.setattr(wordindex, "POSTED_FEW", 3000)
    # An import brings them up to date: the same postings a draw would give for the words
    # that hold one (a word that grew common since waits for the next draw: read from rows).
    summary = import_files(db, admin, [marc_data / SOURCES[2]], on_duplicate="add")
    assert summary.imported > 0
    now = postings(db)
    fresh = drawn_from_rows(db)
    assert now.keys() <= before.keys()
    for word, ids in now.items():
        assert ids == fresh.get(word, []) or (not fresh.get(word) and len(ids) < POSTED_FROM)
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM word_posting_stale")).scalar() == 0
        highest = session.execute(select(Record.id).order_by(Record.id.desc()).limit(1)).scalar()
        assert session.execute(text("SELECT max_id FROM word_posting_drawn")).scalar() == highest
    assert assert_answers(db, common_queries(db)) > 200


def test_past_the_changes_a_search_reads_from_the_rows_the_rows_answer(
    db: Database, catalog: int, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordindex, "POSTINGS_CHANGED", 2)
    queries = common_queries(db, 30)
    assert posted(db, "the of", "kk", 5, 0) is not None
    for n in range(3):
        create_record(db, admin, book(f"the of тарихы {n}", "Абай"))
    assert posted(db, "the of", "kk", 5, 0) is None
    monkeypatch.setattr(wordindex, "WAY", "postings")
    assert_searches(db, queries)


@pytest.mark.skipif(WORKSTATION_ROLE is not None, reason="drops an extension: an administrator's")
def test_without_intarray_no_postings_are_kept_and_the_rows_answer(
    db: Database, admin: Actor, marc_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with as_administrator(db) as admin_db, admin_db.engine.connect() as connection:
        connection.execute(text("DROP EXTENSION intarray"))
        connection.commit()
    db.engine.dispose()
    monkeypatch.setattr(wordindex, "POSTINGS_FROM", 0)
    monkeypatch.setattr(wordindex, "POSTED_FROM", POSTED_FROM)
    summary = import_files(db, admin, [marc_data / s for s in SOURCES], on_duplicate="add")
    assert summary.imported > 100
    assert postings(db) == {}
    assert posted(db, "the of", "kk", 5, 0) is None
    monkeypatch.setattr(wordindex, "WAY", "postings")
    assert_searches(db, common_queries(db, 20))


def test_upgrading_a_catalog_made_before_the_postings_keeps_its_answers(
    db: Database, catalog: int, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0016y's downgrade takes the postings away and its upgrade brings them back;
    a catalog under 50,000 records is given none by it (searches read the rows), and the
    next change the postings' upkeep sees draws them."""
    queries = common_queries(db, 40)
    with downgraded(db, "0016x") as connection:
        assert connection.execute(text("SELECT to_regclass('word_posting')")).scalar() is None
        assert connection.execute(text("SELECT to_regclass('word_posting_stale')")).scalar() is None
    assert postings(db) == {}
    assert posted(db, "the of", "kk", 5, 0) is None
    monkeypatch.setattr(wordindex, "WAY", "postings")
    assert_searches(db, queries)
    create_record(db, admin, book("the of тарихы", "Абай"))  # not past any drawn id: none
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM word_posting_stale")).scalar() == 0
    with db.write() as session:
        wordindex.keep_postings(session)
    assert postings(db) == drawn_from_rows(db)
    assert assert_answers(db, queries) > 50
