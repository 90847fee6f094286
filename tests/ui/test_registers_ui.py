"""The registers screen: a write-off act made by scanning, and registers saved as PDF in a
worker (progress, result, and Cancel)."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.intake.copies import get_copy
from app.library import library_info, set_formal_parts
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import Fund, build_fund
from tests.app.registers.conftest import pdf_text
from tests.app.registers.test_formal_parts import pdftotext
from tests.ui.conftest import Messages, scans_answered, screenshots_dir, signed_in, type_text
from ui.common.choices import choose
from ui.registers import RegistersScreen
from ui.registers import screen as screen_module
from ui.registers.screen import RatePanel, ReportPanel

DOCS = screenshots_dir()


@pytest.fixture
def fund(sqlite_db: Database, actor: Actor) -> Fund:
    return build_fund(sqlite_db, actor)


@pytest.fixture
def screen(qtbot, fund: Fund) -> RegistersScreen:
    widget = RegistersScreen(signed_in(fund.db, fund.admin))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def scan(qtbot, field, code: str) -> None:
    type_text(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    scans_answered(qtbot, field)


def test_write_off_by_scanning(qtbot, screen: RegistersScreen, fund: Fund,
                               messages: Messages) -> None:  # fmt: skip
    panel = screen.writeoff
    choose(panel.reason, "loss")
    for code in [*fund.barcodes[:2], fund.barcodes[0]]:
        scan(qtbot, panel.scan, code)
    assert [c.inventory_number for c in panel.copies.rows] == ["1", "2"]
    assert "3 000.00 KZT" in panel.total.text()
    DOCS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(DOCS / "registers-writeoff-scanned.png"))
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert messages.questions and messages.errors == []
    assert panel.last_act_id is not None and panel.copies.rows == []
    assert "Draft act 2026/1" in panel.status.text() and "2 copies" in panel.status.text()
    # A draft: the copies are held until the head approves the act.
    assert {get_copy(fund.db, c.id).status for c in fund.copies[:2]} == {"to-be-written-off"}
    assert panel.drafts.count() == 1 and panel.approve_button.isEnabled()
    screen.grab().save(str(DOCS / "registers-writeoff-draft.png"))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert messages.errors  # who approved it is asked for first
    type_text(panel.approved_by, "Ахметова Г.Қ.")
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert {get_copy(fund.db, c.id).status for c in fund.copies[:2]} == {"written-off"}
    assert "2026/1" in panel.status.text() and panel.drafts.count() == 0
    assert not panel.approve_button.isEnabled()
    # Another draft, edited (a copy added, the notes changed), then cancelled: its copies go
    # back to the fund.
    scan(qtbot, panel.scan, fund.barcodes[2])
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert get_copy(fund.db, fund.copies[2].id).status == "to-be-written-off"
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert [c.inventory_number for c in panel.copies.rows] == ["3"]
    assert panel.write_button.text() == "Save the draft"
    scan(qtbot, panel.scan, fund.barcodes[3])
    type_text(panel.notes, "Су тиген")
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert "saved: 2 copies" in panel.status.text()
    assert get_copy(fund.db, fund.copies[3].id).status == "to-be-written-off"
    assert panel.write_button.text() == "Draw up the act" and panel.copies.rows == []
    qtbot.mouseClick(panel.cancel_act_button, Qt.MouseButton.LeftButton)
    assert get_copy(fund.db, fund.copies[2].id).status == "available"
    assert panel.drafts.count() == 0
    assert get_copy(fund.db, fund.copies[3].id).status == "available"


def test_signatories_dialog(qtbot, fund: Fund, messages: Messages) -> None:
    from ui.registers.signatories import SignatoriesDialog

    dialog = SignatoriesDialog(signed_in(fund.db, fund.admin))
    qtbot.addWidget(dialog)
    dialog.head_position.setText("Кітапхана директоры")
    dialog.head_name.setText("Ахметова Гүлнар")
    dialog.chair.setText("Сәрсенова Айгерім")
    dialog.members.setPlainText("Қасымов Ержан\nОспанова Дина")
    dialog.record_url.setText("lib.kz")
    dialog.show()
    DOCS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(DOCS / "registers-signatories.png"))
    dialog.save()
    assert messages.errors and "record URL" in str(messages.errors[-1])
    dialog.record_url.setText("https://lib.kz/record/{id}")
    dialog.save()
    info = library_info(fund.db)
    assert (info.head_name, info.commission_members) == (
        "Ахметова Гүлнар",
        ("Қасымов Ержан", "Оспанова Дина"),
    )
    assert info.record_url == "https://lib.kz/record/{id}"


def test_save_registers_in_a_worker(qtbot, screen: RegistersScreen, fund: Fund,
                                    messages: Messages, tmp_path: Path) -> None:  # fmt: skip
    panel = screen.reports
    choose(panel.kind, "ksu")
    panel.whole.setChecked(True)
    panel.language.setCurrentIndex(1)  # Русский
    out = tmp_path / "ksu.pdf"
    panel.choose_output = lambda: out  # type: ignore[method-assign]
    results: list[dict] = []
    panel.finished_callbacks.append(results.append)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results[0]["received"] == 6 and results[0]["end"] == 6
    assert "Книга суммарного учёта" in "\n".join(pdf_text(out))
    assert panel.save_button.isEnabled() and messages.errors == []
    screen.grab().save(str(DOCS / "registers-report-saved.png"))

    book = tmp_path / "book.pdf"
    choose(panel.kind, "inventory-book")
    panel.choose_output = lambda: book  # type: ignore[method-assign]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)
    assert results[1]["lines"] == 6


def test_cancel_stops_the_worker(qtbot, screen: RegistersScreen, monkeypatch, tmp_path: Path,
                                 messages: Messages) -> None:  # fmt: skip
    def slow(ws, req, progress, is_cancelled):  # type: ignore[no-untyped-def]
        from app.errors import Cancelled

        for n in range(500):
            progress(n, 0, "inventory book")
            if is_cancelled():
                raise Cancelled("The register was cancelled; the file is incomplete.")
            time.sleep(0.01)
        return {}

    monkeypatch.setattr(screen_module, "_render", slow)
    panel = screen.reports
    panel.choose_output = lambda: tmp_path / "x.pdf"  # type: ignore[method-assign]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: "inventory book" in panel.status.text(), timeout=5000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=5000)
    assert "cancelled" in messages.errors[0]
    assert panel.save_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_print_the_last_act_prints_the_write_off_act(
    qtbot, screen: RegistersScreen, fund: Fund, messages: Messages, tmp_path: Path
) -> None:
    panel = screen.writeoff
    choose(panel.reason, "wear")
    scan(qtbot, panel.scan, fund.barcodes[0])
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert panel.last_act_id is not None and messages.errors == []
    reports = screen.reports
    choose(reports.kind, "ksu")  # whatever was chosen before
    out = tmp_path / "last-act.pdf"
    reports.choose_output = lambda: out  # type: ignore[method-assign]
    results: list[dict] = []
    reports.finished_callbacks.append(results.append)
    qtbot.mouseClick(screen.print_act, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert reports.kind_code() == "writeoff-act"
    text = "\n".join(pdf_text(out))
    assert "Есептен шығару актісі № 2026/1" in text
    assert "жиынтық есеп кітабы" not in text and messages.errors == []


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_saved_register_line_speaks_the_language(
    qtbot, fund: Fund, tmp_path: Path, code: str
) -> None:
    """The status line after saving the КСУ ("received 6, withdrawn 0 …") in Kazakh and
    Russian (issue 12)."""
    from tests.ui.test_no_english_on_screen import english_words
    from ui.common import locale

    assert locale.install_language(code)
    try:
        widget = RegistersScreen(signed_in(fund.db, fund.admin))
        qtbot.addWidget(widget)
        panel = widget.reports
        choose(panel.kind, "ksu")
        panel.whole.setChecked(True)
        out = tmp_path / "к.pdf"
        panel.choose_output = lambda: out  # type: ignore[method-assign]
        results: list[dict] = []
        panel.finished_callbacks.append(results.append)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(results), timeout=20_000)
        line = panel.status.text().replace(str(out), "")
        assert "6" in line and not english_words(line), line
        widget.resize(1280, 720)
        widget.grab().save(str(DOCS / f"registers-report-saved-{code}.png"))
    finally:
        locale.install_language("en")


def _group_holding(fund: Fund, amount: int = 5) -> int:
    """A group holding of the fund's record (copies counted by amount, as a migration of an
    IRBIS fund brings them)."""
    from db.models import GroupHolding

    with fund.db.write() as session:
        holding = GroupHolding(record_id=fund.record_id, location_id=None, amount=amount,
                               designation="Б-12", price=Decimal("5000.00"),
                               created_by="test")  # fmt: skip
        session.add(holding)
        session.flush()
        return holding.id


def test_write_off_draft_takes_group_amounts_and_its_own_commission(
    qtbot, screen: RegistersScreen, fund: Fund, messages: Messages
) -> None:
    from app.registers.writeoff import get_write_off_act

    hid = _group_holding(fund)
    panel = screen.writeoff
    # The library's standing commission is the draft's default.
    assert panel.chair.text() == "" and panel.members.text() == ""
    set_formal_parts(fund.db, fund.admin, chair="Серікова А.", members=["Ким Л.", "Омаров Б."])
    screen.writeoff.clear_act()
    assert panel.chair.text() == "Серікова А." and panel.members.text() == "Ким Л.; Омаров Б."
    panel.chair.setText("Жақсыбекова Р.")
    type_text(panel.group_find, "Абай")
    qtbot.mouseClick(panel.group_find_button, Qt.MouseButton.LeftButton)
    assert panel.group_choice.count() == 1 and "5" in panel.group_choice.currentText()
    panel.group_amount.setValue(6)
    qtbot.mouseClick(panel.group_add_button, Qt.MouseButton.LeftButton)
    # Refused by name, before anything is written.
    assert messages.errors and "Б-12 «Абай жолы»" in str(messages.errors[-1])
    assert "5 copies left" in str(messages.errors[-1]) and panel.group_lines.rows == []
    panel.group_amount.setValue(3)
    qtbot.mouseClick(panel.group_add_button, Qt.MouseButton.LeftButton)
    scan(qtbot, panel.scan, fund.barcodes[0])
    assert "4 copies" in panel.total.text()
    DOCS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(DOCS / "registers-writeoff-groups.png"))
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    act = get_write_off_act(fund.db, panel.last_act_id or 0)
    assert [(g.group_holding_id, g.amount) for g in act.groups] == [(hid, 3)]
    assert act.commission_chair == "Жақсыбекова Р."
    assert act.commission_members == ("Ким Л.", "Омаров Б.")
    assert panel.group_lines.rows == [] and panel.chair.text() == "Серікова А."
    # Only 2 are left now: the draft holds 3.
    assert "2 of 5" in panel.group_choice.currentText()

    # Edited: the amount taken off, another put on (up to what the draft itself holds).
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert [g.amount for g in panel.group_lines.rows] == [3]
    assert panel.chair.text() == "Жақсыбекова Р."
    panel.group_view.selectRow(0)
    qtbot.mouseClick(panel.group_remove_button, Qt.MouseButton.LeftButton)
    assert panel.group_lines.rows == []
    panel.group_amount.setValue(5)
    qtbot.mouseClick(panel.group_add_button, Qt.MouseButton.LeftButton)
    assert [g.amount for g in panel.group_lines.rows] == [5]
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    act = get_write_off_act(fund.db, act.id)
    assert [(g.group_holding_id, g.amount) for g in act.groups] == [(hid, 5)]
    assert panel.group_choice.count() == 0  # nothing left to propose


def test_accession_act_printed_with_its_own_commission(
    qtbot, screen: RegistersScreen, fund: Fund, messages: Messages, tmp_path: Path
) -> None:
    set_formal_parts(fund.db, fund.admin, chair="Серікова А.", members=["Ким Л."])
    panel = ReportPanel(signed_in(fund.db, fund.admin))
    qtbot.addWidget(panel)
    assert not panel.chair.isEnabled()
    choose(panel.kind, "accession-act")
    assert panel.chair.isEnabled() and panel.chair.text() == "Серікова А."
    panel.ref.setValue(fund.copies[0].accession_id)
    panel.chair.setText("Ахметов Н.")
    panel.members.setText("Ким Л.; Әбдірова С.")
    panel.language.setCurrentIndex(1)  # Русский
    out = tmp_path / "acc.pdf"
    panel.choose_output = lambda: out  # type: ignore[method-assign]
    results: list[dict] = []
    panel.finished_callbacks.append(results.append)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    text = pdftotext(out)
    assert "Ахметов Н." in text and "Әбдірова С." in text and "Серікова" not in text
    assert "Әбдірова С.." not in text
    assert messages.errors == []


def test_foreign_prices_valued_in_tenge_from_the_screen(
    qtbot, screen: RegistersScreen, fund: Fund, messages: Messages
) -> None:
    from app.intake.accession import open_accession
    from app.intake.copies import add_copies
    from app.registers.currency import foreign_priced

    batch = open_accession(fund.db, fund.admin, "purchase", "INV-7", date=date(2026, 3, 2))
    add_copies(fund.db, fund.admin, fund.record_id, 2, batch.id, "ABON", price="12.50",
               currency="USD")  # fmt: skip
    panel = RatePanel(signed_in(fund.db, fund.admin))
    qtbot.addWidget(panel)
    assert panel.batches.count() == 1 and "2 not valued" in panel.batches.currentText()
    type_text(panel.rate, "abc")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert messages.errors and "not a positive number" in str(messages.errors[-1])
    panel.rate.setText("470,50")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    (valued,) = foreign_priced(fund.db)
    assert (valued.unvalued, valued.rate) == (0, Decimal("470.50"))
    assert "2 copies priced in USD valued at 470.50 KZT" in panel.status.text()
    assert "at 470.50 KZT" in panel.batches.currentText()


def test_money_on_a_kazakh_or_russian_screen_is_written_as_the_registers_write_it(
    qtbot, fund: Fund
) -> None:
    from ui.common import locale

    for code, word in (("kk", "дана"), ("ru", "экз.")):
        assert locale.install_language(code)
        try:
            widget = RegistersScreen(signed_in(fund.db, fund.admin))
            qtbot.addWidget(widget)
            panel = widget.writeoff
            scan(qtbot, panel.scan, fund.barcodes[0])
            scan(qtbot, panel.scan, fund.barcodes[1])
            assert panel.total.text() == f"2 {word}, 3\u202f000,00 ₸"
            price = panel.copies.index(0, 4).data()
            assert price == "1\u202f500,00 ₸"
            widget.resize(1280, 720)
            widget.grab().save(str(DOCS / f"registers-writeoff-{code}.png"))
        finally:
            locale.install_language("en")
