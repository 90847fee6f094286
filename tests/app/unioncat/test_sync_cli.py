"""`qor sync`, `qor copycat` and `qor unioncat target` against a real Zebra: the JSON shapes
and exit codes scripts depend on."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from sqlalchemy import text

from app.catalog.records import create_record
from app.cli import main
from app.security.roles import Actor, Role
from app.security.users import add_user
from db.session import Database
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER
from tests.conftest import ADMIN, ADMIN_PASSWORD, SIGLA
from tests.records import KAZAKH_BOOKS
from tests.unioncat_server import ZebraServer

pytestmark = pytest.mark.zebra

Run = Callable[..., tuple[int, dict[str, Any]]]


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("QOR_SYNC_PASSWORD", SYNC_PASSWORD)

    def _run(
        *args: str, user: str = ADMIN, password: str = ADMIN_PASSWORD
    ) -> tuple[int, dict[str, Any]]:
        monkeypatch.setenv("QOR_PASSWORD", password)
        code = main(["--db", db.url, "--user", user, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


def url(server: ZebraServer, user: str = SYNC_USER) -> str:
    return f"z3950://{user}@{server.host}:{server.port}/unioncat"


def test_sync_dry_run_then_sync_then_nothing_left(
    run: Run, db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    for record in KAZAKH_BOOKS[:3]:
        create_record(db, admin, copy.deepcopy(record))
    code, dry = run("sync", "--target", url(zebra), "--dry-run")
    assert code == 0
    assert [p["action"] for p in dry["pending"]] == ["new"] * 3
    assert any(c.startswith("+ =245") for c in dry["pending"][0]["changes"])
    code, done = run("sync", "--target", url(zebra))
    assert code == 0
    assert {k: done[k] for k in ("sent", "updated", "deleted", "failed")} == {
        "sent": 3, "updated": 0, "deleted": 0, "failed": [],
    }  # fmt: skip
    code, again = run("sync", "--target", url(zebra))
    assert code == 0 and again["sent"] == 0 and again["remaining"] == 0


def test_sync_failures_give_their_exit_status(
    run: Run, db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_record(db, admin, copy.deepcopy(KAZAKH_BOOKS[0]))
    monkeypatch.setenv("QOR_SYNC_PASSWORD", "wrong")
    code, out = run("sync", "--target", url(zebra))
    assert code == 2 and "1011" in out["error"] and out["sent"] == 0
    monkeypatch.delenv("QOR_SYNC_PASSWORD")
    monkeypatch.setattr("keyring.get_password", lambda *_a: None)
    code, out = run("sync", "--target", url(zebra))
    assert code == 2 and "QOR_SYNC_PASSWORD" in out["error"]


def test_targets_are_configured_by_an_administrator_only(
    run: Run, db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    code, added = run(
        "unioncat", "target", "add", "kazunion", "--host", zebra.host, "--port", str(zebra.port),
        "--database", "unioncat", "--user", SYNC_USER, "--commit",
    )  # fmt: skip
    assert code == 0 and added["url"] == url(zebra) and added["commit"] is True
    code, sru = run(
        "unioncat", "target", "add", "neighbour", "--role", "search", "--protocol", "sru",
        "--host", zebra.host, "--port", str(zebra.port), "--database", "unioncat",
        "--index", "title=dc.title", "--index", "author=dc.creator",
    )  # fmt: skip
    assert code == 0 and sru["indexes"] == {"title": "dc.title", "author": "dc.creator"}
    code, listed = run("unioncat", "target", "list")
    assert [(t["name"], t["role"]) for t in listed["targets"]] == [
        ("neighbour", "search"), ("kazunion", "union"),
    ]  # fmt: skip
    assert "password" not in json.dumps(listed)
    add_user(db, admin, "cataloger", "cat-secret", [Role.CATALOGER])
    code, refused = run(
        "unioncat", "target", "remove", "kazunion", user="cataloger", password="cat-secret"
    )
    assert code == 2 and "admin" in refused["error"]

    # a configured name works as --target, with its commit setting
    create_record(db, admin, copy.deepcopy(KAZAKH_BOOKS[1]))
    code, done = run("sync", "--target", "kazunion")
    assert code == 0 and done["sent"] == 1


def test_copycat_search_and_import(
    run: Run, db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    from app.unioncat.zoom import ZoomConnection
    from tests.app.unioncat.conftest import book_marcxml

    with ZoomConnection(zebra.target(SYNC_USER, SYNC_PASSWORD)) as conn:
        conn.update(book_marcxml("77", org="KZ-ALM", title="Көшпенділер"), "KZ-ALM:77")
    code, found = run("copycat", "search", "--target", url(zebra), "көшпенділер")
    assert code == 0 and found["total"] == 1
    assert found["records"][0]["id"] == "KZ-ALM:77"
    code, took = run("copycat", "import", "--target", url(zebra), "--id", "KZ-ALM:77")
    assert code == 0 and took["outcome"] == "imported" and isinstance(took["record"], int)
    code, twice = run("copycat", "import", "--target", url(zebra), "--id", "KZ-ALM:77")
    assert code == 0 and (twice["outcome"], twice["record"]) == ("duplicate", took["record"])
    code, shown = run("show", str(took["record"]))
    assert shown["title"].startswith("Көшпенділер")
    assert SIGLA in shown["mrk"]


def test_copycat_search_that_finds_nothing_says_so(
    db: Database,
    zebra: ZebraServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("QOR_SYNC_PASSWORD", SYNC_PASSWORD)
    code = main(["--db", db.url, "--user", ADMIN, "copycat", "search", "--target", url(zebra),
                 "жоқкітап"])  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out.strip()
    assert said.startswith("No records found in ") and f"{zebra.port}/unioncat" in said


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A stand-in for the system keyring (GNOME Keyring, KWallet) in tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_the_password_goes_to_the_keyring_or_nowhere(
    run: Run, db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = (
        "unioncat", "target", "add", "kazunion", "--host", zebra.host,
        "--port", str(zebra.port), "--database", "unioncat", "--user", SYNC_USER, "--password",
    )  # fmt: skip
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        code, refused = run(*add)
        assert code == 2 and "QOR_SYNC_PASSWORD" in refused["error"]
        assert run("unioncat", "target", "list")[1]["targets"] == []  # nothing half-saved

        store = MemoryKeyring()
        keyring.set_keyring(store)
        code, _added = run(*add)
        assert code == 0
        assert store.secrets == {("qor-unioncat", f"{SYNC_USER}@kazunion"): SYNC_PASSWORD}
        with db.read() as session:
            dumped = [str(row) for row in session.execute(text("select * from catalog_target"))]
        assert SYNC_PASSWORD not in " ".join(dumped)

        monkeypatch.delenv("QOR_SYNC_PASSWORD")
        create_record(db, admin, copy.deepcopy(KAZAKH_BOOKS[2]))
        code, done = run("sync", "--target", "kazunion")
        assert code == 0 and done["sent"] == 1  # signed in with the keyring's password
    finally:
        keyring.set_keyring(previous)
