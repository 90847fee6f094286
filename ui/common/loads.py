"""A panel's lists, read off the GUI thread (the GUI-thread rule in ui/common/worker.py): the
panel asks for a reload after each change, the rows come when the read is done, a busy bar
shows meanwhile, and the screen stays usable (a scan is answered at once, in its own slot).

One read at a time: a reload asked while one is under way runs once when it ends, however
many were asked. So an older read can never arrive after a newer one and overwrite its rows,
and scans in quick succession do not pile reads up in the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from ui.common.worker import Worker, WorkerSet, alive


def busy_bar() -> QProgressBar:
    """A thin bar that moves while the lists are read (hidden otherwise)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


class ListLoad(QObject):
    """Runs `read(*args)` in a worker on `reload(*args)` and hands the result to
    `show(result)` in the GUI thread; a failure goes to `failed(message)`. `loaded` is
    emitted after each `show`. `read` gets the database and what the panel shows (the chosen
    order) as arguments, taken in the GUI thread, never the widgets."""

    loaded = Signal()

    def __init__(
        self,
        owner: QWidget,
        read: Callable[..., Any],
        show: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self._read, self._show, self._failed = read, show, failed
        self.busy = busy_bar()
        self.workers = WorkerSet()
        self._running = False
        self._again = False
        self._args: tuple[Any, ...] = ()

    def loading(self) -> bool:
        """Whether a read is under way or asked for."""
        return self._running or self._again

    def reload(self, *args: Any) -> Worker | None:
        """Read the lists again: now, or when the read under way ends (None then; the
        arguments of the last reload asked for are used)."""
        self._args = args
        if self._running:
            self._again = True
            return None
        self._running, self._again = True, False
        self.busy.show()
        read = self._read
        worker = Worker(lambda **_: read(*args))
        worker.signals.finished.connect(alive(self.owner, self._arrived))
        worker.signals.failed.connect(alive(self.owner, self._refused))
        return self.workers.start(worker)

    def _arrived(self, result: Any) -> None:
        self._ended()
        self._show(result)  # newer than what is shown: the reads run one at a time
        self.loaded.emit()

    def _refused(self, message: str) -> None:
        self._ended()
        self._failed(message)

    def _ended(self) -> None:
        self._running = False
        if self._again:
            self.reload(*self._args)
        else:
            self.busy.hide()
