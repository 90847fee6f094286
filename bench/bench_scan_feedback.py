"""How long the intake screen takes from a scan's Enter to the feedback on screen, with
1,000,000 copies in the catalog (target: under 50 ms at p99), measured in the real widget
with pytest-qt.

The catalog is bench_scan_lookup's (library, location and batch through the services, copies
by bulk insert), plus an ISBN key for each of its records. The desk opens today's batch, as an
operator would, and scans, alternately, copies from the whole fund and books' ISBNs (as EAN-13
barcodes). The IntakeScreen is shown offscreen and driven by pytest-qt's qtbot: keyClicks types
the code as a scanner burst, keyClick sends Enter, and the clock stops once the scan's own
answer (the screen's scan_answered signal) is on the banner and painted. (A found ISBN
normally goes on to open "Add copies"; that dialog opens after the answer and is left out
here, so each scan is timed alone.)

With --routed the window's scan router (ui/common/scan_router.py) is installed and the
focus is on the copies table, as after a click: every burst then goes through the router
(recognised at its Enter, the table put back as it was, the code handed to the scan field),
the path a scan takes whenever the scan field does not have the focus. Without it the keys go
to the scan field and the router only watches them pass.

This file is both the script and the pytest module it runs:
Run: QT_QPA_PLATFORM=offscreen python bench/bench_scan_feedback.py [--copies N] [--scans N]
                                                                     [--routed]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

TARGET_MS = 50.0
_COPIES, _SCANS, _KEEP = "QOR_BENCH_COPIES", "QOR_BENCH_SCANS", "QOR_BENCH_KEEP"
_ROUTED = "QOR_BENCH_ROUTED"


def isbn_of(record_id: int) -> str:
    """A valid ISBN-13 (978-601, Kazakhstan's group) for bench record `record_id`."""
    from app.intake.barcodes import ean13_check_digit

    body = f"978601{record_id:06d}"
    return body + ean13_check_digit(body)


def add_isbn_keys(db: object, records: int) -> None:
    from sqlalchemy import insert

    from db.models import RecordKey
    from db.session import Database

    assert isinstance(db, Database)
    with db.write() as session:
        # Bench fixture, like the copies: keys straight into the table.
        session.execute(
            insert(RecordKey),
            [{"kind": "isbn", "value": isbn_of(r), "record_id": r} for r in range(1, records + 1)],
        )


class Silent:
    """No beeps for a thousand scans; the banner still records each result."""

    def play(self, result: object) -> None:
        pass


@pytest.fixture(scope="module")
def catalog() -> Iterator[tuple[object, int]]:
    from bench.bench_scan_lookup import RECORDS, build
    from db.session import Database

    copies = int(os.environ.get(_COPIES, "1000000"))
    with tempfile.TemporaryDirectory() as tmp:
        keep = os.environ.get(_KEEP)
        path = Path(keep) if keep else Path(tmp) / "scan.sqlite"
        reuse = path.exists()
        db = Database(f"sqlite:///{path}")
        started = time.perf_counter()
        if not reuse:
            build(db, copies)
            add_isbn_keys(db, min(RECORDS, copies))
        print(
            f"\ncatalog of {copies:,} copies "
            + ("reused" if reuse else f"built in {time.perf_counter() - started:.1f} s")
        )
        yield db, copies
        db.dispose()


def test_scan_to_feedback(qtbot, catalog: tuple[object, int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, Qt

    from app.intake.accession import open_accession
    from app.library import library_info
    from app.security.users import authenticate
    from bench._screens import desk
    from bench.bench_scan_lookup import RECORDS, barcode
    from db.session import Database
    from ui.app import load_fonts
    from ui.common.feedback import Feedback
    from ui.common.scan_field import ScanSettings
    from ui.intake import IntakeScreen

    db, copies = catalog
    assert isinstance(db, Database)
    scans = int(os.environ.get(_SCANS, "1000"))
    load_fonts()
    actor = authenticate(db, "admin", "bench-secret")
    open_accession(db, actor, "purchase", "ТН-2", supplier="«Фолиант» ЖШС")
    # The figure is Enter -> feedback; a wide burst window keeps a loaded machine from
    # splitting keyClicks' burst (which would time a refusal instead of a lookup).
    settings = ScanSettings(max_interval_ms=1000.0)
    screen = IntakeScreen(
        *desk(db, actor, library_info(db)), scan_settings=settings, player=Silent()
    )
    screen.open_add_copies = False
    qtbot.addWidget(screen)
    screen.resize(1180, 720)
    screen.show()
    qtbot.waitExposed(screen)
    routed = os.environ.get(_ROUTED) == "1"
    router = None
    from PySide6.QtWidgets import QApplication

    try:
        from ui.common.scan_router import ScanRouter
    except ImportError:  # a Qor before the scan router
        ScanRouter = None  # type: ignore[assignment,misc]
    if ScanRouter is not None:
        router = ScanRouter(screen, settings)
        QApplication.instance().installEventFilter(router)  # type: ignore[union-attr]
    screen.activateWindow()
    qtbot.waitActive(screen)
    # The desk reads its batches in a worker; a scan before that is held, not timed here.
    qtbot.waitUntil(lambda: not getattr(screen, "loading", False), timeout=60_000)

    rng = random.Random(2026)
    records = min(RECORDS, copies)
    wanted = []  # (code, kind, record), copies and ISBNs in turn; the first pair warms up
    for n in rng.sample(range(1, copies + 1), scans + 1):
        record = rng.randint(1, records)
        wanted.append((barcode(n), "copy", 0))
        wanted.append((isbn_of(record), "isbn", record))
    field, banner = screen.scan, screen.feedback
    if routed:
        assert router is not None, "--routed needs the scan router"
        screen.table.setFocus()
        field = screen.table  # type: ignore[assignment]
    timings: dict[str, list[float]] = {"copy": [], "isbn": []}
    loop = QEventLoop()
    answers = [0]  # scans answered so far (the screen's scan_answered signal)

    def count_answer() -> None:
        answers[0] += 1

    screen.scan_answered.connect(count_answer)
    for n, (code, kind, record) in enumerate(wanted):
        qtbot.keyClicks(field, code)
        answered_before = answers[0]
        t0 = time.perf_counter()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        deadline = time.perf_counter() + 10
        # The scan's own answer, not the first change of the banner: since the desk's scans
        # go through a queue off the GUI thread, the banner may first say the scan was taken.
        while answers[0] == answered_before:
            # The answer comes from the scan queue's thread as a queued signal: wait for the
            # event that carries it (qtbot.wait(0) returns without running the loop).
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            assert time.perf_counter() < deadline, (
                f"no answer to {code} (focus: {type(QApplication.focusWidget()).__name__}; "
                f"banner: {banner.message!r})"
            )
        banner.repaint()  # painted, not just set
        elapsed = (time.perf_counter() - t0) * 1000
        if kind == "copy":
            assert banner.result is Feedback.COPY_FOUND, banner.message
            assert screen.copy is not None and screen.copy.barcode == code
        else:
            assert banner.result is Feedback.RECORD_FOUND, banner.message
            assert screen.record is not None and screen.record.id == record
        if routed:
            assert screen.focusWidget() is screen.scan  # the router gave the scan field the focus
            screen.table.setFocus()  # the operator clicks the table again
        if n >= 2:  # the first pair warms the statement cache and the connection pool
            timings[kind].append(elapsed)

    every = sorted(timings["copy"] + timings["isbn"])
    lines = []
    for name, values in (("copy scans", timings["copy"]), ("ISBN scans", timings["isbn"])):
        values.sort()
        lines.append(
            f"{name} ({len(values):,}): p50 {statistics.median(values):.1f} ms, "
            f"p99 {_p99(values):.1f} ms, max {values[-1]:.1f} ms"
        )
    p99 = _p99(every)
    verdict = "ok" if p99 < TARGET_MS else "OVER TARGET"
    lines.append(
        f"scan feedback p50 {statistics.median(every):.1f} ms, p99 {p99:.1f} ms over "
        f"{len(every):,} scans with {copies:,} copies (target < {TARGET_MS:.0f} ms) {verdict}"
        + (" — routed: focus on the table, every scan through the scan router" if routed else "")
    )
    print("\n" + "\n".join(lines))


def _p99(values: list[float]) -> float:
    return values[max(0, int(len(values) * 0.99) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--copies", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=1_000, help="of each kind")
    parser.add_argument("--keep", type=Path, default=None, help="keep (or reuse) the catalog")
    parser.add_argument("--routed", action="store_true", help="scan with the focus on the table")
    args = parser.parse_args()
    os.environ[_COPIES], os.environ[_SCANS] = str(args.copies), str(args.scans)
    os.environ[_ROUTED] = "1" if args.routed else "0"
    if args.keep is not None:
        os.environ[_KEEP] = str(args.keep)
    # Collected by path, so the bench needs no tests/ module and the suite never runs it.
    return pytest.main([__file__, "-q", "-s", "-p", "no:cacheprovider", "-W", "ignore"])


if __name__ == "__main__":
    sys.exit(main())
