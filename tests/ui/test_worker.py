"""The worker's contract: progress as (done, total, label), a failure with its exception's
class, and a bug in the work logged (so the suite's logfail fixture sees it)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from app.errors import DuplicateBarcode
from ui.common.worker import Worker, alive


def test_progress_is_done_of_total_with_a_label(qtbot: QtBot) -> None:
    def work(progress: Callable[[int, int, str], None], **_: object) -> str:
        for done in range(1, 4):
            progress(done, 3, f"record {done}")
        return "ok"

    worker = Worker(work)
    seen: list[tuple[int, int, str]] = []
    worker.signals.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(worker.signals.finished) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args == ["ok"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3, "record 1"), (2, 3, "record 2"), (3, 3, "record 3")]


def test_a_refusal_arrives_with_its_class_and_nothing_is_logged(
    qtbot: QtBot, fail_on_logged_errors: list[logging.LogRecord]
) -> None:
    def work(**_: object) -> None:
        raise DuplicateBarcode("LBL-1", "7", "Абай жолы")

    worker = Worker(work)
    with qtbot.waitSignal(worker.signals.failed) as failed:
        QThreadPool.globalInstance().start(worker)
    message, kind = failed.args
    assert kind is DuplicateBarcode and "LBL-1" in message
    assert fail_on_logged_errors == []  # a refusal is the service's answer, not a bug


@pytest.mark.logs_errors
def test_a_bug_in_the_work_is_logged_and_named(
    qtbot: QtBot, fail_on_logged_errors: list[logging.LogRecord]
) -> None:
    worker = Worker(lambda **_: dict[str, int]()["missing"])
    with qtbot.waitSignal(worker.signals.failed) as failed:
        QThreadPool.globalInstance().start(worker)
    message, kind = failed.args
    assert kind is KeyError and message == "KeyError: 'missing'"
    assert [r.getMessage() for r in fail_on_logged_errors] == ["background work failed"]


def test_alive_passes_a_slot_only_what_it_takes(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[object] = []
    alive(owner, lambda message: got.append(message))("why", KeyError)
    alive(owner, lambda message, kind: got.append((message, kind)))("why", KeyError)
    assert got == ["why", ("why", KeyError)]
