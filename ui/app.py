"""Starting the GUI: the application object, the fonts, first-run setup, sign-in, the main
window (what `qor` with no command runs)."""

from __future__ import annotations

import os
import sys
import threading
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.desk import Entrance
from app.errors import QorError
from app.workstation import DatabaseError, EarlyStart
from ui.common.crash import LastResort, start_log
from ui.common.locale import install_language, startup_language
from ui.main_window import MainWindow
from ui.setup.sign_in import SignInDialog

ICON = Path(str(resources.files("resources.icons"))) / "qor.png"
_fonts_loaded = False


def load_fonts() -> None:
    """Make sure Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) have glyphs, even on a bare system."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    folder = resources.files("resources.fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with resources.as_file(folder / name) as path:
            QFontDatabase.addApplicationFont(str(path))
    _fonts_loaded = True


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Qor")
    app.setOrganizationName("Qor")
    app.setWindowIcon(QIcon(str(ICON)))
    load_fonts()
    return app


def leave_after_env_delay(app: QApplication) -> None:
    """QOR_SMOKE_EXIT_AFTER_MS: the packaged program's smoke test (scripts/smoke-test-app)
    starts the GUI and needs it to leave by itself: after that many milliseconds every
    window closes, as if cancelled (run_gui returns 0), and the shown ones are named on
    stderr."""
    delay = os.environ.get("QOR_SMOKE_EXIT_AFTER_MS")
    if not delay:
        return

    def leave() -> None:
        shown = [w.metaObject().className() for w in app.topLevelWidgets() if w.isVisible()]
        icon = "yes" if app.windowIcon().availableSizes() else "missing"
        print(
            f"qor: shown {', '.join(shown) or 'nothing'} (icon: {icon}); leaving", file=sys.stderr
        )
        app.closeAllWindows()

    QTimer.singleShot(int(delay), leave)


def upgrade_with_busy_sign(app: QApplication, entrance: Entrance) -> None:
    """A catalog made by an earlier Qor: bring its schema up to date (once, before sign-in),
    in a thread while a busy dialog says what is happening; an error reaches the caller."""
    dialog = QProgressDialog(
        app.translate("run_gui", "Updating the catalog to this version of Qor…"), "", 0, 0
    )
    dialog.setWindowTitle(app.translate("run_gui", "Qor"))
    dialog.setCancelButton(None)  # a half-done schema change must not be left behind
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    failed: list[BaseException] = []

    def work() -> None:
        try:
            entrance.upgrade_schema()
        except BaseException as exc:  # handed to the GUI thread, raised there
            failed.append(exc)

    thread = threading.Thread(target=work, name="schema-upgrade")
    thread.start()
    while thread.is_alive():
        app.processEvents()
        thread.join(0.05)
    dialog.close()
    if failed:
        raise failed[0]


NO_DISPLAY = """qor: there is no display to show the workstation on (neither DISPLAY nor \
WAYLAND_DISPLAY is set: this session has no desktop).
What to do: start `qor` in a desktop session (a terminal or menu on the library's computer, or
`ssh -X` from one); for scripts use the commands (`qor --help`), or set QT_QPA_PLATFORM=offscreen
to run the workstation without a screen."""


def missing_display() -> bool:
    """On Linux with Qt's desktop platforms (X11's xcb or Wayland) and no display to reach:
    Qt would abort with a misleading message about libxcb-cursor0."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    names = {entry.split(":")[0].strip() for entry in chosen.split(";")}
    if not names <= {"", "xcb", "wayland", "wayland-egl"}:
        return False  # offscreen, vnc, eglfs, linuxfb...: no display needed
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_url: str | None, early: EarlyStart | None = None) -> int:
    """The workstation on the database at `db_url`; `early` is that database already being
    opened and asked its start state (app.cli begins it before this module loads)."""
    if missing_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    app = application()
    # While the workstation runs, an error nothing caught is logged and shown, naming the
    # log file.
    last_resort = LastResort(start_log())
    last_resort.install()
    try:
        return _run_workstation(app, db_url, early)
    finally:
        last_resort.uninstall()


def _run_workstation(app: QApplication, db_url: str | None, early: EarlyStart | None) -> int:
    install_language(startup_language())
    leave_after_env_delay(app)
    try:
        # One question on PostgreSQL (library, schema, role), however far the server is,
        # asked while the GUI's modules loaded (app.cli began it).
        db, state = (early or EarlyStart(db_url)).result()
        entrance = Entrance(db)
        user = ""
        if not state.initialised:
            from ui.setup.first_run import FirstRunDialog  # (and the demo catalog): once only

            setup = FirstRunDialog(entrance)
            result = setup.exec()
            while result == FirstRunDialog.LANGUAGE_CHANGED:  # built again in the new language
                previous, setup = setup, FirstRunDialog(entrance)
                setup.carry_over(previous)
                result = setup.exec()
            if not result:
                return 0
            user = setup.admin_name.text().strip()
        elif not state.schema_current:
            upgrade_with_busy_sign(app, entrance)
        library = state.library or entrance.library_info()
    except (QorError, DatabaseError) as exc:
        QMessageBox.critical(
            None,
            app.translate("run_gui", "Qor"),
            app.translate("run_gui", "The database cannot be opened: {error}").format(error=exc),
        )
        return 2
    sign_in = SignInDialog(entrance, library.name, user)
    if not sign_in.exec() or sign_in.actor is None:
        return 0
    window = MainWindow(entrance.sign_in(sign_in.actor, library), superuser=state.superuser)
    window.show()
    window.catalog.start()
    try:
        return app.exec()
    finally:
        entrance.close()
