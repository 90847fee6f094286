"""What a Kazakh or Russian user actually sees holds no English: every screen of the main
window is opened on a library with a demo catalog, and every text a widget shows (labels,
buttons, tabs, menus, headers, placeholders, tooltips, list and combo entries, status lines)
is read back. The .ts check proves each tr() string has a translation; this one catches
text that reaches a widget another way (a service's message, a coded value shown raw)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import load_demo
from app.security.roles import Actor
from db.session import Database
from tests.ui.conftest import signed_in
from ui.common import locale
from ui.main_window import MainWindow

# Latin-script words a Kazakh or Russian screen legitimately shows: names of standards,
# formats, protocols and the product, units and codes.
ALLOWED = {
    "qor",
    "isbn",
    "issn",
    "marc",
    "marcxml",
    "rusmarc",
    "unimarc",
    "mrk",
    "iso",
    "pdf",
    "csv",
    "utf",
    "cp",
    "sru",
    "udc",
    "bbk",
    "ddc",
    "kzt",
    "zebra",
    "ctrl",
    "shift",
    "alt",
    "tab",
    "enter",
    "esc",
    "del",
    "backspace",
    "ean",
    "codabar",
    "code",
    "sql",
    "sqlite",
    "postgresql",
    "kazneb",
    "irbis",  # IRBIS64, the library system a fund is migrated from
    "id",
    "ok",
    "yaz",
    "url",
    "ldr",
    "dpi",
    "mm",
    "a4",
    "usd",
    "eur",
    "rub",
    "f1",
    "kz",
    "test",
    "pgup",
    "pgdown",
    "home",
    "end",
    "space",
    "ins",
    "backtab",
    "return",
    "kk",
    "ru",
    "en",
    "english",
    "dejavu",
    "sans",
    "year",  # the search syntax: year:2020
    "gnome",  # the keyring services named where there is none: GNOME Keyring, KWallet
    "keyring",
    "kwallet",
}
WORD = re.compile(r"[A-Za-z]{3,}")


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    """Headers only: the cells hold catalog data (real records are often in English)."""
    model = view.model()
    if model is None:
        return
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if value:
                yield str(value)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the widgets under `root` show a user."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield where, widget.toolTip()
        if widget.isWindow() and widget.windowTitle():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield where, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            if widget.placeholderText():
                yield where, widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit) and widget.placeholderText():
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield where, widget.item(i).text()
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                if action.text():
                    yield where, action.text()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            for text in _item_texts(widget):
                yield where, text


def english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text markup
    plain = re.sub(r"&(?=\w)", "", plain)  # mnemonics
    plain = re.sub(r"\S+@\S+|\S+://\S+|\{\w*\}", " ", plain)  # addresses, placeholders
    plain = re.sub(r"--[a-z][a-z-]*", " ", plain)  # a command-line option's name is a code
    return [w for w in WORD.findall(plain) if w.lower() not in ALLOWED]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield locale.install_language
    locale.install_language("en")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_no_screen_shows_english(
    qtbot: QtBot, speak: object, code: str, sqlite_db: Database, actor: Actor
) -> None:
    load_demo(sqlite_db, actor)
    assert locale.install_language(code)
    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.show()
    found: dict[str, set[str]] = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        for where, text in visible_texts(window):
            words = english_words(text.replace(actor.name, ""))
            if words:
                found.setdefault(f"{where}: {text[:80]!r}", set()).update(words)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            for where, text in visible_texts(menu):
                if english_words(text):
                    found.setdefault(f"{where}: {text[:80]!r}", set()).update(english_words(text))
    assert not found, f"English on the {code} screens:\n" + "\n".join(sorted(found))


def test_the_check_catches_english() -> None:
    assert english_words("Would send: 49 new, 0 changed") == ["Would", "send", "new", "changed"]
    assert english_words("Жіберіледі: 49 жаңа, ISBN, MARC 21, Ctrl+F") == []


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_message_boxes_name_their_button_in_the_language(
    qtbot: QtBot, speak: object, code: str
) -> None:
    """Qt's own Russian translation leaves the button "OK" in Latin letters (issue 12)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common.messages import message_box

    assert locale.install_language(code)
    box = message_box(None, QMessageBox.Icon.Warning, "—")
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert texts == ["ОК"]  # Cyrillic О and К
    assert not any(english_words(text) or "OK" in text for text in texts)


# --- Every error path a service can raise that a screen shows (issue 12, item 11) ---------

