"""The audit desk keeps up with a stock-checker faster than the branch's link (issue 16): at
a 50 ms delay, scans that come while earlier ones are on their way are sent to the server
together (one pipeline), and each is still answered once, in the order it was scanned."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.audit.audits import Outcome, ScanFinding, open_audit
from app.security.users import authenticate
from tests.app.audit.conftest import CHECKER_PASSWORD
from tests.ui.conftest import SlowBranch, signed_in
from ui.audit.screen import AuditScreen

pytestmark = pytest.mark.postgres


def test_a_burst_of_audit_scans_goes_together_and_is_answered_in_order(
    qtbot: QtBot, slow_branch: SlowBranch
) -> None:
    fund, db, proxy = slow_branch.fund, slow_branch.db, slow_branch.proxy
    checker = authenticate(db, "aigerim", CHECKER_PASSWORD)
    audit = open_audit(db, checker, ["RR-1", "RR-2"]).id
    screen = AuditScreen(signed_in(db, checker))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.audit_loaded, timeout=20_000):
        screen.set_audit(audit)
    qtbot.waitUntil(lambda: screen.scans.pending() == 0, timeout=20_000)
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    burst = ["L-RR-1", *rr1, rr2[0], rr1[0], "NO-SUCH-COPY"]
    answered: list[ScanFinding] = []
    screen.scan_done.connect(answered.append)

    with proxy.counting() as trips:
        for code in burst:  # faster than the link answers: each call returns at once
            screen.scan(code)
        assert screen.scans.pending() == len(burst) and answered == []
        qtbot.waitUntil(lambda: screen.scans.pending() == 0, timeout=30_000)

    assert [f.code for f in answered] == burst  # each once, in its order
    outcomes = [f.outcome for f in answered]
    assert outcomes == [Outcome.LOCATION] + [Outcome.FOUND] * len(rr1) + [
        Outcome.MISPLACED, Outcome.DUPLICATE, Outcome.UNKNOWN,
    ]  # fmt: skip
    assert screen.counters["found"].text() == str(len(rr1) + 1)
    # The first scan went alone (the queue was idle); the rest waited for it and went
    # together (or in a few batches, on a busy machine): fewer round trips than scans,
    # where one by one they took 14.
    assert trips[0] < len(burst), f"{len(burst)} scans took {trips[0]} round trips"
