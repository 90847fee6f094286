"""GUI test fixtures: an offscreen Qt with the Kazakh-capable fonts, a signed-in library with
Kazakh records imported through the services, and message boxes captured instead of shown."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.catalog.importing import import_files
from app.desk import Workstation
from app.library import library_info
from app.security.roles import Actor
from app.security.users import authenticate
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, DatabaseFactory
from tests.pgproxy import DelayProxy, url_through

# Screenshots go to tests/ui/screenshots (not tracked); QOR_SCREENSHOTS=docs/screenshots
# refreshes the ones the README shows.
SCREENSHOTS = Path(os.environ.get("QOR_SCREENSHOTS") or Path(__file__).parent / "screenshots")


def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


KAZAKH_MRK = """\
=LDR  00000nam\\\\2200000\\i\\4500
=008  240115s2023\\\\\\\\kz\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\kaz\\d
=020  \\\\$a9786010000017
=040  \\\\$aKZ-TEST$bkaz$erda$cKZ-TEST
=100  1\\$aНұрпейісов, Әбдіжәміл
=245  10$aҚазақстан тарихы :$bоқулық /$cӘ. Нұрпейісов
=264  \\1$aАлматы :$bМектеп,$c2023
=300  \\\\$a320 б.
=650  \\4$aҚазақстан$xтарих

=LDR  00000nam\\\\2200000\\i\\4500
=008  240115s2021\\\\\\\\kz\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\kaz\\d
=100  1\\$aАуэзов, Мұхтар
=245  10$aАбай жолы :$bроман-эпопея /$cМ. Әуезов
=264  \\1$aАстана :$bФолиант,$c2021
=300  \\\\$a624 б.

=LDR  00000nam\\\\2200000\\i\\4500
=008  240115s2019\\\\\\\\kz\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\rus\\d
=100  1\\$aАбай Құнанбайұлы
=245  10$aҚара сөздер = Слова назидания /$cАбай ; ауд. Ғ. Бельгер
=264  \\1$aАлматы :$bӨнер,$c2019
=300  \\\\$a208 с.
"""


@dataclass
class Messages:
    """What the GUI would have shown in message boxes, and the answer to confirmations."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: object) -> None:
    from ui.app import load_fonts

    load_fonts()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    from ui.common import messages as module

    seen = Messages()

    def show_error(_parent: object, error: object, title: str | None = None) -> None:
        seen.errors.append(str(error))

    def show_info(_parent: object, text: str, title: str | None = None) -> None:
        seen.infos.append(text)

    def confirm(_parent: object, text: str, title: str | None = None) -> bool:
        seen.questions.append(text)
        return seen.answer

    monkeypatch.setattr(module, "show_error", show_error)
    monkeypatch.setattr(module, "show_info", show_info)
    monkeypatch.setattr(module, "confirm", confirm)
    return seen


@pytest.fixture
def actor(sqlite_db: Database) -> Actor:
    return authenticate(sqlite_db, ADMIN, ADMIN_PASSWORD)


@dataclass
class SlowBranch:
    """A branch workstation's library: the audit fund on PostgreSQL, reached through a delay
    proxy of 50 ms (its VPN)."""

    fund: Fund
    db: Database  # the same database, through the proxy
    proxy: DelayProxy


SLOW_RTT_MS = 50


@pytest.fixture
def slow_branch(_factories: dict[str, DatabaseFactory], pg_available: bool) -> Iterator[SlowBranch]:
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    direct = _factories["postgresql"].new()
    fund = build_fund(direct, authenticate(direct, ADMIN, ADMIN_PASSWORD))
    host, port = direct.engine.url.host or "127.0.0.1", direct.engine.url.port or 5432
    with DelayProxy(host, port, rtt_ms=SLOW_RTT_MS) as proxy:
        remote = Database(url_through(direct.url, proxy.port))
        yield SlowBranch(fund, remote, proxy)
        settle_workers()  # while the link is still there
        remote.dispose()
    direct.dispose()


def settle_workers(rounds: int = 3) -> None:
    """Let the screens' background work end: the windows are closed, every thread pool's
    work (a list read again after a burst, a scan queue's last answer) is waited for and its
    answer delivered, which may start more; a few rounds of that. A test's windows are closed
    by pytest-qt only after its fixtures are torn down: without this, a read still on its way
    would meet a link already gone."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
    for _ in range(rounds):
        pools = [QThreadPool.globalInstance()]
        for widget in app.topLevelWidgets():
            pools += widget.findChildren(QThreadPool)
        for pool in pools:
            pool.waitForDone(10_000)
        app.processEvents()


def scans_answered(qtbot: Any, field: object) -> None:
    """Wait until the desk `field` belongs to has answered every scan it took: a desk that
    answers its scans from a `ScanQueue` (off the GUI thread, in order) answers them after
    the scan's Enter, not in it."""
    from PySide6.QtWidgets import QWidget

    from ui.common.scan_queue import ScanQueue

    panel = field.parentWidget() if isinstance(field, QWidget) else None
    while panel is not None and not isinstance(getattr(panel, "scans", None), ScanQueue):
        panel = panel.parentWidget()
    if panel is not None:
        panel_answered(qtbot, panel)


def panel_answered(qtbot: Any, panel: Any) -> None:
    """Wait for every scan (or outcome) the desk `panel` took to be answered on its banner:
    a desk that makes its changes in its scan queue answers them in order, off the GUI
    thread."""
    qtbot.waitUntil(lambda: panel.scans.pending() == 0, timeout=10_000)


def signed_in(db: Database, actor: Actor) -> Workstation:
    """The object the GUI holds once `actor` signed in to the library in `db` (what
    `Entrance.sign_in` gives the main window)."""
    return Workstation(db, actor, library_info(db))


@pytest.fixture
def kazakh_file(tmp_path: Path) -> Path:
    path = tmp_path / "kazakh.mrk"
    path.write_text(KAZAKH_MRK, encoding="utf-8")
    return path


@pytest.fixture
def catalog_db(sqlite_db: Database, actor: Actor, kazakh_file: Path) -> Database:
    """A library whose catalog holds three Kazakh records, imported through the service."""
    summary = import_files(sqlite_db, actor, [kazakh_file])
    assert summary.imported == 3, summary.describe()
    return sqlite_db


def screenshot(widget: object, name: str) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def type_text(widget: object, text: str) -> None:
    """Type any text, key by key (QTest.keyClicks aborts on letters outside Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
