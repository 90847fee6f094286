"""Title bands (migration 0016w): a one-word search in title order reads its page through the
bands of the word index. The page must be the one sorting every match gives, in each language's
order, for every word and prefix of a real catalog, after the bands are drawn, and after records
are added (one by one and by import), edited and deleted while the bands stay as drawn."""

from __future__ import annotations

import math
import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.catalog import search as search_module
from app.catalog import wordindex
from app.catalog.access_points import sort_column
from app.catalog.folding import words as folded_words
from app.catalog.importing import import_files
from app.catalog.records import create_record, delete_record, update_record
from app.catalog.search import search
from app.errors import InvalidInput
from app.security.roles import Actor
from db.models import Record
from db.session import Database
from tests.conftest import downgraded
from tests.records import book

SOURCES = ["yaz/marccol1.u8.marc", "yaz/marccol5.u8.marc", "rusmarc-loge/TEST1.ISO"]
KAZAKH = [
    "Абай жолы",
    "Қазақ тілінің тарихы",
    "Әуезов және Абай",
    "Ұлы дала тарихы",
    "Өлеңдер жинағы",
    "Іле өңірінің тарихы",
    "Һиджра тарихы",
    "Ғасырлар тарихы",
]
PAGES = ((50, 0), (1, 0), (3, 2), (7, 13), (20, 40))
LANGUAGES = ("kk", "ru", "en")


def expected(db: Database, term: tuple[str | None, str], language: str, limit: int, offset: int):  # type: ignore[no-untyped-def]
    """The page as sorting every match of the word index gives it."""
    with db.read() as session:
        key = getattr(Record, sort_column("title", language))
        matches = wordindex.matching_ids(session, [term])
        return list(
            session.execute(
                select(Record.id)
                .where(Record.id.in_(matches))
                .order_by(key, Record.id)
                .limit(limit)
                .offset(offset)
            ).scalars()
        )


def banded(db: Database, term: tuple[str | None, str], language: str, limit: int, offset: int):  # type: ignore[no-untyped-def]
    with db.read() as session:
        rows = wordindex.banded_page(session, term, language, ("id",), limit, offset)
    return [row[0] for row in rows]