# Sample values for the arguments of app/errors.py's exceptions, by parameter name: the
# coded values (statuses, roles, actions, …) are the ones the services really pass.
_SAMPLES: dict[str, object] = {
    "from_status": "being-digitised",
    "to_status": "available",
    "status": "being-digitised",
    "roles": ("cataloger", "admin"),
    "action": "release copies",
    "missing": ["no barcode", "no call number"],
    "kind": "binding order",
    "problems": ["245 —"],
    "reason": "—",
    "file": "21.mrc",
    "audit_id": 21,
    "line": 21,
    "index": 21,
}


def _error_classes() -> list[type]:
    import inspect

    from app import errors

    return [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.QorError) and "__init__" in vars(cls)
    ]


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_every_domain_error_speaks_the_language(speak: object, code: str) -> None:
    import inspect

    assert locale.install_language(code)
    found = {}
    classes = _error_classes()
    assert len(classes) > 20
    for cls in classes:
        params = list(inspect.signature(cls).parameters)
        kwargs = {name: _SAMPLES.get(name, "21") for name in params}
        # "21.mrc" is a file's name; "(qor init)" names the command that does it.
        text = re.sub(r"21\.mrc|\(qor [a-z ]+\)", "", str(cls(**kwargs)))
        if english_words(text):
            found[cls.__name__] = text
    assert not found, f"English in {code} error messages: {found}"


# The services whose refusals and errors the desks show (release, write-off, binding,
# digitisation, repair, audit corrections, accession, records, import, registers).
_SERVICES = [
    "app/intake/copies.py",
    "app/registers/writeoff.py",
    "app/preservation/binding.py",
    "app/preservation/digitisation.py",
    "app/preservation/repair.py",
    "app/audit/corrections.py",
    "app/intake/accession.py",
    "app/catalog/records.py",
    "app/catalog/import_pipeline.py",
    "app/marc/codec.py",
    "app/registers/reports.py",
    "app/registers/pdf.py",
    "app/intake/holidays.py",
    "app/migration/copies.py",
    "app/migration/holdings.py",
    "app/unioncat/targets.py",
]


def _untranslated_messages(path: str) -> list[str]:
    """Text literals a service passes to a refusal or an exception outside translate()
    (the coded words of app.i18n.RUNTIME_WORDS are translated by the exception itself)."""
    import ast
    from pathlib import Path

    from app.i18n import RUNTIME_WORDS

    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
            return
        if isinstance(node, ast.Subscript):  # answer["number"]: the key is data, not words
            visit(node.value)
            return
        if isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and WORD.search(node.value)
            and node.value not in RUNTIME_WORDS
        ):
            found.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    for node in ast.walk(tree):
        raised = isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
        call = node.exc if isinstance(node, ast.Raise) else node
        if isinstance(call, ast.Call) and (raised or getattr(call.func, "id", "") == "RefusedCopy"):
            positional = call.args if raised else call.args[1:]  # a refusal's ref is data
            for argument in [*positional, *(k.value for k in call.keywords)]:
                visit(argument)
    return found


