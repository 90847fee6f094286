"""A workstation connected to PostgreSQL as a superuser (who can disable every trigger) is
told so: in the main window's status bar and by `qor log verify` (issue 17)."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.desk import Workstation
from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD, WORKSTATION_ROLE, as_administrator
from ui.main_window import MainWindow


def _warns_in_the_window(qtbot: QtBot, db: Database, admin: Actor) -> bool:
    window = MainWindow(Workstation(db, admin, library_info(db)))
    qtbot.addWidget(window)
    if window.superuser_label is None:
        return False
    assert "superuser" in window.superuser_label.toolTip()
    return True


def test_the_main_window_warns_of_a_superuser_connection(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    with as_administrator(db) as superuser:
        # The server's superuser, as a careless installation would connect (SQLite: no roles).
        assert _warns_in_the_window(qtbot, superuser, admin) is (not db.is_sqlite)
    if WORKSTATION_ROLE and not db.is_sqlite:
        # QOR_TEST_PG_ROLE=workstation: the workstation role is not warned of.
        assert not _warns_in_the_window(qtbot, db, admin)


def _verify(url: str, capsys: pytest.CaptureFixture[str]) -> bool:
    assert main(["--db", url, "--user", ADMIN, "log", "verify", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(["--db", url, "--user", ADMIN, "log", "verify"]) == 0
    text = capsys.readouterr().out
    warned = "Warning: This workstation connects to PostgreSQL as a superuser" in text
    assert warned is result["superuser"]
    return warned


def test_log_verify_says_the_connection_is_a_superusers(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    with as_administrator(db) as superuser:
        assert _verify(superuser.url, capsys) is (not db.is_sqlite)
    if WORKSTATION_ROLE and not db.is_sqlite:
        assert _verify(db.url, capsys) is False
