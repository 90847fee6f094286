"""Shared fixtures: real databases (an SQLite file and a PostgreSQL server), built through
Qor's own services, and the real MARC files of ../shared/data/marc.

The tests never read or write the real user's settings, data or caches: before Qt or the
services look, the XDG configuration, data, cache and state directories point into a folder of
this test session, for the tests and for every process they start. When no PostgreSQL answers
at QOR_TEST_PG, the tests start a private one (initdb into a temporary folder, on a free port,
as an unprivileged user since PostgreSQL refuses root) and stop it at the end."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from app.library import initialise
from app.security.roles import Actor
from app.security.users import authenticate
from db.session import Database

USER_DIRS = Path(tempfile.mkdtemp(prefix="qor-test-user-"))
XDG_DIRS = {
    "XDG_CONFIG_HOME": USER_DIRS / "config",  # QSettings: the language, the scanner, targets
    "XDG_DATA_HOME": USER_DIRS / "data",  # the default catalog (platformdirs), keyring files
    "XDG_CACHE_HOME": USER_DIRS / "cache",
    "XDG_STATE_HOME": USER_DIRS / "state",
}


def _isolate_user_dirs() -> None:
    """Point the user's directories into this session's folder (removed at exit); a catalog
    chosen by the user's QOR_DB is never the tests' default either."""
    for variable, folder in XDG_DIRS.items():
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    os.environ.pop("QOR_DB", None)
    # Nor the user's keyring: no keyring, as on a headless machine, for this process and the
    # ones it starts; a test that needs one sets its own. (Left to discovery, keyring would
    # also take any backend class a test module defines, such as a locked one, as the
    # default for every later test.)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    atexit.register(shutil.rmtree, USER_DIRS, True)


_isolate_user_dirs()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MARC_DATA = SHARED / "data" / "marc"
PG_ADMIN_URL = os.environ.get("QOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ADMIN, ADMIN_PASSWORD = "admin", "admin-secret"
# QOR_TEST_PG_ROLE=workstation: the PostgreSQL tests connect as a workstation role of this
# session, not as the superuser (issue 17); the roles are dropped at the end.
_SESSION = uuid.uuid4().hex[:8]
WORKSTATION_ROLE = (
    (f"qor_test_owner_{_SESSION}", f"qor_test_ws_{_SESSION}")
    if os.environ.get("QOR_TEST_PG_ROLE") == "workstation"
    else None
)
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


def _pg_reachable(url: str) -> bool:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def _start_host_pg() -> None:
    """A host cluster that is installed but stopped (pg_ctlcluster, Debian's layout)."""
    clusters = Path("/etc/postgresql")
    if clusters.is_dir() and shutil.which("pg_ctlcluster"):
        for version in clusters.iterdir():
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version.name, "main", "start"],
                check=False,
                capture_output=True,
            )


def pg_tools() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin
    (the newest), as `apt-get install postgresql` leaves them."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivatePostgres:
    """A PostgreSQL server of this test session alone: initdb into a temporary folder, pg_ctl
    on a free port of 127.0.0.1 (trust, user postgres), stopped and removed by stop().
    Run as root, the server runs as `nobody` (PostgreSQL refuses to run as root)."""

    def __init__(self, tools: Path, database: str) -> None:
        self.tools = tools
        self.folder = Path(tempfile.mkdtemp(prefix="qor-test-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.database = database
        self.run_as: dict[str, object] = {}
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            self.run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)
        self.folder.chmod(0o700)

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [str(self.tools / command[0]), *command[1:]],
            cwd=self.folder,
            env={**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(self.folder)},
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            **self.run_as,  # type: ignore[arg-type]
        )
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}".strip())

    def start(self) -> str:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "120",
            "start",
        )
        server = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"
        engine = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.database}"'))
        engine.dispose()
        return f"{server}/{self.database}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


PRIVATE_PG: list[PrivatePostgres] = []


def _unavailable(reason: str) -> bool:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    return False


