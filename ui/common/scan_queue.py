"""Scans answered in the order they came, off the GUI thread: what every scanning desk (the
audit's, the intake's, the binding, repair and digitisation desks', the write-off act's and
KazNEB's) puts its scans through.

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
import threading
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
        self._lock = threading.Lock()
        # The batch the queue's thread has not started yet, which later scans may join.
        self._filling: tuple[Callable[[list[Any]], list[Any]], list[Any]] | None = None

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
        self._close_batch()

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

    def submit_batched(
        self,
        batch: Callable[[list[Any]], list[Any]],
        item: Any,
        *,
        answered: Callable[[Any], None],
        refused: Callable[[str], None],
    ) -> None:
        """`item` answered by `batch(items)`, together with the items submitted after it
        while the queue's thread was still busy: `batch` gets them in order and returns one
        answer each, in order (an exception instance among them refuses its item). A branch's
        scans that come faster than its link answers then go to the server together, in one
        round trip (app.audit.live.scans_and_counts), and each is still answered in its
        place. A scan submitted with `submit` or `start` closes the batch being filled, so
        nothing is answered out of order."""
        self._waiting += 1
        with self._lock:
            filling = self._filling
            if filling is not None and filling[0] == batch:  # (a bound method is made anew)
                filling[1].append((item, answered, refused))
                return
            items: list[tuple[Any, Callable[[Any], None], Callable[[str], None]]] = [
                (item, answered, refused)
            ]
            self._filling = (batch, items)

        def run() -> None:
            with self._lock:
                if self._filling is not None and self._filling[1] is items:
                    self._filling = None  # later items start a batch of their own
            try:
                values: list[Any] = batch([entry[0] for entry in items])
                if len(values) != len(items):
                    raise RuntimeError(f"{len(values)} answers to {len(items)} scans")
            except Exception as exc:
                log.exception("a batch of scans failed")
                failure = str(exc) if isinstance(exc, QorError) else f"{type(exc).__name__}: {exc}"
                values = [QorError(failure)] * len(items)
            for (_item, ok, no), value in zip(items, values, strict=True):
                if isValid(self):
                    if isinstance(value, BaseException):
                        self._answer.emit((no, str(value)))
                    else:
                        self._answer.emit((ok, value))

        self.pool.start(run)

    def _close_batch(self) -> None:
        with self._lock:
            self._filling = None

    def start(self, worker: Worker) -> Worker:
        """A worker of the caller's own making (an audit's counters), in the scans' order."""
        self._waiting += 1
        self._close_batch()
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
