"""The last resort: an error nothing else caught (a bug in a slot, a failure no service turned
into a QorError) is written with its traceback to the log file and shown in a dialog that
names the file, instead of going to a stderr nobody sees on a desktop. Qt's own messages go
to the same log, at their level, instead of stderr.

Errors a user can act on never reach here: services raise QorError, which screens show in
the service's words (ui.common.messages); workers report theirs through `failed`."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("qor")
qt_log = logging.getLogger("qor.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def default_log_file() -> Path:
    return Path(platformdirs.user_log_dir("qor", "Qor")) / "qor.log"


def start_log(path: Path | None = None) -> Path:
    """Log INFO and up to `path` (the user's log folder by default), kept to five files of
    one megabyte; the file's place is returned for messages that name it."""
    path = path or default_log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def show_unexpected(text: str) -> None:
    """The dialog: a critical message box over whatever window is active."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LastResort", "Qor"))
    box.setText(text)
    box.exec()


class _Relay(QObject):
    """Made in the GUI thread: an error met in another thread is shown from there."""

    show = Signal(str)


class LastResort:
    """`install()` makes it the process's sys.excepthook and Qt's message handler;
    `uninstall()` puts back what was there (before the interpreter shuts down: Qt's last
    messages must not call into a finalised Python). An error in another thread (PySide
    reports a failing QRunnable.run there) is logged at once and shown from the GUI thread."""

    def __init__(self, log_file: Path, show: Callable[[str], None] = show_unexpected) -> None:
        self.log_file = log_file
        self.show = show
        self._showing = False
        self._previous_hook: Callable[..., object] | None = None
        self._previous_handler: object = None
        self._relay: _Relay | None = None

    def install(self) -> None:
        self._relay = _Relay()
        self._relay.show.connect(self._show_once)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        self._previous_handler = qInstallMessageHandler(self.qt_message)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_handler)  # type: ignore[arg-type]

    def message(self, error: BaseException) -> str:
        return QCoreApplication.translate(
            "LastResort",
            "Qor met an error it did not expect: {error}\n\nWhat you were doing may not have "
            "been saved. The details are in the log file {path}; please send it to whoever "
            "looks after Qor in your library.",
        ).format(error=f"{type(error).__name__}: {error}", path=self.log_file)

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous_hook is not None:
            self._previous_hook(kind, error, trace)
            return
        log.log(logging.CRITICAL, "unexpected error", exc_info=(kind, error, trace))
        if QCoreApplication.instance() is None or QCoreApplication.closingDown():
            return  # no one to show it to: the log has it
        if threading.current_thread() is not threading.main_thread():
            if self._relay is not None:
                self._relay.show.emit(self.message(error))  # queued to the GUI thread
            return
        self._show_once(self.message(error))

    def _show_once(self, text: str) -> None:
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.show(text)
        finally:
            self._showing = False

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(LEVELS.get(kind, logging.WARNING), "%s%s", text, where)
