"""What a Kazakh or Russian cataloger reads beside a damaged record or file, in the import
dialog and the migration report: what pymarc noted of a record (missing or extra
indicators, a subfield code that is not a Latin letter, MARC-8 characters it could not
convert) and why a file could not be read (empty, missing, a folder). pymarc and the C
library say all of these in English; Qor says them in the user's language."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.catalog.import_pipeline import read_batches
from app.errors import os_reason
from app.marc.reading import ReadFailure, read_bytes
from tests.ui.test_no_english_on_screen import english_words
from ui.common import locale


def iso(fields: list[tuple[str, bytes]], leader9: bytes = b"a") -> bytes:
    """ISO 2709 bytes of (tag, data) fields, built by hand so that a field can be as damaged
    as a test needs (data without its field terminator)."""
    directory, body, position = b"", b"", 0
    for tag, data in fields:
        data += b"\x1e"
        directory += tag.encode() + b"%04d%05d" % (len(data), position)
        body += data
        position += len(data)
    base = 24 + len(directory) + 1
    leader = b"%05dnam " % (base + len(body) + 1) + leader9 + b"22%05d   4500" % base
    return leader + directory + b"\x1e" + body + b"\x1d"


ABAI = "Абай жолы".encode()
DAMAGED = (
    iso([("001", b"1"), ("245", b"\x1fa" + ABAI)])  # no indicators
    + iso([("001", b"2"), ("245", b"1\x1fa" + ABAI)])  # one indicator
    + iso([("001", b"3"), ("245", b"100\x1fa" + ABAI)])  # three indicators
    # a Cyrillic "А" code in a subfield with no ASCII letter at all: pymarc cannot read it
    + iso([("001", b"4"), ("245", b"10\x1f" + "Аба".encode())])
    + iso([("001", b"7"), ("245", b"10\x1f" + "а".encode() + ABAI)])  # a Cyrillic "а" code
    + iso([("001", b"5"), ("245", b"10\x1f" + "á".encode() + ABAI)])  # an accented code
    # MARC-8 (leader/09 blank) with an escape to a character set pymarc cannot convert
    + iso([("001", b"6"), ("245", b"10\x1faAbai \x1b(Z\x8f\x9f zholy")], leader9=b" ")
)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield locale.install_language
    locale.install_language("en")


def read_texts() -> list[str]:
    texts = []
    for result in read_bytes(DAMAGED, "iso2709"):
        texts += [result.reason] if isinstance(result, ReadFailure) else list(result.warnings)
    return texts


def test_pymarc_notes_reach_the_record_in_english_first(speak: object) -> None:
    """The check below is not empty: in English each damaged record is named."""
    assert locale.install_language("en")
    texts = read_texts()
    joined = "\n".join(texts)
    for said in (
        "a field without indicators ($aАбай жолы)",
        "a field with one indicator instead of two (1$aАбай жолы)",
        "a field with more than two indicators (100$aАбай жолы)",
        "a subfield code is not a Latin letter or digit (А): the record cannot be read",
        "a subfield code that is not a Latin letter or digit (á)",
        "a subfield code that is not a Latin letter or digit (а)",
        "MARC-8: 6 character(s) could not be converted (0x20, 0x7a, 0x68)",
        "MARC-8: characters that could not be converted became blanks",
    ):
        assert said in joined, (said, texts)


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_what_pymarc_notes_speaks_the_language(speak: object, code: str) -> None:
    assert locale.install_language(code)
    texts = read_texts()
    assert len(texts) == 8, texts
    found = [t for t in texts if english_words(t)]
    assert not found, f"English in {code} record warnings: {found}"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_files_that_cannot_be_read_are_said_in_the_language(
    speak: object, code: str, tmp_path: Path
) -> None:
    empty = tmp_path / "бос"
    empty.write_bytes(b"")
    folder = tmp_path / "қалта"
    folder.mkdir()
    assert locale.install_language(code)
    texts = []
    for path in (empty, tmp_path / "жоқ", folder):
        for batch in read_batches(path, "iso2709", "auto", 100):
            texts += [message for _index, message in batch.failures]
    texts += [os_reason(OSError(number, "C library words")) for number in (
        errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EROFS, errno.EIO
    )]  # fmt: skip
    assert len(texts) == 8, texts
    found = [t for t in texts if english_words(t.replace(str(tmp_path), ""))]
    assert not found, f"English in {code} file errors: {found}"


def test_an_unusual_system_error_keeps_the_systems_words() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links"
    )


def _without_data(text: str) -> str:
    """A message less what it quotes of the file (in quotes, or as hex byte codes) and the
    names of standards it may name: what is left is Qor's own words."""
    text = re.sub(r"\"[^\"]*\"", " ", text)
    text = re.sub(r"b?'.*'|«[^»]*»|0x[0-9A-Fa-f]+|U\+[0-9A-Fa-f]+", " ", text)
    # standards, and MARCXML's own element and attribute names
    return re.sub(r"\b(XML|ASCII|controlfield|datafield|subfield|tag|code)\b", " ", text)


@pytest.mark.parametrize("format", ["iso2709", "marcxml", "mrk"])
def test_fuzzed_files_are_reported_in_the_language(speak: object, format: str) -> None:
    """The hostile-input fuzzer's damaged files (tests/app/hostile/test_fuzz.py, same seed),
    read on a Kazakh workstation: whatever the damage, what the reader says of a record holds
    no English. A failure names the case and the text."""
    import random

    from app.errors import InvalidInput
    from tests.app.hostile.test_fuzz import _MAKERS, SEED

    assert locale.install_language("kk")
    rng = random.Random(f"{SEED}-{format}")
    found: list[str] = []
    for n in range(1000):
        data, _kept, _keeps_last = _MAKERS[format](rng, n)
        try:
            results = list(read_bytes(data, format=format))
        except InvalidInput as exc:
            results = [ReadFailure(0, str(exc))]
        for result in results:
            texts = [result.reason] if isinstance(result, ReadFailure) else result.warnings
            found += [f"case {n}: {t}" for t in texts if english_words(_without_data(t))]
    assert not found, "\n".join(found[:20])