def _service_messages(path: str) -> list[str]:
    """Every translate("errors", …) text of a service."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    return [
        "".join(str(getattr(part, "value", "")) for part in [node.args[1]])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "translate"
        and len(node.args) == 2
        and isinstance(node.args[1], ast.Constant)
    ]


def test_services_refuse_only_through_translate() -> None:
    found = [line for path in _SERVICES for line in _untranslated_messages(path)]
    assert not found, "Untranslated refusals and errors:\n" + "\n".join(found)


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_every_service_message_is_translated(speak: object, code: str) -> None:
    from app.i18n import translate

    assert locale.install_language(code)
    found = {}
    for path in _SERVICES:
        messages = _service_messages(path)
        assert messages, path
        for text in messages:
            shown = translate("errors", text)
            if english_words(shown):
                found[text] = shown
    assert not found, f"English in {code} service messages: {found}"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_desk_refusals_speak_the_language(
    speak: object, code: str, sqlite_db: Database, actor: Actor
) -> None:
    """What the desks really answer: a copy out for digitisation scanned at write-off,
    release, binding and digitisation; a copy in a binding order scanned for binding again
    and for repair."""
    from app.errors import InvalidInput
    from app.intake.copies import release_copies
    from app.preservation.binding import add_to_order, open_binding_order
    from app.preservation.digitisation import send_for_digitisation
    from app.preservation.repair import start_repair
    from app.registers.writeoff import write_off
    from tests.app.preservation.conftest import build_fund

    fund = build_fund(sqlite_db, actor)
    out, bound, free = fund.barcodes[:3]
    assert not send_for_digitisation(sqlite_db, actor, [out]).refused
    order = open_binding_order(sqlite_db, actor, "Шеберхана", "restoration")
    assert not add_to_order(sqlite_db, actor, order.id, [bound]).refused
    assert locale.install_language(code)
    reasons = [
        *(r.reason for r in write_off(sqlite_db, actor, "wear", [out, free]).refused),
        *(r.reason for r in release_copies(sqlite_db, actor, [out]).refused),
        *(r.reason for r in send_for_digitisation(sqlite_db, actor, [out, bound]).refused),
    ]
    again = open_binding_order(sqlite_db, actor, "Басқа", "restoration")
    reasons += [r.reason for r in add_to_order(sqlite_db, actor, again.id, [out, bound]).refused]
    with pytest.raises(InvalidInput) as refused:
        start_repair(sqlite_db, actor, bound, "spine", "Әлия")
    reasons.append(str(refused.value))
    assert len(reasons) == 7
    found = {reason: english_words(reason) for reason in reasons if english_words(reason)}
    assert not found, f"English in {code} desk refusals: {found}"


_GOOD_MRK = "=LDR  00000nam\\a2200000\\i\\4500\n=001  1\n=245  10$aАбай жолы\n"


@pytest.mark.parametrize("code", ["kk", "ru"])
@pytest.mark.parametrize(
    "text",
    [
        _GOOD_MRK.replace("=245  10", "=24510"),  # no two spaces after the tag
        _GOOD_MRK.replace("=245  10$aАбай жолы", "=245  10$"),  # a '$' without a code
        _GOOD_MRK.replace("=245  10", "=245  10ж"),  # three indicators
        "=LDR  00000nam\\a\n=001  1\n",  # a short leader
        "=001  1\n",  # no leader
        _GOOD_MRK + "\n" + _GOOD_MRK,  # two records in the editor
        "",  # nothing
    ],
)
def test_marc_text_errors_speak_the_language(speak: object, code: str, text: str) -> None:
    """What the MARC editor's text mode says about a line it cannot read."""
    from app.errors import InvalidInput
    from app.marc.mrk import mrk_to_record

    mrk_to_record(_GOOD_MRK)
    assert locale.install_language(code)
    with pytest.raises(InvalidInput) as refused:
        mrk_to_record(text)
    assert not english_words(str(refused.value)), str(refused.value)


