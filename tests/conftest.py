"""Shared fixtures: real databases (an SQLite file and the PostgreSQL server), built through
Qor's own services, and the real MARC files of ../shared/data/marc."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.library import initialise
from app.security.roles import Actor
from app.security.users import authenticate
from db.session import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MARC_DATA = SHARED / "data" / "marc"
PG_ADMIN_URL = os.environ.get("QOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ADMIN, ADMIN_PASSWORD = "admin", "admin-secret"
SIGLA = "KZ-TEST"


class _Errors(logging.Handler):
    """Collects the ERROR (and CRITICAL) records logged while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[list[logging.LogRecord]]:
    """A test fails when something logs an ERROR it did not expect (a worker's
    log.exception, say, would otherwise pass silently). A test that provokes one on purpose
    is marked `logs_errors` and may look at the records this fixture yields."""
    handler = _Errors()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_errors") is None:
        lines = "\n".join(
            f"{r.name}: {r.getMessage()}" + (f" ({r.exc_info[1]!r})" if r.exc_info else "")
            for r in handler.records
        )
        pytest.fail(f"unexpected ERROR logged:\n{lines}", pytrace=False)


def _pg_reachable() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def _start_pg() -> None:
    clusters = Path("/etc/postgresql")
    if clusters.is_dir() and shutil.which("pg_ctlcluster"):
        for version in clusters.iterdir():
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version.name, "main", "start"],
                check=False,
                capture_output=True,
            )


@pytest.fixture(scope="session")
def pg_available() -> bool:
    if _pg_reachable():
        return True
    _start_pg()
    if _pg_reachable():
        return True
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI and cannot be reached at {PG_ADMIN_URL}")
    return False


class DatabaseFactory:
    """Creates initialised, empty Qor databases: the first is migrated and set up through the
    services; later ones are copies of it (a file copy, or CREATE DATABASE ... TEMPLATE)."""

    def __init__(self, kind: str, tmp_root: Path) -> None:
        self.kind = kind
        self.tmp_root = tmp_root
        self.template: str | None = None
        self.created: list[str] = []

    def _admin_engine(self):  # type: ignore[no-untyped-def]
        return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")

    def _make_template(self) -> str:
        if self.kind == "sqlite":
            path = self.tmp_root / "template.sqlite"
            url = f"sqlite:///{path}"
        else:
            name = f"qor_tpl_{uuid.uuid4().hex[:10]}"
            engine = self._admin_engine()
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            engine.dispose()
            self.created.append(name)
            url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(False)
        db = Database(url)
        initialise(db, "Ұлттық академиялық кітапхана", SIGLA, ADMIN, ADMIN_PASSWORD)
        db.dispose()
        return url

    def new(self) -> Database:
        if self.template is None:
            self.template = self._make_template()
        if self.kind == "sqlite":
            src = make_url(self.template).database
            assert src is not None
            dest = self.tmp_root / f"qor-{uuid.uuid4().hex[:8]}.sqlite"
            shutil.copyfile(src, dest)
            return Database(f"sqlite:///{dest}")
        name = f"qor_t_{uuid.uuid4().hex[:10]}"
        template_name = make_url(self.template).database
        engine = self._admin_engine()
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
        engine.dispose()
        self.created.append(name)
        return Database(make_url(PG_ADMIN_URL).set(database=name).render_as_string(False))

    def drop_all(self) -> None:
        if self.kind != "postgresql" or not self.created:
            return
        engine = self._admin_engine()
        with engine.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(scope="session")
def _factories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, DatabaseFactory]]:
    root = tmp_path_factory.mktemp("dbs")
    factories = {
        "sqlite": DatabaseFactory("sqlite", root),
        "postgresql": DatabaseFactory("postgresql", root),
    }
    yield factories
    factories["postgresql"].drop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(
    request: pytest.FixtureRequest, _factories: dict[str, DatabaseFactory]
) -> Iterator[Database]:
    """An initialised library database, on SQLite and on PostgreSQL (same test, both)."""
    if request.param == "postgresql" and not request.getfixturevalue("pg_available"):
        pytest.skip(f"PostgreSQL cannot be reached at {PG_ADMIN_URL} (not in CI)")
    database = _factories[request.param].new()
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(_factories: dict[str, DatabaseFactory]) -> Iterator[Database]:
    """An initialised library database on SQLite only (for tests of one engine's behaviour)."""
    database = _factories["sqlite"].new()
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return authenticate(db, ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def marc_data() -> Path:
    if not MARC_DATA.is_dir():
        pytest.fail(f"The shared MARC data is missing: {MARC_DATA}")
    return MARC_DATA
