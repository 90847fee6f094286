"""One scan path for the whole window.

A keyboard-wedge scanner types into whatever has the focus: a results table after a click,
the count box of a dialog, the batch list's popup, nothing at all after a screen switch.
`ScanRouter` is an application event filter owned by the main window. It watches every key
the window (and the dialogs and popups over it) receives, tells a scanner's burst from
typing by the same rule as the scan field (`ScanSettings`: keys at most `max_interval_ms`
apart, at least `min_length` long, then Enter or Tab; a shorter burst when its Enter follows
as fast, and in a text field only when the whole burst came within one key gap), and when a
burst ends anywhere but in a scan field of the screen or dialog in front:

- takes back what the burst typed before it was recognised (the field's text, a spin box's
  value, a list's current row) and swallows its Enter, so nothing is added, chosen or
  switched by it;
- closes an open popup (the batch list, a menu) without choosing from it;
- gives the code to the scan field of the modal dialog in front, if it has one, else to the
  scan job of the screen in front (its `take_scan(code)`, or its visible scan field);
- refuses it with colour, words and sound where there is no scan job (a dialog without a
  scan field, a screen that takes no scans), never in silence;
- counts the same code within the double-scan window once, in dialogs too.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ui.common.feedback import Feedback, FeedbackBanner, make_player, sound_enabled
from ui.common.scan_field import ScanField, ScanSettings

ENTER_GAP_S = 0.5  # a scanner's Enter follows its last character at once; later is a hand's


@dataclass
class Routed:
    """What became of one recognised scan (for tests and the X walk)."""

    code: str
    outcome: str  # "field", "screen", "dialog", "repeated", "refused"
    where: str  # the class name of what took or refused it
    message: str = ""


@dataclass
class _Burst:
    chars: list[tuple[str, float]] = field(default_factory=list)
    receiver: QWidget | None = None
    restore: Callable[[], None] | None = None


def _snapshot(widget: QWidget) -> Callable[[], None] | None:
    """How to put `widget` back as it is now (before a burst's first key reaches it)."""
    if isinstance(widget, QLineEdit):
        text, cursor = widget.text(), widget.cursorPosition()

        def line() -> None:
            widget.setText(text)
            widget.setCursorPosition(cursor)

        return line
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        shown = inner.text() if inner is not None else ""
        put_back: Callable[[], None] = lambda: None  # noqa: E731
        if isinstance(widget, QSpinBox):
            number = widget.value()
            put_back = lambda: widget.setValue(number)  # noqa: E731
        elif isinstance(widget, QDoubleSpinBox):
            real = widget.value()
            put_back = lambda: widget.setValue(real)  # noqa: E731
        elif isinstance(widget, QDateTimeEdit):
            moment = widget.dateTime()
            put_back = lambda: widget.setDateTime(moment)  # noqa: E731

        def spin() -> None:
            put_back()
            if inner is not None:
                inner.setText(shown)

        return spin
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        plain = widget.toPlainText()
        position = widget.textCursor().position()

        def text_edit() -> None:
            if widget.toPlainText() != plain:
                widget.setPlainText(plain)
                cursor = widget.textCursor()
                cursor.setPosition(min(position, len(plain)))
                widget.setTextCursor(cursor)

        return text_edit
    if isinstance(widget, QComboBox):
        editor = widget.lineEdit() if widget.isEditable() else None
        if editor is not None:
            return _snapshot(editor)
        index = widget.currentIndex()
        return lambda: widget.setCurrentIndex(index)
    if isinstance(widget, QAbstractItemView):
        selection_model = widget.selectionModel()
        current = QPersistentModelIndex(widget.currentIndex())
        selection = QItemSelection(selection_model.selection()) if selection_model else None

        def view() -> None:
            model = widget.selectionModel()
            if model is None:
                return
            if selection is not None:
                model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if current.isValid():
                model.setCurrentIndex(
                    widget.model().index(current.row(), current.column(), current.parent()),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )

        return view
    return None


def _focus_if_alive(widget: QWidget) -> None:
    if shiboken6.isValid(widget) and widget.isVisible():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def scan_field_of(widget: QWidget) -> ScanField | None:
    """The scan field a routed scan goes to in `widget` (a screen or a dialog): the one
    `widget.scan_target()` names, else the first visible, enabled one."""
    named = getattr(widget, "scan_target", None)
    if callable(named):
        target = named()
        return target if isinstance(target, ScanField) else None
    fields = [f for f in widget.findChildren(ScanField) if f.isVisible() and f.isEnabled()]
    return fields[0] if fields else None


def banner_of(widget: QWidget) -> FeedbackBanner | None:
    banners = [b for b in widget.findChildren(FeedbackBanner) if b.isVisible()]
    return banners[0] if banners else None


class ScanRouter(QObject):
    """Install with `QApplication.instance().installEventFilter(router)`; `window` is the
    main window whose screens (its `screens` stack) take the scans, or a screen shown on its
    own (then it is the screen in front)."""

    def __init__(
        self,
        window: QWidget,
        settings: ScanSettings | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else ScanSettings.load()
        self._clock = clock
        self._burst = _Burst()
        self._ate_override = False
        self._last_code = ""
        self._last_at = float("-inf")
        self.routed: list[Routed] = []  # every scan it recognised and what became of it

    # --- Watching the keys ----------------------------------------------------------------
    def _receiver_ok(self, obj: QObject) -> bool:
        """The first receiver of a key (not a parent it propagates to), in our window or a
        dialog or popup over it."""
        if not isinstance(obj, QWidget) or not self.window.isVisible():
            return False
        focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()
        if popup is not None and (focus is None or not popup.isAncestorOf(focus)):
            focus = popup
        if focus is None:
            # No active window (offscreen, or the window manager has not given it back yet):
            # the key's receiver is the window's own focus widget, or the window.
            focus = obj.window().focusWidget() or obj.window()
        if obj is not focus:
            return False
        top = obj.window()
        if top is self.window:
            return True
        parent = top.parentWidget()
        while parent is not None:
            if parent.window() is self.window:
                return True
            parent = parent.parentWidget()
        return top is QApplication.activeModalWidget() or top is QApplication.activePopupWidget()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._receiver_ok(obj):
            return False
        assert isinstance(obj, QWidget)
        if kind == QEvent.Type.ShortcutOverride:
            # Qt offers a key to shortcuts (and to popups: a combo box's list takes Enter
            # here) before the key press itself: a scan's Enter is taken at this point.
            if self._ends(event) and self._end(obj, event, early=True):
                event.accept()
                self._ate_override = True
                return True
            return False
        if self._ate_override and self._ends(event):
            self._ate_override = False
            return True
        self._ate_override = False
        return self._key(obj, event)

    def _ends(self, event: QKeyEvent) -> bool:
        key = event.key()
        ends = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            key == Qt.Key.Key_Tab and self.settings.tab_ends_scan and bool(self._burst.chars)
        )
        return ends and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier

    def _end(self, receiver: QWidget, event: QKeyEvent, early: bool = False) -> bool:
        """The end of a burst: True when it was a scan taken here (the key is eaten)."""
        now = self._clock()
        burst = self._burst
        code = self._burst_code(now, self.settings.max_interval_ms / 1000.0)
        if code is None:
            self._burst = _Burst()
            return False
        if self._in_front_scan_field(receiver):
            # The scan field in front tells scans itself (on the key press); the window
            # remembers it for its double-scan window.
            if not early:
                self._burst = _Burst()
                self._remember(code, now)
            return False
        self._burst = _Burst()
        if burst.restore is not None:
            burst.restore()
        self.route(code, now)
        return True

    def _key(self, receiver: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        key = event.key()
        limit = self.settings.max_interval_ms / 1000.0
        burst = self._burst
        if self._ends(event):
            return self._end(receiver, event)
        text = event.text()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if text and text.isprintable() and not modifiers:
            if (
                not burst.chars
                or now - burst.chars[-1][1] > limit
                or burst.receiver is not receiver
            ):
                self._burst = burst = _Burst(receiver=receiver, restore=_snapshot(receiver))
            burst.chars.append((text, now))
            return False
        if key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self._burst = _Burst()
        return False

    def _burst_code(self, now: float, limit: float) -> str | None:
        chars = self._burst.chars
        if not chars or now - chars[-1][1] > ENTER_GAP_S:
            return None
        # The burst started the snapshot: every key in it came within `limit` of the last.
        if any(b[1] - a[1] > limit for a, b in itertools.pairwise(chars)):
            return None
        if len(chars) < self.settings.min_length and not self._short_scan(now, limit):
            return None
        code = self.settings.strip("".join(c for c, _ in chars))
        return code or None

    def _short_scan(self, now: float, limit: float) -> bool:
        """A burst shorter than `min_length` (copy 7's barcode "7" under the default scheme)
        is a scan when its Enter came as fast as its keys, as a scanner's does; where a
        person types text (a field, a spin box), only when the whole burst, Enter included,
        came within one key gap: no hand types "12" and Enter that fast."""
        chars = self._burst.chars
        if now - chars[-1][1] > limit:
            return False
        receiver = self._burst.receiver
        typing = isinstance(receiver, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit)
        if isinstance(receiver, QComboBox) and receiver.isEditable():
            typing = True
        return not typing or now - chars[0][1] <= limit

    def _in_front_scan_field(self, receiver: QWidget) -> bool:
        if not isinstance(receiver, ScanField) or not receiver.isEnabled():
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window:
            return modal.isAncestorOf(receiver)
        screen = self.front_screen()
        return screen is not None and screen.isAncestorOf(receiver)

    def _remember(self, code: str, now: float) -> None:
        self._last_code, self._last_at = code, now

    # --- Routing ------------------------------------------------------------------------
    def front_screen(self) -> QWidget | None:
        stack = getattr(self.window, "screens", None)
        if stack is None:
            return self.window
        current = stack.currentWidget()
        return current if isinstance(current, QWidget) else None

    def route(self, code: str, now: float | None = None) -> Routed:
        """Give a recognised scan to whatever is in front (see the module's doc)."""
        now = self._clock() if now is None else now
        popup = QApplication.activePopupWidget()
        closed_popup = popup is not None
        while popup is not None:
            combo = popup.parentWidget()
            while combo is not None and not isinstance(combo, QComboBox):
                combo = combo.parentWidget()
            if isinstance(combo, QComboBox):
                combo.hidePopup()
            else:
                popup.close()
            following = QApplication.activePopupWidget()
            popup = None if following is popup else following
        modal = QApplication.activeModalWidget()
        if modal is self.window:
            modal = None
        repeated = code == self._last_code and (now - self._last_at) * 1000 < (
            self.settings.repeat_ms
        )
        if repeated:
            where = modal if modal is not None else self.front_screen()
            message = QCoreApplication.translate(
                "ScanRouter", "{code} was just scanned: counted once."
            ).format(code=code)
            self._feedback(where, Feedback.DUPLICATE, message)
            return self._log(Routed(code, "repeated", type(where).__name__, message))
        self._remember(code, now)
        if modal is not None:
            target = scan_field_of(modal)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                target.deliver(code)
                return self._log(Routed(code, "dialog", type(modal).__name__))
            message = QCoreApplication.translate(
                "ScanRouter", "Scan {code} not taken: finish or close this window first."
            ).format(code=code)
            self._feedback(modal, Feedback.REFUSED, message)
            return self._log(Routed(code, "refused", type(modal).__name__, message))
        screen = self.front_screen()
        if screen is None:
            return self._log(Routed(code, "refused", "", ""))
        take = getattr(screen, "take_scan", None)
        if callable(take):
            take(code)
            return self._log(Routed(code, "screen", type(screen).__name__))
        target = scan_field_of(screen)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if closed_popup:  # Qt gives the focus back to the popup's owner after this
                QTimer.singleShot(0, lambda: _focus_if_alive(target))
            target.deliver(code)
            return self._log(Routed(code, "field", type(screen).__name__))
        why = getattr(screen, "scan_refusal", None)
        message = (
            why(code)
            if callable(why)
            else QCoreApplication.translate(
                "ScanRouter", "Scan {code} not taken: this screen takes no scans."
            ).format(code=code)
        )
        self._feedback(screen, Feedback.REFUSED, message)
        return self._log(Routed(code, "refused", type(screen).__name__, message))

    def _log(self, routed: Routed) -> Routed:
        self.routed.append(routed)
        del self.routed[:-200]
        return routed

    def _feedback(self, where: QWidget | None, result: Feedback, message: str) -> None:
        """Colour, words and sound where the operator is looking: the banner of `where`,
        else a tooltip over it and the window's status bar."""
        banner = banner_of(where) if where is not None else None
        if banner is not None:
            banner.show_result(result, message)
            return
        target = where if where is not None else self.window
        QToolTip.showText(target.mapToGlobal(QPoint(target.width() // 3, 24)), message, target)
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(message, 8000)
        if sound_enabled():
            make_player().play(result)
