"""The PostgreSQL workstation role's password in the system keyring (issue 17: "no password
sits in a plain configuration file"): `qor db password` keeps it there, the workstation and
the commands connect with it, and a keyring that is missing or locked says so in a sentence,
never a traceback. Every test sets its own keyring (in memory, or one that refuses): the
user's real keyring is never touched."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from sqlalchemy.engine import make_url

from app.cli import CliContext, build_parser, main
from app.i18n import set_translator
from app.security.dbpassword import (
    KEYRING_SERVICE,
    DatabaseKeyringUnavailable,
    store_database_password,
    with_stored_password,
)
from app.workstation import open_database, shown_url
from tests.app.unioncat.test_targets import MemoryKeyring
from tests.conftest import DatabaseFactory

URL = "postgresql+psycopg://qor_workstation@dbhost:5433/qor"
ENTRY = "qor_workstation@dbhost:5433/qor"
SECRET = "ws-пароль-1"


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but will not open (the user dismissed the unlock prompt)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@pytest.fixture
def no_pgpass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A home of the test's own with no ~/.pgpass, and no PGPASSWORD."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.delenv("QOR_WORKSTATION_PASSWORD", raising=False)
    return tmp_path


@contextlib.contextmanager
def _use(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(no_pgpass: Path) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with _use(backend):
        yield backend


@pytest.fixture
def locked_keyring(no_pgpass: Path) -> Iterator[None]:
    with _use(LockedKeyring()):
        yield


@pytest.fixture
def no_keyring(no_pgpass: Path) -> Iterator[None]:
    with _use(keyring.backends.fail.Keyring()):
        yield


def _store(monkeypatch: pytest.MonkeyPatch, url: str, password: str) -> int:
    monkeypatch.setenv("QOR_WORKSTATION_PASSWORD", password)
    try:
        return main(["--db", url, "db", "password"])
    finally:
        monkeypatch.delenv("QOR_WORKSTATION_PASSWORD")


def test_a_stored_password_is_what_the_workstation_and_the_commands_connect_with(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert _store(monkeypatch, URL, SECRET) == 0
    said = capsys.readouterr().out
    assert "keyring" in said and ENTRY in said and SECRET not in said
    assert memory_keyring.secrets == {(KEYRING_SERVICE, ENTRY): SECRET}

    gui = open_database(URL)  # the GUI's door
    cli = CliContext(args=build_parser().parse_args(["--db", URL, "search", "x"]), json=False)
    monkeypatch.setenv("QOR_DB", URL)
    from_env = open_database(None)
    for db in (gui, cli.db, from_env):
        assert db.engine.url.password == SECRET
        assert db.engine.url.username == "qor_workstation"
        assert SECRET not in shown_url(db)  # nor on any screen that names the database
        db.dispose()


def test_the_keyring_entry_is_one_role_on_one_server_and_database(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _store(monkeypatch, URL, SECRET) == 0
    assert make_url(with_stored_password(URL)).password == SECRET
    for other in (
        "postgresql+psycopg://qor_workstation@dbhost:5433/other",
        "postgresql+psycopg://qor_workstation@otherhost:5433/qor",
        "postgresql+psycopg://postgres@dbhost:5433/qor",
    ):
        # nothing stored for it: left to libpq's ~/.pgpass, as before
        assert with_stored_password(other) == other
    # a password the URL gives, and an SQLite file, are left alone
    given = "postgresql+psycopg://qor_workstation:given@dbhost:5433/qor"
    assert with_stored_password(given) == given
    assert with_stored_password("sqlite:////tmp/x.sqlite") == "sqlite:////tmp/x.sqlite"
    # the default port is PostgreSQL's
    assert _store(monkeypatch, "postgresql+psycopg://ws@h/qor", "p2") == 0
    assert (KEYRING_SERVICE, "ws@h:5432/qor") in memory_keyring.secrets


def test_a_password_can_come_from_the_standard_input_and_be_forgotten(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    assert main(["--db", URL, "--json", "db", "password"]) == 0
    assert memory_keyring.secrets[(KEYRING_SERVICE, ENTRY)] == SECRET
    assert main(["--db", URL, "db", "password", "--forget"]) == 0
    assert memory_keyring.secrets == {}
    assert "removed" in capsys.readouterr().out
    assert main(["--db", URL, "db", "password", "--forget"]) == 0
    assert "held no password" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql+psycopg://qor_workstation:inline@dbhost/qor", "history"),
        ("postgresql+psycopg://dbhost/qor", "names no role"),
        ("sqlite:////tmp/qor.sqlite", "Only a PostgreSQL database"),
    ],
)
def test_what_has_no_password_to_keep_is_refused_before_asking(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys, url: str, reason: str
) -> None:
    monkeypatch.setattr("sys.stdin", None)  # asking would fail loudly
    assert main(["--db", url, "db", "password"]) == 2
    err = capsys.readouterr().err
    assert reason in err and "Traceback" not in err and "inline" not in err
    assert memory_keyring.secrets == {}


def test_an_empty_password_is_not_stored(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert _store(monkeypatch, URL, "") == 2
    assert "empty" in capsys.readouterr().err and memory_keyring.secrets == {}


def test_without_a_keyring_storing_says_what_to_do_and_opening_falls_to_pgpass(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert _store(monkeypatch, URL, SECRET) == 2
    err = capsys.readouterr().err
    assert err.startswith("qor: The system keyring cannot be used for the database password")
    assert "no keyring service" in err and "~/.pgpass" in err and "Traceback" not in err
    assert SECRET not in err
    # opening needs no keyring: libpq reads ~/.pgpass by itself, as before
    assert with_stored_password(URL) == URL


def test_a_locked_keyring_is_said_in_a_sentence_unless_pgpass_can_serve(
    locked_keyring: None, no_pgpass: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with pytest.raises(DatabaseKeyringUnavailable, match="locked"):
        open_database(URL)
    monkeypatch.setenv("QOR_PASSWORD", "x")
    assert main(["--db", URL, "--user", "admin", "search", "x"]) == 2
    err = capsys.readouterr().err
    assert "The system keyring cannot be used" in err and "locked" in err
    assert "Traceback" not in err
    assert _store(monkeypatch, URL, SECRET) == 2
    assert "locked" in capsys.readouterr().err

    # a ~/.pgpass (or PGPASSWORD) can still give the password: the lock only costs a warning
    (no_pgpass / ".pgpass").write_text(f"dbhost:5433:qor:qor_workstation:{SECRET}\n")
    os.chmod(no_pgpass / ".pgpass", 0o600)
    assert with_stored_password(URL) == URL


def test_the_keyring_message_is_translated(no_keyring: None, monkeypatch) -> None:
    seen: list[tuple[str, str]] = []

    def kazakh(context: str, text: str) -> str:
        seen.append((context, text))
        return "Жүйенің кілттер қоймасын пайдалану мүмкін емес ({detail})."

    set_translator(kazakh)
    try:
        with pytest.raises(DatabaseKeyringUnavailable) as raised:
            store_database_password(URL, SECRET)
    finally:
        set_translator(None)
    assert str(raised.value).startswith("Жүйенің кілттер қоймасын")
    assert seen and seen[-1][0] == "errors"


def test_a_refused_password_says_where_to_keep_it() -> None:
    from app.cli import what_to_do

    # libpq's words when the server wants a password it did not get, or a wrong one
    for reason in (
        'connection failed: FATAL:  password authentication failed for user "qor_workstation"',
        "connection failed: fe_sendauth: no password supplied",
    ):
        assert "qor --db URL db password" in what_to_do(reason)
    assert "db password" not in what_to_do("connection refused")


@pytest.mark.postgres
def test_the_keyrings_password_reaches_the_server(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    _factories: dict[str, DatabaseFactory],
    pg_available: bool,
) -> None:
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    made = _factories["postgresql"].new()
    made.dispose()
    url = make_url(made.url)  # the workstation role's, with QOR_TEST_PG_ROLE=workstation
    password = url.password or "any-password"  # the tests' server trusts 127.0.0.1
    plain = url._replace(password=None).render_as_string(hide_password=False)
    assert _store(monkeypatch, plain, password) == 0
    db = open_database(plain)
    try:
        with db.engine.connect() as connection:
            # what libpq sent (PQpass), and whom the server let in
            assert connection.connection.driver_connection.info.password == password
            assert connection.exec_driver_sql("SELECT current_user").scalar() == url.username
    finally:
        db.dispose()
