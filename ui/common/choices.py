"""The names users read for the services' coded values (binding and repair types, write-off
reasons, register kinds, sync outcomes ...): combo boxes show the name and carry the code as
their data, tables show the name. Codes without a name here are shown as they are."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "choices"

# English names of the codes, extracted by lupdate; choice_name translates them by value.
NAMES: dict[str, str] = {
    # binding types and binding order states (app/preservation/binding.py)
    "hard-cover": QT_TRANSLATE_NOOP("choices", "hard cover"),
    "paperback-rebinding": QT_TRANSLATE_NOOP("choices", "paperback rebinding"),
    "rebinding": QT_TRANSLATE_NOOP("choices", "rebinding"),
    "restoration": QT_TRANSLATE_NOOP("choices", "restoration"),
    "spine-replacement": QT_TRANSLATE_NOOP("choices", "spine replacement"),
    "other": QT_TRANSLATE_NOOP("choices", "other"),
    "collecting": QT_TRANSLATE_NOOP("choices", "collecting"),
    "partly-returned": QT_TRANSLATE_NOOP("choices", "partly returned"),
    "returned": QT_TRANSLATE_NOOP("choices", "returned"),
    # repair types (app/preservation/repair.py)
    "regluing-pages": QT_TRANSLATE_NOOP("choices", "re-gluing loose pages"),
    "mending-tears": QT_TRANSLATE_NOOP("choices", "mending tears"),
    "gluing-cover": QT_TRANSLATE_NOOP("choices", "gluing the cover"),
    "spine": QT_TRANSLATE_NOOP("choices", "spine"),
    # digitisation (app/preservation/digitisation.py)
    "digitise": QT_TRANSLATE_NOOP("choices", "digitise"),
    "copy": QT_TRANSLATE_NOOP("choices", "copy"),
    "heavily-used": QT_TRANSLATE_NOOP("choices", "heavily used"),
    "valuable": QT_TRANSLATE_NOOP("choices", "valuable"),
    "rare": QT_TRANSLATE_NOOP("choices", "rare"),
    # write-off reasons (app/registers/writeoff.py)
    "wear": QT_TRANSLATE_NOOP("choices", "wear"),
    "loss": QT_TRANSLATE_NOOP("choices", "loss"),
    "outdated": QT_TRANSLATE_NOOP("choices", "outdated content"),
    "off-profile": QT_TRANSLATE_NOOP("choices", "not in the library's profile"),
    "duplicate": QT_TRANSLATE_NOOP("choices", "duplicate"),
    "reader-loss-replaced": QT_TRANSLATE_NOOP("choices", "lost by a reader, replaced"),
    # registers (app/registers/reports.py)
    "ksu": QT_TRANSLATE_NOOP("choices", "summary accounting book (КСУ)"),
    "inventory-book": QT_TRANSLATE_NOOP("choices", "inventory book"),
    "accession-act": QT_TRANSLATE_NOOP("choices", "accession act"),
    "writeoff-act": QT_TRANSLATE_NOOP("choices", "write-off act"),
    "audit-act": QT_TRANSLATE_NOOP("choices", "audit act"),
    "kazneb-application": QT_TRANSLATE_NOOP("choices", "KazNEB application"),
    # copy statuses (app/intake/status.py)
    "in-processing": QT_TRANSLATE_NOOP("choices", "in processing"),
    "available": QT_TRANSLATE_NOOP("choices", "available"),
    "on-loan": QT_TRANSLATE_NOOP("choices", "on loan"),
    "at-bindery": QT_TRANSLATE_NOOP("choices", "at the bindery"),
    "in-repair": QT_TRANSLATE_NOOP("choices", "in repair"),
    "being-digitised": QT_TRANSLATE_NOOP("choices", "being digitised"),
    "missing": QT_TRANSLATE_NOOP("choices", "missing"),
    "written-off": QT_TRANSLATE_NOOP("choices", "written off"),
    "to-be-written-off": QT_TRANSLATE_NOOP("choices", "to be written off"),
    # union catalog sync outcomes and runs (app/unioncat)
    "sent": QT_TRANSLATE_NOOP("choices", "sent"),
    "updated": QT_TRANSLATE_NOOP("choices", "updated"),
    "withdrawn": QT_TRANSLATE_NOOP("choices", "withdrawn"),
    "unchanged": QT_TRANSLATE_NOOP("choices", "unchanged"),
    "failed": QT_TRANSLATE_NOOP("choices", "failed"),
    "pending": QT_TRANSLATE_NOOP("choices", "pending"),
    "running": QT_TRANSLATE_NOOP("choices", "running"),
    "completed": QT_TRANSLATE_NOOP("choices", "completed"),
    "interrupted": QT_TRANSLATE_NOOP("choices", "interrupted"),
    # audits (app/audit/audits.py)
    "open": QT_TRANSLATE_NOOP("choices", "open"),
    "closed": QT_TRANSLATE_NOOP("choices", "closed"),
    "scheduled": QT_TRANSLATE_NOOP("choices", "scheduled"),
    "responsible-change": QT_TRANSLATE_NOOP("choices", "change of materially responsible person"),
    "loss-found": QT_TRANSLATE_NOOP("choices", "loss found"),
    "reorganisation": QT_TRANSLATE_NOOP("choices", "reorganisation or closure"),
    # copy cataloging search indexes (app/unioncat/copycat.py)
    "title": QT_TRANSLATE_NOOP("choices", "title"),
    "author": QT_TRANSLATE_NOOP("choices", "author"),
    "isbn": QT_TRANSLATE_NOOP("choices", "ISBN"),
    "subject": QT_TRANSLATE_NOOP("choices", "subject"),
    "any": QT_TRANSLATE_NOOP("choices", "any word"),
    "local": QT_TRANSLATE_NOOP("choices", "local number"),
}


def choice_name(code: object) -> str:
    """The name of a coded value in the interface language (the code itself if unnamed)."""
    text = "" if code is None else str(code)
    name = NAMES.get(text)
    return QCoreApplication.translate(CONTEXT, name) if name else text


def fill_choices(combo: QComboBox, codes: Iterable[object]) -> None:
    """Fill `combo` with the names of `codes`, each carrying its code as the item's data."""
    for code in codes:
        combo.addItem(choice_name(code), str(code))


def choose(combo: QComboBox, code: str) -> None:
    """Select the item carrying `code`."""
    combo.setCurrentIndex(combo.findData(code))
