"""Runs `qor --db URL` with no command (app.cli.main, which starts ui.app.run_gui) on a new
catalog and answers its dialogs like a person would: setup, then sign-in, then waits for the
catalog screen. Started in a process of its own by test_main_window.py, because leaving the
application's main loop ends every later event loop in that process (pytest-qt's waits among
them). Prints the main window's title."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.cli import main as qor
from ui.app import application
from ui.main_window import MainWindow
from ui.setup.first_run import FirstRunDialog
from ui.setup.sign_in import SignInDialog


def main(url: str, type_user: bool = False) -> int:
    """`type_user`: the library exists already, so sign-in offers no user; type it."""
    seen: dict[str, str] = {}

    def drive() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, FirstRunDialog):
            widget.library_name.setText("Қостанай облыстық кітапханасы")
            widget.sigla.setText("KZ-KoOB")
            widget.password.setText("kitap-2024")
            widget.repeat.setText("kitap-2024")
            widget.create_library()
        elif isinstance(widget, SignInDialog):
            if type_user and not widget.user.text():
                widget.user.setText("admin")
            if widget.user.text() != "admin":
                print(f"sign-in offered user {widget.user.text()!r}", file=sys.stderr)
                QApplication.exit(3)
                return
            widget.password.setText("kitap-2024")
            widget.sign_in()
        else:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            ready = windows and windows[0].isVisible()
            if ready and windows[0].catalog.search.count.text() == "0 records":
                seen["title"] = windows[0].windowTitle()
                windows[0].close()
                return
        QTimer.singleShot(20, drive)

    application()  # the timer below needs the application's event loop to exist
    QTimer.singleShot(20, drive)
    code = qor(["--db", url])
    print(seen.get("title", ""))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], type_user="--type-user" in sys.argv[2:]))
