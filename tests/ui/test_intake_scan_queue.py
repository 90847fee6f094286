"""The intake desk keeps up with a scanner faster than its link: a branch workstation reaches
PostgreSQL through a 50 ms VPN (the delay proxy here), a burst of scans is taken at once (the
GUI thread never waits on the server), looked up in the scan queue one after another, and
every scan is answered, in the order it was scanned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.security.users import authenticate
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import SlowBranch, signed_in
from ui.common.feedback import Feedback
from ui.common.scan_field import ScanSettings
from ui.intake.screen import IntakeScreen

pytestmark = pytest.mark.postgres


def test_a_burst_of_scans_over_a_slow_link_is_answered_in_order(
    qtbot: QtBot, slow_branch: SlowBranch
) -> None:
    fund, db = slow_branch.fund, slow_branch.db
    screen = IntakeScreen(
        signed_in(db, authenticate(db, ADMIN, ADMIN_PASSWORD)), scan_settings=ScanSettings()
    )
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.loading, timeout=20_000)
    copies = fund.shelves["RR-1"] + fund.shelves["LOAN"]
    burst = [c.barcode or "" for c in copies] + ["NO-SUCH-COPY"]
    answers: list[tuple[Feedback | None, str]] = []
    screen.scan_answered.connect(
        lambda: answers.append((screen.feedback.result, screen.feedback.message))
    )
    ticks = [0]
    timer = QTimer(screen)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()

    with slow_branch.proxy.counting() as trips:
        for code in burst:  # faster than the link answers: each call returns at once
            screen.handle_scan(code)
        assert screen.scans.pending() == len(burst) and answers == []  # taken, not answered
        qtbot.waitUntil(screen.scans_answered, timeout=30_000)
    timer.stop()
    # Those that came while the first was on its way were looked up together.
    assert trips[0] < len(burst) // 2, f"{len(burst)} scans took {trips[0]} round trips"

    assert len(answers) == len(burst)  # every scan answered, once
    for copy, (result, message) in zip(copies, answers, strict=False):
        assert result is Feedback.COPY_FOUND and copy.inventory_number in message
    assert answers[-1][0] is Feedback.REFUSED and "NO-SUCH-COPY" in answers[-1][1]
    assert screen.copy is not None and screen.copy.id == copies[-1].id
    # The screen went on running while the answers came over the link.
    assert ticks[0] >= 3  # (10 ms apart, over at least two 50 ms round trips)


def test_a_burst_of_release_scans_over_a_slow_link_is_released_together_and_answered(
    qtbot: QtBot, slow_branch: SlowBranch
) -> None:
    """Release mode at a branch: the burst's copies are looked up together and released
    together (two round trips for the lot), and each scan is answered in its place."""
    from app.intake.accession import open_accession
    from app.intake.copies import add_copies, get_copy

    fund, db = slow_branch.fund, slow_branch.db
    admin = authenticate(fund.db, ADMIN, ADMIN_PASSWORD)
    batch = open_accession(fund.db, admin, "purchase", "ТН-11")
    record_id = fund.shelves["RR-1"][0].record_id
    added = add_copies(fund.db, admin, record_id, 5, batch.id, "RR-1", call_number="84 Ә 12")
    (unshelved,) = add_copies(fund.db, admin, record_id, 1, batch.id, "RR-1", call_number="")
    screen = IntakeScreen(
        signed_in(db, authenticate(db, ADMIN, ADMIN_PASSWORD)), scan_settings=ScanSettings()
    )
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.loading, timeout=20_000)
    screen.release_mode.setChecked(True)
    burst = [c.barcode or "" for c in (*added, unshelved)]
    answers: list[tuple[Feedback | None, str]] = []
    screen.scan_answered.connect(
        lambda: answers.append((screen.feedback.result, screen.feedback.message))
    )
    with slow_branch.proxy.counting() as trips:
        for code in burst:
            screen.handle_scan(code)
        assert answers == []  # taken, not answered
        qtbot.waitUntil(screen.scans_answered, timeout=30_000)
    # The first scan alone (look-up, release), then the rest together (look-up, release).
    assert trips[0] <= 4, f"{len(burst)} release scans took {trips[0]} round trips"
    assert len(answers) == len(burst)
    for copy, (result, message) in zip(added, answers, strict=False):
        assert result is Feedback.RELEASED and copy.inventory_number in message
    assert answers[-1][0] is Feedback.REFUSED
    assert {get_copy(fund.db, c.id).status for c in added} == {"available"}
    assert get_copy(fund.db, unshelved.id).status == "in-processing"
