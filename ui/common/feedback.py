"""What a scan sounds and looks like: each `Feedback` (record found, new ISBN, copy
recognised, released, duplicate barcode, refused; in audits shelf, found, misplaced,
unknown, conflict) has its colour, message and sound, so an operator looking at the book
rather than the screen still knows what happened.

Sounds are short WAV tones in resources/sounds (made by `write_sounds`), played through
QtMultimedia's QSoundEffect (PySide6-Addons, a dependency of Qor). Where QtMultimedia cannot
be loaded (a trimmed install) each result falls back to a pattern of system beeps
(QApplication.beep), which tells success from refusal but not every result from every other.
"""

from __future__ import annotations

import atexit
import importlib
import math
import struct
import wave
from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

import resources

SOUNDS = Path(resources.__file__).parent / "sounds"
SAMPLE_RATE = 22050


class Feedback(StrEnum):
    """What the operator is told a scan (or a scan-desk action) meant. Each has its own
    colour and, but for INFO, its own sound."""

    RECORD_FOUND = "record-found"  # intake: the ISBN's record is in the catalog
    RECORD_NEW = "record-new"  # intake: an ISBN the catalog does not have yet
    COPY_FOUND = "copy-found"  # intake: a copy recognised, or a label put on it
    RELEASED = "released"  # intake: copies released to the shelves
    DUPLICATE = "duplicate"  # a barcode already on another copy; in audits, scanned twice
    REFUSED = "refused"  # the scan or action was refused; the message says why
    UNKNOWN = "unknown"  # audits: a code the catalog does not know
    SHELF = "shelf"  # audits: a shelf's barcode, later scans count on that shelf
    FOUND = "found"  # audits: a copy counted on its own shelf
    MISPLACED = "misplaced"  # audits: a copy counted on a shelf it does not belong to
    CONFLICT = "conflict"  # audits: a copy on the shelf the books say is gone (missing, ...)
    INFO = "info"  # no scan yet, or a neutral note


@dataclass(frozen=True)
class FeedbackLook:
    sound: str  # the WAV's name in resources/sounds ("" when silent)
    background: str
    foreground: str
    tones: tuple[tuple[float, float], ...]  # (frequency Hz, duration s); 0 Hz is a pause
    beeps: int


# The looks; audit outcomes share theirs with the intake result that sounds alike, so an
# operator moving between the desks hears the same few tones.
_CHIME = FeedbackLook("record-found", "#cdeccd", "#0b4d0b", ((880, 0.07), (1320, 0.09)), 1)
_TWO_TONES = FeedbackLook(
    "record-new", "#fff1b8", "#5c4400", ((660, 0.12), (0, 0.05), (660, 0.12)), 2
)
_BLIP = FeedbackLook("copy-found", "#d3e4fb", "#0b2f66", ((1046, 0.08),), 1)
_RISING = FeedbackLook(
    "released", "#b9e6c9", "#0b4d24", ((784, 0.06), (1046, 0.06), (1318, 0.1)), 1
)
_THREE_LOW = FeedbackLook(
    "duplicate", "#fbd5b0", "#6b2e00", ((392, 0.1), (0, 0.05), (392, 0.1), (0, 0.05), (392, 0.1)), 3
)
_BUZZ = FeedbackLook("refused", "#f6c6c6", "#7a0010", ((220, 0.35),), 3)
_QUESTION = FeedbackLook(
    "unknown",
    "#e6d3f5",
    "#3d0a66",
    ((523, 0.08), (0, 0.04), (330, 0.08), (0, 0.04), (523, 0.08)),
    4,
)
_NEUTRAL = FeedbackLook("", "#eeeeee", "#333333", (), 0)

LOOKS: dict[Feedback, FeedbackLook] = {
    Feedback.RECORD_FOUND: _CHIME,
    Feedback.RECORD_NEW: _TWO_TONES,
    Feedback.COPY_FOUND: _BLIP,
    Feedback.RELEASED: _RISING,
    Feedback.DUPLICATE: _THREE_LOW,
    Feedback.REFUSED: _BUZZ,
    Feedback.UNKNOWN: _QUESTION,
    Feedback.SHELF: _BLIP,
    Feedback.FOUND: _RISING,
    Feedback.MISPLACED: _TWO_TONES,
    Feedback.CONFLICT: _BUZZ,
    Feedback.INFO: _NEUTRAL,
}


