"""One-word searches (on PostgreSQL counted on the record_word B-tree and, when the matches
are many, paged by walking the sort index) give what the general path gives, and follow the
catalog's edits and deletions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, make_url, select, text

from app.catalog import search as search_module
from app.catalog import wordindex
from app.catalog.records import create_record, delete_record, update_record
from app.catalog.search import search
from app.security.roles import Actor
from db.session import Database
from tests.conftest import downgraded
from tests.records import book

TITLES = [
    "Абай жолы",
    "Абайдың өлеңдері",
    "Абай туралы естеліктер",
    "Абайтану",
    "Қазақ тілі",
    "Қазақстан тарихы",
    "Abai and his time",
]


@pytest.fixture
def shelf(db: Database, admin: Actor) -> list[int]:
    ids = []
    for n, title in enumerate(TITLES):
        author = "Әуезов, Мұхтар" if n % 2 else "Қунанбаев, Абай"
        ids.append(create_record(db, admin, book(title, author, str(2000 + n))).id)
    return ids


def found(db: Database, query: str, sort: str = "title") -> tuple[int, list[str]]:
    result = search(db, query, sort=sort, limit=50)
    return result.total, [h.title for h in result.hits]


@pytest.mark.parametrize("walk", ["", "hash", "probe"], ids=["sorted", "hashed", "probed"])
def test_a_prefix_of_several_words_counts_each_record_once(
    shelf: list[int], db: Database, monkeypatch: pytest.MonkeyPatch, walk: str
) -> None:
    if walk:  # as when the matches are many for the catalog
        monkeypatch.setattr(search_module, "_walk_threshold", lambda session: 0)
    if walk == "probe":  # as when they are most of it
        monkeypatch.setattr(search_module, "_HASHED_MATCHES", 0)
    # «абай» is a word of its own and a prefix of «абайдың», «абайтану»; «Abai» folds to
    # it; one record holds it only in its author's name.
    total, titles = found(db, "абай")
    assert total == 6
    assert set(titles) == set(TITLES[:5]) | {"Abai and his time"}
    assert found(db, "ti:абай") == (5, [t for t in titles if t != "Қазақ тілі"])
    assert found(db, "au:мухтар")[0] == 3
    assert found(db, "ти")[0] == 2  # тілі, тарихы
    assert found(db, "нет")[0] == 0


def test_one_word_follows_edits_and_deletions(shelf: list[int], db: Database, admin: Actor) -> None:
    assert found(db, "абайтану")[0] == 1
    update_record(db, admin, shelf[3], book("Мұхтартану", "Қунанбаев, Абай", "2003"))
    assert found(db, "абайтану")[0] == 0
    assert found(db, "мухтартану") == (1, ["Мұхтартану"])
    delete_record(db, admin, shelf[3])
    assert found(db, "мухтартану")[0] == 0
    assert found(db, "абай")[0] == 5


def _counted(db: Database) -> dict[tuple[str | None, str], int]:
    """Every one-word total word_prefix gives for a prefix of a word of the catalog (in each
    field and in none), beside the count of the word index's own matches."""
    with db.read() as session:
        if db.is_sqlite:
            texts = session.execute(text("SELECT t, a, s, p FROM record_fts")).all()
        else:
            texts = session.execute(
                text(
                    "SELECT string_agg(word, ' ') FILTER (WHERE fields & 1 <> 0), "
                    "string_agg(word, ' ') FILTER (WHERE fields & 2 <> 0), "
                    "string_agg(word, ' ') FILTER (WHERE fields & 4 <> 0), "
                    "string_agg(word, ' ') FILTER (WHERE fields & 8 <> 0) "
                    "FROM record_word GROUP BY record_id"
                )
            ).all()
        prefixes = {
            w[:n]
            for row in texts
            for t in row
            for w in (t or "").split()
            for n in (1, 2, 3, len(w))
        }
        found = {}
        for prefix in sorted(prefixes):
            for field in (None, *wordindex.FIELDS):
                term = (field, prefix)
                counted = session.execute(
                    select(func.count()).select_from(
                        wordindex.matching_ids(session, [term]).subquery()
                    )
                ).scalar_one()
                assert wordindex.count_one(session, term) == counted, term
                found[term] = counted
    return found


