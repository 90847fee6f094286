"""The scan field: a line edit that tells a keyboard-wedge scanner from a person typing.

A wedge scanner "types" the code far faster than a hand can (a few milliseconds per key) and
ends it with Enter or Tab. A scan is the run of keys just before the terminator whose gaps are
all within `max_interval_ms`, at least `min_length` long; anything typed slowly before it is
dropped. The scanner's configured prefix/suffix characters are stripped, and the same code
scanned again within `repeat_ms` of its accepted scan (a double trigger, or the beam passing
twice) counts once.
Used by the intake desk and the audit screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_SETTINGS_GROUP = "scanner"


@dataclass(frozen=True)
class ScanSettings:
    """How this workstation's scanner behaves (kept per user in QSettings)."""

    max_interval_ms: float = 40.0  # keys further apart than this were typed by hand
    min_length: int = 4  # shorter bursts are typing, whatever their speed
    prefix: str = ""  # characters the scanner sends before each code (e.g. "]C1", STX)
    suffix: str = ""  # characters it sends after the code, before Enter/Tab
    repeat_ms: float = 1000.0  # the same code again within this window counts once
    tab_ends_scan: bool = True

    @classmethod
    def load(cls, settings: QSettings | None = None) -> ScanSettings:
        store = settings if settings is not None else QSettings()
        default = cls()
        store.beginGroup(_SETTINGS_GROUP)
        try:
            return cls(
                max_interval_ms=float(
                    store.value("max_interval_ms", default.max_interval_ms)  # type: ignore[arg-type]
                ),
                min_length=int(store.value("min_length", default.min_length)),  # type: ignore[call-overload]
                prefix=str(store.value("prefix", default.prefix)),
                suffix=str(store.value("suffix", default.suffix)),
                repeat_ms=float(store.value("repeat_ms", default.repeat_ms)),  # type: ignore[arg-type]
                tab_ends_scan=str(store.value("tab_ends_scan", default.tab_ends_scan)).lower()
                in ("true", "1"),
            )
        finally:
            store.endGroup()

    def save(self, settings: QSettings | None = None) -> None:
        store = settings if settings is not None else QSettings()
        store.beginGroup(_SETTINGS_GROUP)
        for name, value in self.__dict__.items():
            store.setValue(name, value)
        store.endGroup()
        store.sync()

    def strip(self, code: str) -> str:
        """The code without the scanner's prefix and suffix."""
        if self.prefix and code.startswith(self.prefix):
            code = code[len(self.prefix) :]
        if self.suffix and code.endswith(self.suffix):
            code = code[: -len(self.suffix)]
        return code.strip()


class ScanField(QLineEdit):
    """Emits `scanned(code)` for a scanner's burst, `typed(text)` when a person presses Enter
    after typing, and `repeated(code)` for a double scan it swallowed."""

    scanned = Signal(str)
    typed = Signal(str)
    repeated = Signal(str)

    def __init__(
        self,
        settings: ScanSettings | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else ScanSettings.load()
        self._clock = clock
        self._stamps: list[float] = []  # when each character now in the field arrived
        self._last_code = ""
        self._last_at = float("-inf")
        self.textEdited.connect(self._edited)

    def forget_last_scan(self) -> None:
        """The next scan counts even if it repeats the last one (the operator has done
        something else since, e.g. closed a dialog: a scan now is meant)."""
        self._last_code, self._last_at = "", float("-inf")

    # --- Key timing ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
            return
        text = event.text()
        now = self._clock()
        before = len(self.text())
        super().keyPressEvent(event)
        added = len(self.text()) - before
        if (
            text
            and text.isprintable()
            and added == len(text)
            and self.cursorPosition() == len(self.text())
        ):
            self._stamps.extend([now] * added)
        elif added or len(self.text()) != len(self._stamps):
            # Editing in the middle, pasting, deleting: whatever is there now was not scanned.
            self._stamps = [float("-inf")] * len(self.text())

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent saw it: catch it as a terminator.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self.settings.tab_ends_scan
            and self.text()
        ):
            self._finish()
            return True
        return super().event(event)

    def _edited(self, text: str) -> None:
        if not text:
            self._stamps = []

    def burst_length(self) -> int:
        """How many characters at the end of the field arrived as one fast burst."""
        stamps = self._stamps
        if not stamps or stamps[-1] == float("-inf"):
            return 0
        limit = self.settings.max_interval_ms / 1000.0
        length = 1
        for earlier, later in zip(reversed(stamps[:-1]), reversed(stamps[1:]), strict=True):
            if later - earlier > limit:
                break
            length += 1
        return length

    def deliver(self, code: str) -> None:
        """A scan the window's scan router recognised while the focus was elsewhere: it
        counts here as if it had been typed into this field (the double-scan window too)."""
        self._accept(code, self._clock())

    def _accept(self, code: str, now: float) -> None:
        if code == self._last_code and (now - self._last_at) * 1000 < self.settings.repeat_ms:
            # The window is fixed from the accepted scan, not slid by each repeat: a code
            # scanned every 0.9 s is scanned again, each time after the first second.
            self.repeated.emit(code)
            return
        self._last_code, self._last_at = code, now
        self.scanned.emit(code)

    def _finish(self) -> None:
        text = self.text()
        burst = self.burst_length()
        now = self._clock()
        self.clear()
        self._stamps = []
        if burst >= self.settings.min_length:
            code = self.settings.strip(text[-burst:])
            if code:
                self._accept(code, now)
        elif text.strip():
            self._last_code = ""
            self.typed.emit(self.settings.strip(text))
