"""Whom a workstation connects to PostgreSQL as. A superuser (and the schema's owner) can
disable the triggers that keep inventory numbers and the event log unaltered; a workstation
connected as one is told so, in the main window and by `qor log verify`."""

from __future__ import annotations

from sqlalchemy import text

from app.i18n import translate
from db import roles
from db.session import Database


def connected_as_superuser(db: Database) -> bool:
    """True on PostgreSQL when this connection's role is a superuser (SQLite has no roles:
    whoever can write the file can do anything, which the event log's chain and
    `qor log verify` are there for)."""
    if db.is_sqlite:
        return False
    with db.read() as session:
        query = text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        return bool(session.execute(query).scalar())


def superuser_warning() -> str:
    return translate(
        "errors",
        "This workstation connects to PostgreSQL as a superuser, who can disable the "
        "triggers that keep inventory numbers and the event log unaltered. Connect it as a "
        "role of its own that is neither a superuser nor the schema's owner.",
    )


def prepare_roles(
    db: Database, owner: str, workstation: str, password: str | None
) -> dict[str, int]:
    """From an administrator's connection: create Qor's owner and workstation roles unless
    they exist (the workstation's password set when given), and hand the owner whatever of
    the schema is not yet its. Run before the migrations, which then run as the owner."""
    if db.is_sqlite:
        raise roles.RoleSetupError("Roles are PostgreSQL's: an SQLite catalog has none.")
    with db.engine.connect() as connection:
        created = roles.ensure_roles(connection, owner, workstation, password)
        moved = roles.transfer_ownership(connection, owner)
        connection.commit()
    return {**{key: int(value) for key, value in created.items()}, "moved": moved}


def grant_roles(db: Database, owner: str, workstation: str) -> None:
    """As the owner, grant the workstation role its rows and nothing more (db/roles.py)."""
    with db.engine.connect() as connection:
        connection.execute(text(f'SET ROLE "{roles.check_name(owner)}"'))
        try:
            roles.grant_workstation(connection, workstation)
            connection.commit()
        finally:
            connection.rollback()
            connection.execute(text("RESET ROLE"))
            connection.commit()
