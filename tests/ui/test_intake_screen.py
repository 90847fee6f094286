"""The intake screen offscreen: accession batches with legal-deposit deadlines, ISBN scans
that find a record or offer the remote catalogs and the book template, adding copies with
pre-printed labels, copy scans with what is missing, release, refusals as messages, focus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import add_copies, copies_of_record
from app.intake.locations import add_location, list_locations
from app.intake.status import ItemStatus
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from app.unioncat.config import ConfiguredTarget, add_target, default_indexes
from app.unioncat.copycat import CopySearch, hit_of
from db.session import Database
from tests.records import book
from tests.ui.conftest import Messages, screenshots_dir, signed_in, type_text
from ui.catalog.marc_editor import DATA, MarcEditor
from ui.common.feedback import Feedback
from ui.common.scan_field import ScanSettings
from ui.intake import IntakeScreen
from ui.intake.accession_dialog import LATE_COLOUR, MET_COLOUR, AccessionDialog
from ui.intake.add_copies_dialog import AddCopiesDialog
from ui.intake.complete_copy_dialog import CompleteCopyDialog
from ui.intake.locations_dialog import LocationsDialog
from ui.intake.record_choice import RecordChoiceDialog
from ui.intake.remote_lookup import RemoteHitsDialog

SHOTS = screenshots_dir()
HISTORY_ISBN = "9786011234566"  # «Қазақстан тарихы», in the catalog
NEW_ISBN = "9785000000007"  # not in the catalog
OTHER_NEW_ISBN = "9786010000025"


class Recorder:
    def __init__(self) -> None:
        self.played: list[Feedback] = []

    def play(self, result: Feedback) -> None:
        self.played.append(result)


@dataclass
class Desk:
    db: Database
    actor: Actor
    record_id: int
    screen: IntakeScreen
    sounds: Recorder


def _history() -> pymarc.Record:
    record = book("Қазақстан тарихы", "Қозыбаев, Манаш", "2010", HISTORY_ISBN)
    record.add_ordered_field(Field("080", Indicators(" ", " "), [Subfield("a", "94(574)")]))
    return record


def make_screen(qtbot: QtBot, db: Database, actor: Actor, sounds: Recorder) -> IntakeScreen:
    screen = IntakeScreen(signed_in(db, actor), scan_settings=ScanSettings(), player=sounds)
    qtbot.addWidget(screen)
    screen.resize(1180, 720)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    settle(qtbot, screen)
    return screen


def settle(qtbot: QtBot, screen: IntakeScreen) -> None:
    """Wait until the batch list and the batch's copies, read in a worker, are shown, and
    every scan (looked up in the scan queue) is answered."""
    qtbot.waitUntil(lambda: not screen.loading and screen.scans_answered(), timeout=10_000)


@pytest.fixture
def desk(qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages) -> Desk:
    record = create_record(sqlite_db, actor, _history())
    create_record(sqlite_db, actor, book("Абай жолы", "Әуезов, Мұхтар", "2021", OTHER_NEW_ISBN))
    add_location(sqlite_db, actor, "ABON", "Абонемент")
    add_location(sqlite_db, actor, "KS-1", "Кітап қоймасы")
    open_accession(
        sqlite_db, actor, "purchase", "ТН-118", date=date(2026, 3, 2), supplier="«Фолиант» ЖШС"
    )
    sounds = Recorder()
    return Desk(sqlite_db, actor, record.id, make_screen(qtbot, sqlite_db, actor, sounds), sounds)


def scan(qtbot: QtBot, screen: IntakeScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    settle(qtbot, screen)  # a scan held while a batch loaded is answered once it is shown


def shot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"intake-{name}.png"
    assert widget.grab().save(str(path))
    return path


T = TypeVar("T")


def dialog_of(qtbot: QtBot, screen: IntakeScreen, kind: type[T]) -> T:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind), timeout=5000)
    assert isinstance(screen.dialog, kind)
    return screen.dialog


# --- Accession batches ---------------------------------------------------------------------


def test_legal_deposit_batch_shows_its_deadline_and_whether_it_was_met(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    dialog = AccessionDialog(signed_in(sqlite_db, actor), today=date(2026, 3, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_date.isVisible() and not dialog.deadline.isVisible()
    dialog.set_source("legal-deposit")
    assert dialog.print_date.isVisible() and dialog.medium.isVisible()

    dialog.print_date.setDate(QDate(2026, 2, 1))  # paper: due 3 March, received 9 March
    assert dialog.deadline.text() == "Deadline 2026-03-03: missed by 6 day(s)"
    assert LATE_COLOUR in dialog.deadline.styleSheet()
    dialog.print_date.setDate(QDate(2026, 2, 20))
    assert dialog.deadline.text() == "Deadline 2026-03-22: met"
    assert MET_COLOUR in dialog.deadline.styleSheet()
    # Electronic: 3 working days. Printed Thursday 5 March: due Wednesday 11 March (Monday
    # 9 March is the day off for Women's Day, a Sunday in 2026).
    dialog.medium.setCurrentIndex(dialog.medium.findData("electronic"))
    dialog.print_date.setDate(QDate(2026, 3, 5))
    assert dialog.deadline.text() == "Deadline 2026-03-11: met"

    dialog.buttons.accepted.emit()  # no document number: refused in the dialog
    assert dialog.opened is None
    assert "document" in dialog.error.text()
    dialog.document_number.setText("ММД-7")
    dialog.supplier.setText("«Алматыкітап» баспасы")
    dialog.notes.setText("Бағасыз келді")
    dialog.buttons.accepted.emit()
    assert dialog.opened is not None
    assert dialog.opened.notes == "Бағасыз келді"  # printed on the acceptance act
    assert dialog.opened.source == "legal-deposit" and dialog.opened.medium == "electronic"
    assert dialog.opened.deadline == date(2026, 3, 11) and dialog.opened.deadline_met


def test_new_batch_from_the_screen_joins_the_chooser_with_its_deadline(
    qtbot: QtBot, desk: Desk
) -> None:
    screen = desk.screen
    assert screen.batches.count() == 1
    screen.new_batch()
    dialog = dialog_of(qtbot, screen, AccessionDialog)
    dialog.set_source("legal-deposit")
    dialog.document_number.setText("ММД-12")
    dialog.supplier.setText("«Мектеп» баспасы")
    dialog.print_date.setDate(dialog.received.date().addDays(-45))
    assert "missed by 15 day(s)" in dialog.deadline.text()
    shot(dialog, "accession-legal-deposit")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker
    assert screen.batches.count() == 2
    assert screen.batch is not None and screen.batch.supplier == "«Мектеп» баспасы"
    assert "missed by 15 day(s)" in screen.deadline.text()
    assert LATE_COLOUR in screen.deadline.styleSheet()
    assert "late" in screen.batches.currentText()
    assert QApplication.focusWidget() is screen.scan


def test_a_batch_is_read_in_a_worker_and_a_scan_meanwhile_waits_for_it(
    qtbot: QtBot, desk: Desk
) -> None:
    """Issue 14 point 3: the batch list and a batch's copies are read off the GUI thread,
    under a busy bar; a scan that comes meanwhile is held, then answered against the batch
    now on screen (never lost, never counted against the batch that was there before)."""
    screen = desk.screen
    first = screen.batch
    assert first is not None
    gift = open_accession(desk.db, desk.actor, "gift", "СХ-5", date=date(2026, 3, 9))
    added = add_copies(desk.db, desk.actor, desk.record_id, 3, gift.id, "ABON", barcodes=["G-1"])
    screen.refresh_batches(gift.id)
    # The GUI thread only asked: the list is still the old one, the busy bar shows.
    assert screen.loading and screen.busy.isVisibleTo(screen) and screen.batches.count() == 1
    shot(screen, "batch-loading")
    settle(qtbot, screen)
    assert not screen.busy.isVisibleTo(screen)
    assert screen.batch is not None and screen.batch.id == gift.id
    assert [c.id for c in screen.model.copies] == [c.id for c in added]
    assert screen.count.text() == "3 copies in this batch, 3 in processing"

    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        index = next(i for i in range(2) if screen.batches.itemData(i).id == first.id)
        screen.batches.setCurrentIndex(index)  # the operator's choice
        assert screen.loading and screen.model.copies == []  # not the gift's copies under it
        screen.handle_scan("G-1")  # the scan router's call: held while the batch loads
        assert "Loading the batch" in screen.feedback.text()
        assert screen.copy is None
    assert screen.batch is not None and screen.batch.id == first.id
    assert screen.model.copies == []
    settle(qtbot, screen)  # the held scan, looked up in the scan queue once the load is in
    assert screen.feedback.result is Feedback.COPY_FOUND  # answered once, after the load
    assert screen.copy is not None and screen.copy.id == added[0].id


def test_chooser_lists_recent_batches_with_counts_and_totals(qtbot: QtBot, desk: Desk) -> None:
    batch = open_accession(desk.db, desk.actor, "gift", "ДС-3", supplier="Оқырман")
    add_copies(desk.db, desk.actor, desk.record_id, 3, batch.id, "ABON", price="2500")
    desk.screen.refresh_batches()
    settle(qtbot, desk.screen)
    texts = [desk.screen.batches.itemText(i) for i in range(desk.screen.batches.count())]
    assert texts[0].startswith(batch.number)  # newest first
    assert "Gift" in texts[0] and "Оқырман" in texts[0]
    assert "3 copies" in texts[0] and "7 500.00 KZT" in texts[0]
    assert "0 copies" in texts[1]


# --- ISBN scans -------------------------------------------------------------------------------


def test_isbn_found_leads_to_add_copies_with_labels(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    scan(qtbot, screen, HISTORY_ISBN)
    assert screen.feedback.result is Feedback.RECORD_FOUND
    assert "«Қазақстан тарихы» is in the catalog" in screen.feedback.text()
    assert desk.sounds.played == [Feedback.RECORD_FOUND]

    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    assert dialog.call_number.text() == "94(574) Қ59"  # class number + author sign
    assert [dialog.location.itemData(i) for i in range(dialog.location.count())] == [
        "ABON",
        "KS-1",
    ]
    dialog.count.setValue(2)
    dialog.location.setCurrentIndex(dialog.location.findData("KS-1"))
    dialog.price.setText("3 200,50")
    dialog.label_scan.setFocus()
    qtbot.keyClicks(dialog.label_scan, "LBL-0001")
    qtbot.keyClick(dialog.label_scan, Qt.Key.Key_Return)
    assert dialog.barcodes() == ["LBL-0001"]
    assert dialog.isVisible()  # Enter ended the label scan; it did not add the copies
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker

    copies = screen.model.copies
    assert [c.barcode for c in copies] == ["LBL-0001", None]
    assert all(c.status == ItemStatus.IN_PROCESSING for c in copies)
    assert all(c.location_code == "KS-1" and c.price == Decimal("3200.50") for c in copies)
    assert copies[0].inventory_number and copies[1].inventory_number != copies[0].inventory_number
    index = screen.model.index(0, 0)
    assert screen.model.data(index) == copies[0].inventory_number
    assert screen.model.data(screen.model.index(1, 1)) == "(no label)"
    assert screen.model.data(screen.model.index(0, 6)) == "in processing"
    assert "2 copies added" in screen.feedback.text()
    assert "2 copies" in screen.batches.currentText()
    assert QApplication.focusWidget() is screen.scan


def test_a_label_taken_meanwhile_is_a_duplicate_when_the_copies_are_added(
    qtbot: QtBot, desk: Desk
) -> None:
    """The worker's failure carries DuplicateBarcode's class: the dialog answers it with the
    duplicate sound, not the refusal's."""
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    scan(qtbot, screen, HISTORY_ISBN)
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    dialog.count.setValue(1)
    dialog.add_label("LBL-RACE")
    assert dialog.barcodes() == ["LBL-RACE"]
    # another desk puts the same label on a copy before this one adds its copies
    add_copies(desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON", barcodes=["LBL-RACE"])
    assert dialog.add() is not None
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)
    assert dialog.feedback.result is Feedback.DUPLICATE and dialog.isVisible()
    assert "LBL-RACE" in dialog.feedback.text()
    assert desk.sounds.played[-1] is Feedback.DUPLICATE
    dialog.reject()


