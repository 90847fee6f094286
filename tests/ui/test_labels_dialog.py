"""The labels dialog: this batch or the selected copies, template and start position, spine
lines edited before printing, a live preview, and a PDF whose text keeps the Kazakh letters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pymarc import Field, Indicators, Subfield
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import CopyInfo, add_copies
from app.intake.locations import add_location
from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from tests.records import book
from tests.ui.conftest import screenshots_dir, signed_in
from ui.intake import IntakeScreen
from ui.intake.labels_dialog import LabelsDialog

SHOTS = screenshots_dir()


@pytest.fixture
def copies(sqlite_db: Database, actor: Actor) -> list[CopyInfo]:
    record = book("Қазақ әдебиетінің тарихы", "Әуезов, Мұхтар", "2021")
    record.add_ordered_field(Field("080", Indicators(" ", " "), [Subfield("a", "821.512.122")]))
    saved = create_record(sqlite_db, actor, record)
    add_location(sqlite_db, actor, "ABON", "Абонемент")
    batch = open_accession(sqlite_db, actor, "purchase", "ТН-5", date=date(2026, 3, 2))
    return add_copies(sqlite_db, actor, saved.id, 4, batch.id, "ABON", price="1800")


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def test_preview_follows_choices_and_the_pdf_has_the_kazakh_spine(
    qtbot: QtBot, sqlite_db: Database, copies: list[CopyInfo], tmp_path: Path
) -> None:
    dialog = LabelsDialog(copies, copies[:1], library_info(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_choice.isChecked()  # a selection is what the operator meant
    assert len(dialog.labels()) == 2  # one copy: its barcode and its spine label
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()

    dialog.batch_choice.setChecked(True)
    qtbot.waitUntil(lambda: "8 labels" in dialog.status.text(), timeout=3000)
    assert dialog.copy_list.count() == 4
    first_spine = dialog.spine_edit.toPlainText().splitlines()
    assert first_spine[-1] == "Ә93"  # Әуезов: Khavkina's А 93 "Ау", keeping its Kazakh letter

    dialog.spine_edit.setPlainText("821.512\n.122\nӘ 11\nҚР")
    assert dialog.spines[copies[0].id] == ["821.512", ".122", "Ә 11", "ҚР"]
    dialog.template.setCurrentIndex(dialog.template.findData("a4-3x8"))
    dialog.start.setValue(20)  # five labels left on a used sheet: 8 labels need two pages
    qtbot.waitUntil(lambda: dialog.pages == 2, timeout=3000)
    assert dialog.page.maximum() == 2
    dialog.start.setValue(1)
    qtbot.waitUntil(lambda: dialog.pages == 1, timeout=3000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "intake-labels.png"))

    out = tmp_path / "labels.pdf"
    assert dialog.save_pdf(out) == 1
    text = pdf_text(out)
    assert "ҚР" in text and "Ә 11" in text
    assert copies[0].inventory_number in text
    assert "Қазақ әдебиетінің" in text


def test_spine_only_and_nothing_to_print(
    qtbot: QtBot, sqlite_db: Database, copies: list[CopyInfo]
) -> None:
    dialog = LabelsDialog(copies, [], library_info(sqlite_db))
    qtbot.addWidget(dialog)
    assert not dialog.selected_choice.isEnabled() and dialog.batch_choice.isChecked()
    dialog.barcode_labels.setChecked(False)
    dialog.update_preview()
    assert len(dialog.labels()) == 4 and "4 labels" in dialog.status.text()
    dialog.spine_labels.setChecked(False)
    dialog.update_preview()
    assert not dialog.save_button.isEnabled()
    assert "Nothing to print" in dialog.status.text()


def test_screen_opens_labels_for_the_selected_rows(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, copies: list[CopyInfo]
) -> None:
    screen = IntakeScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.model.copies) == 4)  # read in a worker
    selection = screen.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(screen.model.index(1, 0), flags)
    selection.select(screen.model.index(3, 0), flags)
    screen.labels_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, LabelsDialog)
    assert [c.id for c in dialog.selected] == [copies[1].id, copies[3].id]
    assert dialog.selected_choice.isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_old_copies_print_in_their_own_symbology_after_a_scheme_change(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, copies: list[CopyInfo], tmp_path: Path
) -> None:
    import zxingcpp

    from app.intake.barcodes import normalise_scan
    from app.intake.numbering import set_numbering

    set_numbering(sqlite_db, actor, barcode_scheme="ean13-internal", barcode_prefix="0421")
    dialog = LabelsDialog(copies, [], library_info(sqlite_db))  # Code 128 copies, EAN library
    qtbot.addWidget(dialog)
    dialog.spine_labels.setChecked(False)
    assert {label.symbology for label in dialog.labels()} == {"code128"}  # type: ignore[union-attr]
    out = tmp_path / "reprint.pdf"
    dialog.save_pdf(out)
    page = pdfium.PdfDocument(str(out))[0].render(scale=300 / 72).to_pil().convert("L")
    read = sorted(normalise_scan(r.text) for r in zxingcpp.read_barcodes(page))
    assert read == sorted(c.barcode or "" for c in copies)


def test_labels_for_a_written_off_copy_warn(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    copies: list[CopyInfo],
    monkeypatch,
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    from app.registers.writeoff import write_off
    from ui.common import messages
    from ui.intake import labels_dialog

    write_off(sqlite_db, actor, "wear", [copies[0].barcode or copies[0].inventory_number])
    gone = [c if c.id != copies[0].id else replace(c, status="written-off") for c in copies]
    dialog = LabelsDialog(gone, gone[:1], library_info(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.update_preview()
    assert "Warning" in dialog.status.text() and copies[0].inventory_number in dialog.status.text()
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text: asked.append(text) or False)
    monkeypatch.setattr(
        labels_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "l.pdf"), "")
    )
    dialog.choose_pdf()
    assert asked and not (tmp_path / "l.pdf").exists()  # declined: nothing printed
