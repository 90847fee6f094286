"""Whom a workstation connects to PostgreSQL as. A superuser (and the schema's owner) can
disable the triggers that keep inventory numbers and the event log unaltered; a workstation
connected as one is told so, in the main window and by `qor log verify`."""

from __future__ import annotations

from sqlalchemy import text

from app.i18n import translate
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