def tone_frames(tones: tuple[tuple[float, float], ...], rate: int = SAMPLE_RATE) -> bytes:
    """16-bit mono PCM of the tones, each faded in and out so it does not click."""
    frames = bytearray()
    for frequency, seconds in tones:
        count = int(rate * seconds)
        fade = max(1, int(rate * 0.006))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            value = math.sin(2 * math.pi * frequency * i / rate) if frequency else 0.0
            frames += struct.pack("<h", int(value * envelope * 0.6 * 32767))
    return bytes(frames)


def sound_path(result: Feedback) -> Path:
    return SOUNDS / f"{LOOKS[result].sound}.wav"


def write_sounds(directory: Path = SOUNDS) -> list[Path]:
    """(Re)make the WAV file of every look that has a sound."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for look in dict.fromkeys(LOOKS.values()):
        if not look.tones:
            continue
        path = directory / f"{look.sound}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(tone_frames(look.tones))
        written.append(path)
    return written


class SoundPlayer(Protocol):
    def play(self, result: Feedback) -> None: ...


class BeepPlayer:
    """System beeps, `FeedbackLook.beeps` of them 120 ms apart (no QtMultimedia)."""

    def play(self, result: Feedback) -> None:
        for n in range(LOOKS[result].beeps):
            if n == 0:
                QApplication.beep()
            else:
                QTimer.singleShot(120 * n, QApplication.beep)


class EffectPlayer:
    """QSoundEffect per sound, loaded once (low latency: the WAV is decoded up front) and
    shared by the results that sound alike."""

    def __init__(self, multimedia: Any, parent: QObject | None = None) -> None:
        self._effects: dict[Feedback, Any] = {}
        loaded: dict[str, Any] = {}
        for result, look in LOOKS.items():
            path = sound_path(result)
            if look.tones and path.exists():
                if look.sound not in loaded:
                    effect = multimedia.QSoundEffect(parent)
                    effect.setSource(QUrl.fromLocalFile(str(path)))
                    loaded[look.sound] = effect
                self._effects[result] = loaded[look.sound]

    def play(self, result: Feedback) -> None:
        effect = self._effects.get(result)
        if effect is not None:
            effect.play()


_shared: SoundPlayer | None = None


def make_player(parent: QObject | None = None) -> SoundPlayer:
    """The application's one player: loading the effects opens the audio device, which
    takes a few hundred milliseconds, so every banner shares the same one."""
    global _shared
    if _shared is None:
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:
            _shared = BeepPlayer()
        else:
            _shared = EffectPlayer(multimedia)
            # Dropped before the interpreter tears Qt down: sound effects still alive then
            # have been seen to crash PySide's finalisation.
            atexit.register(_release_player)
    return _shared


def _release_player() -> None:
    global _shared
    _shared = None


def sound_enabled(settings: QSettings | None = None) -> bool:
    store = settings if settings is not None else QSettings()
    return str(store.value("scanner/sound", "true")).lower() in ("true", "1")


class FeedbackBanner(QLabel):
    """The big coloured line under the scan field. `result`, `message` and `serial` (counts
    every change) let tests and the benchmark see what the operator saw."""

    def __init__(self, parent: QWidget | None = None, player: SoundPlayer | None = None) -> None:
        super().__init__(parent)
        self.player = player if player is not None else make_player(self)
        self.sound = sound_enabled()
        self.played: deque[Feedback] = deque(maxlen=100)  # the latest sounds, newest last
        self.result = Feedback.INFO
        self.message = ""
        self.serial = 0
        self.setWordWrap(True)
        self.setMinimumHeight(56)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)
        self.show_result(
            Feedback.INFO, QCoreApplication.translate("FeedbackBanner", "Ready to scan."), False
        )

    def show_result(self, result: Feedback, message: str, sound: bool = True) -> None:
        look = LOOKS[result]
        self.result, self.message = result, message
        self.serial += 1
        self.setStyleSheet(
            f"QLabel {{ background: {look.background}; color: {look.foreground};"
            " border-radius: 6px; padding: 8px 12px; }"
        )
        self.setText(message)
        if sound and look.tones:
            self.played.append(result)
            if self.sound:
                self.player.play(result)
