"""The library's own settings in the Settings dialog: an administrator sets the confirmation
limit for adding copies there (for every workstation); others do not see it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from app.intake.limits import confirm_above
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.session import Database
from tests.ui.conftest import screenshots_dir, signed_in
from ui.settings import SettingsDialog


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (fmt, QSettings.Format.IniFormat):
        QSettings.setPath(kind, scope, str(tmp_path))
    yield QSettings()
    for kind in (fmt, QSettings.Format.IniFormat):
        QSettings.setPath(kind, scope, home)


def test_an_administrator_sets_the_librarys_confirmation_limit(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, settings: QSettings
) -> None:
    dialog = SettingsDialog(settings=settings, ws=signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.library_group.isVisible() and dialog.confirm_above.value() == 20
    dialog.confirm_above.setValue(50)
    dialog.grab().save(str(screenshots_dir() / "settings-library-limit.png"))
    dialog.save()
    assert confirm_above(sqlite_db) == 50
    assert settings.value("intake/confirm_above") is None  # not a workstation value

    add_user(sqlite_db, actor, "clerk", "secret-1", [Role.INTAKE])
    clerk = authenticate(sqlite_db, "clerk", "secret-1")
    theirs = SettingsDialog(settings=settings, ws=signed_in(sqlite_db, clerk))
    qtbot.addWidget(theirs)
    theirs.show()
    assert not theirs.library_group.isVisible()
    theirs.save()
    assert confirm_above(sqlite_db) == 50
