"""The GUI's one door to the library's data (DESIGN: ui → app → db, never ui → db).

The GUI holds one object, the `Database` this module opens (`open_database`), and hands it
to app's services; ui/ imports nothing from db/ (tests/test_layers.py keeps it so). Whether
the schema is current, and bringing it up to date, are asked here too, so the GUI never runs
Alembic itself (which a workstation's start-up cannot afford to import)."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.errors import SchemaNeedsAdministrator
from app.security.dbpassword import with_stored_password
from db.session import Database, default_database_url

__all__ = [
    "Database",
    "DatabaseError",
    "open_database",
    "schema_is_current",
    "shown_url",
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
