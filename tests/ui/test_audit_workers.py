"""The audit screen lets go of each scan's worker once its answer is shown (issue 12): a
long audit (thousands of scans) must not pile up finished workers, their signal objects and
the slots connected to them."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QRunnable
from pytestqt.qtbot import QtBot

from app.audit.audits import open_audit
from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import build_fund
from tests.ui.conftest import signed_in
from ui.audit import AuditScreen
from ui.common.worker import Worker, WorkerSet, WorkerSignals


def live(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def tracked() -> int:
    """The Qt objects Python holds (workers' signals, runnables, anything a slot keeps)."""
    return live(QObject) + live(QRunnable)


def test_finished_scan_workers_are_released(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    fund = build_fund(sqlite_db, actor)
    audit = open_audit(sqlite_db, actor, prefixes=["RR"]).id
    screen = AuditScreen(signed_in(sqlite_db, actor))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.audit_loaded, timeout=10_000):
        screen.set_audit(audit)
    codes = ["L-RR-1", *fund.barcodes("RR-1"), "NOSUCH-1"]

    def scans(rounds: int) -> None:
        for _ in range(rounds):
            for code in codes:
                with qtbot.waitSignal(screen.scan_done, timeout=10_000):
                    screen.scan(code)
        qtbot.wait(50)  # the queued slots after the last answer

    scans(2)
    # counted as growth: earlier tests in the same process may have left workers of their own
    before, workers, signals = tracked(), live(Worker), live(WorkerSignals)
    scans(5)
    done = 5 * len(codes)
    most = 2 * (WorkerSet.KEEP_FINISHED + 1)  # the scans' and the reports' sets
    assert live(Worker) - workers <= most, (
        f"{live(Worker) - workers} more workers after {done} scans"
    )
    assert live(WorkerSignals) - signals <= most
    grown = tracked() - before
    assert grown <= most, f"{grown} more Qt objects after {done} scans"
