"""Create or upgrade a Qor database to the newest schema with Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from db.session import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(database: Database) -> None:
    config = alembic_config()
    # Migrations run outside BEGIN IMMEDIATE handling on a plain connection of their own.
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        # "heads": desks add their migrations on branches from the same base; all apply.
        command.upgrade(config, "heads")
        connection.commit()
