"""A language's catalogue (resources/translations/qor_<code>.qm) as the services' translator
(app.i18n) outside the GUI's process: the import's reading process, which is started with
"spawn" and has no application or translators of its own, gets this function by reference
and loads the same catalogue with QtCore alone (no widgets, no database)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.i18n import Translator


def catalogue_translator(path: str) -> Translator:
    """translate(context, text) from the .qm file at `path`, the English text where it has
    no translation (as QCoreApplication.translate answers in the GUI's process)."""
    catalogue = QTranslator()
    if not catalogue.load(path):
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate
