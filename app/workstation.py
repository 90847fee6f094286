"""Opening the library's database and asking about its schema (DESIGN: ui → app → db).

`open_database` gives the `Database` that app's services take; whether the schema is
current, and bringing it up to date, are asked here too, so the GUI never runs Alembic itself
(which a workstation's start-up cannot afford to import). The GUI does not hold the
`Database`: it holds the object of `app.desk` built on it — the `Entrance` before sign-in,
the `Workstation` after — and calls only that (tests/test_layers.py keeps ui/ from importing
`Database` or a service that takes it)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError, SQLAlchemyError

from app.errors import SchemaNeedsAdministrator
from app.library import LibraryInfo, is_initialised, library_from_values, library_info
from app.security.dbpassword import with_stored_password
from app.security.dbrole import connected_as_superuser
from db.session import Database, default_database_url

__all__ = [
    "Database",
    "DatabaseError",
    "EarlyStart",
    "StartState",
    "open_database",
    "schema_is_current",
    "shown_url",
    "start_state",
    "upgrade_schema",
]

# What the database driver raises when the library cannot be reached or read (server down,
# file locked, not a Qor database...): the GUI reports it as such.
DatabaseError = SQLAlchemyError
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"


def open_database(url: str | None = None) -> Database:
    """The library's database at `url` (None: QOR_DB, else the workstation's own SQLite
    file). Opening connects lazily; nothing is read or changed yet. A PostgreSQL role's
    password comes from the system keyring (`qor db password`), else libpq's ~/.pgpass."""
    return Database(with_stored_password(url or default_database_url()))


def schema_is_current(db: Database) -> bool:
    """Whether every migration this Qor knows is applied (cheap: Alembic is not imported)."""
    from db import migrate

    return migrate.is_current(db)


@dataclass(frozen=True)
class StartState:
    """What a workstation asks before sign-in: is there a library, is its schema this Qor's,
    the library itself (None until both), and whether the connection is a superuser's."""

    initialised: bool
    schema_current: bool
    library: LibraryInfo | None
    superuser: bool = False


_LIBRARY_COLUMNS = (
    "name", "sigla", "inventory_format", "barcode_scheme", "head_position", "head_name",
    "commission_chair", "commission_members", "record_url",
)  # fmt: skip
_START = text(
    "SELECT (SELECT array_agg(version_num) FROM alembic_version), "
    "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
    + ", ".join(f"l.{c}" for c in _LIBRARY_COLUMNS)
    + " FROM (SELECT 1) AS one LEFT JOIN library l ON true LIMIT 1"
)


def start_state(db: Database) -> StartState:
    """`StartState`: on PostgreSQL one statement (a branch workstation pays its VPN's delay
    per round trip; the questions one by one took five). A database without Qor's tables,
    or with an older library table, fails that statement harmlessly (reads run in
    autocommit) and is asked the long way, as SQLite always is."""
    if not db.is_sqlite:
        from db import migrate

        try:
            with db.read() as session:
                row = session.execute(_START).one()
        except ProgrammingError:
            pass  # no such table or column yet: the long way below
        else:
            versions, superuser, *library = row
            current = migrate.applied_all(list(versions or []))
            info = (
                library_from_values(**dict(zip(_LIBRARY_COLUMNS, library, strict=True)))
                if library[0] is not None and current
                else None
            )
            return StartState(library[0] is not None, current, info, bool(superuser))
    if not is_initialised(db):
        return StartState(False, False, None, connected_as_superuser(db))
    current = schema_is_current(db)
    return StartState(
        True, current, library_info(db) if current else None, connected_as_superuser(db)
    )


class EarlyStart:
    """The database opened and its `StartState` asked in a thread of their own, begun
    before the GUI's modules load: a branch workstation's connection and first question cost
    five or six round trips of its VPN (0.3 s at 50 ms), which then pass while Qt and the
    screens are imported instead of after. `result()` waits for both and raises here what
    failed there."""

    def __init__(self, url: str | None) -> None:
        self._answer: tuple[Database, StartState] | None = None
        self._failure: BaseException | None = None
        self._url = url or default_database_url()
        self._thread: threading.Thread | None = None
        if not self._url.startswith("sqlite"):
            # (An SQLite file is opened when asked: nothing to wait for, and nothing is
            # created before the GUI has checked that there is a screen to show it on.)
            self._thread = threading.Thread(target=self._run, name="qor-start", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            db = open_database(self._url)
            self._answer = (db, start_state(db))
        except BaseException as exc:  # raised again in the caller's thread by result()
            self._failure = exc

    def result(self) -> tuple[Database, StartState]:
        if self._thread is None:
            self._run()
        else:
            self._thread.join()
        if self._failure is not None:
            raise self._failure
        assert self._answer is not None
        return self._answer


def upgrade_schema(db: Database) -> None:
    """Apply the migrations the database lacks (Alembic loads here, on first use). A
    workstation connected as the PostgreSQL workstation role may not change the schema: it is
    told to ask the administrator, not shown the server's permission error."""
    from db import migrate

    try:
        migrate.upgrade(db)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise SchemaNeedsAdministrator() from exc
        raise


def shown_url(db: Database) -> str:
    """The database's address as a user may see it: the password hidden."""
    return make_url(db.url).render_as_string(hide_password=True)
