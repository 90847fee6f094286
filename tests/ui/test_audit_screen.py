"""The Audits screen offscreen: opening an audit in its dialog, scans typed into the scan
field with their colours, live counters and shelf progress, result tabs with batch actions,
a scanner file imported in a worker, and closing with the act."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.audit.audits import Outcome, get_audit, open_audit
from app.audit.results import AuditedCopy, AuditReport
from app.intake.copies import copy_by_barcode
from app.security.roles import Actor
from db.models import AuditScan
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.ui.conftest import Messages, screenshots_dir, signed_in, type_text
from ui.audit import AuditScreen
from ui.audit.dialogs import AuditsDialog
from ui.common.feedback import Feedback

SHOTS = screenshots_dir()


def shot(widget: object, name: str) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _scan(qtbot: QtBot, screen: AuditScreen, code: str) -> Outcome:
    with qtbot.waitSignal(screen.scan_done, timeout=10_000) as blocker:
        type_text(screen.scan_field, code)
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    return blocker.args[0].outcome  # type: ignore[index,no-any-return]


def _open_on_rr(qtbot: QtBot, db: Database, actor: Actor) -> tuple[Fund, AuditScreen]:
    """The audit fund, an audit of its RR shelves, and the screen shown with it loaded."""
    fund = build_fund(db, actor)
    audit = open_audit(db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(db, actor))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.audit_loaded, timeout=10_000):
        screen.set_audit(audit)
    return fund, screen


def test_each_outcome_has_its_own_look_and_sound() -> None:
    from ui.audit.screen import FEEDBACK_OF
    from ui.common.feedback import LOOKS

    scans = [o for o in Outcome if o is not Outcome.LOCATION]
    looks = [FEEDBACK_OF[o] for o in scans]
    assert len(set(looks)) == len(scans)
    sounds = [LOOKS[look].tones for look in looks]
    assert len(set(sounds)) == len(scans)
    assert FEEDBACK_OF[Outcome.UNKNOWN] is Feedback.UNKNOWN


def test_open_audit_in_the_dialog(qtbot: QtBot, sqlite_db: Database, actor: Actor) -> None:
    build_fund(sqlite_db, actor)
    dialog = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    for i in range(dialog.locations.count()):
        item = dialog.locations.item(i)
        if str(item.data(Qt.ItemDataRole.UserRole)).startswith("RR"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.responsible.setText("Бақытгүл Ахметова")
    dialog.members.setText("Айгерім Сәрсенова, Ержан Қасымов")
    dialog.reason.setCurrentIndex(2)
    shot(dialog, "audit-open-dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):  # opened in a worker
        dialog._open_new()
    assert dialog.chosen is not None
    again = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loads.loading(), timeout=10_000)
    assert again.table.rowCount() == 1 and again.table.item(0, 3).text() == "loss found"


def test_open_audit_over_a_collection_in_the_dialog(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    build_fund(sqlite_db, actor)
    dialog = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    assert dialog.collections.count() == 1 and dialog.collections.item(0).text() == "Оқу залы"
    dialog.collections.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog._open_new()
    assert dialog.chosen is not None
    assert get_audit(sqlite_db, dialog.chosen).locations == ("RR-1", "RR-2")


def test_the_dialog_lists_collections_in_the_interface_languages_order(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    from app.intake.locations import add_location
    from ui.common import locale

    for code, department in [("Ғ-1", "Ғылыми бөлім"), ("Г-1", "Газет залы"), ("Ә-1", "Әдебиет")]:
        add_location(sqlite_db, actor, code, code, department=department)
    dialog = AuditsDialog(signed_in(sqlite_db, actor))
    qtbot.addWidget(dialog)
    listed = [dialog.collections.item(i).text() for i in range(dialog.collections.count())]
    assert listed == ["Әдебиет", "Газет залы", "Ғылыми бөлім"]  # not by code point: Ә, Ғ last
    assert listed == locale.sorted_texts(listed)


def test_scan_results_actions_import_close(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fund = build_fund(sqlite_db, actor)
    audit = open_audit(
        sqlite_db, actor, prefixes=["RR"], responsible="Бақытгүл Ахметова", members=["А. С."]
    ).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    screen.resize(1180, 860)
    screen.show()
    with qtbot.waitSignal(screen.audit_loaded, timeout=10_000):
        screen.set_audit(audit)
        # The counters grow with the audit: the GUI thread only asks for them.
        assert screen.counters["expected"].text() == "—"
    assert screen.counters["expected"].text() == "8"

    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    assert _scan(qtbot, screen, "L-RR-1") is Outcome.LOCATION
    assert "RR-1" in screen.shelf.text()
    for code in rr1[:3]:
        assert _scan(qtbot, screen, code) is Outcome.FOUND
        assert screen.banner.result is Feedback.FOUND
    assert _scan(qtbot, screen, rr2[0]) is Outcome.MISPLACED
    assert screen.banner.result is Feedback.MISPLACED and "RR-2" in screen.banner.message
    assert _scan(qtbot, screen, "NOSUCHCODE") is Outcome.UNKNOWN
    assert screen.banner.result is Feedback.UNKNOWN
    assert _scan(qtbot, screen, rr1[0]) is Outcome.DUPLICATE
    assert screen.banner.result is Feedback.DUPLICATE
    assert _scan(qtbot, screen, fund.at_bindery.barcode or "") is Outcome.CONFLICT
    assert "is at the bindery" in screen.banner.message
    assert screen.banner.result is Feedback.CONFLICT
    counts = {k: v.text() for k, v in screen.counters.items()}
    assert counts == {
        "expected": "8",
        "found": "4",
        "missing": "4",
        "misplaced": "1",
        "unknown": "1",
        "conflicts": "1",
    }
    assert screen.locations.item(0, 1).text() == "3 / 5"

    # The GUI thread only queues the scan: the answer comes back later, through a signal.
    answered: list[object] = []
    screen.scan_done.connect(answered.append)
    with qtbot.waitSignal(screen.scan_done, timeout=10_000):
        screen.scan(rr1[3])
        assert answered == []  # scan() returned before the service had answered
    shot(screen, "audit-scan")

    screen.refresh_report()
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.found_total == 5)
    assert screen.tabs.tabText(0) == "Found (5)"
    screen.tabs.setCurrentIndex(0)  # the long list is read when its tab is shown
    qtbot.waitUntil(lambda: screen.result_tabs["found"].model.rowCount() == 5)
    apart = screen.result_tabs["apart"]
    assert {c.inventory_number for c in apart.model.rows} == {
        fund.at_bindery.inventory_number,
        fund.written_off.inventory_number,
    }
    assert "Set apart at opening (2)" in [screen.tabs.tabText(i) for i in range(8)]
    screen.tabs.setCurrentIndex(2)
    misplaced = screen.result_tabs["misplaced"]
    assert misplaced.model.rowCount() == 1
    misplaced.view.selectRow(0)
    shot(screen, "audit-results")
    exported = tmp_path / "misplaced.csv"
    worker = screen.export("misplaced", str(exported))
    assert worker is not None  # written off the GUI thread
    number = misplaced.model.rows[0].inventory_number
    qtbot.waitUntil(lambda: len(screen.workers) == 0, timeout=10_000)
    assert number in exported.read_text(encoding="utf-8-sig")
    worker = screen.move_selected()
    assert worker is not None  # off the GUI thread
    qtbot.waitUntil(lambda: any(m.startswith("1 copies done") for m in messages.infos))
    copy = copy_by_barcode(sqlite_db, rr2[0])
    assert copy is not None and copy.location_code == "RR-1"

    scans = tmp_path / "gun.txt"
    scans.write_text(f"@RR-2\n{rr2[1]}\n@NOWHERE\n{rr2[2]}\n", encoding="utf-8")
    # The handheld's name is asked, the file's name offered.
    asked: list[str] = []

    def answer(*args: object, text: str = "", **_: object) -> tuple[str, bool]:
        asked.append(text)
        return text, True

    monkeypatch.setattr("ui.audit.screen.QInputDialog.getText", answer)
    worker = screen.import_file(str(scans))
    assert worker is not None and asked == ["gun.txt"]
    qtbot.waitUntil(lambda: any("scans recorded" in m for m in messages.infos), timeout=10_000)
    assert "3 scans recorded" in messages.infos[-1] and ":3:" in messages.infos[-1]
    qtbot.waitUntil(lambda: screen.counters["found"].text() == "7")  # counted in a worker
    with sqlite_db.read() as session:
        devices = set(
            session.execute(select(AuditScan.device).where(AuditScan.source == "gun.txt")).scalars()
        )
    assert devices == {"gun.txt"}

    act = tmp_path / "act.pdf"
    screen.close_current(str(act))
    qtbot.waitUntil(lambda: any("Audit closed" in m for m in messages.infos), timeout=10_000)
    assert act.read_bytes().startswith(b"%PDF")
    assert "1 copies marked missing" in messages.infos[-1]
    assert not screen.scan_field.isEnabled()
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.audit.status == "closed")
    screen.tabs.setCurrentIndex(1)
    shot(screen, "audit-closed")


def test_the_result_tabs_follow_the_scans(qtbot: QtBot, sqlite_db: Database, actor: Actor) -> None:
    """Issue 12, item 7: the tabs lagged behind the live counters. A scan marks them stale:
    the tab in front reloads after a short pause, another tab as soon as it is shown."""
    fund, screen = _open_on_rr(qtbot, sqlite_db, actor)
    found, missing = screen.result_tabs["found"], screen.result_tabs["missing"]
    screen.tabs.setCurrentIndex(0)  # the found copies: loaded when shown
    qtbot.waitUntil(
        lambda: screen.tabs.tabText(0) == "Found (0)" and screen.tabs.tabText(1) == "Missing (8)"
    )
    # The missing copies (early in a big audit, nearly the whole fund) are read only while
    # their own tab is in front, not with the found ones.
    assert missing.model.rowCount() == 0
    rr1 = fund.barcodes("RR-1")
    _scan(qtbot, screen, "L-RR-1")
    _scan(qtbot, screen, rr1[0])
    # The tab in front: reloaded a moment after the last scan, with no click.
    qtbot.waitUntil(lambda: [c.barcode for c in found.model.rows] == [rr1[0]], timeout=10_000)
    assert screen.tabs.tabText(0) == "Found (1)" == f"Found ({screen.counters['found'].text()})"

    _scan(qtbot, screen, rr1[1])
    # The operator opens the missing copies before the pause is over: shown without the copy
    # just scanned, not as they were before it.
    screen._refresh_timer.stop()
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: missing.model.rowCount() == 6, timeout=10_000)
    assert rr1[1] not in {c.barcode for c in missing.model.rows}
    assert screen.tabs.tabText(1) == f"Missing ({screen.counters['missing'].text()})"


def test_showing_a_big_report_keeps_the_gui_thread_free(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    screen.show()
    copies = [
        AuditedCopy(
            n, str(n), f"0421{n:010d}", f"Кітап {n}", "84(5Каз)", "900.00", "available", "ST"
        )
        for n in range(300_000)
    ]
    report = AuditReport(
        get_audit(sqlite_db, audit), 300_000, copies[:100_000], copies[100_000:], [], [], [], [],
        [], [],
    )  # fmt: skip
    formatted: list[int] = []
    cell = AuditedCopy.cell

    def counted(copy: AuditedCopy, key: str) -> object:
        formatted.append(1)
        return cell(copy, key)

    monkeypatch.setattr(AuditedCopy, "cell", counted)
    screen.show_report(report)
    screen.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert screen.result_tabs["missing"].model.rowCount() == 200_000
    # Only the cells on screen are formatted, not the 300,000 rows of the report.
    assert 0 < len(formatted) < 5_000


def test_a_report_that_arrives_after_its_screen_was_closed_is_dropped(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    from PySide6.QtCore import QThreadPool
    from shiboken6 import delete

    build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    screen.set_audit(audit)  # starts the report in a worker
    screen.refresh_report()
    delete(screen)  # closed and gone before the workers report back
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # their reports arrive now: pytest-qt fails on any exception


def test_open_a_record_for_an_unknown_code(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    screen.show()
    screen.set_audit(audit)
    for code in ("L-RR-1", "9786010000001", "NOSUCHCODE"):
        _scan(qtbot, screen, code)
    screen.refresh_report()
    unknown = screen.result_tabs["unknown"]
    qtbot.waitUntil(lambda: unknown.model.rowCount() == 2)
    searched, created = [], []
    screen.catalog_search.connect(searched.append)
    screen.new_record_requested.connect(created.append)
    unknown.view.selectRow(0)  # an ISBN: searched in the catalog
    screen.search_unknown()
    unknown.view.selectRow(1)  # not an ISBN: a new record is offered
    screen.search_unknown()
    assert (searched, created) == (["9786010000001"], ["NOSUCHCODE"])
    assert "not an ISBN" in messages.questions[-1]


def test_cancelling_a_scanner_file_import_keeps_what_was_recorded(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel pressed while the file is imported: the chunk being written finishes, the
    rest is not imported, and the screen says what was kept."""
    from app.audit import scanfile

    fund = build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.audit_loaded, timeout=10_000):
        screen.set_audit(audit)
    rr1 = fund.barcodes("RR-1")
    scans = tmp_path / "gun.txt"
    scans.write_text("@RR-1\n" + "\n".join(rr1[:5]) + "\n", encoding="utf-8")
    monkeypatch.setattr(scanfile, "CHUNK", 2)  # three chunks of two lines
    write_chunk = scanfile._import_chunk

    def then_cancel(*args: object, **kwargs: object) -> None:
        write_chunk(*args, **kwargs)  # type: ignore[arg-type]
        screen.import_worker.cancel()  # the user presses Cancel while the first is written

    monkeypatch.setattr(scanfile, "_import_chunk", then_cancel)
    assert screen.import_file(str(scans), "gun") is not None
    qtbot.waitUntil(lambda: any("scans recorded" in m for m in messages.infos), timeout=10_000)
    assert "Cancelled: every scan before the stop is kept." in messages.infos[-1]
    with sqlite_db.read() as session:
        kept = session.execute(select(AuditScan.code).where(AuditScan.source == "gun.txt"))
        assert list(kept.scalars()) == ["@RR-1", rr1[0]]  # chunk one: the shelf, one copy
    qtbot.waitUntil(lambda: screen.counters["found"].text() == "1")


