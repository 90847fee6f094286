"""The intake desk keeps up with a scanner faster than its link: a branch workstation reaches
PostgreSQL through a 50 ms VPN (the delay proxy here), a burst of scans is taken at once (the
GUI thread never waits on the server), looked up in the scan queue one after another, and
every scan is answered, in the order it was scanned."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.security.users import authenticate
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, DatabaseFactory
from tests.pgproxy import DelayProxy, url_through
from tests.ui.conftest import signed_in
from ui.common.feedback import Feedback
from ui.common.scan_field import ScanSettings
from ui.intake.screen import IntakeScreen

pytestmark = pytest.mark.postgres
RTT_MS = 50


@pytest.fixture
def branch(
    _factories: dict[str, DatabaseFactory], pg_available: bool
) -> Iterator[tuple[Fund, Database]]:
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    direct = _factories["postgresql"].new()
    fund = build_fund(direct, authenticate(direct, ADMIN, ADMIN_PASSWORD))
    host, port = direct.engine.url.host or "127.0.0.1", direct.engine.url.port or 5432
    with DelayProxy(host, port, rtt_ms=RTT_MS) as proxy:
        remote = Database(url_through(direct.url, proxy.port))
        yield fund, remote
        remote.dispose()
    direct.dispose()


def test_a_burst_of_scans_over_a_slow_link_is_answered_in_order(
    qtbot: QtBot, branch: tuple[Fund, Database]
) -> None:
    fund, db = branch
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

    for code in burst:  # faster than the link answers: each call returns at once
        screen.handle_scan(code)
    assert screen.scans.pending() == len(burst) and answers == []  # taken, not yet answered
    qtbot.waitUntil(screen.scans_answered, timeout=30_000)
    timer.stop()

    assert len(answers) == len(burst)  # every scan answered, once
    for copy, (result, message) in zip(copies, answers, strict=False):
        assert result is Feedback.COPY_FOUND and copy.inventory_number in message
    assert answers[-1][0] is Feedback.REFUSED and "NO-SUCH-COPY" in answers[-1][1]
    assert screen.copy is not None and screen.copy.id == copies[-1].id
    # The screen went on running while the answers came over the link.
    assert ticks[0] > len(burst)
