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
    # Checked every 1,000 calls, so a leaking binding fails here with the count it lost rather
    # than aborting the interpreter once None's count reaches zero.
    for chunk in range(100):
        for i in range(1_000):
            label.setText("Қ")  # returns None
            bar.setValue(chunk * 1_000 + i)  # returns None
        now = sys.getrefcount(None)
        # A handful either way is the interpreter's own bookkeeping; the defect lost 2,000.
        assert abs(now - before) < 100, (
            f"None's reference count went from {before} to {now} after {chunk + 1},000 calls"
        )
