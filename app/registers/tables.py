"""Data tables an administrator may replace: the КСУ's branches of knowledge
(branches.json), the holidays and transfers of days off (holidays.json), the author-sign
tables (HAV.MNU, kazakh-signs.txt). Qor ships each in resources/registers; a file of the
same name in the tables folder — $QOR_TABLES, or "tables" in Qor's data directory
(platformdirs' user data dir, where the embedded catalog lives) — is read instead."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs


def tables_folder() -> Path:
    env = os.environ.get("QOR_TABLES")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("qor", "Qor")) / "tables"


def read_table(name: str, encoding: str = "utf-8") -> str:
    """The administrator's copy of table `name` if there is one, else Qor's own."""
    local = tables_folder() / name
    if local.is_file():
        return local.read_text(encoding)
    return resources.files("resources.registers").joinpath(name).read_text(encoding)


def table_source(name: str) -> str:
    """Where table `name` is read from (for messages naming the file)."""
    local = tables_folder() / name
    return str(local) if local.is_file() else f"resources/registers/{name}"
