"""Scans answered in the order they came, off the GUI thread: what every scanning desk (the
audit's, the intake's) puts its scans through.

A branch workstation reaches the library's PostgreSQL over a VPN, where a scan's answer takes
at least one round trip (10-50 ms) and a scanner gun can fire faster than that. Asked inline,
each scan would freeze the screen for its round trip and the next scan would wait behind it
in the keyboard's queue. Through a `ScanQueue` a scan is taken at once (the field is free for
the next), its service call runs in a one-thread pool, so the calls keep their order (a shelf's
barcode before its copies; an ISBN before the copy scanned after it), and each answer comes
back to the GUI thread, in the same order, through the slot given with it. A failure is
answered too, by its own slot, in its place in the order: no scan goes unanswered.

A scan is a plain function run by the pool and answered through one signal of the queue's
own, not a `Worker` each: a desk scans tens of thousands of times a day, and nothing of a
scan is kept once it is answered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from shiboken6 import isValid

from app.errors import QorError
from ui.common.worker import Worker, WorkerSet, alive

log = logging.getLogger(__name__)


class ScanQueue(QObject):
    """`submit(fn, *args, answered=..., refused=...)`: `fn(*args)` in the queue's one thread;
    `answered(result)` or `refused(message)` on the GUI thread, in submission order, while
    `owner` lives."""

    drained = Signal()  # every scan submitted so far is answered
    _answer = Signal(object)  # (slot, value), from the pool's thread

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.owner = owner
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.workers = WorkerSet(self.pool)
        self._waiting = 0
        self._answer.connect(self._deliver)

    def pending(self) -> int:
        """Scans taken and not yet answered."""
        return self._waiting

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        answered: Callable[[Any], None],
        refused: Callable[[str], None],
    ) -> None:
        self._waiting += 1

        def run() -> None:
            slot: Callable[[Any], None]
            try:
                value: Any = fn(*args)
                slot = answered
            except QorError as exc:
                value, slot = str(exc), refused
            except Exception as exc:
                # No caller to raise to: log the traceback, answer the scan with what failed.
                log.exception("a scan failed")
                value, slot = f"{type(exc).__name__}: {exc}", refused
            if isValid(self):
                self._answer.emit((slot, value))

        self.pool.start(run)

    def start(self, worker: Worker) -> Worker:
        """A worker of the caller's own making (an audit's counters), in the scans' order."""
        self._waiting += 1
        worker.signals.finished.connect(alive(self, lambda _result: self._one_less()))
        worker.signals.failed.connect(alive(self, lambda *_failure: self._one_less()))
        return self.workers.start(worker)

    def _deliver(self, answer: tuple[Callable[[Any], None], Any]) -> None:
        slot, value = answer
        if isValid(self.owner):
            slot(value)
        self._one_less()

    def _one_less(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.drained.emit()