_BAD_MARCXML = """<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
<record><leader>00000nam</leader><controlfield tag="001">1</controlfield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Абай жолы</subfield>
  <note>—</note></datafield><note>—</note></record>
<record><controlfield>1</controlfield></record>
<record><controlfield tag="245">1</controlfield></record>
<record><datafield ind1=" " ind2=" "/></record>
<record><datafield tag="001"/></record>
<record><datafield tag="245"><subfield>Абай</subfield></datafield></record>
<record><leader>
"""


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_marcxml_read_errors_speak_the_language(speak: object, code: str) -> None:
    """What the import dialog lists for a damaged MARCXML file: the records it refused, the
    warnings of those it kept, and where the XML breaks. Element and attribute names
    (<controlfield>, tag, code) are the format's own."""
    from app.marc.reading import ReadFailure, read_bytes

    assert locale.install_language(code)
    results = list(read_bytes(_BAD_MARCXML.encode(), "marcxml"))
    texts = [
        *(r.reason for r in results if isinstance(r, ReadFailure)),
        *(w for r in results if not isinstance(r, ReadFailure) for w in r.warnings),
    ]
    assert len(texts) >= 8, texts
    codes = {"controlfield", "datafield", "tag", "code", "note", "rusmarc", "xml"}
    found = [t for t in texts if [w for w in english_words(t) if w.lower() not in codes]]
    assert not found, f"English in {code} MARCXML read errors: {found}"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_iso2709_read_errors_speak_the_language(speak: object, code: str) -> None:
    """What the import dialog lists for a damaged .mrc file: a record cut short, one whose
    leader miscounts it, one too short to be a record, and a file cut inside a record."""
    import pymarc

    from app.marc.reading import ReadFailure, read_bytes

    record = pymarc.Record(force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data="1"))
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[pymarc.Subfield("a", "Абай жолы")],
        )
    )
    good = record.as_marc()
    miscounted = b"%05d" % (len(good) + 7) + good[5:]
    cut = good[:30] + good[-1:]
    data = good + miscounted + b"0003\x1d" + cut + good[:-1]
    assert locale.install_language(code)
    results = list(read_bytes(data, "iso2709"))
    texts = [
        *(r.reason for r in results if isinstance(r, ReadFailure)),
        *(w for r in results if not isinstance(r, ReadFailure) for w in r.warnings),
    ]
    assert len(texts) >= 3, texts
    found = [t for t in texts if english_words(t)]
    assert not found, f"English in {code} .mrc read errors: {found}"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_table_migration_and_keyring_errors_speak_the_language(speak: object, code: str) -> None:
    """What an administrator meets setting Qor up: a broken holiday or branch table, a wrong
    --status-map or --holdings of the migration, a machine with no keyring."""
    from app.errors import InvalidInput
    from app.intake import holidays
    from app.migration.copies import parse_status_map
    from app.migration.holdings import import_holdings
    from app.unioncat.targets import KeyringUnavailable

    assert locale.install_language(code)
    texts: list[str] = []
    with pytest.raises(InvalidInput) as status:
        parse_status_map(["7"])
    # The statuses listed are the codes the option takes.
    texts.append(re.sub(r":[^:]*$", "", str(status.value)))
    with pytest.raises(InvalidInput) as mode:
        import_holdings(None, None, [], "x9", "")  # type: ignore[arg-type]
    texts.append(re.sub(r":[^:]*$", "", str(mode.value)))
    holidays.holiday_table.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("app.registers.tables.read_table", lambda _name: "{}")
            with pytest.raises(InvalidInput) as table:
                holidays.holiday_table()
    finally:
        holidays.holiday_table.cache_clear()
    texts.append(str(table.value).split("resources/")[0])
    from app.registers import classes

    for broken in ("{}", '{"udc": {"5": "physics"}, "bbk": {}}'):
        classes.branch_table.cache_clear()
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr("app.registers.classes.read_table", lambda _name, b=broken: b)
                with pytest.raises(InvalidInput) as branches:
                    classes.branch_table()
        finally:
            classes.branch_table.cache_clear()
        # the table's path, its group and the groups' codes are the file's own words
        said = str(branches.value).replace(classes.table_source("branches.json"), "")
        said = said.replace(", ".join(classes.BRANCHES), "").replace("physics", "")
        assert "'5'" in said or broken == "{}"
        texts.append(said)
    from app.i18n import translate

    texts.append(str(KeyringUnavailable(translate("errors", "no keyring service is installed "
                                                  "or running"))))  # fmt: skip
    found = [t for t in texts if english_words(t.replace("QOR_SYNC_PASSWORD", ""))]
    assert not found, found


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_z3950_diagnostics_speak_the_language_with_their_number(speak: object, code: str) -> None:
    """libyaz's and the server's diagnostics are English: the sentence shown is translated and
    names the diagnostic's number; their own text is only the detail."""
    from app.unioncat.zoom import UpdateFailed, Z3950Error

    assert locale.install_language(code)
    known = UpdateFailed(224, "ES: immediate execution failed", "duplicate key", "Bib-1")
    odd = Z3950Error(1234, "Some rare diagnostic", "", "Bib-1")
    for error in (known, odd):
        shown = str(error)
        assert str(error.code) in shown
        assert not english_words(shown.replace("Z39.50", "")), shown
        assert error.message in error.detail
    assert "duplicate key" in known.detail


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_rarer_xml_parser_errors_speak_the_language(speak: object, code: str) -> None:
    """The XML parser's rarer diagnoses (a duplicate attribute, an unbound prefix, a bad
    character reference, an encoding it does not know) and any it has not listed."""
    from app.marc.reading import ReadFailure, _not_well_formed, read_bytes

    assert locale.install_language(code)
    head = '<?xml version="1.0" encoding="UTF-8"?><collection><record>'
    broken = [
        '<leader a="1" a="2"/>',
        "<x:leader/>",
        "<leader>&#1;</leader>",
    ]
    texts = []
    for body in broken:
        results = list(read_bytes((head + body + "</record></collection>").encode(), "marcxml"))
        texts += [r.reason for r in results if isinstance(r, ReadFailure)]
    texts.append(_not_well_formed(1, 1, "some diagnosis no table lists"))
    assert len(texts) == 4, texts
    found = [t for t in texts if [w for w in english_words(t) if w.lower() != "xml"]]
    assert not found, found