def test_duplicate_label_names_the_copy_it_is_on(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    (owner,) = add_copies(desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON")
    assert owner.barcode
    scan(qtbot, screen, HISTORY_ISBN)
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    dialog.add_label(owner.barcode)
    assert dialog.feedback.result is Feedback.DUPLICATE
    assert owner.inventory_number in dialog.feedback.text()
    assert "Қазақстан тарихы" in dialog.feedback.text()
    assert dialog.barcodes() == []
    assert desk.sounds.played[-1] is Feedback.DUPLICATE
    dialog.add_label(HISTORY_ISBN)
    assert dialog.feedback.result is Feedback.REFUSED and "ISBN" in dialog.feedback.text()
    dialog.reject()


def test_new_isbn_is_looked_up_remotely_and_imported(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.intake.remote_lookup as remote

    add_target(
        desk.db,
        desk.actor,
        ConfiguredTarget(
            "Ұлттық электрондық кітапхана", "search", "sru", "kazneb.invalid", 80, "kazneb",
            indexes=default_indexes("sru"),
        ),
    )  # fmt: skip
    found = book("Көшпенділер", "Есенберлин, Ілияс", "2019", NEW_ISBN, control="77", org="KZ-NEL")
    searched: list[tuple[str, str]] = []

    def search_target(target: ConfiguredTarget, index: str, term: str, *, limit: int) -> CopySearch:
        searched.append((index, term))
        xml = pymarc.record_to_xml(found, namespace=True).decode("utf-8")
        return CopySearch(target.name, index, term, 1, [hit_of(xml)])

    monkeypatch.setattr(remote, "search_target", search_target)
    screen = desk.screen
    scan(qtbot, screen, NEW_ISBN)
    assert screen.feedback.result is Feedback.RECORD_NEW
    assert NEW_ISBN in screen.feedback.text()
    assert screen.remote_button.isEnabled() and screen.template_button.isEnabled()
    assert desk.sounds.played == [Feedback.RECORD_NEW]

    screen.remote_button.click()
    hits = dialog_of(qtbot, screen, RemoteHitsDialog)
    assert searched == [("isbn", NEW_ISBN)]
    assert hits.table.item(0, 1).text() == "Көшпенділер"
    assert hits.chosen is not None
    hits.accept()
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    assert dialog.record.title == "Көшпенділер"
    assert screen.last_import is not None and screen.last_import.outcome == "imported"
    assert screen.feedback.result is Feedback.RECORD_FOUND
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker
    scan(qtbot, screen, NEW_ISBN)  # now it is in the catalog
    assert screen.feedback.result is Feedback.RECORD_FOUND


def test_remote_lookup_without_targets_says_so(qtbot: QtBot, desk: Desk) -> None:
    scan(qtbot, desk.screen, NEW_ISBN)
    desk.screen.lookup_remote()
    assert desk.screen.feedback.result is Feedback.REFUSED
    assert "No remote catalog is configured" in desk.screen.feedback.text()


def test_new_isbn_starts_a_record_from_the_book_template(
    qtbot: QtBot, desk: Desk, messages: Messages
) -> None:
    screen = desk.screen
    scan(qtbot, screen, NEW_ISBN)
    screen.template_button.click()
    editor = dialog_of(qtbot, screen, MarcEditor)
    record = editor.record()
    assert record["020"]["a"] == NEW_ISBN
    # the template's 020 as the catalog editor has it: the price ($c) is there to fill in
    assert [s.code for s in record["020"].subfields] == ["a", "q", "c"]
    rows = {editor.grid.item(r, 0).text(): r for r in range(editor.grid.rowCount())}
    editor.grid.item(rows["245"], DATA).setText("$a Жаңа оқулық")
    editor.grid.item(rows["100"], DATA).setText("$a Сейітова, Әлия")
    editor.save()
    assert editor.saved is not None, messages.errors
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    assert dialog.record.title.startswith("Жаңа оқулық")
    dialog.count.setValue(1)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker
    assert [c.title for c in screen.model.copies] == [dialog.record.title]


# --- Copy scans and release --------------------------------------------------------------------


def test_copy_scan_shows_what_is_missing_and_release_refuses_it(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    ready, incomplete = (
        add_copies(desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON")[0],
        add_copies(desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON", call_number="")[0],
    )
    screen.refresh_batches()
    settle(qtbot, screen)
    assert incomplete.barcode and ready.barcode

    scan(qtbot, screen, incomplete.barcode)
    assert screen.feedback.result is Feedback.COPY_FOUND
    assert incomplete.inventory_number in screen.feedback.text()
    assert "missing: no call number" in screen.feedback.text()
    assert "Missing for release: no call number" in screen.details.text()
    assert desk.sounds.played[-1] is Feedback.COPY_FOUND

    screen.release_mode.setChecked(True)
    assert QApplication.focusWidget() is screen.scan
    scan(qtbot, screen, incomplete.barcode)
    assert screen.feedback.result is Feedback.REFUSED
    assert "Not released" in screen.feedback.text()
    assert "no call number" in screen.feedback.text()

    scan(qtbot, screen, ready.barcode)
    assert screen.feedback.result is Feedback.RELEASED
    assert f"copy {ready.inventory_number}" in screen.feedback.text()
    statuses = {c.barcode: c.status for c in screen.model.copies}
    assert statuses == {ready.barcode: "available", incomplete.barcode: "in-processing"}
    assert desk.sounds.played[-2:] == [Feedback.REFUSED, Feedback.RELEASED]


def test_release_whole_batch_lists_each_refused_copy(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    add_copies(desk.db, desk.actor, desk.record_id, 2, batch.id, "ABON")
    (unlabelled,) = add_copies(desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON",
                               barcodes=[])  # fmt: skip
    screen.refresh_batches()
    settle(qtbot, screen)
    screen.release_batch_button.click()
    # released in a worker: the desk says so meanwhile, and the button waits
    assert "Releasing" in screen.feedback.text()
    assert not screen.release_batch_button.isEnabled()
    qtbot.waitUntil(lambda: screen.feedback.result is Feedback.RELEASED)
    assert "2 copies released. 1 refused." in screen.feedback.text()
    assert unlabelled.inventory_number in screen.details.text()
    assert "no barcode" in screen.details.text()
    assert [c.status for c in screen.model.copies] == ["available", "available", "in-processing"]
    assert "1 in processing" in screen.count.text()
    assert QApplication.focusWidget() is screen.scan


def test_unknown_and_foreign_scans_are_errors_not_tracebacks(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    scan(qtbot, screen, "NOSUCH-77")
    assert screen.feedback.result is Feedback.REFUSED
    assert "No copy has barcode NOSUCH-77" in screen.feedback.text()
    scan(qtbot, screen, "@KS-1")
    assert "shelf location" in screen.feedback.text()
    assert desk.sounds.played == [Feedback.REFUSED, Feedback.REFUSED]


def test_a_cataloger_only_user_is_told_what_role_adding_copies_needs(
    qtbot: QtBot, desk: Desk
) -> None:
    add_user(desk.db, desk.actor, "aigerim", "cataloger-secret", [Role.CATALOGER])
    cataloger = authenticate(desk.db, "aigerim", "cataloger-secret")
    sounds = Recorder()
    screen = make_screen(qtbot, desk.db, cataloger, sounds)
    scan(qtbot, screen, HISTORY_ISBN)
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    assert dialog.add() is not None  # added off the GUI thread; the dialog waits
    assert not dialog.buttons.isEnabled() and "Adding 1 copies" in dialog.feedback.text()
    qtbot.waitUntil(lambda: dialog.feedback.result is Feedback.REFUSED)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert "may not add copies" in dialog.feedback.text() and "intake" in dialog.feedback.text()
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker
    screen.release_batch()
    qtbot.waitUntil(lambda: "may not release copies" in screen.feedback.text())
    assert screen.feedback.result is Feedback.REFUSED and screen.release_batch_button.isEnabled()
    assert copies_of_record(desk.db, desk.record_id) == []


def test_the_scan_field_keeps_the_focus(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    assert QApplication.focusWidget() is screen.scan
    batch = screen.batch
    assert batch is not None
    add_copies(desk.db, desk.actor, desk.record_id, 2, batch.id, "ABON")
    screen.refresh_batches()
    settle(qtbot, screen)
    for widget in (screen.table.viewport(), screen.release_mode, screen.details, screen):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert QApplication.focusWidget() is screen.scan, widget
    screen.batches.setCurrentIndex(0)
    assert QApplication.focusWidget() is screen.scan


def test_screenshot_after_several_scans(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    add_copies(desk.db, desk.actor, desk.record_id, 3, batch.id, "ABON", price="3200")
    abai = create_record(desk.db, desk.actor, book("Абай жолы. 1-кітап", "Әуезов, Мұхтар"))
    add_copies(desk.db, desk.actor, abai.id, 2, batch.id, "KS-1", price="4500", call_number="")
    screen.refresh_batches()
    settle(qtbot, screen)
    screen.open_add_copies = False
    scan(qtbot, screen, HISTORY_ISBN)
    shot(screen, "found")
    scan(qtbot, screen, NEW_ISBN)
    shot(screen, "new")
    scan(qtbot, screen, screen.model.copies[-1].barcode or "")
    shot(screen, "copy")
    type_text(screen.scan, "ЖОҚ-0000")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.feedback.result is Feedback.REFUSED
    shot(screen, "error")
    screen.release_batch()
    qtbot.waitUntil(lambda: screen.feedback.result is Feedback.RELEASED)
    shot(screen, "released")
    assert len(screen.model.copies) == 5


def test_main_window_has_the_intake_screen_on_ctrl_2(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    index = titles.index("Intake")
    assert window.navigation.item(index).toolTip() == "Intake (Ctrl+2)"
    window.show_screen(index)
    assert window.screens.currentWidget() is window.intake
    assert QApplication.focusWidget() in (None, window.intake.scan)


# --- Completing copies, locations, double scans, ISBN-10, several records ----------------


def test_a_copy_without_a_label_is_completed_from_the_screen_and_released(
    qtbot: QtBot, desk: Desk
) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    _labelled, waiting = add_copies(
        desk.db, desk.actor, desk.record_id, 2, batch.id, "ABON", barcodes=["LBL-1"],
        call_number="",
    )  # fmt: skip
    screen.refresh_batches()
    settle(qtbot, screen)
    screen.table.selectRow(1)
    assert screen.complete_button.isEnabled()
    qtbot.mouseClick(screen.complete_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, screen, CompleteCopyDialog)
    assert dialog.call_number.text() == "94(574) Қ59"  # the record's, offered for the blank
    qtbot.keyClicks(dialog.label_scan, "LBL-1")  # the other copy's label
    qtbot.keyClick(dialog.label_scan, Qt.Key.Key_Return)
    assert dialog.feedback.result is Feedback.DUPLICATE and "copy 1" in dialog.feedback.text()
    qtbot.keyClicks(dialog.label_scan, "LBL-2")
    qtbot.keyClick(dialog.label_scan, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.label_code == "LBL-2"
    dialog.location.setCurrentIndex(dialog.location.findData("KS-1"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker

    shown = screen.model.copies[1]
    assert (shown.barcode, shown.location_code, shown.call_number) == (
        "LBL-2", "KS-1", "94(574) Қ59",
    )  # fmt: skip
    assert "Ready for release" in screen.feedback.text()
    assert QApplication.focusWidget() is screen.scan
    screen.release_mode.setChecked(True)
    scan(qtbot, screen, "LBL-2")
    assert screen.feedback.result is Feedback.RELEASED
    assert waiting.inventory_number in screen.feedback.text()


def test_locations_are_created_from_the_intake_screen_on_a_fresh_library(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    screen = make_screen(qtbot, sqlite_db, actor, Recorder())
    qtbot.mouseClick(screen.locations_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, screen, LocationsDialog)
    assert dialog.places.count() == 0
    qtbot.keyClicks(dialog.code, "ABON")
    type_text(dialog.name, "Абонемент")
    qtbot.keyClicks(dialog.barcode, "SHELF-01")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)  # a scanned shelf label ends with Enter
    assert dialog.isVisible() and dialog.places.count() == 1
    assert "ABON — Абонемент" in dialog.places.item(0).text()
    qtbot.keyClicks(dialog.code, "KS 1")  # a blank in the code is refused, the dialog stays
    type_text(dialog.name, "Қойма")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.feedback.result is Feedback.REFUSED and "KS 1" in dialog.feedback.text()
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle(qtbot, screen)  # the batch, read again in a worker
    assert [p.code for p in list_locations(sqlite_db)] == ["ABON"]
    assert "ABON" in screen.feedback.text()


def test_a_swallowed_double_scan_gets_a_quiet_note(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    batch = screen.batch
    assert batch is not None
    (labelled,) = add_copies(
        desk.db, desk.actor, desk.record_id, 1, batch.id, "ABON", barcodes=["LBL-0042"]
    )
    played = len(desk.sounds.played)
    scan(qtbot, screen, "LBL-0042")
    scan(qtbot, screen, "LBL-0042")
    assert screen.feedback.result is Feedback.INFO
    assert "counted once" in screen.feedback.text()
    assert desk.sounds.played[played:] == [Feedback.COPY_FOUND]  # no sound for the repeat
    qtbot.waitUntil(lambda: screen.feedback.result is Feedback.COPY_FOUND, timeout=3000)
    assert labelled.inventory_number in screen.feedback.text()


@pytest.mark.parametrize("typed", ["5-7667-8262-3", "5766782624", "5-7667-8262-4"])
def test_a_typed_isbn10_finds_the_record(qtbot: QtBot, desk: Desk, typed: str) -> None:
    create_record(desk.db, desk.actor, book("Жамбыл", "Жабаев, Жамбыл", "1996", "5-7667-8262-3"))
    screen = desk.screen
    screen.open_add_copies = False
    screen.handle_scan(typed)  # typed by hand, as the typed signal delivers it
    settle(qtbot, screen)
    assert screen.feedback.result is Feedback.RECORD_FOUND, screen.feedback.text()
    assert screen.record is not None and screen.record.title == "Жамбыл"


def test_an_isbn10_with_x_check_digit_is_an_isbn(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    screen.handle_scan("0-8044-2957-X")
    settle(qtbot, screen)
    assert screen.feedback.result is Feedback.RECORD_NEW
    assert screen.pending_isbn == "9780804429573"


def test_several_records_with_one_isbn_the_operator_chooses(qtbot: QtBot, desk: Desk) -> None:
    reprint = create_record(
        desk.db, desk.actor, book("Қазақстан тарихы. 2-бас.", "Қозыбаев, Манаш", "2015",
                                  HISTORY_ISBN),
    )  # fmt: skip
    screen = desk.screen
    scan(qtbot, screen, HISTORY_ISBN)
    choice = dialog_of(qtbot, screen, RecordChoiceDialog)
    assert screen.feedback.result is Feedback.RECORD_FOUND and "2 records" in screen.feedback.text()
    assert choice.list.count() == 2 and "2-бас" in choice.list.item(1).text()
    choice.list.setCurrentRow(1)
    choice.choose()
    dialog = dialog_of(qtbot, screen, AddCopiesDialog)
    assert dialog.record.id == reprint.id
    dialog.reject()
