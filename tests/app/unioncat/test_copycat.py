"""Copy cataloging against a real Zebra, over Z39.50 and SRU: finding records by title,
author, ISBN and subject, seeing who holds them, and taking one through the import's
duplicate check."""

from __future__ import annotations

import pytest

from app.catalog.records import get_record
from app.security.roles import Actor
from app.unioncat.config import ConfiguredTarget, default_indexes
from app.unioncat.copycat import fetch_record, hit_of, import_hit, search_target
from app.unioncat.zoom import ZoomConnection
from db.session import Database
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER, book_marcxml
from tests.unioncat_server import ZebraServer

pytestmark = pytest.mark.zebra


def _with_holdings_and_isbn(xml: str, libraries: list[str], isbn: str) -> str:
    extra = (
        f'<datafield tag="020" ind1=" " ind2=" "><subfield code="a">{isbn}</subfield></datafield>'
    )
    for sigla in libraries:
        extra += (
            '<datafield tag="852" ind1=" " ind2=" ">'
            f'<subfield code="a">{sigla}</subfield><subfield code="9">1</subfield></datafield>'
        )
    return xml.replace("</record>", extra + "</record>")


@pytest.fixture
def union(zebra: ZebraServer) -> ZebraServer:
    records = [
        ("KZ-ALM:1", book_marcxml("1", org="KZ-ALM", title="Көшпенділер",
                                 author="Есенберлин, Ілияс", subject="Тарихи роман"),
         ["KZ-ALM", "KZ-AST"], "9786010000011"),
        ("KZ-AST:9", book_marcxml("9", org="KZ-AST", title="Абай жолы", author="Әуезов, Мұхтар",
                                 subject="Роман"), ["KZ-AST"], "9786010000028"),
    ]  # fmt: skip
    with ZoomConnection(zebra.target(SYNC_USER, SYNC_PASSWORD)) as conn:
        for identity, xml, libraries, isbn in records:
            conn.update(_with_holdings_and_isbn(xml, libraries, isbn), identity)
    return zebra


def z3950(server: ZebraServer) -> ConfiguredTarget:
    return ConfiguredTarget("kazunion", "union", "z3950", server.host, server.port, "unioncat",
                            indexes=default_indexes("z3950"))  # fmt: skip


def sru(server: ZebraServer) -> ConfiguredTarget:
    return ConfiguredTarget("sru", "search", "sru", server.host, server.port, "unioncat",
                            path="/unioncat", indexes=default_indexes("sru"))  # fmt: skip


@pytest.mark.parametrize("kind", ["z3950", "sru"])
@pytest.mark.parametrize(
    ("index", "term", "expected"),
    [
        ("title", "көшпенділер", "KZ-ALM:1"),
        ("author", "ӘУЕЗОВ", "KZ-AST:9"),
        ("isbn", "978-601-00-0001-1", "KZ-ALM:1"),
        ("subject", "тарихи", "KZ-ALM:1"),
    ],
)
def test_found_by_each_index_with_its_holding_libraries(
    union: ZebraServer, kind: str, index: str, term: str, expected: str
) -> None:
    target = z3950(union) if kind == "z3950" else sru(union)
    found = search_target(target, index, term)
    assert found.total == 1
    (hit,) = found.hits
    assert hit.identity == expected
    if expected == "KZ-ALM:1":
        assert (hit.title, hit.author, hit.libraries) == (
            "Көшпенділер", "Есенберлин, Ілияс", ("KZ-ALM", "KZ-AST"),
        )  # fmt: skip


def test_a_profile_without_the_index_is_refused(union: ZebraServer) -> None:
    narrow = ConfiguredTarget("narrow", "search", "z3950", union.host, union.port, "unioncat",
                              indexes={"title": "4"})  # fmt: skip
    with pytest.raises(Exception, match="cannot be searched by subject"):
        search_target(narrow, "subject", "роман")


def test_import_takes_the_record_once_and_leaves_their_holdings(
    db: Database, admin: Actor, union: ZebraServer
) -> None:
    hit = fetch_record(z3950(union), "KZ-ALM:1")
    taken = import_hit(db, admin, hit)
    assert taken.outcome == "imported"
    local = get_record(db, taken.record_id).record
    assert local["245"]["a"] == "Көшпенділер"
    assert local.get_fields("852") == []
    assert "(KZ-ALM)1" in local["035"].get_subfields("a")
    again = import_hit(db, admin, fetch_record(sru(union), "KZ-ALM:1"))
    assert (again.outcome, again.record_id) == ("duplicate", taken.record_id)


def test_a_hit_without_003_is_keyed_by_its_001() -> None:
    hit = hit_of(book_marcxml("55", org=None, title="Ақ желкен"))
    assert (hit.identity, hit.title, hit.libraries) == ("55", "Ақ желкен", ())
