"""Z39.50 search and Extended Services Update through ZOOM, against a real Zebra."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable, Iterator

import pytest
from pymarc import parse_xml_to_array

from app.unioncat import zoom
from app.unioncat.zoom import (
    ConnectFailed,
    ConnectionLost,
    DatabaseUnavailable,
    InitRefused,
    SearchResult,
    UpdateFailed,
    UpdatePermissionDenied,
    Z3950Error,
    ZoomConnection,
    ZoomTimeout,
    ZoomUnavailable,
    build_pqf,
    pqf_escape,
)
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER, book_marcxml
from tests.unioncat_server import ZebraServer, free_port

pytestmark = pytest.mark.zebra

ABAI = '@attr 1=12 @attr 4=3 "KZ-TEST:000000001"'


def titles(result: SearchResult) -> list[str]:
    titles = []
    for xml in result.records:
        (record,) = parse_xml_to_array(io.BytesIO(xml.encode("utf-8")))
        titles.append(record["245"]["a"])
    return titles


@pytest.fixture
def sync(zebra: ZebraServer) -> Iterator[ZoomConnection]:
    with ZoomConnection(zebra.target(SYNC_USER, SYNC_PASSWORD)) as connection:
        yield connection


def test_pqf_is_built_and_quoted_safely() -> None:
    assert build_pqf("title", "Абай жолы") == '@attr 1=4 "Абай жолы"'
    assert build_pqf("local", "KZ-TEST:1") == '@attr 1=12 @attr 4=3 "KZ-TEST:1"'
    assert build_pqf("subject", "тарих") == '@attr 1=21 "тарих"'
    assert pqf_escape('say "hi" \\ bye') == '"say \\"hi\\" \\\\ bye"'
    with pytest.raises(ValueError, match="title"):
        build_pqf("shelfmark", "x")


def test_record_sent_is_found_by_its_local_number(sync: ZoomConnection) -> None:
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    result = sync.search(ABAI)
    assert result.total == 1
    assert titles(result) == ["Абай жолы"]
    assert "Әуезов, Мұхтар" in result.records[0]
    # 001 alone finds it too; another library's number does not
    assert sync.search('@attr 1=12 @attr 4=3 "000000001"').total == 1
    assert sync.search('@attr 1=12 @attr 4=3 "KZ-OTHER:000000001"').total == 0


def test_kazakh_title_and_author_match_in_either_case(sync: ZoomConnection) -> None:
    sync.update(book_marcxml("000000002", title="Үркер"), "KZ-TEST:000000002")
    sync.update(book_marcxml("000000003", title="Қан мен тер", author="Нұрпейісов"), "3")
    assert titles(sync.search(build_pqf("title", "үркер"))) == ["Үркер"]
    assert titles(sync.search(build_pqf("title", "ҮРКЕР"))) == ["Үркер"]
    assert titles(sync.search(build_pqf("title", "қан"))) == ["Қан мен тер"]
    assert titles(sync.search(build_pqf("author", "нұрпейісов"))) == ["Қан мен тер"]
    assert titles(sync.search(build_pqf("any", "ӘУЕЗОВ"))) == ["Үркер"]


def test_subjects_are_searchable(sync: ZoomConnection) -> None:
    sync.update(book_marcxml(subject="Қазақ әдебиеті"), "KZ-TEST:000000001")
    assert titles(sync.search(build_pqf("subject", "әдебиеті"))) == ["Абай жолы"]


def test_sending_again_replaces_and_never_duplicates(sync: ZoomConnection) -> None:
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    sync.update(book_marcxml(title="Абай жолы. 2-кітап"), "KZ-TEST:000000001")
    sync.update(book_marcxml(title="Абай жолы. 2-кітап"), "another-opaque-id")
    result = sync.search(ABAI)
    assert result.total == 1
    assert titles(result) == ["Абай жолы. 2-кітап"]
    assert sync.search(build_pqf("title", "абай")).total == 1


def test_two_libraries_records_with_the_same_001_stay_apart(sync: ZoomConnection) -> None:
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    sync.update(book_marcxml(org="KZ-OTHER", title="Абай"), "KZ-OTHER:000000001")
    assert sync.search(ABAI).total == 1
    assert sync.search('@attr 1=12 "000000001"').total == 2


def test_record_with_leader_05_d_deletes(sync: ZoomConnection) -> None:
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    sync.update(book_marcxml("000000002", title="Үркер"), "KZ-TEST:000000002")
    sync.update(book_marcxml(deleted=True), "KZ-TEST:000000001")
    assert sync.search(ABAI).total == 0
    assert sync.search(build_pqf("title", "абай")).total == 0
    assert sync.search(build_pqf("title", "үркер")).total == 1


def test_record_delete_of_a_missing_record_fails_with_224(sync: ZoomConnection) -> None:
    with pytest.raises(UpdateFailed) as failure:
        sync.update(book_marcxml("000000404"), "KZ-TEST:000000404", action="recordDelete")
    assert failure.value.code == 224
    assert "immediate execution failed" in failure.value.message
    assert failure.value.kind == "update_failed"
    # the session goes on: the next update works and the error does not linger
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    assert sync.search(ABAI).total == 1


def test_paging_returns_the_requested_slice(sync: ZoomConnection) -> None:
    for n in range(1, 6):
        sync.update(book_marcxml(f"00000000{n}", title=f"Кітап {n}"), str(n))
    first = sync.search(build_pqf("title", "кітап"), start=0, count=2)
    rest = sync.search(build_pqf("title", "кітап"), start=2, count=10)
    assert (first.total, len(first.records), rest.total, len(rest.records)) == (5, 2, 5, 3)
    assert len(set(titles(first)) | set(titles(rest))) == 5


def test_empty_database_answers_109(zebra: ZebraServer) -> None:
    with ZoomConnection(zebra.target()) as anonymous, pytest.raises(DatabaseUnavailable) as err:
        anonymous.search(ABAI)
    assert err.value.code == 109
    assert err.value.addinfo == "unioncat"


def test_anonymous_may_search_but_not_update(zebra: ZebraServer, sync: ZoomConnection) -> None:
    sync.update(book_marcxml(), "KZ-TEST:000000001")
    with ZoomConnection(zebra.target()) as anonymous:
        assert anonymous.search(ABAI).total == 1
        with pytest.raises(UpdatePermissionDenied) as denied:
            anonymous.update(book_marcxml(title="Changed"), "KZ-TEST:000000001")
    assert denied.value.code == 223
    assert "permission denied" in denied.value.message
    assert titles(sync.search(ABAI)) == ["Абай жолы"]


def test_wrong_password_is_refused_at_init(zebra: ZebraServer) -> None:
    with pytest.raises(InitRefused) as refused:
        ZoomConnection(zebra.target(SYNC_USER, "wrong"))
    assert refused.value.code == 1011
    assert refused.value.addinfo == SYNC_USER
    # The sentence shown names the diagnostic; the server's own words are its detail.
    assert "1011" in str(refused.value) and "Password" in refused.value.detail


def test_server_down_gives_connect_failed() -> None:
    port = free_port()
    with pytest.raises(ConnectFailed) as failed:
        ZoomConnection(ZebraServer(port=port).target(timeout=5))
    assert failed.value.code == 10000
    assert str(port) in failed.value.addinfo


def test_server_killed_mid_session_gives_connection_lost(
    start_zebra: Callable[..., ZebraServer],
) -> None:
    server = start_zebra()
    with ZoomConnection(server.target()) as connection:
        connection.update(book_marcxml(), "KZ-TEST:000000001")
        server.stop()
        with pytest.raises(ConnectionLost) as lost:
            connection.search(ABAI)
    assert lost.value.code == 10004


def test_silent_server_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with pytest.raises(ZoomTimeout) as hung:
            ZoomConnection(ZebraServer(port=port).target(timeout=1))
    assert hung.value.code == 10007


def test_shadow_updates_are_invisible_until_commit(
    start_zebra: Callable[..., ZebraServer],
) -> None:
    server = start_zebra(user=(SYNC_USER, SYNC_PASSWORD), shadow=True)
    with ZoomConnection(server.target(SYNC_USER, SYNC_PASSWORD)) as connection:
        connection.update(book_marcxml(), "KZ-TEST:000000001")
        with ZoomConnection(server.target()) as reader:
            with pytest.raises(DatabaseUnavailable):
                reader.search(ABAI)
            connection.commit()
            assert titles(reader.search(ABAI)) == ["Абай жолы"]


def test_missing_libyaz_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_library(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(zoom.ctypes, "CDLL", no_library)
    zoom._libyaz.cache_clear()
    try:
        with pytest.raises(ZoomUnavailable, match="libyaz5"):
            ZoomConnection(ZebraServer(port=free_port()).target())
    finally:
        monkeypatch.undo()
        zoom._libyaz.cache_clear()


def test_close_is_idempotent_and_a_closed_connection_says_so(zebra: ZebraServer) -> None:
    connection = ZoomConnection(zebra.target())
    connection.close()
    connection.close()
    with pytest.raises(Z3950Error, match="10004") as closed:
        connection.search(ABAI)
    assert "closed" in closed.value.detail


def test_a_connection_belongs_to_the_thread_that_opened_it(sync: ZoomConnection) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            sync.search(ABAI)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert isinstance(errors[0], RuntimeError)