def terms_of(db: Database) -> list[tuple[str | None, str]]:
    """Words of the catalog's titles, their 3-letter prefixes, and some limited to a field."""
    with db.read() as session:
        titles = session.execute(select(Record.title).order_by(Record.id)).scalars().all()
    words = sorted({w for t in titles for w in folded_words(t) if len(w) > 2})
    chosen = words[:: max(1, len(words) // 40)]
    terms: list[tuple[str | None, str]] = [(None, w) for w in chosen]
    terms += sorted({(None, w[:3]) for w in chosen})
    terms += [("t", w) for w in chosen[::4]] + [("a", w[:3]) for w in chosen[1::4]]
    terms += [(None, "tarikh"), (None, "abai"), ("t", "tarikh")]
    return terms


def assert_pages(db: Database, terms: list[tuple[str | None, str]]) -> int:
    checked = 0
    for term in terms:
        for language in LANGUAGES:
            for limit, offset in PAGES:
                want = expected(db, term, language, limit, offset)
                assert banded(db, term, language, limit, offset) == want, (term, language, limit)
                checked += bool(want)
    return checked


def bands(db: Database, language: str = "kk") -> int:
    with db.read() as session:
        return int(
            session.execute(
                text("SELECT count(*) FROM title_band WHERE language = :l"), {"l": language}
            ).scalar_one()
        )


@pytest.fixture
def catalog(db: Database, admin: Actor, marc_data: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """A catalog of real records and Kazakh ones, its bands drawn four records each (on
    SQLite kept at any size, as from 300,000 records)."""
    monkeypatch.setattr(wordindex, "BAND", 4)
    monkeypatch.setattr(wordindex, "SQLITE_ORDERED_FROM", 0)
    # PostgreSQL: the import draws word postings, a word holding one from 3 records.
    monkeypatch.setattr(wordindex, "POSTINGS_FROM", 0)
    monkeypatch.setattr(wordindex, "POSTED_FROM", 3)
    for title in KAZAKH:
        create_record(db, admin, book(title, "Қунанбаев, Абай"))
    summary = import_files(db, admin, [marc_data / s for s in SOURCES], on_duplicate="add")
    assert summary.imported > 100
    return summary.imported + len(KAZAKH)


def test_an_import_draws_the_bands_and_every_page_is_the_sorted_one(
    db: Database, catalog: int
) -> None:
    # The import outgrew the bands (none were drawn for an empty catalog): drawn, 4 a band.
    for language in LANGUAGES:
        assert bands(db, language) == math.ceil(catalog / 4)
    terms = terms_of(db)
    assert assert_pages(db, terms) > 100
    # search() takes this path for a word in title order, and counts it as before.
    for term in [t for t in terms if t[1].isalpha()][:12]:
        query = f"ti:{term[1]}" if term[0] == "t" else term[1]
        result = search(db, query, limit=7, offset=2, language="ru")
        assert [h.id for h in result.hits] == expected(db, term, "ru", 7, 2)


def test_pages_stay_right_as_records_come_change_and_go_between_drawings(
    db: Database, admin: Actor, catalog: int, marc_data: Path
) -> None:
    drawn = bands(db)
    # Titles sorting first, last and between the bands, sharing words with the catalog.
    first = create_record(db, admin, book("Аа тарихы: the history", "Абай")).id
    last = create_record(db, admin, book("Ҹҹ history тарихы", "Абай")).id
    middle = create_record(db, admin, book("Ловушка the", "Абай")).id
    # An edit moves a record from the head of the order to its tail, and back.
    update_record(db, admin, first, book("Яя тарихы: the history", "Абай"))
    update_record(db, admin, middle, book("Ааа the тарихы", "Абай"))
    delete_record(db, admin, last)
    # An import too small to outgrow the bands looks each record's band up.
    summary = import_files(db, admin, [marc_data / "marc4j" / "008008027.mrc"], on_duplicate="add")
    assert summary.imported >= 1
    assert bands(db) == drawn
    terms = [*terms_of(db), (None, "the"), (None, "history"), (None, "aaa"), (None, "iaia")]
    assert assert_pages(db, terms) > 100
    with db.write() as session:
        wordindex.draw_bands(session)
    assert bands(db) == math.ceil((catalog + 2 + summary.imported) / 4)
    assert_pages(db, terms)


def test_one_band_for_the_whole_catalog_gives_the_sorted_pages(
    db: Database, catalog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bands drawn bigger than the catalog (all records in one band) page it all the same:
    by sorting the matches."""
    monkeypatch.setattr(wordindex, "BAND", 10**9)
    with db.write() as session:
        wordindex.draw_bands(session)
    assert bands(db) == 1
    assert_pages(db, terms_of(db)[:20])


def _word_index(db: Database) -> list[tuple]:
    """The word index's own rows (PostgreSQL's record_word without its bands; SQLite's record
    ids of each ordered table)."""
    with db.read() as session:
        if not db.is_sqlite:
            return list(
                session.execute(
                    text("SELECT word, record_id, fields FROM record_word ORDER BY 1, 2")
                ).all()
            )
        return [
            tuple(
                session.execute(
                    text(f"SELECT rowid % 4294967296 FROM record_order_{language} ORDER BY 1")
                ).scalars()
            )
            for language in LANGUAGES
        ]


def test_upgrading_draws_the_bands_of_a_catalog_made_before_them(
    db: Database, admin: Actor, catalog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0016w gives the word index of an existing catalog its bands (1,000 records a
    band), and its downgrade gives back the word index as it was."""
    before = _word_index(db)
    with downgraded(db, "0016v") as connection:
        if not db.is_sqlite:
            after_down = connection.execute(
                text("SELECT word, record_id, fields FROM record_word ORDER BY 1, 2")
            ).all()
            assert list(after_down) == before
    if db.is_sqlite:  # a catalog this small keeps no ordered tables; searches sort
        assert bands(db) == 0 and _word_index(db) == [(), (), ()]
        for term in [t for t in terms_of(db) if t[1].isalpha()][:12]:
            query = f"ti:{term[1]}" if term[0] == "t" else term[1]
            result = search(db, query, limit=7, offset=2, language="kk")
            assert [h.id for h in result.hits] == expected(db, term, "kk", 7, 2)
    else:
        assert _word_index(db) == before
        monkeypatch.setattr(wordindex, "BAND", 1000)
        assert bands(db) == 1
        assert assert_pages(db, terms_of(db)[:30]) > 10
    # The bands' upkeep works on the upgraded schema: a drawing at 4 a band, then pages.
    monkeypatch.setattr(wordindex, "BAND", 4)
    with db.write() as session:
        wordindex.draw_bands(session)
    assert bands(db) == math.ceil(catalog / 4)
    assert_pages(db, terms_of(db)[:30])


def test_several_words_page_as_sorting_their_matches_gives(
    db: Database, catalog: int, admin: Actor
) -> None:
    """Words together (on SQLite read from the ordered tables, which intersect them in band
    order): each page is the one sorting the records holding all of them gives."""
    create_record(db, admin, book("Ловушка the history of тарихы", "Абай"))
    words = [w for _, w in terms_of(db) if w.isalpha() and len(w) > 3][:12]
    queries = [f"{a} {b[:4]}" for a, b in zip(words, reversed(words), strict=True)]
    queries += ["the history", "ti:the тарихы", "абай тарихы", "tarikh au:abai", "the of"]
    checked = 0
    for query in queries:
        terms = search_module._plain_words(query)
        assert terms is not None, query
        for language in LANGUAGES:
            for limit, offset in PAGES:
                with db.read() as session:
                    key = getattr(Record, sort_column("title", language))
                    want = list(
                        session.execute(
                            select(Record.id)
                            .where(Record.id.in_(wordindex.matching_ids(session, terms)))
                            .order_by(key, Record.id)
                            .limit(limit)
                            .offset(offset)
                        ).scalars()
                    )
                result = search(db, query, limit, offset, language=language)
                assert [h.id for h in result.hits] == want, (query, language, limit, offset)
                checked += bool(want)
    assert checked > 30


def test_a_record_saved_while_the_bands_are_drawn_takes_the_new_bands(
    db: Database, admin: Actor, catalog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL, two workstations: one draws the bands (after an import) while the other
    saves a record. The save waits for the drawing and its words take the new bands; had it
    taken the old ones, its title would sort wrong against the new boundaries."""
    if db.is_sqlite:
        pytest.skip("SQLite has one writer at a time")
    monkeypatch.setattr(wordindex, "BAND", 3)
    drawing = threading.Event()
    saved: list[int] = []

    def save() -> None:
        drawing.wait(10)
        saved.append(create_record(db, admin, book("Яяя the тарихы history", "Абай")).id)

    other = threading.Thread(target=save)
    other.start()
    with db.write() as session:
        wordindex.draw_bands(session)
        drawing.set()
        other.join(1.0)
        assert other.is_alive()  # the save waits for the drawing to commit
    other.join(30)
    assert saved
    assert bands(db) == math.ceil(catalog / 3)
    assert assert_pages(db, [(None, "the"), (None, "history"), (None, "iaiaia"), (None, "tarikh")])


def test_sqlite_keeps_ordered_tables_only_for_a_big_catalog(
    db: Database, admin: Actor, marc_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: below SQLITE_ORDERED_FROM records an import writes no ordered tables and draws
    no bands (searches sort their matches); the import that brings the catalog there draws
    them, and from then on records are written to them."""
    if not db.is_sqlite:
        pytest.skip("PostgreSQL keeps the bands at any size")
    monkeypatch.setattr(wordindex, "BAND", 4)
    first = import_files(db, admin, [marc_data / SOURCES[1]], on_duplicate="add")
    monkeypatch.setattr(wordindex, "SQLITE_ORDERED_FROM", first.imported + 2)
    # One record short of keeping them: an import writes none, draws none.
    assert create_record(db, admin, book("Абай жолы", "Әуезов")).id
    assert bands(db) == 0 and _word_index(db) == [(), (), ()]
    more = import_files(db, admin, [marc_data / SOURCES[0]], on_duplicate="add")
    assert more.imported > 1
    catalog = first.imported + 1 + more.imported
    assert bands(db) == math.ceil(catalog / 4)
    assert [len(ids) for ids in _word_index(db)] == [catalog] * 3
    create_record(db, admin, book("Яяя the тарихы history", "Абай"))
    assert [len(ids) for ids in _word_index(db)] == [catalog + 1] * 3
    assert assert_pages(db, terms_of(db)) > 50


def test_generated_queries_page_as_the_general_path_does(
    db: Database, catalog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Queries made up of the catalog's words, their pieces and hostile characters (FTS5's
    own syntax: quotes, stars, carets, colons, AND/OR/NEAR; field prefixes; NUL; Kazakh
    letters): through the title bands each is answered as the general path answers it (the
    same total and page), or refused the same way, and none breaks the search."""
    rng = random.Random(1605)
    words = [w for _, w in terms_of(db)]
    with db.read() as session:
        # Bare numbers: a word, a 001 or a year (on PostgreSQL they join the title bands).
        rows = session.execute(select(Record.year, Record.control_number, Record.title)).all()
    numbers = [n for row in rows for n in row[:2] if n and n.isdigit()]
    numbers += [w for w in words if w.isdigit()] + ["1", "19", "2000"]
    assert len(numbers) > 20
    noise = ['"', "*", "^", ":", "(", ")", "-", "+", "AND", "OR", "NOT", "NEAR", "\x00", "ә", "Қ"]
    queries = []
    for _ in range(250):
        parts = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.2:
                piece = rng.choice(numbers)[: rng.randint(1, 9)]
            else:
                piece = rng.choice(words)[: rng.randint(1, 9)]
            if rng.random() < 0.4:
                piece = rng.choice(["", "ti:", "au:", "su:", "pb:"]) + piece
            if rng.random() < 0.4:
                at = rng.randint(0, len(piece))
                piece = piece[:at] + rng.choice(noise) + piece[at:]
            parts.append(piece)
        queries.append(" ".join(parts))
    # A number beside a word of the same record's title: its year, its 001, a 3-digit prefix.
    for year, number, title in rows[::7]:
        title_words = [w for w in folded_words(title) if not w.isdigit()]
        if title_words and year and number and number.isdigit():
            queries += [f"{year} {title_words[0]}", f"{title_words[-1]} {number}"]
            queries.append(f"{title_words[0][:3]} {year[:3]} {title_words[-1]}")

    def answers() -> list[object]:
        found: list[object] = []
        for n, query in enumerate(queries):
            limit, offset = PAGES[n % len(PAGES)]
            try:
                result = search(db, query, limit, offset, language=LANGUAGES[n % 3])
            except InvalidInput as refused:
                found.append(("refused", str(refused)))
                continue
            found.append((result.total, [h.id for h in result.hits]))
        return found

    # On PostgreSQL each way qor_word_matches has of reading the words after the rarest
    # (probing, scanning, by band), its own choice, and the word postings answer alike.
    ways = [None] if db.is_sqlite else [None, "probe", "scan", "bands", "postings"]
    each_way = []
    for way in ways:
        monkeypatch.setattr(wordindex, "WAY", way)
        each_way.append(answers())
    banded = each_way[0]
    monkeypatch.setattr(search_module, "_one_word", lambda query: None)
    monkeypatch.setattr(search_module, "_plain_words", lambda query, numbers=False: None)
    general = answers()
    for way, found in zip(ways, each_way, strict=True):
        for query, mine, theirs in zip(queries, found, general, strict=True):
            assert mine == theirs, (way, query)
    assert sum(1 for a in banded if a[0] not in (0, "refused")) > 30
    with_numbers = [
        a for q, a in zip(queries, banded, strict=True) if any(p.isdigit() for p in q.split())
    ]
    assert sum(1 for a in with_numbers if a[0] not in (0, "refused")) > 10
