"""Long work off the GUI thread: a QRunnable that reports progress, its result or its failure
through signals, and that the GUI can ask to stop between units of work.

The GUI-thread rule (DESIGN: "long work runs in a worker off the GUI thread"), for every
screen and dialog:

- Inline, in the slot: a service call whose cost does not grow with the library or with a
  selection, that is a single-row lookup or change (a label check, adding one location,
  reading one audit's row, saving or deleting one record), held under the scan feedback
  figure (p99 < 50 ms with a million copies: bench/bench_scan_feedback.py,
  bench_scan_lookup.py). Also inline: reading a settings table (locations, catalog targets,
  users: tens to hundreds of rows, one query, growing with the library's configuration, not
  its fund or history), a read bounded by the screen (the newest N batches a chooser
  offers), and a sign-in's password check (a fixed cost).
- A desk's scans (the intake's, the audit's, the binding, repair and digitisation desks',
  the write-off act's and KazNEB's) go through `ui.common.scan_queue.ScanQueue`: taken at
  once, looked up (or made) one after another off the GUI thread, each answered in the
  order scanned, so a scanner faster than a branch's VPN never freezes the screen. A label
  scanned in a dialog is a label check, inline (above).
- In a `Worker`: anything proportional to a batch, a list or the fund: loading an audit's
  counters and result lists, the lists a panel shows that grow with the library's history
  (binding orders, repair and digitisation logs, audits: ui/common/loads.py reads them one
  read at a time, so an older read never overwrites a newer), opening an audit (its expected
  list is frozen), sending a binding order, exporting a list, releasing a whole batch, adding
  many copies, creating a library (the schema is built), imports, reports, PDFs, sync. The
  slot starts the worker, shows a busy sign (a busy bar, a progress dialog or a banner note)
  and keeps the screen usable; the result comes back through `finished` or `failed`.
- Work whose order matters (an audit's scans: a shelf's barcode, then its copies) goes
  through a one-thread pool (the `ScanQueue`'s) so it keeps its order.

Progress has one meaning everywhere: `progress(done, total, label)`, units done so far, of
`total` (0 while the total is not known: show a busy bar), and a label saying what is being
done. A service whose own callback reports something else (an import's rejected count) is
adapted where the worker is made, the extra figure going into the label.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import threading
import warnings
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from app.errors import QorError

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Lives in the GUI thread, so connected slots run there (queued from the worker)."""

    progress = Signal(int, int, str)  # done, total (0: not known yet), label
    finished = Signal(object)
    # what went wrong, in the service's words, and the exception's class (DuplicateBarcode,
    # AuditClosed...) for a slot that answers one kind differently; a slot may take only the
    # message
    failed = Signal(str, object)


class Worker(QRunnable):
    """Runs `fn(*args, progress=..., is_cancelled=..., **kwargs)` in a thread pool.

    `progress(done, total, label)` (see the module's docstring; total 0: not known) may be
    called from `fn` at any time; `is_cancelled()` turns true once `cancel()` was called
    (from any thread). Exactly one of `finished(result)` or `failed(message, exception class)`
    is emitted.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        # The owner keeps the Python object alive until a result arrives; Qt must not delete it.
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.signals.progress.emit(done, total, label)

    def run(self) -> None:
        try:
            result = self._fn(
                *self._args, progress=self._progress, is_cancelled=self.is_cancelled, **self._kwargs
            )
        except QorError as exc:
            self._report(self.signals.failed, str(exc), type(exc))
        except Exception as exc:
            # A worker thread has no caller to raise to: log the traceback, tell the user.
            log.exception("background work failed")
            self._report(self.signals.failed, f"{type(exc).__name__}: {exc}", type(exc))
        else:
            self._report(self.signals.finished, result)

    def _report(self, signal: Any, *args: Any) -> None:
        # The application may have quit while this ran (its signals object went with it):
        # there is no one left to tell.
        if isValid(self.signals):
            try:
                signal.emit(*args)
            except RuntimeError:
                if isValid(self.signals):
                    raise


def alive(owner: QObject, slot: Callable[..., Any]) -> Callable[..., None]:
    """`slot`, called only while `owner` exists. A lambda connected to a worker's signal is
    not tied to the widget it calls into: a worker may report after its screen was closed and
    deleted, and the call would reach deleted models. As with a direct connection, `slot`
    may take fewer arguments than the signal carries (`failed`'s message only)."""
    taken = _positional(slot)

    def call(*args: Any) -> None:
        if isValid(owner):
            slot(*args[:taken])

    return call


def _positional(slot: Callable[..., Any]) -> int | None:
    """How many positional arguments `slot` takes (None: any number)."""
    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


class WorkerSet:
    """Keeps the workers an object started alive until each one reports back, then lets them
    go: a finished worker waits among the last few finished (so no thread can still be
    returning from it when it is freed), then its signals are disconnected, which drops the
    slots (and the lambdas that hold the worker) connected to them. An audit's thousands of
    scans leave no workers behind."""

    KEEP_FINISHED = 4

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Worker] = set()
        self._finished: deque[Worker] = deque()

    def start(self, worker: Worker) -> Worker:
        self._running.add(worker)
        ref = weakref.ref(worker)  # a slot holding the worker would keep it alive for good
        worker.signals.finished.connect(lambda _result: self._done(ref))
        worker.signals.failed.connect(lambda *_failure: self._done(ref))
        # The pool gets a callable, not the QRunnable: PySide keeps a QRunnable handed to
        # start() for good (its wrapper is given to C++, which never deletes it).
        self.pool.start(worker.run)
        return worker

    def _done(self, ref: weakref.ref[Worker]) -> None:
        worker = ref()
        if worker is None or worker not in self._running:
            return
        self._running.discard(worker)
        self._finished.append(worker)
        while len(self._finished) > self.KEEP_FINISHED:
            _disconnect(self._finished.popleft())

    def cancel_all(self) -> None:
        for worker in list(self._running):
            worker.cancel()

    def __len__(self) -> int:
        return len(self._running)


def _disconnect(worker: Worker) -> None:
    """Drop every slot connected to a finished worker's signals."""
    if not isValid(worker.signals):
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a signal with no slot left warns on disconnect()
        for signal in (worker.signals.progress, worker.signals.finished, worker.signals.failed):
            with contextlib.suppress(RuntimeError, TypeError, SystemError):
                signal.disconnect()
