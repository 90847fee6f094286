"""The interface language (Kazakh, Russian, English): which one the user chose (QSettings, per
user), installing its translations (Qor's own .qm and Qt's for standard dialogs) and the
matching QLocale, and showing dates, numbers and money and sorting lists the language's way."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from app import i18n
from app.catalog.folding import SORT_LANGUAGES, sort_key
from app.registers.words import amount as money_amount
from ui.common.catalogue import catalogue_translator

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "interface/language"

_installed: list[QTranslator] = []
_current = "en"


def translations_folder() -> Path:
    """resources/translations, in a source checkout, an installed wheel or the bundle."""
    return Path(str(resources.files("resources.translations")))


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language the user chose, or None before they have chosen one."""
    value = (settings if settings is not None else QSettings()).value(SETTINGS_KEY)
    return str(value) if value in LANGUAGES else None


def save_language(code: str, settings: QSettings | None = None) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    store = settings if settings is not None else QSettings()
    store.setValue(SETTINGS_KEY, code)
    store.sync()


def system_language() -> str:
    """The system's language when Qor speaks it, otherwise English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def startup_language(settings: QSettings | None = None) -> str:
    return saved_language(settings) or system_language()


def current_language() -> str:
    return _current


def install_language(code: str) -> bool:
    """Make `code` the interface language of the running application: Qor's translation,
    Qt's own for standard dialogs (when Qt ships one), the default QLocale and the services'
    messages. Widgets built afterwards speak it. False if Qor's translation is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = True
    if code != "en":
        own = QTranslator(app)
        loaded = own.load(str(translations_folder() / f"qor_{code}.qm"))
        if loaded:
            app.installTranslator(own)
            _installed.append(own)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(_default_locale(code))
    # The import's reading process loads the same catalogue (app.i18n.Recipe).
    qm = str(translations_folder() / f"qor_{code}.qm")
    i18n.set_translator(
        QCoreApplication.translate if code != "en" else None,
        (catalogue_translator, qm) if code != "en" and loaded else None,
    )
    _current = code
    return loaded


def _default_locale(code: str) -> QLocale:
    """Kazakh or Russian as chosen; for English the system's own when it is English already
    (or plain C), so an English desktop keeps its regional settings."""
    system = QLocale.system()
    english = (QLocale.Language.English, QLocale.Language.C)
    if code == "en" and system.language() in english:
        return system
    return QLocale(LOCALES[code])


def locale() -> QLocale:
    return QLocale(LOCALES.get(_current, "en_US"))


def format_date(value: date | None) -> str:
    """A date as the language writes it, with the full year (05.03.2024); English keeps the
    unambiguous ISO form (2024-03-05) rather than the American month-first one."""
    if value is None:
        return ""
    if _current == "en":
        return value.isoformat()
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = re.sub(r"y+", "yyyy", pattern)
    return locale().toString(QDate(value.year, value.month, value.day), pattern)


def local_time(value: datetime) -> datetime:
    """A stored moment on this workstation's clock. The database keeps UTC, and a naive
    value read back from it is UTC too: shown as it is, a record saved at 00:43 in Almaty
    would read as the evening before."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_datetime(value: datetime | None) -> str:
    """A moment, in local time, as the date in the language's way and hours and minutes."""
    if value is None:
        return ""
    moment = local_time(value)
    return f"{format_date(moment.date())} {moment:%H:%M}"


def format_number(value: int | float | Decimal) -> str:
    """1 234,50 in Kazakh and Russian; 1 234.50 in English (grouped by a space, as money is
    written in Kazakhstan, whatever the language)."""
    if _current == "en":
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
        return text.replace(",", " ")
    if isinstance(value, int):
        return locale().toString(value)
    return locale().toString(float(value), "f", 2)


# A sum's currency after it on a Kazakh or Russian screen, as docs/glossary.md has it: the
# tenge sign, and the signs of the currencies a library buys in; other codes as they are.
CURRENCY_SIGNS = {"KZT": "₸", "RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥"}


def format_money(amount: Decimal | float | None, currency: str = "KZT") -> str:
    """A sum as the registers print it, with its currency's sign: 288 650,50 ₸ (kk, ru; a
    narrow no-break space between thousands, a comma before the tiyn); English keeps
    2 500.00 KZT. Empty when there is no sum."""
    if amount is None or amount == "":
        return ""
    value = Decimal(str(amount))
    if _current == "en":
        return f"{format_number(value)} {currency}".strip()
    return f"{money_amount(value)} {CURRENCY_SIGNS.get(currency, currency)}".strip()


def parse_amount(text: str) -> Decimal | None:
    """A sum or rate typed the Kazakh/Russian way or the English one (470,50; 470.50;
    1 000,5); None when it is not a number."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text or "").replace(",", ".")
    try:
        return Decimal(cleaned) if cleaned else None
    except InvalidOperation:
        return None


def sort_key_function() -> Callable[[str], Any]:
    """A key for sorting texts in the interface language's alphabetical order (Kazakh order
    for Kazakh: Ә after А, Ө after О ...), the same order the catalog's results take."""
    if _current in SORT_LANGUAGES:
        return partial(sort_key, language=_current)
    collator = QCollator(locale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator.sortKey


def sorted_texts(values: Iterable[str]) -> list[str]:
    return sorted(values, key=sort_key_function())
