"""Target URLs and the sync password: keyring or QOR_SYNC_PASSWORD, never a file."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from app.errors import InvalidInput
from app.unioncat.targets import (
    KEYRING_SERVICE,
    PASSWORD_ENV,
    KeyringUnavailable,
    SearchTarget,
    UnionCatalogTarget,
    load_password,
    parse_target_url,
    store_password,
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in this process only, standing in for the system's."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_target_url_is_parsed() -> None:
    target = parse_target_url("z3950://sync@unioncat.example.kz:2100/unioncat")
    assert target == UnionCatalogTarget(
        "unioncat.example.kz:2100/unioncat", "unioncat.example.kz", 2100, "unioncat", "sync"
    )
    assert target.url() == "z3950://sync@unioncat.example.kz:2100/unioncat"
    assert parse_target_url("z3950://127.0.0.1/db").port == 210
    assert parse_target_url("z3950://127.0.0.1/db").user is None
    connection = target.connection_target("secret", timeout=5)
    assert (connection.host, connection.user, connection.password) == (
        target.host,
        "sync",
        "secret",
    )
    assert "secret" not in repr(connection)


@pytest.mark.parametrize(
    "url",
    [
        "http://host:210/db",
        "z3950://host:210/",
        "z3950://host:port/db",
        "z3950:///db",
        "z3950://sync:secret@host:210/db",
    ],
)
def test_bad_target_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidInput):
        parse_target_url(url)


def test_search_target_profile_and_url() -> None:
    target = SearchTarget(
        "NAB", "sru", "127.0.0.1", 9000, "unioncat", indexes={"title": "dc.title"}
    )
    assert target.sru_url() == "http://127.0.0.1:9000/unioncat"
    assert target.indexes["title"] == "dc.title"


def test_password_goes_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store_password("nab", "sync", "s3cret")
    assert load_password("nab", "sync") == "s3cret"
    assert load_password("nab", "other") is None
    assert load_password("regional", "sync") is None
    assert [service for service, _ in memory_keyring.secrets] == [KEYRING_SERVICE]


def test_environment_takes_precedence(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_password("nab", "sync", "s3cret")
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert load_password("nab", "sync") == "from-env"


def test_without_a_keyring_nothing_is_written_in_plain_text(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(KeyringUnavailable, match=PASSWORD_ENV):
        store_password("nab", "sync", "s3cret")
    assert load_password("nab", "sync") is None
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert load_password("nab", "sync") == "from-env"
