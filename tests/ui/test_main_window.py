"""The main window's frame: screens added by other desks, menus and shortcuts, and `qor` with
no command walking a new workstation through setup and sign-in to the catalog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import signed_in
from ui.main_window import MainWindow, PendingScreen

ROOT = Path(__file__).resolve().parents[2]


def test_screens_menus_and_shortcuts(qtbot: QtBot, catalog_db: Database, actor: Actor) -> None:
    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:2] == ["Catalog", "Intake"]
    index = window.add_screen("Extra", QLabel("extra"), "Ctrl+9")
    assert window.navigation.item(index).text() == "Extra"
    window.show_screen(index)
    assert window.screens.currentIndex() == index
    window.focus_search()
    assert window.screens.currentIndex() == 0
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Record", "&Help"]
    shortcuts = {
        window.import_action: "Ctrl+I",
        window.export_action: "Ctrl+E",
        window.quit_action: "Ctrl+Q",
        window.new_action: "Ctrl+N",
        window.delete_action: "Del",
    }
    for action, key in shortcuts.items():
        assert action.shortcut().toString() == key
    edit_keys = [key.toString() for key in window.edit_action.shortcuts()]
    assert "F4" in edit_keys and "Ctrl+Return" in edit_keys
    assert {k.toString() for k in window.find_action.shortcuts()} == {"Ctrl+F", "F3"}


def test_qor_without_a_command_sets_up_signs_in_and_opens_the_catalog(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.drive_first_run", url],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    title = done.stdout.strip().splitlines()[-1]
    assert "Қостанай облыстық кітапханасы" in title
    assert "admin" in title
    db = Database(url)
    assert library_info(db).sigla == "KZ-KoOB"
    db.dispose()


def test_qor_brings_an_older_catalog_up_to_date_before_sign_in(tmp_path: Path) -> None:
    from alembic import command

    from app.library import initialise
    from db import migrate

    url = f"sqlite:///{tmp_path / 'older.sqlite'}"
    db = Database(url)
    initialise(db, "Қостанай облыстық кітапханасы", "KZ-KoOB", "admin", "kitap-2024")
    config = migrate.alembic_config()
    with db.engine.connect() as connection:  # as an earlier Qor left it
        config.attributes["connection"] = connection
        command.downgrade(config, "0008c@-1")
        connection.commit()
    assert not migrate.is_current(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.drive_first_run", url, "--type-user"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Қостанай облыстық кітапханасы" in done.stdout.strip().splitlines()[-1]
    assert migrate.is_current(db)
    db.dispose()


def test_the_application_has_its_icon(qapp: object) -> None:
    from ui.app import application

    app = application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()  # the PNG loaded, not an empty placeholder


def test_other_screens_lead_to_the_catalog(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    from app.catalog.search import search

    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    window.show_screen(window.screens.indexOf(window.audits))
    # An audit's unknown ISBN: the catalog searches it.
    window.audits.catalog_search.emit("9786010000017")
    assert window.screens.currentWidget() is window.catalog
    assert window.catalog.search.query.text() == "9786010000017"
    # An unknown code that is no ISBN: a new record from the book template.
    opened: list[bool] = []
    window.catalog.new_record = lambda: opened.append(True)  # type: ignore[method-assign]
    window.show_screen(window.screens.indexOf(window.audits))
    window.audits.new_record_requested.emit("NOSUCHCODE")
    assert window.screens.currentWidget() is window.catalog and opened == [True]
    # A record taken from the union catalog is shown as a card.
    record = search(catalog_db, "Абай жолы").hits[0]
    window.unioncat.record_imported.emit(record.id)
    assert "Абай жолы" in window.catalog.view.card.toPlainText()


def test_only_the_catalog_is_built_at_start_and_each_screen_on_its_first_showing(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    from ui.unioncat import UnionCatalogScreen

    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    window.show()
    count = window.screens.count()
    assert count == window.navigation.count() == 6
    pending = [i for i in range(count) if isinstance(window.screens.widget(i), PendingScreen)]
    assert pending == list(range(1, count))
    # The navigation's shortcuts work before their screens exist: Ctrl+6 (the sidebar's
    # sixth entry) builds and shows it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    shown = window.screens.currentWidget()
    assert isinstance(shown, UnionCatalogScreen) and shown.isVisible()
    assert window.navigation.currentItem().text() == "Union catalog"
    assert window.screens.indexOf(shown) == window.navigation.currentRow()
    assert window.unioncat is shown  # built once, not again
    assert window.screens.count() == count
    # Asking for a screen builds it without bringing it to the front.
    assert window.audits.isHidden() and window.screens.currentWidget() is shown
    window.build_screens()
    assert not any(isinstance(window.screens.widget(i), PendingScreen) for i in range(count))
    titles = [window.navigation.item(i).text() for i in range(count)]
    assert titles == [
        "Catalog", "Intake", "Audits", "Preservation", "Registers", "Union catalog"
    ]  # fmt: skip


# What `qor` must not load before its main window is usable (they load with the screen,
# dialog or report that needs them).
LOADED_LATER = (
    "alembic",
    "reportlab",
    "barcode",
    "keyring",
    "PySide6.QtMultimedia",
    "ui.intake.screen",
    "ui.audit.screen",
    "ui.registers.screen",
    "ui.preservation.screen",
    "ui.unioncat.sync_panel",
    "ui.setup.first_run",
    "ui.catalog.marc_editor",
    "ui.catalog.import_dialog",
    "ui.catalog.export_dialog",
)

SIGNED_IN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.cli import main
from ui.app import application

url, user, password, roots, later = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]

def drive():
    widget = QApplication.activeModalWidget()
    if widget is not None and type(widget).__name__ == "SignInDialog":
        widget.user.setText(user)
        widget.password.setText(password)
        widget.sign_in()
    else:
        shown = [w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow" and w.isVisible()]
        if shown:
            print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in roots.split())))
            print(" ".join(m for m in later if m in sys.modules))
            shown[0].close()
            return
    QTimer.singleShot(10, drive)

application()
QTimer.singleShot(10, drive)
sys.exit(main(["--db", url]))  # as `qor --db URL` starts the workstation
"""


def test_the_main_window_opens_without_the_other_screens_modules(catalog_db: Database) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SIGNED_IN_WINDOW, catalog_db.url, ADMIN, ADMIN_PASSWORD, "ui",
         *LOADED_LATER],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ui_modules, loaded = done.stdout.splitlines()[-2:]
    assert "ui.catalog.search_panel" in ui_modules.split()  # the check sees what is loaded
    assert loaded == "", f"loaded before the main window was usable: {loaded}"


def test_qor_without_a_display_says_so_and_what_to_do(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'qor.sqlite'}"
    bare = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for platform in (None, "xcb"):  # Qt's own choice on Linux, or X11 asked for by name
        env = {k: v for k, v in bare.items() if k != "QT_QPA_PLATFORM"}
        if platform:
            env["QT_QPA_PLATFORM"] = platform
        done = subprocess.run(
            [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
             "--db", url],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "there is no display" in done.stderr
        assert "desktop session" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
        assert "xcb-cursor" not in done.stderr
