"""Searching the local catalog as catalogers type: Kazakh-aware, script-blind, ISBN-aware."""

from __future__ import annotations

import pytest

from app.catalog.records import create_record
from app.catalog.search import search
from app.errors import InvalidInput
from app.security.roles import Actor
from db.session import Database
from tests.records import KAZAKH_BOOKS, book


@pytest.fixture
def catalog(db: Database, admin: Actor) -> Database:
    for record in KAZAKH_BOOKS:
        create_record(db, admin, record)
    create_record(
        db,
        admin,
        book(
            "Основы гидравлики",
            "Ильина, Татьяна",
            "2005",
            "978-5-93093-342-0",
            publisher="АСВ",
            lang="rus",
        ),
    )
    create_record(
        db,
        admin,
        book(
            "Learning Python",
            "Lutz, Mark",
            "1999",
            "1-56592-464-9",
            publisher="O'Reilly",
            place="Sebastopol",
            lang="eng",
        ),
    )
    return db


def titles(db: Database, query: str, sort: str = "title") -> list[str]:
    return [h.title for h in search(db, query, sort=sort).hits]


def test_query_without_kazakh_letters_finds_kazakh_words(catalog: Database) -> None:
    assert titles(catalog, "казак") == ["Қазақстан тарихы"]
    assert titles(catalog, "Оркен") == ["Өркен"]
    assert titles(catalog, "улы дала") == ["Ұлы дала елі"]
    assert titles(catalog, "гылым") == ["Ғылым және білім"]


def test_latin_script_kazakh_finds_cyrillic_and_back(catalog: Database) -> None:
    assert titles(catalog, "Qazaqstan") == ["Қазақстан тарихы"]
    assert titles(catalog, "Ūly dala") == ["Ұлы дала елі"]
    assert titles(catalog, "Әуезов") == ["Абай жолы"]
    assert titles(catalog, "auezov") == ["Абай жолы"]


def test_case_never_matters(catalog: Database) -> None:
    assert titles(catalog, "ҚАЗАҚСТАН") == titles(catalog, "қазақстан") == ["Қазақстан тарихы"]
    assert titles(catalog, "learning PYTHON") == ["Learning Python"]


def test_fielded_search(catalog: Database) -> None:
    assert titles(catalog, "au:есенберлин") == ["Үркер"]
    assert titles(catalog, "ti:есенберлин") == []
    assert titles(catalog, "su:тарих") == ["Қазақстан тарихы"]
    assert titles(catalog, "pb:өнер") == ["Өркен"]


def test_isbn_with_or_without_hyphens_and_10_equals_13(catalog: Database) -> None:
    for query in ("978-5-93093-342-0", "9785930933420", "isbn:5930933423"):
        assert titles(catalog, query) == ["Основы гидравлики"], query
    # Learning Python was catalogued with an ISBN-10; its ISBN-13 finds it.
    assert titles(catalog, "978-1-56592-464-2") == ["Learning Python"]
    assert titles(catalog, "1565924649") == ["Learning Python"]


def test_by_001_and_by_year(catalog: Database) -> None:
    hit = search(catalog, "Абай").hits[0]
    assert titles(catalog, hit.control_number) == ["Абай жолы"]
    assert titles(catalog, f"id:{hit.control_number}") == ["Абай жолы"]
    assert titles(catalog, "year:1978") == ["Үркер"]
    assert titles(catalog, "1978") == ["Үркер"]
    # A number among words is a year, a 001 or a word of the title, whichever matches.
    assert titles(catalog, "Есенберлин 1978") == ["Үркер"]
    assert titles(catalog, "python 1999") == ["Learning Python"]


def test_results_sort_in_kazakh_alphabetical_order(catalog: Database) -> None:
    kazakh = [
        h.title for h in search(catalog, "", sort="title", limit=50).hits if h.title[0] not in "LО"
    ]
    assert kazakh == [
        "Абай жолы",
        "Арман",
        "Ғылым және білім",
        "Қазақстан тарихы",
        "Өркен",
        "Ұлы дала елі",
        "Үркер",
    ]
    authors = [h.author for h in search(catalog, "", sort="author", limit=50).hits]
    assert authors.index("Әуезов, Мұхтар") < authors.index("Есенберлин, Ілияс")
    assert authors.index("Жұмабаев, Мағжан") < authors.index("Назарбаев, Нұрсұлтан")


def test_total_counts_all_matches_beyond_the_page(catalog: Database) -> None:
    result = search(catalog, "", limit=3)
    assert result.total == 9 and len(result.hits) == 3
    assert search(catalog, "нет-такого-слова").total == 0


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # Kazakh: Ё is a letter of its own after Е; Ұ before Ү; Cyrillic before Latin.
        ("kk", ["Ежи", "Ель", "Ёж", "Урал", "Ұлытау", "Үркер", "Learning Python"]),
        # Russian: Ё files with Е; the Kazakh letters after their look-alikes (Ү, then Ұ).
        ("ru", ["Ёж", "Ежи", "Ель", "Урал", "Үркер", "Ұлытау", "Learning Python"]),
        # English: Latin first, then Cyrillic as Russian files it.
        ("en", ["Learning Python", "Ёж", "Ежи", "Ель", "Урал", "Үркер", "Ұлытау"]),
    ],
)
def test_results_sort_in_the_alphabet_of_the_chosen_language(
    db: Database, admin: Actor, language: str, expected: list[str]
) -> None:
    for title in ["Үркер", "Ель", "Learning Python", "Ұлытау", "Ёж", "Урал", "Ежи"]:
        create_record(db, admin, book(title, "Автор, Аты", "2001"))
    hits = search(db, "", sort="title", language=language, limit=50).hits
    assert [h.title for h in hits] == expected


def test_author_sort_follows_the_chosen_language(db: Database, admin: Actor) -> None:
    for author in ["Ёлкин, Пётр", "Елагин, Иван", "Lutz, Mark"]:
        create_record(db, admin, book("Кітап", author, "2001"))
    by = {
        lang: [h.author for h in search(db, "", sort="author", language=lang).hits]
        for lang in ("kk", "ru", "en")
    }
    assert by["kk"] == ["Елагин, Иван", "Ёлкин, Пётр", "Lutz, Mark"]
    assert by["ru"] == ["Елагин, Иван", "Ёлкин, Пётр", "Lutz, Mark"]  # е-л-а before ё-л-к
    assert by["en"] == ["Lutz, Mark", "Елагин, Иван", "Ёлкин, Пётр"]


def test_an_unknown_sort_language_is_refused_by_name(catalog: Database) -> None:
    with pytest.raises(InvalidInput, match="'de'"):
        search(catalog, "", language="de")
