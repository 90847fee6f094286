"""The union catalog's sync panel lists what would go up to the union catalog chosen in its
combo box: choosing another one reads the waiting list again for it (issue 12, item 7)."""

from __future__ import annotations

import copy

import pytest
from pytestqt.qtbot import QtBot

from app.catalog.records import create_record
from app.desk import Workstation
from app.security.roles import Actor
from app.unioncat.config import ConfiguredTarget, add_target
from db.session import Database
from tests.records import KAZAKH_BOOKS
from tests.ui.conftest import signed_in
from ui.unioncat import sync_panel
from ui.unioncat.sync_panel import SyncPanel


def test_choosing_another_union_catalog_reloads_the_waiting_list(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, port in (("Астана каталогы", 2101), ("Алматы каталогы", 2102)):
        add_target(sqlite_db, actor, ConfiguredTarget(name, "union", "z3950", "127.0.0.1",
                                                      port, "unioncat", ""))  # fmt: skip
    for record in KAZAKH_BOOKS[:3]:
        create_record(sqlite_db, actor, copy.deepcopy(record))
    read_for: list[str] = []
    waiting = sync_panel._waiting

    def spy(ws: Workstation, target: ConfiguredTarget | None, **kw: object) -> object:
        read_for.append(target.name if target is not None else "")
        return waiting(ws, target, **kw)

    monkeypatch.setattr(sync_panel, "_waiting", spy)
    panel = SyncPanel(signed_in(sqlite_db, actor))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10_000)
    first = panel.target.currentText()
    assert read_for == [first] and panel.pending_model.rowCount() == 3

    other = 1 - panel.target.currentIndex()
    panel.target.setCurrentIndex(other)
    panel.target.activated.emit(other)  # as a click on the list's entry
    assert not panel.waiting_loaded and panel.pending_model.rowCount() == 0
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10_000)
    assert read_for == [first, panel.target.itemText(other)] != [first, first]
    assert panel.pending_model.rowCount() == 3
    assert panel.status.text() == "3 record(s) waiting to go up."

    # Choosing the same one again reads nothing more; a typed address read when confirmed.
    panel.target.activated.emit(other)
    line = panel.target.lineEdit()
    assert line is not None
    line.setText("z3950://127.0.0.1:2103/unioncat")
    line.editingFinished.emit()
    qtbot.waitUntil(lambda: panel.waiting_loaded, timeout=10_000)
    assert read_for[2:] == ["127.0.0.1:2103/unioncat"]
