"""The last resort: an error nothing caught is logged with its traceback and shown in a
dialog naming the log file; Qt's messages go to the same log instead of stderr."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.common.crash import LastResort, start_log


@pytest.fixture
def last_resort(tmp_path: Path, qapp: QApplication) -> Iterator[tuple[LastResort, list[str]]]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    shown: list[str] = []
    resort = LastResort(start_log(tmp_path / "logs" / "qor.log"), shown.append)
    resort.install()
    yield resort, shown
    resort.uninstall()
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.logs_errors
def test_an_uncaught_error_in_a_slot_is_logged_and_shown_with_the_log_file(
    last_resort: tuple[LastResort, list[str]], qtbot: QtBot
) -> None:
    resort, shown = last_resort

    def broken_slot() -> None:
        {}["no such key"]  # a bug, as a slot might have one

    try:
        broken_slot()
    except KeyError:
        resort.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "KeyError: 'no such key'" in shown[0] and str(resort.log_file) in shown[0]
    logged = resort.log_file.read_text(encoding="utf-8")
    assert "CRITICAL qor: unexpected error" in logged
    assert "broken_slot" in logged  # the traceback, for whoever looks after Qor


def test_the_hook_is_the_process_excepthook_until_uninstalled(
    last_resort: tuple[LastResort, list[str]],
) -> None:
    resort, _shown = last_resort
    assert sys.excepthook == resort.excepthook


def test_qt_warnings_go_to_the_log_not_stderr(
    last_resort: tuple[LastResort, list[str]], capfd: pytest.CaptureFixture[str]
) -> None:
    resort, shown = last_resort
    qWarning("a Qt warning for the log")
    assert "WARNING qor.qt: a Qt warning for the log" in resort.log_file.read_text("utf-8")
    assert "a Qt warning for the log" not in capfd.readouterr().err
    assert shown == []  # a warning is not an error to show


@pytest.mark.logs_errors
def test_an_error_in_a_worker_thread_is_shown_from_the_gui_thread(
    last_resort: tuple[LastResort, list[str]], qtbot: QtBot
) -> None:
    import threading

    resort, shown = last_resort
    seen_in: list[str] = []

    def show(text: str) -> None:
        seen_in.append(threading.current_thread().name)
        shown.append(text)

    resort.show = show

    def work() -> None:
        try:
            raise RuntimeError("lost in a thread")
        except RuntimeError:
            resort.excepthook(*sys.exc_info())  # type: ignore[arg-type]

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    assert "lost in a thread" in resort.log_file.read_text("utf-8")  # logged at once
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert seen_in == [threading.main_thread().name] and "RuntimeError" in shown[0]
