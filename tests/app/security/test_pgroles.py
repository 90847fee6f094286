"""PostgreSQL roles (issue 17): `qor init --workstation-role` makes an owner role own the schema
and a workstation role that can do the library's work but cannot disable or drop a trigger, nor
UPDATE, DELETE or TRUNCATE the event log. Roles are the cluster's: each test makes its own pair
and drops them afterwards."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.audit.audits import Outcome, open_audit, record_scan
from app.catalog import wordindex
from app.catalog.folding import words as folded_words
from app.catalog.records import create_record, update_record
from app.cli import main
from app.security.dbrole import connected_as_superuser
from app.security.users import authenticate
from db.session import Database
from tests.app.audit.conftest import build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, SIGLA, DatabaseFactory, as_administrator
from tests.records import book

WORKSTATION_PASSWORD = "ws-secret-17"


@dataclass
class Roles:
    admin: Database  # the administrator's (superuser's) connection
    workstation: Database  # the same database, connected as the workstation role
    owner_role: str
    workstation_role: str


def _init(url: str, *extra: str) -> int:
    return main(["--db", url, "init", "--library", "L", "--sigla", SIGLA, "--admin", ADMIN, *extra])


@pytest.fixture
def roles(
    request: pytest.FixtureRequest,
    _factories: dict[str, DatabaseFactory],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Roles]:
    """The `db` fixture's PostgreSQL database (roles are PostgreSQL's; the SQLite refusal is
    its own test), handed to an owner role by `qor init`."""
    if not request.getfixturevalue("pg_available"):
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    made = _factories["postgresql"].new()
    made.dispose()
    # Roles are made from an administrator's connection, also when the other tests connect as
    # a workstation role (QOR_TEST_PG_ROLE=workstation).
    with as_administrator(made) as db:
        yield from _handed_to_roles(db, monkeypatch, capsys)


def _handed_to_roles(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Roles]:
    suffix = uuid.uuid4().hex[:10]
    owner, workstation = f"qor_own_{suffix}", f"qor_ws_{suffix}"
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("QOR_WORKSTATION_PASSWORD", WORKSTATION_PASSWORD)
    # The test database was made by the superuser: init hands its schema to the owner.
    code = _init(db.url, "--workstation-role", workstation, "--owner-role", owner, "--json")
    said = json.loads(capsys.readouterr().out)
    assert code == 0, said
    assert said["workstation_role"] == workstation
    url = make_url(db.url).set(username=workstation, password=WORKSTATION_PASSWORD)
    ws = Database(url.render_as_string(hide_password=False))
    try:
        yield Roles(db, ws, owner, workstation)
    finally:
        ws.dispose()
        db.dispose()
        name = make_url(db.url).database
        engine = create_engine(
            make_url(db.url).set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{workstation}"'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
        engine.dispose()


def _owners(db: Database) -> set[str]:
    with db.read() as session:
        return set(
            session.execute(
                text(
                    "SELECT pg_get_userbyid(relowner) FROM pg_class "
                    "WHERE relnamespace = current_schema()::regnamespace "
                    "AND relkind IN ('r', 'S', 'v') "
                    "UNION SELECT pg_get_userbyid(p.proowner) FROM pg_proc p "
                    "WHERE p.pronamespace = current_schema()::regnamespace "
                    # An extension's functions (intarray's) are its installer's, not Qor's.
                    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
                    "  AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e')"
                )
            ).scalars()
        )


@pytest.mark.postgres
def test_the_owner_role_owns_the_schema_and_the_workstation_nothing(roles: Roles) -> None:
    assert _owners(roles.admin) == {roles.owner_role}
    assert not connected_as_superuser(roles.workstation)
    with roles.workstation.read() as session:
        me = session.execute(text("SELECT current_user")).scalar_one()
    assert me == roles.workstation_role


@pytest.mark.postgres
def test_a_workstation_role_does_the_librarys_work(
    roles: Roles, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = roles.workstation
    admin = authenticate(ws, ADMIN, ADMIN_PASSWORD)  # sign in (and its event)
    fund = build_fund(ws, admin)  # locations, records, an accession, copies, release, statuses
    audit = open_audit(ws, fund.checker, ["RR-1"]).id
    assert record_scan(ws, fund.checker, audit, "L-RR-1", "gun-1").outcome is Outcome.LOCATION
    found = record_scan(ws, fund.checker, audit, fund.barcodes("RR-1")[0], "gun-1")
    assert found.outcome is Outcome.FOUND
    assert main(["--db", ws.url, "--user", ADMIN, "log", "verify", "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["intact"] and verdict["superuser"] is False
    assert verdict["entries"] > 10
    # The word postings' upkeep (after an import) is a workstation's too: drawn, then a
    # record edited and one added brought into them.
    monkeypatch.setattr(wordindex, "POSTINGS_FROM", 0)
    monkeypatch.setattr(wordindex, "POSTED_FROM", 1)
    with ws.write() as session:
        wordindex.keep_postings(session)
    record = create_record(ws, admin, book("Қазақ тілінің жаңа тарихы", "Абай")).id
    with ws.read() as session:
        first = session.execute(text("SELECT min(id) FROM record")).scalar_one()
    update_record(ws, admin, first, book("Жаңа атау тарихы", "Абай"))
    with ws.write() as session:
        assert session.execute(text("SELECT count(*) FROM word_posting_stale")).scalar() == 1
        wordindex.keep_postings(session)
    with ws.read() as session:
        held = dict(session.execute(text("SELECT word, ids FROM word_posting")).all())
    word = folded_words("тарихы")[0]
    assert record in held[word] and first in held[word]


TAMPERING = [
    "ALTER TABLE item DISABLE TRIGGER ALL",
    "ALTER TABLE event_log DISABLE TRIGGER ALL",
    "DROP TRIGGER event_log_never_updated ON event_log",
    "UPDATE event_log SET actor = 'nobody'",
    "DELETE FROM event_log",
    "TRUNCATE event_log",
    "TRUNCATE item CASCADE",
    "UPDATE alembic_version SET version_num = 'x'",
    "CREATE TABLE intruder (id int)",
]


@pytest.mark.postgres
@pytest.mark.parametrize("statement", TAMPERING)
def test_the_workstation_role_cannot_tamper(roles: Roles, statement: str) -> None:
    with roles.workstation.read() as session:
        before = session.execute(text("SELECT count(*), max(hash) FROM event_log")).one()
    with pytest.raises(DBAPIError) as refused, roles.workstation.write() as session:
        session.execute(text(statement))
    assert "must be owner" in str(refused.value) or "permission denied" in str(refused.value)
    with roles.admin.read() as session:
        after = session.execute(text("SELECT count(*), max(hash) FROM event_log")).one()
        triggers = session.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'event_log_never%'")
        ).scalar_one()
    assert after == before and triggers == 2


@pytest.mark.postgres
def test_re_running_init_upgrades_as_the_owner_and_grants_again(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    # An upgrade that made a table anew leaves the workstation without rights on it.
    with roles.admin.write() as session:
        session.execute(text(f'REVOKE ALL ON location FROM "{roles.workstation_role}"'))
    with pytest.raises(DBAPIError), roles.workstation.read() as session:
        session.execute(text("SELECT count(*) FROM location"))
    # The administrator's plain `qor init` (no role options) refreshes the grants.
    assert _init(roles.admin.url) == 0
    assert "already has the library" in capsys.readouterr().out
    with roles.workstation.read() as session:
        assert session.execute(text("SELECT count(*) FROM location")).scalar_one() == 0
    assert _owners(roles.admin) == {roles.owner_role}


def test_roles_are_refused_on_sqlite(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_WORKSTATION_PASSWORD", WORKSTATION_PASSWORD)
    assert _init(sqlite_db.url, "--workstation-role", "qor_ws") != 0
    assert "Roles are PostgreSQL's" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_new_workstation_role_needs_a_password(
    roles: Roles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QOR_WORKSTATION_PASSWORD")
    other = roles.workstation_role + "_b"
    assert _init(roles.admin.url, "--workstation-role", other, "--owner-role", roles.owner_role)
    assert f"The new role '{other}' needs a password" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_workstation_that_finds_an_older_schema_asks_for_the_administrator(
    roles: Roles,
) -> None:
    """The workstation role owns nothing, so it cannot upgrade the schema: it says whom to
    ask (not the server's permission error), and the administrator's `qor init` does it."""
    from alembic import command

    from app.errors import SchemaNeedsAdministrator
    from app.workstation import schema_is_current, upgrade_schema
    from db import migrate

    config = migrate.alembic_config()
    with roles.admin.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014p")  # the newest migration undone
        connection.commit()
    assert not schema_is_current(roles.workstation)
    with pytest.raises(SchemaNeedsAdministrator, match="qor init"):
        upgrade_schema(roles.workstation)
    assert _init(roles.admin.url) == 0
    assert schema_is_current(roles.workstation)


@pytest.mark.postgres
def test_init_with_roles_on_an_empty_database_creates_intarray_for_the_postings(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The owner role running the migrations may not create an extension; `qor init` creates
    intarray from the administrator's connection first, so the workstation can keep postings."""
    if not request.getfixturevalue("pg_available"):
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    from tests.conftest import PG_ADMIN_URL

    name = f"qor_t_{uuid.uuid4().hex[:10]}"
    engine = create_engine(make_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    engine.dispose()
    db = Database(make_url(PG_ADMIN_URL).set(database=name).render_as_string(False))
    for made in _handed_to_roles(db, monkeypatch, capsys):
        with made.admin.read() as session:
            assert (
                session.execute(
                    text("SELECT count(*) FROM pg_extension WHERE extname = 'intarray'")
                ).scalar()
                == 1
            )
        with made.workstation.read() as session:
            assert wordindex.postings_usable(session)
