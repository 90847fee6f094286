"""A busy sign for the few seconds a service call holds the window (creating a library,
adding many copies): the wait cursor and a word on screen, painted before the call starts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication


@contextmanager
def busy(say: Callable[[], None] | None = None) -> Iterator[None]:
    """Show the wait cursor (and run `say`, which puts a word on screen and repaints it at
    once, so it is seen while the work runs) until the block ends."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        if say is not None:
            say()
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
