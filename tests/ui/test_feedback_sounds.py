"""The scan sounds an operator hears: QtMultimedia plays each result's own WAV, and the
application loads the effects once."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ui.common import feedback
from ui.common.feedback import LOOKS, BeepPlayer, EffectPlayer, Feedback, sound_path


@pytest.fixture
def fresh_player(qapp: QApplication) -> Iterator[None]:
    saved = feedback._shared
    feedback._shared = None
    yield
    feedback._shared = saved


def test_each_result_plays_its_own_sound_file(fresh_player: None) -> None:
    player = feedback.make_player()
    assert isinstance(player, EffectPlayer), "QtMultimedia (PySide6-Addons) must be installed"
    sounding = [result for result, look in LOOKS.items() if look.tones]
    sources = {result: player._effects[result].source().toLocalFile() for result in sounding}
    assert sources == {result: str(sound_path(result)) for result in sounding}
    looks = {LOOKS[r] for r in sounding}
    assert len({sound_path(r).read_bytes() for r in sounding}) == len(looks)
    # results that share a look share one loaded effect, not one each
    assert len({id(e) for e in player._effects.values()}) == len(looks)
    assert Feedback.INFO not in player._effects  # a neutral note is silent
    player.play(Feedback.UNKNOWN)  # no audio device offscreen: must not raise


def test_banners_share_one_player(fresh_player: None) -> None:
    assert feedback.make_player() is feedback.make_player()


def test_without_qtmultimedia_the_system_beeps(
    fresh_player: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.import_module

    def no_multimedia(name: str, *args: Any) -> Any:
        if name == "PySide6.QtMultimedia":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_multimedia)
    player = feedback.make_player()
    assert isinstance(player, BeepPlayer)
    player.play(Feedback.REFUSED)  # must not raise offscreen
