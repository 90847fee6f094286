"""Lists sort in the interface language's alphabetical order: the catalog's results (sorted
by the database on stored keys) and the lists the screens sort themselves, the same order, and
the one CLDR gives each language (Qt's QCollator, on ICU, is the witness)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pymarc
import pytest
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalog.folding import SORT_LANGUAGES, sort_key
from app.catalog.records import create_record
from app.security.roles import Actor
from db.session import Database
from tests.records import KAZAKH_BOOKS, book
from tests.ui.conftest import signed_in
from ui.common import locale
from ui.main_window import MainWindow

_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


_SOURCES = [  # (file, encoding): Russian words, and Latin ones with diacritics
    ("rusmarc-loge/TEST1.ISO", "cp1251"),
    ("yaz/marccol5.u8.marc", "utf-8"),
    ("pymarc/diacritic.dat", "utf-8"),
]


def _real_words(marc_data: Path) -> list[str]:
    """Every word of the National Library of Russia's records (cp1251 RUSMARC), of other real
    records and of the Kazakh test books, as catalogs hold them."""
    texts: list[str] = []
    for name, encoding in _SOURCES:
        with open(marc_data / name, "rb") as fh:
            for record in pymarc.MARCReader(fh, to_unicode=True, file_encoding=encoding):
                assert record is not None
                texts += [sf.value for f in record.get_fields() for sf in f.subfields]
    for record in KAZAKH_BOOKS:
        texts += [sf.value for f in record.get_fields("245", "100", "650") for sf in f.subfields]
    composed = (unicodedata.normalize("NFC", text) for text in texts)
    words = {w.lower() for text in composed for w in _LETTERS_ONLY.findall(text)}
    # The orders are claimed for Latin and Cyrillic (Kazakh and Russian) letters; other
    # scripts (Armenian, Devanagari, Thai in these records) only come after them.
    return sorted(w for w in words if all(_ordered(ch) for ch in w))


def _ordered(letter: str) -> bool:
    base = unicodedata.normalize("NFD", letter)[0]
    return "a" <= base <= "z" or letter in "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяї"


@pytest.mark.parametrize("language", SORT_LANGUAGES)
def test_the_stored_order_is_the_languages_own(
    qapp: QApplication, marc_data: Path, language: str
) -> None:
    words = _real_words(marc_data)
    assert len(words) > 1000
    letters = set("".join(words))
    assert {"ә", "ғ", "қ", "ө", "ұ", "ү", "і", "é", "ā"} <= letters
    collator = QCollator(QLocale(locale.LOCALES[language]))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    ours = sorted(words, key=lambda w: sort_key(w, language))
    theirs = sorted(words, key=collator.sortKey)
    first_difference = next(
        (i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b), None
    )
    assert first_difference is None, ours[first_difference : first_difference + 5]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield locale.install_language
    locale.install_language("en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", ["Ежи", "Ель", "Ёж", "Урал", "Ұлытау", "Үркер"]),
        ("ru", ["Ёж", "Ежи", "Ель", "Урал", "Үркер", "Ұлытау"]),
    ],
)
def test_the_catalog_screen_lists_titles_in_the_interface_languages_order(
    qtbot: QtBot,
    speak: object,
    sqlite_db: Database,
    actor: Actor,
    language: str,
    expected: list[str],
) -> None:
    for title in ["Үркер", "Ель", "Ұлытау", "Ёж", "Урал", "Ежи"]:
        create_record(sqlite_db, actor, book(title, "Автор, Аты", "2001"))
    assert locale.install_language(language)
    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.show()
    panel = window.catalog.search
    panel.sort.setCurrentIndex(panel.sort.findData("title"))
    qtbot.waitUntil(lambda: [h.title for h in panel.model.hits] == expected, timeout=5000)
    # The lists a screen sorts itself take the same order.
    assert locale.sorted_texts(reversed(expected)) == expected
