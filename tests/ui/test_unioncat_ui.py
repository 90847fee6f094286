"""The union catalog screen offscreen against a real Zebra: the dry run's list of changes,
a sync in the worker with its report and history, Cancel, and copy cataloging."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.catalog.records import create_record, get_record
from app.intake.accession import open_accession
from app.intake.copies import copies_of_record
from app.intake.locations import add_location
from app.security.roles import Actor
from app.unioncat.config import ConfiguredTarget, add_target
from app.unioncat.outbox import outbox_size
from app.unioncat.zoom import ZoomConnection
from db.session import Database
from tests.app.unioncat import conftest as unioncat_fixtures
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER, book_marcxml
from tests.app.unioncat.test_targets import MemoryKeyring
from tests.app.unioncat.test_targets import memory_keyring as memory_keyring
from tests.records import KAZAKH_BOOKS, book
from tests.ui.conftest import screenshots_dir, signed_in
from tests.unioncat_server import ZebraServer
from ui.common.choices import choose
from ui.unioncat import UnionCatalogScreen

pytestmark = pytest.mark.zebra
SCREENSHOTS = screenshots_dir()
LEFT = Qt.MouseButton.LeftButton
start_zebra = unioncat_fixtures.start_zebra  # the real Zebra fixture of the service tests


@pytest.fixture
def union(start_zebra: Callable[..., ZebraServer]) -> ZebraServer:
    return start_zebra(user=(SYNC_USER, SYNC_PASSWORD))


def shot(widget: object, name: str) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"unioncat-{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def screen(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    union: ZebraServer,
    memory_keyring: MemoryKeyring,
) -> UnionCatalogScreen:
    add_target(
        sqlite_db,
        actor,
        ConfiguredTarget(
            "Қазақстан жиынтық каталогы", "union", "z3950", union.host, union.port, "unioncat",
            SYNC_USER,
        ),
        password=SYNC_PASSWORD,
    )  # fmt: skip
    widget = UnionCatalogScreen(signed_in(sqlite_db, actor))
    widget.resize(1280, 760)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_dry_run_lists_changes_then_sync_reports_each_record(
    qtbot: QtBot, screen: UnionCatalogScreen, sqlite_db: Database, actor: Actor
) -> None:
    for record in KAZAKH_BOOKS[:5]:
        create_record(sqlite_db, actor, copy.deepcopy(record))
    panel = screen.sync_panel
    panel.refresh()
    assert panel.target.currentText() == "Қазақстан жиынтық каталогы"
    # The count over the list and the list agree (issue 12 item 7: "49 waiting" over an
    # empty list): the waiting records are listed before any dry run.
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10000)
    assert panel.pending_model.rowCount() == 5
    assert panel.status.text() == "5 record(s) waiting to go up."
    qtbot.mouseClick(panel.dry_run_button, LEFT)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Would send"), timeout=10000)
    assert panel.status.text() == "Would send: 5 new, 0 changed, 0 to withdraw, 0 unchanged"
    assert panel.pending_model.rowCount() == 5
    assert {p.action for p in panel.pending_model.rows} == {"new"}
    assert "=245" in panel.changes.toPlainText()
    shot(screen, "dry-run")

    with qtbot.waitSignal(panel.synced, timeout=30000) as blocker:
        qtbot.mouseClick(panel.sync_button, LEFT)
    report = blocker.args[0]
    assert report.count("sent") == 5 and report.ok
    assert panel.report_model.rowCount() == 5
    assert {e.outcome for e in panel.report_model.rows} == {"sent"}
    assert panel.history_model.rowCount() == 1
    assert panel.progress.value() == 5
    assert outbox_size(sqlite_db) == 0
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10000)
    assert panel.pending_model.rowCount() == 0
    assert panel.status.text().endswith("\n0 record(s) waiting to go up.")
    shot(screen, "sync-report")


def test_cancel_stops_between_batches_and_keeps_the_rest(
    qtbot: QtBot, screen: UnionCatalogScreen, sqlite_db: Database, actor: Actor
) -> None:
    for n in range(40):
        create_record(sqlite_db, actor, book(f"Дала әуендері {n}", f"Ақын {n}"))
    panel = screen.sync_panel
    panel.batch_size = 5
    with qtbot.waitSignal(panel.synced, timeout=30000) as blocker:
        qtbot.mouseClick(panel.sync_button, LEFT)
        assert panel.worker is not None
        panel.worker.signals.progress.connect(lambda *_: panel.cancel())
    report = blocker.args[0]
    assert report.cancelled
    assert 0 < report.count("sent") < 40
    assert outbox_size(sqlite_db) == 40 - report.count("sent")
    assert panel.history_model.rows[0].status == "cancelled"
    # What the cancelled run left behind is listed under its count.
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10000)
    left = outbox_size(sqlite_db)
    assert panel.pending_model.rowCount() == left
    assert f"{left} record(s) waiting to go up." in panel.status.text()


def test_copy_cataloging_finds_holders_and_imports(
    qtbot: QtBot, screen: UnionCatalogScreen, sqlite_db: Database, union: ZebraServer
) -> None:
    holdings = (
        '<datafield tag="852" ind1=" " ind2=" "><subfield code="a">KZ-ALM</subfield></datafield>'
        '<datafield tag="852" ind1=" " ind2=" "><subfield code="a">KZ-AST</subfield></datafield>'
    )
    with ZoomConnection(union.target(SYNC_USER, SYNC_PASSWORD)) as conn:
        for number, title in (("1", "Көшпенділер: Алмас қылыш"), ("2", "Көшпенділер: Жанталас")):
            xml = book_marcxml(number, org="KZ-ALM", title=title, author="Есенберлин, Ілияс")
            conn.update(xml.replace("</record>", holdings + "</record>"), f"KZ-ALM:{number}")
    panel = screen.copycat_panel
    screen.setCurrentWidget(panel)
    panel.refresh()
    panel.target.setEditText("Қазақстан жиынтық каталогы")
    choose(panel.index, "author")
    panel.query.setText("есенберлин")
    qtbot.mouseClick(panel.search_button, LEFT)
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 2, timeout=10000)
    assert panel.results_model.rows[0].libraries == ("KZ-ALM", "KZ-AST")
    shot(screen, "copycat-results")

    with qtbot.waitSignal(panel.record_imported, timeout=10000) as blocker:
        qtbot.mouseClick(panel.import_button, LEFT)
    record_id = blocker.args[0]
    assert get_record(sqlite_db, record_id).summary.title.startswith("Көшпенділер")
    assert "Imported" in panel.outcome.text()
    shot(screen, "copycat-imported")
    with qtbot.waitSignal(panel.record_imported, timeout=10000) as again:
        qtbot.mouseClick(panel.import_button, LEFT)
    assert again.args[0] == record_id
    assert "already has" in panel.outcome.text()


def test_an_imported_record_goes_straight_on_to_its_copies(
    qtbot: QtBot, screen: UnionCatalogScreen, sqlite_db: Database, actor: Actor, union: ZebraServer
) -> None:
    with ZoomConnection(union.target(SYNC_USER, SYNC_PASSWORD)) as conn:
        xml = book_marcxml("7", org="KZ-ALM", title="Қан мен тер", author="Нұрпейісов, Әбдіжәміл")
        conn.update(xml, "KZ-ALM:7")
    add_location(sqlite_db, actor, "ABON", "Абонемент")
    batch = open_accession(sqlite_db, actor, "purchase", "ТН-12", date=date(2026, 3, 2))
    panel = screen.copycat_panel
    screen.setCurrentWidget(panel)
    assert not panel.add_copies_button.isEnabled()
    panel.target.setEditText("Қазақстан жиынтық каталогы")
    choose(panel.index, "author")
    panel.query.setText("нұрпейісов")
    qtbot.mouseClick(panel.search_button, LEFT)
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 1, timeout=10000)
    with qtbot.waitSignal(screen.record_imported, timeout=10000) as blocker:
        qtbot.mouseClick(panel.import_button, LEFT)
    record_id = blocker.args[0]
    assert panel.add_copies_button.isEnabled() and panel.add_copies_button.hasFocus()

    qtbot.mouseClick(panel.add_copies_button, LEFT)
    dialog = panel.copies_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.record.id == record_id and dialog.batch.id == batch.id
    dialog.count.setValue(2)
    with qtbot.waitSignal(panel.copies_added, timeout=10000) as added:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    copies = copies_of_record(sqlite_db, record_id)
    assert len(copies) == 2 == len(added.args[0])
    assert {c.location_code for c in copies} == {"ABON"}
    assert copies[0].inventory_number in panel.outcome.text()
    shot(screen, "copycat-copies-added")
