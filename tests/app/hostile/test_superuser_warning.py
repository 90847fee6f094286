"""A workstation connected to PostgreSQL as a superuser (who can disable every trigger) is
told so: in the main window's status bar and by `qor log verify` (issue 17)."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from ui.main_window import MainWindow


def test_the_main_window_warns_of_a_superuser_connection(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    window = MainWindow(db, admin, library_info(db))
    qtbot.addWidget(window)
    if db.is_sqlite:
        assert window.superuser_label is None
        return
    # The tests connect as the server's superuser, as a careless installation would.
    assert window.superuser_label is not None
    assert "superuser" in window.superuser_label.toolTip()


def test_log_verify_says_the_connection_is_a_superusers(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", db.url, "--user", ADMIN, "log", "verify", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["superuser"] is (not db.is_sqlite)
    assert main(["--db", db.url, "--user", ADMIN, "log", "verify"]) == 0
    text = capsys.readouterr().out
    assert ("Warning: This workstation connects to PostgreSQL as a superuser" in text) is (
        not db.is_sqlite
    )
