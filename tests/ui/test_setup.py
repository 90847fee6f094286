"""First-run setup and signing in, as a librarian meets them on a new workstation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.desk import Entrance
from app.library import is_initialised, library_info
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import screenshot, type_text
from ui.setup.first_run import FirstRunDialog
from ui.setup.sign_in import SignInDialog


def _fill_setup(qtbot: QtBot, dialog: FirstRunDialog, sigla: str, repeat: str) -> None:
    for edit in (dialog.library_name, dialog.sigla, dialog.password, dialog.repeat):
        edit.clear()
    type_text(dialog.library_name, "Абай атындағы облыстық кітапхана")
    type_text(dialog.sigla, sigla)
    qtbot.keyClicks(dialog.password, "kitap-2024")
    qtbot.keyClicks(dialog.repeat, repeat)


def test_first_run_creates_the_library_then_signs_in(qtbot: QtBot, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert not is_initialised(db)
    dialog = FirstRunDialog(Entrance(db))
    qtbot.addWidget(dialog)
    dialog.show()

    _fill_setup(qtbot, dialog, "KZ-SmOB", "kitap-2025")
    dialog.create_library()
    assert dialog.error.isVisible()
    assert "passwords differ" in dialog.error.text()
    assert not is_initialised(db)

    _fill_setup(qtbot, dialog, "ҚАЗ КІТ", "kitap-2024")
    assert dialog.create_library() is not None  # created off the GUI thread
    assert dialog.busy.isVisible() and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: "not a MARC organisation code" in dialog.error.text())
    assert not dialog.busy.isVisible() and dialog.buttons.isEnabled()
    screenshot(dialog, "first_run_error")

    _fill_setup(qtbot, dialog, "KZ-SmOB", "kitap-2024")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted)
    assert library_info(db).sigla == "KZ-SmOB"

    sign_in = SignInDialog(Entrance(db), library_info(db).name, "admin")
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.keyClicks(sign_in.password, "kitap-2024")
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    assert sign_in.actor is not None and sign_in.actor.name == "admin"
    db.dispose()


def test_wrong_password_is_refused_and_the_dialog_stays(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = SignInDialog(Entrance(sqlite_db), library_info(sqlite_db).name, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.isVisible()
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.password.text() == ""
    screenshot(dialog, "sign_in_refused")

    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None


def test_first_run_says_where_the_sigla_goes_in_every_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.common import locale

    db = Database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    try:
        for code, words in (("en", "003, 040 and 852"), ("kk", "003, 040 және 852"),
                            ("ru", "003, 040 и 852")):  # fmt: skip
            assert locale.install_language(code)
            dialog = FirstRunDialog(Entrance(db))
            qtbot.addWidget(dialog)
            shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
            assert words in shown, (code, shown)
    finally:
        locale.install_language("en")
        db.dispose()
