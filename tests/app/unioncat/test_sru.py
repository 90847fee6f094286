"""SRU searchRetrieve against a real Zebra, records sent over Z39.50 first."""

from __future__ import annotations

import io

import pytest
from pymarc import parse_xml_to_array

from app.unioncat.sru import SruError, cql_for, cql_quote, sru_search
from app.unioncat.zoom import ZoomConnection
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER, book_marcxml
from tests.unioncat_server import ZebraServer, free_port

pytestmark = pytest.mark.zebra


@pytest.fixture
def catalog(zebra: ZebraServer) -> ZebraServer:
    """The union catalog holding «Абай жолы» and «Үркер» of KZ-TEST."""
    with ZoomConnection(zebra.target(SYNC_USER, SYNC_PASSWORD)) as sync:
        sync.update(book_marcxml(subject="Қазақ әдебиеті"), "KZ-TEST:000000001")
        sync.update(book_marcxml("000000002", title="Үркер", author="Есенберлин, І."), "2")
    return zebra


def titles(records: list[str]) -> list[str]:
    found = []
    for xml in records:
        (record,) = parse_xml_to_array(io.BytesIO(xml.encode("utf-8")))
        found.append(record["245"]["a"])
    return found


def test_cql_queries_use_the_servers_index_names() -> None:
    assert cql_for("title", "үркер") == 'dc.title="үркер"'
    assert cql_for("author", "Әуезов, Мұхтар") == 'dc.creator="Әуезов, Мұхтар"'
    assert cql_for("isbn", "9965-00-000-0") == 'bath.isbn="9965-00-000-0"'
    assert cql_for("local", "KZ-TEST:000000001") == 'rec.id="KZ-TEST:000000001"'
    assert cql_quote('a "b" * c?') == '"a \\"b\\" \\* c\\?"'
    with pytest.raises(ValueError):
        cql_for("shelfmark", "x")


@pytest.mark.parametrize("version", ["1.1", "1.2", "2.0"])
def test_title_search_returns_the_marcxml(catalog: ZebraServer, version: str) -> None:
    result = sru_search(catalog.sru_url, cql_for("title", "ҮРКЕР"), version=version)
    assert result.total == 1
    assert titles(result.records) == ["Үркер"]
    assert "Есенберлин, І." in result.records[0]


def test_search_by_author_subject_and_local_number(catalog: ZebraServer) -> None:
    url = catalog.sru_url
    assert titles(sru_search(url, cql_for("author", "әуезов")).records) == ["Абай жолы"]
    assert titles(sru_search(url, cql_for("subject", "әдебиеті")).records) == ["Абай жолы"]
    local = sru_search(url, cql_for("local", "KZ-TEST:000000002"))
    assert titles(local.records) == ["Үркер"]
    assert sru_search(url, cql_for("local", "KZ-OTHER:000000002")).total == 0


def test_number_of_records_and_paging(catalog: ZebraServer) -> None:
    first = sru_search(catalog.sru_url, "cql.allRecords=1", maximum=1)
    second = sru_search(catalog.sru_url, "cql.allRecords=1", start=2, maximum=1)
    assert (first.total, second.total) == (2, 2)
    assert sorted(titles(first.records + second.records)) == ["Абай жолы", "Үркер"]


def test_empty_database_is_zero_results(zebra: ZebraServer) -> None:
    result = sru_search(zebra.sru_url, cql_for("title", "абай"))
    assert (result.total, result.records) == (0, [])


def test_diagnostics_raise_with_their_uri_and_message(catalog: ZebraServer) -> None:
    with pytest.raises(SruError) as syntax:
        sru_search(catalog.sru_url, "dc.title=абай and")
    assert syntax.value.uri == "info:srw/diagnostic/1/10"
    assert syntax.value.message == "Query syntax error"
    with pytest.raises(SruError, match="Unsupported context set"):
        sru_search(catalog.sru_url, "marc.245=абай")


def test_server_down_is_an_sru_error() -> None:
    with pytest.raises(SruError, match="Cannot reach"):
        sru_search(f"http://127.0.0.1:{free_port()}/unioncat", "dc.title=x", timeout=5)
