"""A large file's warnings in the user's language: the import's reading process (a new
interpreter, started with "spawn") translates what the reader and the RUSMARC conversion say
about each record exactly as the importing process does for a small file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymarc
import pytest
from PySide6.QtWidgets import QApplication

from app.catalog import import_pipeline
from tests.ui.test_no_english_on_screen import english_words
from ui.common import locale


def _rusmarc_file(path: Path) -> Path:
    """Two RUSMARC records the reader and the conversion both remark on: the first with a
    wrong length in its leader, no coded data (100) and an unknown relator code; the second
    well formed but for the relator."""
    data = b""
    for n, title in enumerate(("Абай жолы", "Қан мен тер")):
        record = pymarc.Record(force_utf8=True, leader="     nam0 22        450 ")
        record.add_field(pymarc.Field(tag="001", data=f"kz{n}"))
        record.add_field(
            pymarc.Field(
                tag="200",
                indicators=pymarc.Indicators("1", " "),
                subfields=[pymarc.Subfield("a", title)],
            )
        )
        record.add_field(
            pymarc.Field(
                tag="700",
                indicators=pymarc.Indicators(" ", "1"),
                subfields=[pymarc.Subfield("a", "Әуезов, М."), pymarc.Subfield("4", "zz9")],
            )
        )
        raw = record.as_marc()
        if n == 0:
            raw = b"%05d" % (len(raw) + 7) + raw[5:]  # the leader's length is wrong
        data += raw
    path.write_bytes(data)
    return path


def _read(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]], bool]:
    failures: list[tuple[int, str]] = []
    warnings: list[tuple[int, str]] = []
    with import_pipeline.batches_of(path, "iso2709", "auto", 50, "rusmarc") as (batches, child):
        for batch in batches:
            failures += batch.failures
            warnings += batch.warnings
    return failures, warnings, child


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield locale.install_language
    locale.install_language("en")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_reading_process_warns_in_the_users_language(
    code: str, speak: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rusmarc_file(tmp_path / "large.iso")
    english = _read(path)
    assert locale.install_language(code)

    monkeypatch.setattr(import_pipeline, "READER_PROCESS_MIN_BYTES", 10**12)
    failures, warnings, child = _read(path)
    assert not child
    # The file has something to say, all of it translated in the importing process.
    kinds = {message for _index, message in warnings}
    assert len(kinds) >= 3 and not failures
    assert warnings != english[1]
    assert [english_words(message) for _i, message in warnings] == [[]] * len(warnings)

    monkeypatch.setattr(import_pipeline, "READER_PROCESS_MIN_BYTES", 0)
    assert _read(path) == (failures, warnings, True)
