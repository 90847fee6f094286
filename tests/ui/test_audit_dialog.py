"""The audits dialog keeps the GUI thread free: the list of audits (every audit the library
made) is read in a worker, and opening an audit (its expected list frozen: every copy in its
scope) runs in one, the form waiting under a busy bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.audit.audits import open_audit
from app.desk import Audits as module
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import build_fund
from tests.ui.conftest import Messages, signed_in
from ui.audit.dialogs import AuditsDialog


def record_threads(monkeypatch: pytest.MonkeyPatch, name: str) -> list[threading.Thread]:
    """The threads `name` (a service the dialog calls, a method of `app.desk.Audits`) ran on."""
    threads: list[threading.Thread] = []
    service = getattr(module, name)

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return service(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return threads


def test_the_audits_are_listed_and_one_is_opened_off_the_gui_thread(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    build_fund(sqlite_db, actor)
    open_audit(sqlite_db, actor, ["ABON"], responsible="Бақытгүл")
    listed = record_threads(monkeypatch, "list_audits")
    opened = record_threads(monkeypatch, "open_audit")
    dialog = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    # The dialog is up before the audits came; they come from a worker.
    assert dialog.table.rowCount() == 0 and dialog.loads.busy.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert not dialog.loads.busy.isVisible()
    assert listed and threading.main_thread() not in listed

    dialog.locations.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog._open_new()
        # The form waits while the expected list is frozen.
        assert not dialog.form_box.isEnabled() and dialog.opening.isVisible()
    assert opened and threading.main_thread() not in opened
    assert dialog.chosen is not None and messages.errors == []


def test_an_audit_that_cannot_be_opened_says_why_and_the_form_comes_back(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    build_fund(sqlite_db, actor)
    dialog = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog._open_new()  # no scope chosen
        qtbot.waitUntil(lambda: bool(messages.errors), timeout=10_000)
    assert "scope" in messages.errors[0]
    assert dialog.form_box.isEnabled() and not dialog.opening.isVisible()
    assert dialog.chosen is None
