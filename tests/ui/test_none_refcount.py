"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 dropped one
per void Qt call, and after some thousands of scans the interpreter aborted with "Fatal Python
error: none_dealloc". pyproject.toml pins a binding without the defect; this canary fails the
day a binding that has it comes back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar


def test_void_qt_calls_keep_nones_reference_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    bar = QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    bar.setMaximum(100_000)
    before = sys.getrefcount(None)
    for i in range(100_000):
        label.setText("Қ")  # returns None
        bar.setValue(i)  # returns None
    after = sys.getrefcount(None)
    # A handful either way is the interpreter's own bookkeeping; the defect lost 200,000.
    assert abs(after - before) < 100, f"None's reference count went from {before} to {after}"
