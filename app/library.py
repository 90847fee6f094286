"""The library a database belongs to: first-run setup and the numbering counters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import AlreadyInitialised, InvalidInput, NotInitialised
from app.i18n import translate
from app.security.eventlog import record_event
from app.security.roles import Role
from app.security.users import create_user
from db.models import Counter, Library
from db.session import Database

SIGLA = re.compile(r"^[A-Za-z0-9\-]{2,16}$")


@dataclass(frozen=True)
class LibraryInfo:
    name: str
    sigla: str
    inventory_format: str
    barcode_scheme: str


def is_initialised(db: Database) -> bool:
    from sqlalchemy import inspect

    with db.read() as session:  # on PostgreSQL two statements in autocommit: two round trips
        if not inspect(session.connection()).has_table("library"):
            return False
        return session.execute(select(Library.id)).first() is not None


def upgrade_existing(db: Database) -> LibraryInfo | None:
    """Bring the schema up to date; the library the database already holds, or None when it
    holds none yet (then `initialise` sets it up). Upgrading needs no administrator: it
    changes the schema, not what the library recorded."""
    from db import migrate  # Alembic is only needed here; the workstation starts without it

    migrate.upgrade(db)
    with db.read() as session:
        library = session.execute(select(Library)).scalar_one_or_none()
        return None if library is None else _info(library)


def initialise(db: Database, name: str, sigla: str, admin: str, password: str) -> LibraryInfo:
    """Create (or upgrade) the schema, then record the library and its first administrator."""
    name, sigla = name.strip(), sigla.strip()
    if not name:
        raise InvalidInput(translate("errors", "The library's name is empty."))
    if not SIGLA.match(sigla):
        raise InvalidInput(
            translate(
                "errors",
                "The sigla '{sigla}' is not a MARC organisation code "
                "(2–16 Latin letters, digits or hyphens, e.g. KZ-AsNAB).",
            ).format(sigla=sigla)
        )
    from db import migrate  # Alembic is only needed here; the workstation starts without it

    migrate.upgrade(db)
    with db.write() as session:
        if session.execute(select(Library.id)).first() is not None:
            raise AlreadyInitialised(
                translate("errors", "This database already has a library; it was upgraded.")
            )
        library = Library(
            name=name, sigla=sigla, inventory_format="{n}", barcode_scheme="code128-inventory"
        )
        session.add(library)
        record_event(
            session, admin, "library.init", "library", "", after={"name": name, "sigla": sigla}
        )
        create_user(session, admin, admin, password, [Role.ADMIN])
        return _info(library)


def _info(library: Library) -> LibraryInfo:
    return LibraryInfo(
        library.name, library.sigla, library.inventory_format, library.barcode_scheme
    )


def current_library(session: Session) -> LibraryInfo:
    library = session.execute(select(Library)).scalar_one_or_none()
    if library is None:
        raise NotInitialised()
    return _info(library)


def library_info(db: Database) -> LibraryInfo:
    with db.read() as session:
        return current_library(session)


def allocate(session: Session, counter: str, count: int = 1) -> int:
    """Reserve `count` consecutive values of a counter inside the caller's transaction and
    return the first. The counter row stays locked until that transaction ends."""
    row = session.execute(
        select(Counter).where(Counter.name == counter).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        session.add(Counter(name=counter, value=0))
        session.flush()
    session.execute(
        update(Counter).where(Counter.name == counter).values(value=Counter.value + count)
    )
    value = session.execute(select(Counter.value).where(Counter.name == counter)).scalar_one()
    return int(value) - count + 1
