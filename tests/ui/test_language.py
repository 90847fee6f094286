"""The interface in Kazakh and Russian: chosen at first run and in Settings, kept per user,
installed at start; the screens, the services' messages, dates, money and sorting follow it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.demo import load_demo
from app.desk import Entrance
from app.errors import QorError
from app.intake.accession import open_accession
from app.security.roles import Actor
from db.session import Database
from tests.ui.conftest import screenshots_dir, signed_in, type_text
from ui.common import locale
from ui.main_window import MainWindow
from ui.settings import SettingsDialog
from ui.setup.first_run import FirstRunDialog

DOCS = screenshots_dir()


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    """QSettings of a user of their own (the real user's choice is never touched)."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(fmt, scope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path))
    yield QSettings()
    QSettings.setPath(fmt, scope, home)
    QSettings.setPath(QSettings.Format.IniFormat, scope, home)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """Install an interface language for one test; English again afterwards."""
    yield locale.install_language
    locale.install_language("en")


EXPECTED = {
    "kk": {
        "menus": ["&Файл", "&Жазба", "&Анықтама"],
        "screens": ["Каталог", "Қабылдау", "Тексерулер"],  # the fund's checks (docs/glossary.md)
        "search": "Іздеу: атаудың, автордың",
        "scan": "Кітаптың ISBN-ін немесе дананың штрихкодын сканерлеңіз",
        "header": "Инв. №",  # инвентарлық нөмір, not түгендеу (docs/glossary.md)
        "error": "Ілеспе құжаттың нөмірі бос.",
        "money": "2\u202f500,00 ₸",  # as the registers write it (docs/glossary.md)
        "date": "05.03.2024",
        # Kazakh order: Ә after А, Ө after О, Ү after У
        "sorted": ["Абай", "Әуезов", "Оралхан", "Өтеген", "Ұлытау", "Үркер"],
    },
    "ru": {
        "menus": ["&Файл", "&Запись", "&Справка"],
        "screens": ["Каталог", "Приём", "Проверки"],
        "search": "Поиск: слова заглавия, автора",
        "scan": "Сканируйте ISBN книги или штрихкод экземпляра",
        "header": "Инвентарный №",
        "error": "Не указан номер сопроводительного документа.",
        "money": "2\u202f500,00 ₸",  # as the registers write it (docs/glossary.md)
        "date": "05.03.2024",
        "sorted": ["ёж", "ель", "Жанр", "ящик"],
    },
}


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_main_window_speaks_the_chosen_language(
    qtbot: QtBot, speak: object, code: str, catalog_db: Database, actor: Actor
) -> None:
    want = EXPECTED[code]
    assert locale.install_language(code)
    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == want["menus"]
    screens = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert screens[:3] == want["screens"]
    assert window.catalog.search.query.placeholderText().startswith(want["search"])
    assert window.intake.scan.placeholderText() == want["scan"]
    header = window.intake.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == want["header"]

    # A service's refusal reaches the user in the same language.
    with pytest.raises(QorError) as refused:
        open_accession(catalog_db, actor, "purchase", "  ")
    assert str(refused.value) == want["error"]

    assert locale.format_money(Decimal("2500")) == want["money"]
    assert locale.format_date(date(2024, 3, 5)) == want["date"]
    moment = datetime(2024, 3, 5, 14, 7).astimezone()  # a local time, shown as it is
    assert locale.format_datetime(moment) == want["date"] + " 14:07"
    assert locale.sorted_texts(reversed(want["sorted"])) == want["sorted"]


@pytest.fixture
def almaty(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This workstation's clock set to Almaty (UTC+5) for one test."""
    monkeypatch.setenv("TZ", "Asia/Almaty")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_stored_times_are_shown_on_the_workstations_clock(speak: Any, almaty: None) -> None:
    speak("kk")
    # Stored as UTC (naive, as the database gives it back): 19:43 UTC is 00:43 next day.
    assert locale.format_datetime(datetime(2026, 11, 30, 19, 43)) == "01.12.2026 00:43"
    assert locale.format_datetime(datetime(2026, 11, 30, 19, 43, tzinfo=UTC)) == (
        "01.12.2026 00:43"
    )


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_screenshots_in_kazakh_and_russian(
    qtbot: QtBot, speak: object, code: str, sqlite_db: Database, actor: Actor
) -> None:
    locale.install_language(code)
    load_demo(sqlite_db, actor)
    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.catalog.start()
    qtbot.waitUntil(lambda: window.catalog.search.model.rowCount() > 0, timeout=10000)
    window.catalog.search.select_row(0)
    qtbot.wait(100)  # the record view lays out its three-line footer
    DOCS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(DOCS / f"lang-{code}-catalog.png"))
    window.show_screen(1)
    intake = window.intake
    qtbot.waitUntil(lambda: not intake.loading, timeout=10_000)  # read in a worker
    batches = intake.batches
    purchase = next(i for i in range(batches.count()) if batches.itemData(i).source == "purchase")
    batches.setCurrentIndex(purchase)
    assert "112\u202f000,00 ₸" in batches.currentText()  # 32 copies at 3 500
    qtbot.waitUntil(lambda: not intake.loading and len(intake.model.copies) == 32, timeout=10_000)
    window.intake.handle_scan(window.intake.model.copies[0].barcode or "")
    qtbot.wait(100)
    window.grab().save(str(DOCS / f"lang-{code}-intake.png"))
    price = window.intake.model.index(0, 5).data()
    assert price == "3\u202f500,00 ₸"


def test_settings_keep_the_language_per_user(
    qtbot: QtBot, speak: object, settings: QSettings
) -> None:
    assert locale.saved_language(settings) is None
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(3)] == ["Қазақша", "Русский", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.restart_needed()
    dialog.save()
    assert locale.saved_language(QSettings()) == "ru"
    assert locale.startup_language(QSettings()) == "ru"


def test_first_run_asks_again_in_the_language_chosen(
    qtbot: QtBot, speak: object, settings: QSettings, tmp_path: Path
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    dialog = FirstRunDialog(Entrance(db))
    qtbot.addWidget(dialog)
    dialog.library_name.setText("Абай атындағы облыстық кітапхана")
    dialog.load_demo.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert dialog.result() == FirstRunDialog.LANGUAGE_CHANGED
    assert locale.saved_language(QSettings()) == "kk"
    again = FirstRunDialog(Entrance(db))
    qtbot.addWidget(again)
    again.carry_over(dialog)
    assert again.windowTitle() == "Qor — кітапхананы баптау"
    assert again.library_name.text() == "Абай атындағы облыстық кітапхана"
    assert again.load_demo.isChecked() and again.language.currentData() == "kk"
    again.show()
    again.grab().save(str(DOCS / "lang-kk-first-run.png"))
    db.dispose()


def test_coded_values_are_shown_by_name(qtbot: QtBot, speak: object) -> None:
    from PySide6.QtWidgets import QComboBox

    from ui.common.choices import choice_name, choose, fill_choices

    assert choice_name("reader-loss-replaced") == "lost by a reader, replaced"
    assert choice_name("no-such-code") == "no-such-code"
    locale.install_language("ru")
    assert choice_name("writeoff-act") == "акт списания"
    locale.install_language("kk")
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_choices(combo, ["wear", "loss", "off-profile"])
    choose(combo, "loss")
    assert (combo.currentText(), combo.currentData()) == ("жоғалу", "loss")  # docs/glossary.md


def test_settings_keep_the_scanners_prefix_suffix_and_windows(
    qtbot: QtBot, settings: QSettings
) -> None:
    from ui.common.feedback import sound_enabled
    from ui.common.scan_field import ScanField, ScanSettings

    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.prefix.setText("\\x02")  # STX, as typed in the field
    dialog.suffix.setText("]E")
    dialog.interval.setValue(30)
    dialog.repeat.setValue(1500)
    dialog.sound.setChecked(False)
    dialog.save()
    kept = ScanSettings.load(QSettings())
    assert (kept.prefix, kept.suffix, kept.max_interval_ms, kept.repeat_ms) == (
        "\x02",
        "]E",
        30.0,
        1500.0,
    )
    assert not sound_enabled(QSettings())
    # A scan field opened afterwards strips them.
    field = ScanField(kept, clock=lambda: 0.0)
    qtbot.addWidget(field)
    scans: list[str] = []
    field.scanned.connect(scans.append)
    type_text(field, "\x029786010000017]E")  # keyClicks aborts on a control character
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scans == ["9786010000017"]
    # Reopened, the dialog shows what was kept, control characters readable.
    again = SettingsDialog(settings=QSettings())
    qtbot.addWidget(again)
    assert (again.prefix.text(), again.suffix.text()) == ("\\x02", "]E")
