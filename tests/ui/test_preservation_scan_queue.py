"""The preservation desks keep up with a scanner faster than their link: a branch workstation
reaches PostgreSQL through a 50 ms VPN (the delay proxy here); a burst of scans into a binding
order, or of repaired copies, is taken at once (the GUI thread never waits on the server), made
in the panel's scan queue one after another, and every scan is answered, in the order it was
scanned, with what the desk's form said when it was scanned."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.preservation.binding import get_order, open_binding_order
from app.preservation.repair import repairs
from app.security.users import authenticate
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import SlowBranch, signed_in
from ui.common.feedback import Feedback
from ui.preservation import PreservationScreen

pytestmark = pytest.mark.postgres


def ticking(screen: PreservationScreen) -> list[int]:
    """A 10 ms timer's ticks: they come only while the GUI thread is free."""
    ticks = [0]
    timer = QTimer(screen)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    return ticks


def test_a_burst_into_a_binding_order_over_a_slow_link_is_answered_in_order(
    qtbot: QtBot, slow_branch: SlowBranch
) -> None:
    fund, db = slow_branch.fund, slow_branch.db
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    order = open_binding_order(db, admin, "Түптеу", "paperback-rebinding", "", date(2026, 3, 1))
    screen = PreservationScreen(signed_in(db, admin))
    qtbot.addWidget(screen)
    screen.show()
    panel = screen.binding
    panel.select(order.id)
    qtbot.waitUntil(lambda: not panel.loads.loading(), timeout=20_000)
    copies = fund.shelves["RR-1"]
    burst = [c.barcode or "" for c in copies] + [fund.at_bindery.barcode or "", "NO-SUCH-COPY"]
    answers: list[tuple[Feedback | None, str]] = []
    panel.scan_answered.connect(
        lambda: answers.append((panel.feedback.result, panel.feedback.message))
    )
    ticks = ticking(screen)
    for code in burst:  # faster than the link answers: each call returns at once
        panel.on_scan(code)
    assert panel.scans.pending() == len(burst) and answers == []  # taken, not answered
    qtbot.waitUntil(lambda: panel.scans.pending() == 0, timeout=30_000)

    assert len(answers) == len(burst)  # every scan answered, once, in order
    for copy, (result, message) in zip(copies, answers, strict=False):
        assert result is Feedback.COPY_FOUND and copy.inventory_number in message
    at_bindery, unknown = answers[-2:]
    assert at_bindery[0] is Feedback.REFUSED and fund.at_bindery.barcode in at_bindery[1]
    assert unknown[0] is Feedback.REFUSED and "NO-SUCH-COPY" in unknown[1]
    in_order = get_order(fund.db, order.id)
    assert [c.inventory_number for c in in_order.copies] == [c.inventory_number for c in copies]
    # The screen went on running while the answers came over the link, and the lists were
    # read again once the burst was answered.
    assert ticks[0] >= 3
    qtbot.waitUntil(lambda: len(panel.copies.rows) == len(copies), timeout=20_000)


def test_repairs_scanned_faster_than_the_link_keep_the_form_they_were_scanned_with(
    qtbot: QtBot, slow_branch: SlowBranch
) -> None:
    fund, db = slow_branch.fund, slow_branch.db
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    screen = PreservationScreen(signed_in(db, admin))
    qtbot.addWidget(screen)
    screen.show()
    panel = screen.repair
    screen.setCurrentWidget(panel)
    copies = fund.shelves["RR-2"][:3]
    for minutes, copy in zip((10, 20, 30), copies, strict=True):
        panel.minutes.setValue(minutes)  # the operator changes the form between scans
        panel.log(copy.barcode or "")
    assert panel.scans.pending() == 3 and repairs(fund.db) == []
    qtbot.waitUntil(lambda: panel.scans.pending() == 0, timeout=30_000)
    logged = sorted((r.inventory_number, r.minutes) for r in repairs(fund.db))
    assert logged == sorted(zip((c.inventory_number for c in copies), (10, 20, 30), strict=True))
    assert panel.feedback.result is Feedback.COPY_FOUND
    assert f"copy {copies[-1].inventory_number} logged" in panel.feedback.message
