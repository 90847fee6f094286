"""One-word searches (on PostgreSQL counted on the record_word B-tree and, when the matches
are many, paged by walking the sort index) give what the general path gives, and follow the
catalog's edits and deletions."""

from __future__ import annotations

import pytest

from app.catalog import search as search_module
from app.catalog.records import create_record, delete_record, update_record
from app.catalog.search import search
from app.security.roles import Actor
from db.session import Database
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
