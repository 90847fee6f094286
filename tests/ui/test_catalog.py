"""The Catalog screen: recent records on start, searching as the user types, paging through
long result lists, and reading a record's card and MARC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalog.importing import import_files
from app.catalog.search import SearchHit
from app.security.roles import Actor
from db.session import Database
from tests.ui.conftest import screenshot, signed_in, type_text
from ui.catalog.results_model import PAGE, ResultsModel
from ui.main_window import MainWindow


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(signed_in(db, actor))
    qtbot.addWidget(window)
    window.show()
    window.catalog.start()
    qtbot.waitUntil(lambda: window.catalog.search.model.rowCount() > 0, timeout=5000)
    return window


def test_window_shows_library_user_and_recent_records(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    window = _window(qtbot, catalog_db, actor)
    assert "Ұлттық академиялық кітапхана" in window.windowTitle()
    assert "admin" in window.windowTitle()
    assert "admin" in window.user_label.text()
    assert "sqlite" in window.db_label.text()
    assert window.navigation.item(0).text() == "Catalog"
    model = window.catalog.search.model
    assert model.rowCount() == 3
    assert window.catalog.search.count.text() == "3 records"
    # Most recent first: the last record of the file.
    assert "Қара сөздер" in model.hits[0].title


def test_typing_finds_a_kazakh_title_and_shows_its_card(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    window = _window(qtbot, catalog_db, actor)
    search = window.catalog.search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search.query

    qtbot.keyClicks(search.query, "kazak")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    assert search.count.text() == "1 record"
    assert search.model.hits[0].title.startswith("Қазақстан тарихы")

    search.query.clear()
    type_text(search.query, "казак")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: search.model.rowCount() == 1 and search.count.text() == "1 record", timeout=5000
    )

    search.select_row(0)
    card = window.catalog.view.card.toPlainText()
    assert "Қазақстан тарихы" in card
    assert "=245  10$aҚазақстан тарихы" in window.catalog.view.marc.toPlainText()
    assert "Created" in window.catalog.view.info.text()
    screenshot(window, "main_window_search")
    window.catalog.view.tabs.setCurrentIndex(1)
    screenshot(window.catalog.view, "record_marc")


def test_main_window_with_recent_records_screenshot(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    window = _window(qtbot, catalog_db, actor)
    window.catalog.search.select_row(1)
    assert "Абай жолы" in window.catalog.view.card.toPlainText()
    screenshot(window, "main_window")
    screenshot(window.catalog.view, "record_card")


def _many_records(path: Path, count: int) -> Path:
    lines = []
    for n in range(count):
        lines += [
            "=LDR  00000nam\\\\2200000\\i\\4500",
            f"=245  10$aКітап {n:05d} :$bжинақ",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_long_result_lists_arrive_a_page_at_a_time(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, tmp_path: Path
) -> None:
    summary = import_files(sqlite_db, actor, [_many_records(tmp_path / "many.mrk", 250)])
    assert summary.imported == 250
    window = _window(qtbot, sqlite_db, actor)
    search = window.catalog.search
    assert search.model.rowCount() == PAGE
    assert search.count.text() == "250 records"
    search.table.scrollToBottom()
    qtbot.waitUntil(lambda: search.model.rowCount() >= 2 * PAGE, timeout=5000)
    while search.model.canFetchMore():
        search.model.fetchMore()
        qtbot.waitUntil(lambda: not search.model._fetching, timeout=5000)
    assert search.model.rowCount() == 250
    ids = [hit.id for hit in search.model.hits]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 250


def test_an_older_answer_never_overwrites_a_newer_one() -> None:
    model = ResultsModel()
    old = model.start_search()
    new = model.start_search()
    fresh = [SearchHit(2, "0000000002", "Жаңа", "", "", "", "")]
    stale = [SearchHit(1, "0000000001", "Ескі", "", "", "", "")]
    assert model.set_first_page(new, 1, fresh)
    assert not model.set_first_page(old, 1, stale)
    assert not model.add_page(old, 1, stale)
    assert [hit.title for hit in model.hits] == ["Жаңа"]
