"""The MARC editor: grid and text modes round-trip exactly, validation marks the rows it is
about, errors refuse the save, and the services' refusals arrive as messages."""

from __future__ import annotations

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from pytestqt.qtbot import QtBot

from app.catalog.search import search
from app.catalog.templates import blank_book
from app.marc.mrk import record_to_mrk
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.session import Database
from tests.ui.conftest import Messages, screenshot, signed_in
from ui.catalog.marc_editor import (
    DATA,
    ERROR_COLOUR,
    MarcEditor,
    parse_subfields,
    subfields_text,
)


def kazakh_record() -> pymarc.Record:
    record = pymarc.Record(leader="00000nam a2200000 i 4500", force_utf8=True)
    record.add_field(
        Field("001", data="0000000042"),
        Field("003", data="KZ-TEST"),
        Field("008", data="240115s2023    kz            000 0 kaz d"),
        Field(
            "020", Indicators(" ", " "), [Subfield("a", "9786010000017"), Subfield("c", "2 500 $")]
        ),
        Field("100", Indicators("1", " "), [Subfield("a", "Нұрпейісов, Әбдіжәміл")]),
        Field(
            "245",
            Indicators("1", "0"),
            [
                Subfield("a", "Қазақстан тарихы :"),
                Subfield("b", "оқулық {2-басылым} $ Ғ Ң Ө Ұ Ү Һ І /"),
                Subfield("c", " Ә. Нұрпейісов "),
            ],
        ),
        Field(
            "264",
            Indicators(" ", "1"),
            [Subfield("a", "Алматы :"), Subfield("b", ""), Subfield("c", "2023")],
        ),
        Field("300", Indicators(" ", " "), [Subfield("a", "320 б.")]),
    )
    return record


def _editor(
    qtbot: QtBot, db: Database, actor: Actor, record: pymarc.Record, record_id: int | None = None
) -> MarcEditor:
    editor = MarcEditor(signed_in(db, actor), record, record_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _row_of(editor: MarcEditor, tag: str, occurrence: int = 0) -> int:
    rows = [r for r in range(editor.grid.rowCount()) if editor.grid.item(r, 0).text() == tag]
    return rows[occurrence]


@pytest.mark.parametrize(
    "values",
    [["Қазақстан"], ["a $ b", "{x}", ""], [" lead", "trail ", "  "], ["$", "{dollar}"]],
)
def test_subfield_text_parses_back_exactly(values: list[str]) -> None:
    subfields = [Subfield(code, value) for code, value in zip("abcd", values, strict=False)]
    assert parse_subfields(subfields_text(subfields)) == subfields


def test_grid_and_text_round_trip_without_loss(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    original = kazakh_record()
    editor = _editor(qtbot, sqlite_db, actor, original)
    cells = [
        [editor.grid.item(r, c).text() for c in range(4)] for r in range(editor.grid.rowCount())
    ]
    assert "{dollar}" in editor.grid.item(_row_of(editor, "245"), DATA).text()

    editor.show_text()
    assert editor.modes.currentIndex() == 1
    assert editor.text.toPlainText() == record_to_mrk(original)
    editor.show_grid()
    assert editor.modes.currentIndex() == 0
    after = [
        [editor.grid.item(r, c).text() for c in range(4)] for r in range(editor.grid.rowCount())
    ]
    assert after == cells
    assert record_to_mrk(editor.grid_record()) == record_to_mrk(original)

    # An edit made in text mode shows in the grid.
    editor.show_text()
    editor.text.setPlainText(editor.text.toPlainText().replace("320 б.", "336 б."))
    editor.show_grid()
    assert editor.grid.item(_row_of(editor, "300"), DATA).text() == "$a 336 б."


def test_unreadable_text_keeps_text_mode_and_names_the_line(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    editor = _editor(qtbot, sqlite_db, actor, kazakh_record())
    editor.show_text()
    editor.text.setPlainText(editor.text.toPlainText() + "=24  broken\n")
    editor.show_grid()
    assert editor.modes.currentIndex() == 1
    assert "line 10" in editor.status.text()


def test_control_number_rows_are_read_only(qtbot: QtBot, sqlite_db: Database, actor: Actor) -> None:
    from PySide6.QtCore import Qt

    editor = _editor(qtbot, sqlite_db, actor, kazakh_record())
    for tag in ("001", "003"):
        item = editor.grid.item(_row_of(editor, tag), DATA)
        assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert editor.grid.item(_row_of(editor, "245"), DATA).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_repeated_245_is_marked_and_the_save_refused(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    record = kazakh_record()
    record.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "Екінші атау")]))
    editor = _editor(qtbot, sqlite_db, actor, record)
    editor.save()
    assert editor.saved is None
    assert messages.errors and "error" in messages.errors[0]
    second = _row_of(editor, "245", 1)
    assert editor.row_colour(second) == ERROR_COLOUR
    assert "245" in editor.grid.item(second, 0).toolTip() or editor.grid.item(second, 0).toolTip()
    assert any(
        "245" in editor.problem_list.item(i).text() for i in range(editor.problem_list.count())
    )
    assert search(sqlite_db, "", limit=1).total == 0
    screenshot(editor, "marc_editor_error")


def test_a_new_record_from_the_template_saves(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    editor = _editor(qtbot, sqlite_db, actor, blank_book("KZ-TEST"))
    row = _row_of(editor, "245")
    editor.grid.item(row, DATA).setText("$a Жаңа кітап")
    screenshot(editor, "marc_editor_new")
    editor.save()
    assert not messages.errors, messages.errors
    assert editor.saved is not None
    assert search(sqlite_db, "жана", limit=5).hits[0].title.startswith("Жаңа кітап")


def test_a_stock_checker_gets_a_permission_message(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    add_user(sqlite_db, actor, "checker", "checker-secret", [Role.STOCK_CHECKER])
    checker = authenticate(sqlite_db, "checker", "checker-secret")
    editor = _editor(qtbot, sqlite_db, checker, kazakh_record())
    editor.save()
    assert editor.saved is None
    assert len(messages.errors) == 1
    assert "may not create records" in messages.errors[0]
    assert editor.isVisible()


def test_esc_with_unsaved_edits_asks_and_keeps_them(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    from PySide6.QtCore import Qt

    editor = _editor(qtbot, sqlite_db, actor, kazakh_record())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: Esc closes, no question
    assert not editor.isVisible() and messages.questions == []

    editor = _editor(qtbot, sqlite_db, actor, kazakh_record())
    editor.grid.item(_row_of(editor, "245"), DATA).setText("$aЖаңа атау")
    messages.answer = False  # "Discard the changes?" — No
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(messages.questions) == 1
    assert "Discard" in messages.questions[0]
    assert editor.grid.item(_row_of(editor, "245"), DATA).text() == "$aЖаңа атау"
    messages.answer = True
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_problems_are_marked_as_the_cataloger_types(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    editor = _editor(qtbot, sqlite_db, actor, kazakh_record())
    row = _row_of(editor, "245")
    assert editor.row_colour(row) is None
    editor.grid.item(row, 0).setText("100")  # a second 100: the record now has two
    qtbot.waitUntil(lambda: editor.row_colour(row) == ERROR_COLOUR, timeout=3000)
    assert editor.problem_list.count() > 0  # without pressing Validate
    editor.grid.item(row, 0).setText("245")
    qtbot.waitUntil(lambda: editor.row_colour(row) is None, timeout=3000)
