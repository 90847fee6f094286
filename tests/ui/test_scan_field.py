"""The scan field tells a wedge scanner's burst from a person typing, ends a scan at Enter or
Tab, strips the scanner's prefix and suffix, and counts a double scan once; the feedback
banner gives each result its own colour and sound."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.common.feedback import (
    LOOKS,
    Feedback,
    FeedbackBanner,
    sound_path,
    tone_frames,
)
from ui.common.scan_field import ScanField, ScanSettings

SETTINGS = ScanSettings(max_interval_ms=50, min_length=4, repeat_ms=1000)
HAND_DELAY_MS = 150  # a quick typist still leaves ~100 ms between keys


class Seen:
    def __init__(self, field: ScanField) -> None:
        self.scans: list[str] = []
        self.typed: list[str] = []
        self.repeats: list[str] = []
        field.scanned.connect(self.scans.append)
        field.typed.connect(self.typed.append)
        field.repeated.connect(self.repeats.append)


@pytest.fixture
def field(qtbot: QtBot) -> ScanField:
    widget = ScanField(SETTINGS)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def scan(qtbot: QtBot, field: QLineEdit, code: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, end)


def type_slowly(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    for char in text:
        qtbot.keyClicks(field, char)
        qtbot.wait(HAND_DELAY_MS)


def test_a_fast_burst_ending_in_enter_is_a_scan(qtbot: QtBot, field: ScanField) -> None:
    seen = Seen(field)
    scan(qtbot, field, "9786010000017")
    assert seen.scans == ["9786010000017"]
    assert seen.typed == []
    assert field.text() == ""


def test_keypad_enter_ends_a_scan_too(qtbot: QtBot, field: ScanField) -> None:
    seen = Seen(field)
    scan(qtbot, field, "A00000421B", Qt.Key.Key_Enter)
    assert seen.scans == ["A00000421B"]


def test_typing_by_hand_is_not_a_scan(qtbot: QtBot, field: ScanField) -> None:
    seen = Seen(field)
    type_slowly(qtbot, field, "12345")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert seen.scans == []
    assert seen.typed == ["12345"]


def test_a_short_burst_is_typing_whatever_its_speed(qtbot: QtBot, field: ScanField) -> None:
    seen = Seen(field)
    scan(qtbot, field, "123")
    assert seen.scans == []
    assert seen.typed == ["123"]


def test_a_scan_after_stray_typing_keeps_only_the_burst(qtbot: QtBot, field: ScanField) -> None:
    seen = Seen(field)
    type_slowly(qtbot, field, "xy")
    scan(qtbot, field, "000123456")
    assert seen.scans == ["000123456"]


def test_tab_ends_a_scan_and_keeps_the_focus(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    field, other = ScanField(SETTINGS), QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(other)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    field.setFocus()
    assert host.focusWidget() is field
    seen = Seen(field)
    scan(qtbot, field, "000123456", Qt.Key.Key_Tab)
    assert seen.scans == ["000123456"]
    assert host.focusWidget() is field
    assert other.text() == ""


def test_tab_ending_can_be_turned_off(qtbot: QtBot) -> None:
    field = ScanField(ScanSettings(tab_ends_scan=False))
    qtbot.addWidget(field)
    seen = Seen(field)
    qtbot.keyClicks(field, "000123456")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert seen.scans == []


def test_prefix_and_suffix_are_stripped(qtbot: QtBot) -> None:
    field = ScanField(ScanSettings(prefix="]C1", suffix="#"))
    qtbot.addWidget(field)
    seen = Seen(field)
    scan(qtbot, field, "]C1000123456#")
    scan(qtbot, field, "000654321")  # a scanner that sent neither
    assert seen.scans == ["000123456", "000654321"]


def test_the_same_code_twice_within_a_second_counts_once(qtbot: QtBot) -> None:
    field = ScanField(ScanSettings(repeat_ms=300))
    qtbot.addWidget(field)
    seen = Seen(field)
    scan(qtbot, field, "000123456")
    scan(qtbot, field, "000123456")
    assert seen.scans == ["000123456"]
    assert seen.repeats == ["000123456"]
    scan(qtbot, field, "000999999")  # another code is never swallowed
    scan(qtbot, field, "000123456")
    assert seen.scans == ["000123456", "000999999", "000123456"]
    qtbot.wait(400)
    scan(qtbot, field, "000123456")  # the same book scanned again on purpose, later
    assert seen.scans[-1] == "000123456" and len(seen.scans) == 4


def test_the_double_scan_window_is_fixed_from_the_accepted_scan(qtbot: QtBot) -> None:
    """Scans at 0, 0.9, 1.8 and 2.7 s: the one at 1.8 s is a second after the accepted scan
    and counts, although only 0.9 s passed since the swallowed repeat."""
    now = [0.0]
    field = ScanField(ScanSettings(repeat_ms=1000), clock=lambda: now[0])
    qtbot.addWidget(field)
    seen = Seen(field)
    accepted_at = []
    field.scanned.connect(lambda _code: accepted_at.append(now[0]))
    for at in (0.0, 0.9, 1.8, 2.7):
        now[0] = at
        scan(qtbot, field, "000123456")
    assert accepted_at == [0.0, 1.8]
    assert seen.repeats == ["000123456", "000123456"]


def test_double_scan_window_is_one_second_by_default(qtbot: QtBot) -> None:
    # The field's own clock, so a busy machine's slow key events cannot move the scans apart.
    now = [0.0]
    field = ScanField(ScanSettings(), clock=lambda: now[0])
    qtbot.addWidget(field)
    seen = Seen(field)
    for at in (0.0, 0.2, 0.99, 1.0):
        now[0] = at
        scan(qtbot, field, "000123456")
    assert seen.scans == ["000123456", "000123456"]  # at 0 and at 1.0 s


def test_settings_round_trip_through_qsettings(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "qor.ini"), QSettings.Format.IniFormat)
    assert ScanSettings.load(store) == ScanSettings()
    wanted = ScanSettings(
        max_interval_ms=25, min_length=6, prefix="\x02", suffix="\x03", repeat_ms=800
    )
    wanted.save(store)
    again = QSettings(str(tmp_path / "qor.ini"), QSettings.Format.IniFormat)
    assert ScanSettings.load(again) == wanted


class Recorder:
    def __init__(self) -> None:
        self.played: list[Feedback] = []

    def play(self, result: Feedback) -> None:
        self.played.append(result)


def test_each_result_has_its_own_colour_and_sound(qtbot: QtBot) -> None:
    sounding = [r for r, look in LOOKS.items() if look.tones]
    looks = set(LOOKS.values())  # audit results share the look of an intake one
    assert len({look.background for look in looks}) == len(looks)
    assert len({look.tones for look in looks if look.tones}) == len({LOOKS[r] for r in sounding})
    assert len({look.sound for look in looks}) == len(looks)
    for result in sounding:
        with wave.open(str(sound_path(result))) as wav:
            assert wav.getnchannels() == 1 and wav.getframerate() > 8000
            assert wav.readframes(wav.getnframes()) == tone_frames(LOOKS[result].tones)

    recorder = Recorder()
    banner = FeedbackBanner(player=recorder)
    qtbot.addWidget(banner)
    banner.sound = True
    for result in sounding:
        banner.show_result(result, f"message {result}")
        assert banner.text() == f"message {result}"
        assert LOOKS[result].background in banner.styleSheet()
    assert recorder.played == sounding
    banner.show_result(Feedback.INFO, "quiet", sound=False)
    assert recorder.played == sounding
