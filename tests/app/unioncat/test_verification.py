"""Verifying a batch on the union catalog with one search: each found record read back to the
identity it is held under, against a real Zebra, and the answers that must be asked again one
record at a time."""

from __future__ import annotations

import pytest

from app.unioncat.verification import (
    ZEBRA_STORED,
    held_by_identity,
    held_in_one_search,
    layout_key,
    read_version,
    stored_element_set,
)
from app.unioncat.zoom import ELEMENT_SET, SearchResult, ZoomConnection
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER, book_marcxml
from tests.unioncat_server import ZebraServer


def _send(server: ZebraServer, *records: str) -> None:
    with ZoomConnection(server.target(user=SYNC_USER, password=SYNC_PASSWORD)) as conn:
        for marcxml in records:
            conn.update(marcxml, "", "specialUpdate")


@pytest.mark.zebra
@pytest.mark.parametrize("element_set", [ELEMENT_SET, ZEBRA_STORED])
def test_one_search_tells_each_record_of_a_batch_apart(
    zebra: ZebraServer, element_set: str
) -> None:
    first = book_marcxml("000000001", title="Абай жолы")
    second = book_marcxml("000000002", title="Қан мен тер")
    elsewhere = book_marcxml("000000001", org="KZ-OTHER", title="Көшпенділер")
    _send(zebra, first, second, elsewhere)
    sent = {layout_key(xml): read_version(xml) for xml in (first, second)}
    asked = ["KZ-TEST:000000001", "KZ-TEST:000000002", "KZ-TEST:000000003"]
    with ZoomConnection(zebra.target()) as conn:
        held = held_in_one_search(conn, asked, sent, element_set)
    assert [len(held[identity]) for identity in asked] == [1, 1, 0]
    # what is found is the version sent, and the other library's 000000001 is not ours
    assert held["KZ-TEST:000000001"][0].fingerprint == read_version(first).fingerprint
    assert held["KZ-TEST:000000002"][0].fingerprint == read_version(second).fingerprint


@pytest.mark.zebra
def test_one_search_finds_what_a_search_per_record_finds(zebra: ZebraServer) -> None:
    _send(zebra, book_marcxml("000000001"), book_marcxml("000000001", org="KZ-OTHER"))
    with ZoomConnection(zebra.target()) as conn:
        # 001 alone is a local number too: both libraries' records answer to it
        together = held_in_one_search(conn, ["000000001", "KZ-OTHER:000000001"], {})
        alone = [held_by_identity(conn, i) for i in ("000000001", "KZ-OTHER:000000001")]
    assert [len(together["000000001"]), len(together["KZ-OTHER:000000001"])] == [2, 1]
    assert [len(versions) for versions in alone] == [2, 1]


@pytest.mark.zebra
def test_zebra_is_asked_for_records_as_it_stores_them(zebra: ZebraServer) -> None:
    with ZoomConnection(zebra.target()) as conn:
        assert stored_element_set(conn) == ZEBRA_STORED


@pytest.mark.zebra
def test_an_empty_union_catalog_holds_none_of_the_batch(zebra: ZebraServer) -> None:
    with ZoomConnection(zebra.target()) as conn:
        held = held_in_one_search(conn, ["KZ-TEST:1", "KZ-TEST:2"], {}, ZEBRA_STORED)
    assert held == {"KZ-TEST:1": [], "KZ-TEST:2": []}


class _Answering(ZoomConnection):
    """A session whose searches all get one canned answer (no server)."""

    def __init__(self, answer: SearchResult) -> None:
        self.answer = answer

    def search(
        self, pqf: str, *, start: int = 0, count: int = 10, element_set: str = ""
    ) -> SearchResult:
        return self.answer

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    "answer",
    [
        SearchResult(1, ["<record><controlfield tag='001'>1"]),  # unreadable
        SearchResult(1, [book_marcxml("000000009")]),  # held under none of those asked
        SearchResult(5, []),  # more than two a record
    ],
    ids=["unreadable", "held-under-none-asked", "too-many"],
)
def test_an_answer_that_cannot_be_told_apart_is_asked_again_record_by_record(
    answer: SearchResult,
) -> None:
    conn = _Answering(answer)
    assert held_in_one_search(conn, ["KZ-TEST:000000001", "KZ-TEST:000000002"], {}) == {}