def test_word_prefix_totals_follow_every_write(
    shelf: list[int], db: Database, admin: Actor
) -> None:
    """word_prefix (migration 0016t) gives each prefix's total as the word index counts it,
    in each field, after records are created, changed and deleted."""
    assert _counted(db)[(None, "abai")] == 6
    update_record(db, admin, shelf[1], book("Абай Абайтану", "Абаев, Абай", "2003"))
    update_record(db, admin, shelf[4], book("Тіл", "", "2004"))
    delete_record(db, admin, shelf[0])
    create_record(db, admin, book("Абайдың ақындығы", "Абайұлы, Тұрағұл", "2005"))
    counted = _counted(db)
    assert counted[("a", "abai")] == 4  # «Абаев, Абай», two «Қунанбаев, Абай», «Абайұлы»
    with db.read() as session:  # no total goes below zero, nor stays above one
        low = session.execute(text("SELECT min(records) FROM word_prefix")).scalar_one()
    assert low >= 0


def test_upgrading_counts_the_prefixes_of_the_catalog(
    shelf: list[int], db: Database, admin: Actor
) -> None:
    """Migration 0016t counts the words of a catalog made before it."""
    with db.read() as session:
        before = session.execute(text("SELECT * FROM word_prefix ORDER BY 1, 2")).all()
    assert before
    with downgraded(db, "0016s"):
        pass
    with db.read() as session:
        after = session.execute(text("SELECT * FROM word_prefix ORDER BY 1, 2")).all()
    # Rows that fell to zero are not made again: the same totals.
    assert [r for r in before if r[2]] == after
    _counted(db)


@pytest.mark.parametrize("bound", [2, 4, 100])
def test_walking_a_bounded_head_of_the_sort_index_gives_the_sorted_page(
    shelf: list[int], db: Database, monkeypatch: pytest.MonkeyPatch, bound: int
) -> None:
    """SQLite walks at most the first `_BOUNDED_WALK` rows of the sort index for a common
    word's page, and lists the matches when those do not hold it: either way the page is
    the one sorting all matches gives."""
    queries = ["абай", "ti:абай", "au:ауэзов", "казак", "a", "т"]
    expected = {}
    monkeypatch.setattr(search_module, "_walk_threshold", lambda session: 10**9)
    for query in queries:
        for sort in ("title", "author"):
            for limit, offset in ((1, 0), (2, 1), (3, 2), (50, 0)):
                expected[query, sort, limit, offset] = search(db, query, limit, offset, sort)
    monkeypatch.setattr(search_module, "_walk_threshold", lambda session: 0)
    monkeypatch.setattr(search_module, "_BOUNDED_WALK", bound)
    monkeypatch.setattr(search_module, "_SQLITE_LISTING_COSTS_A_WALK", 0)
    for (query, sort, limit, offset), result in expected.items():
        assert search(db, query, limit, offset, sort) == result, (query, sort, limit, offset)


def test_searches_are_not_compiled_on_postgresql(db: Database) -> None:
    """PostgreSQL's JIT compiles a statement the planner costs high, as a search of a big
    catalog may be: 144 ms of compiling for a page then read in 7 ms (200,000 records). The
    application's connections start with it off."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's JIT")
    with db.read() as session:
        assert session.execute(text("SHOW jit")).scalar_one() == "off"


def test_a_database_url_keeps_its_own_start_up_options(db: Database) -> None:
    """A library whose URL sets its own options (a search path, say) keeps them beside JIT's."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's start-up options")
    url = make_url(db.url).update_query_dict({"options": "-c statement_timeout=123456"})
    other = Database(url.render_as_string(hide_password=False))
    try:
        with other.read() as session:
            assert session.execute(text("SHOW jit")).scalar_one() == "off"
            assert session.execute(text("SHOW statement_timeout")).scalar_one() == "123456ms"
    finally:
        other.dispose()
