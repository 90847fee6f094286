"""The union catalog screen's targets dialog offscreen: a target added, edited and removed as
an administrator would, its password kept in the keyring only, and a sync against it."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalog.records import create_record
from app.security.roles import Actor
from app.unioncat.config import get_target, list_targets
from app.unioncat.targets import KEYRING_SERVICE, load_password
from db.models import CatalogTarget
from db.session import Database
from tests.app.unioncat import conftest as unioncat_fixtures
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER
from tests.app.unioncat.test_targets import MemoryKeyring
from tests.app.unioncat.test_targets import memory_keyring as memory_keyring
from tests.records import KAZAKH_BOOKS
from tests.ui.conftest import Messages, signed_in, type_text
from tests.unioncat_server import ZebraServer
from ui.common.choices import choose
from ui.unioncat import UnionCatalogScreen
from ui.unioncat.target_editor import TargetEditor

pytestmark = pytest.mark.zebra
LEFT = Qt.MouseButton.LeftButton
start_zebra = unioncat_fixtures.start_zebra
NAME = "Өңірлік жиынтық каталог"


@pytest.fixture
def screen(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, memory_keyring: MemoryKeyring
) -> UnionCatalogScreen:
    widget = UnionCatalogScreen(signed_in(sqlite_db, actor))
    widget.resize(1280, 760)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(qtbot: QtBot, editor: TargetEditor, port: int, password: str) -> None:
    editor.name.clear()
    type_text(editor.name, NAME)
    choose(editor.role, "union")
    choose(editor.protocol, "z3950")
    qtbot.keyClicks(editor.host, "127.0.0.1")
    editor.port.setValue(port)
    qtbot.keyClicks(editor.database, "unioncat")
    qtbot.keyClicks(editor.user, SYNC_USER)
    qtbot.keyClicks(editor.password, password)


def press_ok(qtbot: QtBot, editor: TargetEditor) -> None:
    box = editor.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_a_target_added_in_the_dialog_syncs_with_its_keyring_password(
    qtbot: QtBot,
    screen: UnionCatalogScreen,
    sqlite_db: Database,
    actor: Actor,
    memory_keyring: MemoryKeyring,
    start_zebra: Callable[..., ZebraServer],
    messages: Messages,
) -> None:
    union = start_zebra(user=(SYNC_USER, SYNC_PASSWORD))
    for record in KAZAKH_BOOKS[:3]:
        create_record(sqlite_db, actor, copy.deepcopy(record))
    qtbot.mouseClick(screen.targets_button, LEFT)
    dialog = screen.targets_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 0

    qtbot.mouseClick(dialog.add_button, LEFT)
    editor = dialog.editor
    assert editor is not None
    # the profile a Z39.50 union catalog has, filled in for a new target
    assert editor.profile()["title"] == "4"
    fill(qtbot, editor, union.port, "wrong")
    press_ok(qtbot, editor)
    assert not editor.isVisible()
    assert [t.name for t in dialog.model.rows] == [NAME]
    assert load_password(NAME, SYNC_USER) == "wrong"

    # the password was mistyped: edit the target and give the right one
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, LEFT)
    editor = dialog.editor
    assert editor is not None and editor.name.text() == NAME
    assert editor.password.text() == ""  # a stored password is never shown
    qtbot.keyClicks(editor.password, SYNC_PASSWORD)
    press_ok(qtbot, editor)
    assert load_password(NAME, SYNC_USER) == SYNC_PASSWORD
    assert dialog.model.data(dialog.model.index(0, 5)) == "in the keyring"

    # nowhere but the keyring: not in the database, not in the settings
    with sqlite_db.read() as session:
        row = session.execute(select(CatalogTarget)).scalar_one()
        assert SYNC_PASSWORD not in repr([getattr(row, c.key) for c in row.__table__.columns])
    settings = QSettings()
    assert all(SYNC_PASSWORD not in str(settings.value(k)) for k in settings.allKeys())
    assert list(memory_keyring.secrets) == [(KEYRING_SERVICE, f"{SYNC_USER}@{NAME}")]

    dialog.accept()
    panel = screen.sync_panel
    assert panel.target.findText(NAME) >= 0
    panel.target.setCurrentIndex(panel.target.findText(NAME))
    with qtbot.waitSignal(panel.synced, timeout=30000) as blocker:
        qtbot.mouseClick(panel.sync_button, LEFT)
    report = blocker.args[0]
    assert report.ok and report.count("sent") == 3
    assert messages.errors == []


def test_a_refused_target_keeps_the_form_open_and_remove_forgets_it(
    qtbot: QtBot,
    screen: UnionCatalogScreen,
    sqlite_db: Database,
    memory_keyring: MemoryKeyring,
    messages: Messages,
) -> None:
    screen.open_targets()
    dialog = screen.targets_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.add_button, LEFT)
    editor = dialog.editor
    assert editor is not None
    fill(qtbot, editor, 9311, "secret")
    choose(editor.protocol, "sru")  # a union catalog takes records over Z39.50 only
    press_ok(qtbot, editor)
    assert editor.isVisible() and "Z39.50" in messages.errors[-1]
    assert list_targets(sqlite_db) == [] and memory_keyring.secrets == {}
    choose(editor.role, "search")
    press_ok(qtbot, editor)
    assert not editor.isVisible()
    target = get_target(sqlite_db, NAME)
    assert (target.role, target.protocol, target.port) == ("search", "sru", 9311)
    assert target.indexes["title"] == "dc.title"

    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert messages.questions and NAME in messages.questions[-1]
    assert dialog.model.rowCount() == 0
    assert list_targets(sqlite_db) == [] and memory_keyring.secrets == {}


def test_a_sync_without_a_stored_password_leads_to_the_targets(
    qtbot: QtBot, screen: UnionCatalogScreen, sqlite_db: Database, messages: Messages
) -> None:
    panel = screen.sync_panel
    panel.target.setEditText(f"z3950://{SYNC_USER}@127.0.0.1:9311/unioncat")
    qtbot.mouseClick(panel.sync_button, LEFT)
    assert "No password" in messages.errors[-1]
    assert screen.targets_dialog is not None and screen.targets_dialog.isVisible()
