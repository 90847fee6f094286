"""Backing up the catalog: an administrator's job, since a backup holds every user's password
hash and the whole event log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import QorError
from app.i18n import translate
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.session import Database


class BackupNotSupported(QorError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors",
                "Back up a PostgreSQL catalog with pg_dump; `qor backup` copies an SQLite catalog.",
            )
        )


def backup_catalog(db: Database, actor: Actor, out: Path) -> int:
    """Copy an SQLite catalog to `out`, consistent even while another workstation writes;
    returns the size of the copy in bytes."""
    require(actor, "make backups", Role.ADMIN)
    if not db.is_sqlite:
        raise BackupNotSupported()
    source_path = db.engine.url.database
    assert source_path is not None
    # Logged first, so the copy holds the entry that says who made it and when.
    with db.write() as session:
        record_event(session, actor, "catalog.backup", "catalog", "", after={"out": str(out)})
    source = sqlite3.connect(source_path)
    try:
        target = sqlite3.connect(out)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return out.stat().st_size
