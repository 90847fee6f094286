"""Create or upgrade a Qor database to the newest schema with Alembic, and tell cheaply
(without importing Alembic, which a workstation's start-up cannot afford) whether it is needed."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from db.session import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
# What a revision builds on: its down revision(s) and what it depends on; Alembic keeps
# neither in the version table once the revision is applied.
_BELOW = re.compile(r"^(?:down_revision|depends_on)\s*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(database: Database, owner: str | None = None) -> None:
    """Apply every pending revision. On PostgreSQL the migrations run as the schema's owner
    role (`owner`, or the owner the database already has, when this connection may act as it:
    an administrator's), so what they create is the owner's; then the workstation roles get
    their grants on the schema as it now is (db/roles.py)."""
    from alembic import command

    from db import roles

    config = alembic_config()
    # Migrations run outside BEGIN IMMEDIATE handling on a plain connection of their own.
    with database.engine.connect() as connection:
        acting = False
        if not database.is_sqlite:
            if owner is not None:
                connection.execute(text(f'SET ROLE "{roles.check_name(owner)}"'))
                acting = True
            else:
                acting = roles.become_owner(connection)
        try:
            config.attributes["connection"] = connection
            # "heads": desks add their migrations on branches from the same base; all apply.
            command.upgrade(config, "heads")
            if acting:
                roles.refresh_grants(connection)
            connection.commit()
        finally:
            if acting:
                connection.rollback()
                connection.execute(text("RESET ROLE"))
                connection.commit()


@cache
def revisions() -> dict[str, frozenset[str]]:
    """Every revision of the migration scripts, with what it builds on, read from the
    scripts' own lines."""
    graph: dict[str, frozenset[str]] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        if match := _REVISION.search(source):
            below = (_QUOTED.findall(line) for line in _BELOW.findall(source))
            graph[match.group(1)] = frozenset(r for group in below for r in group)
    return graph


def is_current(database: Database) -> bool:
    """Whether every revision this Qor knows is applied to the database (the version table
    holds the newest of each branch; what they build on is applied with them)."""
    with database.read() as session:  # on PostgreSQL two statements in autocommit
        connection = session.connection()
        if not inspect(connection).has_table("alembic_version"):
            return False
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        versions = [row[0] for row in rows]
    return applied_all(versions)


def applied_all(versions: list[str]) -> bool:
    """Whether the version table's `versions` mean every revision this Qor knows is applied."""
    pending = list(versions)
    graph = revisions()
    applied: set[str] = set()
    while pending:
        revision = pending.pop()
        if revision not in graph:
            return False  # a revision this Qor does not know: Alembic will say so
        if revision not in applied:
            applied.add(revision)
            pending.extend(graph[revision])
    return applied == graph.keys()