def test_a_blank_scan_or_no_audit_answers_nothing(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    with qtbot.assertNotEmitted(screen.scan_done, wait=300):
        screen.scan("0421000000001")  # no audit chosen yet
    with qtbot.waitSignal(screen.audit_loaded, timeout=10_000):
        screen.set_audit(audit)
    with qtbot.assertNotEmitted(screen.scan_done, wait=300):
        screen.scan("   ")


def test_a_hidden_audit_screen_refreshes_when_shown_again(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    """Another screen in front: the results nobody sees are not read; back in front, they
    are brought up to date."""
    fund, screen = _open_on_rr(qtbot, sqlite_db, actor)
    _scan(qtbot, screen, "L-RR-1")
    _scan(qtbot, screen, fund.barcodes("RR-1")[0])
    screen.hide()
    asked = screen._report_serial
    assert not screen._refresh_timer.isActive() and not screen._refresh_deadline.isActive()
    screen.show()
    qtbot.waitUntil(lambda: screen._report_serial > asked, timeout=10_000)
    qtbot.waitUntil(lambda: screen.tabs.tabText(0).endswith("(1)"), timeout=10_000)


def test_the_shelves_table_follows_each_scan(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    """Only the shelves a scan changed are set again; each still reads what the counters say."""
    fund, screen = _open_on_rr(qtbot, sqlite_db, actor)

    def rows() -> dict[str, str]:
        table = screen.locations
        return {
            table.item(r, 0).text().split(" — ")[0]: table.item(r, 1).text()
            for r in range(table.rowCount())
        }

    qtbot.waitUntil(lambda: rows() == {"RR-1": "0 / 5", "RR-2": "0 / 3"})
    untouched = screen.locations.item(1, 1)
    _scan(qtbot, screen, "L-RR-1")
    for n, code in enumerate(fund.barcodes("RR-1")[:2], 1):
        _scan(qtbot, screen, code)
        qtbot.waitUntil(lambda n=n: rows() == {"RR-1": f"{n} / 5", "RR-2": "0 / 3"})
    assert screen.locations.item(1, 1) is untouched  # RR-2's row was not set again
    _scan(qtbot, screen, fund.barcodes("RR-2")[0])  # on shelf RR-1: misplaced, found
    qtbot.waitUntil(lambda: rows() == {"RR-1": "2 / 5", "RR-2": "1 / 3"})


def test_typing_into_a_result_list_reads_none_of_its_rows(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scanner's burst with the focus on the found copies: Qt's type-ahead search would read
    every row's cell at each key (0.3 s a scan at a few thousand rows); the lists have none."""
    _fund, screen = _open_on_rr(qtbot, sqlite_db, actor)
    missing = screen.result_tabs["missing"]
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: missing.model.rowCount() == 8, timeout=10_000)
    missing.view.setFocus()
    read: list[int] = []
    cell = AuditedCopy.cell

    def counted(copy: AuditedCopy, key: str) -> object:
        read.append(1)
        return cell(copy, key)

    monkeypatch.setattr(AuditedCopy, "cell", counted)
    for key in "30421000000010":  # what each key of the burst asks the view
        missing.view.keyboardSearch(key)
    assert read == []  # (Qt's own search read the rows at each key)
