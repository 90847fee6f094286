"""The administrators' Users dialog: add a user, set a password, deactivate; reached from the
main window's File menu, which other roles do not see it in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.desk import Workstation
from app.errors import AuthenticationFailed
from app.library import library_info
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.session import Database
from tests.ui.conftest import Messages, signed_in
from ui.main_window import MainWindow
from ui.security.users_dialog import NewUserDialog, PasswordDialog, UsersDialog


def _ok(dialog: NewUserDialog | PasswordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _names(dialog: UsersDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def test_an_administrator_adds_a_user_sets_a_password_and_deactivates(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    dialog = UsersDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    assert _names(dialog) == ["admin"]

    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, NewUserDialog)
    qtbot.keyClicks(form.name, "aigerim")
    form.full_name.setText("Әйгерім Сәрсенова")  # QTest types Latin-1 only
    form.roles[Role.INTAKE].setChecked(True)
    qtbot.keyClicks(form.passwords.password, "katalog1")
    qtbot.keyClicks(form.passwords.repeat, "katalog2")
    _ok(form)
    assert form.isVisible() and "differ" in form.error.text()  # a slip is caught, not saved
    form.passwords.repeat.clear()
    qtbot.keyClicks(form.passwords.repeat, "katalog1")
    _ok(form)
    assert _names(dialog) == ["admin", "aigerim"]
    assert dialog.table.item(1, 1).text() == "Әйгерім Сәрсенова"
    assert authenticate(sqlite_db, "aigerim", "katalog1").roles == {Role.CATALOGER, Role.INTAKE}

    dialog.select_user("aigerim")
    dialog.password_button.click()
    password = dialog.form
    assert isinstance(password, PasswordDialog)
    qtbot.keyClicks(password.passwords.password, "jana-kupia1")
    qtbot.keyClicks(password.passwords.repeat, "jana-kupia1")
    _ok(password)
    assert messages.infos and "aigerim" in messages.infos[-1]
    assert authenticate(sqlite_db, "aigerim", "jana-kupia1").name == "aigerim"

    dialog.select_user("aigerim")
    assert dialog.active_button.text() == "Deactivate"
    dialog.active_button.click()
    assert messages.questions, "deactivating asks first"
    assert dialog.table.item(1, 3).text() == "deactivated"
    with pytest.raises(AuthenticationFailed):
        authenticate(sqlite_db, "aigerim", "jana-kupia1")
    assert dialog.active_button.text() == "Activate"
    dialog.active_button.click()
    assert dialog.table.item(1, 3).text() == "active"

    # The last administrator is refused by the service, and the dialog says why.
    dialog.select_user("admin")
    dialog.active_button.click()
    assert messages.errors and "last active administrator" in messages.errors[-1]


def test_only_administrators_see_users_in_the_menu(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    info = library_info(sqlite_db)
    window = MainWindow(Workstation(sqlite_db, actor, info))
    qtbot.addWidget(window)
    assert window.users_action.isVisible()
    assert window.users_action in window.menuBar().actions()[0].menu().actions()
    add_user(sqlite_db, actor, "bolat", "qabyldau1", [Role.CATALOGER])
    cataloger = authenticate(sqlite_db, "bolat", "qabyldau1")
    other = MainWindow(Workstation(sqlite_db, cataloger, info))
    qtbot.addWidget(other)
    assert not other.users_action.isVisible()
