"""Translating the services' messages without Qt: app/ marks a user-facing text with
`translate(context, text)` (the call pyside6-lupdate extracts into resources/translations,
the same catalogue as the screens), and the GUI installs Qt's translator behind it at start.
Without one (the CLI, the tests of app/) the English source text is used as it is."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
# How another process (the import's reading process, started with "spawn": a new interpreter
# with no translator) makes the same translator: `make(argument)`. Both are pickled to it, so
# `make` is a module-level function of a light module (the GUI's loads the language's
# catalogue with QtCore alone, no widgets).
Recipe = tuple[Callable[[str], Translator], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_recipe: Recipe | None = None


def set_translator(translator: Translator | None, recipe: Recipe | None = None) -> None:
    """Route translate() through `translator(context, text)` (None: back to English);
    `recipe` makes the same translator in a process of Qor's own (see Recipe)."""
    global _translator, _recipe
    _translator = translator if translator is not None else _identity
    _recipe = recipe if translator is not None else None


def recipe() -> Recipe | None:
    """What a child process needs to translate as this one does (None: English)."""
    return _recipe


def install_recipe(made_by: Recipe | None) -> None:
    """In a child process: translate as the parent that sent `made_by` (recipe()) does."""
    if made_by is None:
        set_translator(None)
        return
    make, argument = made_by
    set_translator(make(argument), made_by)


def translate(context: str, text: str) -> str:
    """`text` in the user's language; format its {placeholders} after translating."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for the catalogue where it is translated later, by value."""
    return text


# Words the services put into messages by value (an error's action, role, status, what is
# missing): listed so that lupdate extracts them; translate(context, value) finds them.
RUNTIME_WORDS = (
    QT_TRANSLATE_NOOP("roles", "cataloger"),
    QT_TRANSLATE_NOOP("roles", "intake"),
    QT_TRANSLATE_NOOP("roles", "stock-checker"),
    QT_TRANSLATE_NOOP("roles", "admin"),
    QT_TRANSLATE_NOOP("statuses", "in-processing"),
    QT_TRANSLATE_NOOP("statuses", "available"),
    QT_TRANSLATE_NOOP("statuses", "on-loan"),
    QT_TRANSLATE_NOOP("statuses", "at-bindery"),
    QT_TRANSLATE_NOOP("statuses", "in-repair"),
    QT_TRANSLATE_NOOP("statuses", "being-digitised"),
    QT_TRANSLATE_NOOP("statuses", "missing"),
    QT_TRANSLATE_NOOP("statuses", "written-off"),
    QT_TRANSLATE_NOOP("statuses", "to-be-written-off"),
    QT_TRANSLATE_NOOP("missing", "no record"),
    QT_TRANSLATE_NOOP("missing", "no inventory number"),
    QT_TRANSLATE_NOOP("missing", "no barcode"),
    QT_TRANSLATE_NOOP("missing", "no location"),
    QT_TRANSLATE_NOOP("missing", "no call number"),
    QT_TRANSLATE_NOOP("entries", "binding order"),
    QT_TRANSLATE_NOOP("entries", "open digitisation of copy"),
    QT_TRANSLATE_NOOP("entries", "repair entry"),
    QT_TRANSLATE_NOOP("actions", "add copies"),
    QT_TRANSLATE_NOOP("actions", "add locations"),
    QT_TRANSLATE_NOOP("actions", "add users"),
    QT_TRANSLATE_NOOP("actions", "change the numbering settings"),
    QT_TRANSLATE_NOOP("actions", "close audits"),
    QT_TRANSLATE_NOOP("actions", "collect copies for binding"),
    QT_TRANSLATE_NOOP("actions", "configure union catalog targets"),
    QT_TRANSLATE_NOOP("actions", "create records"),
    QT_TRANSLATE_NOOP("actions", "delete records"),
    QT_TRANSLATE_NOOP("actions", "edit records"),
    QT_TRANSLATE_NOOP("actions", "import records"),
    QT_TRANSLATE_NOOP("actions", "keep the exchange lists"),
    QT_TRANSLATE_NOOP("actions", "label copies"),
    QT_TRANSLATE_NOOP("actions", "list users"),
    QT_TRANSLATE_NOOP("actions", "log digitisation"),
    QT_TRANSLATE_NOOP("actions", "log repairs"),
    QT_TRANSLATE_NOOP("actions", "make backups"),
    QT_TRANSLATE_NOOP("actions", "make up binding orders"),
    QT_TRANSLATE_NOOP("actions", "mark records as already in the union catalog"),
    QT_TRANSLATE_NOOP("actions", "move copies"),
    QT_TRANSLATE_NOOP("actions", "open accession batches"),
    QT_TRANSLATE_NOOP("actions", "open audits"),
    QT_TRANSLATE_NOOP("actions", "print labels"),
    QT_TRANSLATE_NOOP("actions", "propose records to KazNEB"),
    QT_TRANSLATE_NOOP("actions", "read audits"),
    QT_TRANSLATE_NOOP("actions", "receive copies from the bindery"),
    QT_TRANSLATE_NOOP("actions", "release copies"),
    QT_TRANSLATE_NOOP("actions", "restore missing copies"),
    QT_TRANSLATE_NOOP("actions", "scan in audits"),
    QT_TRANSLATE_NOOP("actions", "send binding orders"),
    QT_TRANSLATE_NOOP("actions", "send copies for digitisation"),
    QT_TRANSLATE_NOOP("actions", "send records to the union catalog"),
    QT_TRANSLATE_NOOP("actions", "write copies off"),
    QT_TRANSLATE_NOOP("actions", "approve write-off acts"),
    QT_TRANSLATE_NOOP("actions", "migrate a fund"),
    QT_TRANSLATE_NOOP("actions", "change the library's settings"),
    QT_TRANSLATE_NOOP("actions", "change other users' passwords"),
    QT_TRANSLATE_NOOP("actions", "deactivate users"),
    QT_TRANSLATE_NOOP("actions", "export records"),
)