@pytest.fixture(scope="session")
def pg_available() -> Iterator[bool]:
    """PostgreSQL for the tests: the server at QOR_TEST_PG (started if it is a stopped host
    cluster), else a private one of this session; in CI one of them must work."""
    global PG_ADMIN_URL
    if _pg_reachable(PG_ADMIN_URL):
        yield True
        return
    _start_host_pg()
    if _pg_reachable(PG_ADMIN_URL):
        yield True
        return
    tools = pg_tools()
    if tools is None:
        yield _unavailable(
            f"nothing answers at {PG_ADMIN_URL} and no initdb/pg_ctl is installed to start a "
            "private server (scripts/install --dev installs PostgreSQL)"
        )
        return
    server = PrivatePostgres(tools, make_url(PG_ADMIN_URL).database or "test")
    try:
        url = server.start()
    except Exception as exc:
        server.stop()
        yield _unavailable(
            f"nothing answers at {PG_ADMIN_URL} and a private server ({tools}) did not start: {exc}"
        )
        return
    print(f"\nqor tests: a private PostgreSQL at {url}", file=sys.stderr)
    PG_ADMIN_URL = os.environ["QOR_TEST_PG"] = url  # for the tests and their subprocesses
    PRIVATE_PG.append(server)
    try:
        yield True
    finally:
        server.stop()  # its databases go with its folder


class DatabaseFactory:
    """Creates initialised, empty Qor databases: the first is migrated and set up through the
    services; later ones are copies of it (a file copy, or CREATE DATABASE ... TEMPLATE)."""

    def __init__(self, kind: str, tmp_root: Path) -> None:
        self.kind = kind
        self.tmp_root = tmp_root
        self.template: str | None = None
        self.created: list[str] = []
        self.roles: tuple[str, str] | None = None  # (owner, workstation) when the tests use them

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
        if self.kind == "postgresql" and WORKSTATION_ROLE:
            self._hand_to_roles(db)
        db.dispose()
        return url

    def _hand_to_roles(self, db: Database) -> None:
        """QOR_TEST_PG_ROLE=workstation: the schema goes to an owner role of this session and
        the tests connect as a workstation role (the way `qor init --workstation-role` sets up
        a library); copies of the template keep the owners and grants."""
        from app.security.dbrole import grant_roles, prepare_roles
        from db import migrate

        owner, workstation = WORKSTATION_ROLE
        prepare_roles(db, owner, workstation, "workstation-secret")
        migrate.upgrade(db, owner)
        grant_roles(db, owner, workstation)
        self.roles = WORKSTATION_ROLE

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
        url = make_url(PG_ADMIN_URL).set(database=name)
        if self.roles:
            url = url.set(username=self.roles[1], password="workstation-secret")
        return Database(url.render_as_string(False))

    def drop_all(self) -> None:
        if self.kind != "postgresql" or not self.created or PRIVATE_PG:
            return
        engine = self._admin_engine()
        with engine.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in reversed(self.roles or ()):
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        engine.dispose()


@contextlib.contextmanager
def as_administrator(db: Database) -> Iterator[Database]:
    """The same database over the administrator's connection, for what only an administrator
    does (migrations; proving that the triggers refuse even the schema's owner): `db` itself
    unless the tests connect as a workstation role (QOR_TEST_PG_ROLE)."""
    url = make_url(db.url)
    admin = make_url(PG_ADMIN_URL)
    if db.is_sqlite or url.username == admin.username:
        yield db
        return
    database = Database(
        # _replace, not set(): set() keeps the workstation password where the admin has None
        url._replace(username=admin.username, password=admin.password).render_as_string(False)
    )
    try:
        yield database
    finally:
        database.dispose()


@contextlib.contextmanager
def downgraded(db: Database, revision: str) -> Iterator[Connection]:
    """The schema of `db` taken down to `revision` by its owner (a migration's downgrade
    under test), the owner's connection yielded to look at it, then upgraded to the newest."""
    from alembic import command

    from db import migrate, roles

    config = migrate.alembic_config()
    with as_administrator(db) as admin_db:
        with admin_db.engine.connect() as connection:
            owner = not db.is_sqlite and roles.become_owner(connection)
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.commit()
            yield connection
            if owner:
                connection.execute(text("RESET ROLE"))
                connection.commit()
        migrate.upgrade(admin_db)


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
