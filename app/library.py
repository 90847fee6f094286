"""The library a database belongs to: first-run setup and the numbering counters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import AlreadyInitialised, InvalidInput, NotInitialised
from app.i18n import translate
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
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
    head_position: str = ""
    head_name: str = ""
    commission_chair: str = ""
    commission_members: tuple[str, ...] = ()
    record_url: str = ""

    def record_link(self, record_id: int | str) -> str:
        """This record's address in the library's own electronic catalog ("" when unset)."""
        return self.record_url.replace("{id}", str(record_id)) if self.record_url else ""


def is_initialised(db: Database) -> bool:
    from sqlalchemy import inspect

    with db.read() as session:  # on PostgreSQL two statements in autocommit: two round trips
        if not inspect(session.connection()).has_table("library"):
            return False
        return session.execute(select(Library.id)).first() is not None


def upgrade_existing(db: Database, owner: str | None = None) -> LibraryInfo | None:
    """Bring the schema up to date; the library the database already holds, or None when it
    holds none yet (then `initialise` sets it up). Upgrading needs no administrator: it
    changes the schema, not what the library recorded. On PostgreSQL the migrations run as
    the `owner` role when given (db/roles.py)."""
    from db import migrate  # Alembic is only needed here; the workstation starts without it

    migrate.upgrade(db, owner)
    with db.read() as session:
        library = session.execute(select(Library)).scalar_one_or_none()
        return None if library is None else _info(library)


def initialise(
    db: Database, name: str, sigla: str, admin: str, password: str, owner: str | None = None
) -> LibraryInfo:
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

    migrate.upgrade(db, owner)
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
        library.name, library.sigla, library.inventory_format, library.barcode_scheme,
        library.head_position or "", library.head_name or "", library.commission_chair or "",
        split_members(library.commission_members or ""), library.record_url or "",
    )  # fmt: skip


def library_from_values(**values: object) -> LibraryInfo:
    """The library as its row's columns (name, sigla, ...) read by a query of its own."""
    return _info(Library(**values))


def split_members(text: str) -> tuple[str, ...]:
    """Commission members kept one per line (or separated by ';')."""
    return tuple(m.strip() for m in text.replace(";", "\n").splitlines() if m.strip())


def set_formal_parts(
    db: Database,
    actor: Actor,
    *,
    head_name: str | None = None,
    head_position: str | None = None,
    chair: str | None = None,
    members: Sequence[str] | None = None,
    record_url: str | None = None,
) -> LibraryInfo:
    """Change the library's head, its standing commission or its catalog's record URL
    pattern (each left as it is when None). Administrators only."""
    require(actor, "change the library's settings", Role.ADMIN)
    if record_url and record_url.strip():
        url = record_url.strip()
        if not url.startswith(("http://", "https://")) or "{id}" not in url:
            raise InvalidInput(
                translate(
                    "errors",
                    "The record URL '{url}' must start with http:// or https:// and contain "
                    "{{id}} where the record's number goes.",
                ).format(url=url)
            )
    with db.write() as session:
        library = session.execute(select(Library)).scalar_one_or_none()
        if library is None:
            raise NotInitialised()
        before = _info(library)
        if head_name is not None:
            library.head_name = head_name.strip()
        if head_position is not None:
            library.head_position = head_position.strip()
        if chair is not None:
            library.commission_chair = chair.strip()
        if members is not None:
            library.commission_members = "\n".join(m.strip() for m in members if m.strip())
        if record_url is not None:
            library.record_url = record_url.strip()
        after = _info(library)
        record_event(
            session, actor.name, "library.settings", "library", str(library.id),
            before=_formal(before), after=_formal(after),
        )  # fmt: skip
        return after


def _formal(info: LibraryInfo) -> dict[str, object]:
    return {
        "head_position": info.head_position, "head_name": info.head_name,
        "commission_chair": info.commission_chair,
        "commission_members": list(info.commission_members),
        "record_url": info.record_url,
    }  # fmt: skip


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
