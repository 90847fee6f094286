"""Two desks change the same copy at the same moment on PostgreSQL, taking their locks in
opposite order (an order-wide Python path takes the event log's head, then the copies; a
scan's server-side function the copy, then the head). The server breaks the deadlock by giving
one transaction up, whole: the scan is then sent again and taken, not lost, and the operator
sees no database error."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

import tests.conftest
from app.errors import Contention
from app.preservation import scanning
from app.preservation.binding import add_to_waiting_list, waiting_list
from db.session import Database
from tests.app.preservation.conftest import build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, DatabaseFactory

pytestmark = pytest.mark.postgres


def _waiting_on_a_lock(engine: Engine, database: str | None) -> bool:
    with engine.connect() as watch:
        return bool(
            watch.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = :db AND wait_event_type = 'Lock'"
                ),
                {"db": database},
            ).scalar_one()
        )


def test_a_scan_given_up_in_a_deadlock_is_sent_again_and_taken(
    _factories: dict[str, DatabaseFactory], pg_available: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    from app.security.users import authenticate

    db: Database = _factories["postgresql"].new()
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    fund = build_fund(db, admin, copies=2)
    copy = fund.copies[0]
    # The other desk, holding the head, then wanting the copy: connected as the server's
    # administrator, who may set its deadlock_timeout (a workstation role may not).
    database = make_url(db.url).database
    other = create_engine(make_url(tests.conftest.PG_ADMIN_URL).set(database=database))
    calls: list[int] = []
    call = scanning._call

    def counted(*args: Any) -> Any:
        calls.append(1)
        return call(*args)

    monkeypatch.setattr(scanning, "_call", counted)
    try:
        with other.connect() as desk:
            # This desk waits long before it looks for a deadlock: the scan's side (the
            # server's 1 s) finds it first and is the one given up.
            desk.execute(text("SET deadlock_timeout = '10s'"))
            desk.execute(
                text("SELECT 1 FROM counter WHERE name = 'event_log_head' FOR UPDATE")
            )  # (a transaction is open: SQLAlchemy's connection autobegins)
            scanned: list[object] = []

            def scan() -> None:
                try:
                    scanned.append(
                        add_to_waiting_list(db, admin, [copy.barcode or ""], "rebinding")
                    )
                except Exception as exc:  # the assertion below names it
                    scanned.append(exc)

            desk_thread = threading.Thread(target=scan)
            desk_thread.start()
            # The scan's function has the copy and waits for the head.
            deadline = time.monotonic() + 20
            while not _waiting_on_a_lock(other, database) and time.monotonic() < deadline:
                time.sleep(0.02)
            try:
                desk.execute(text("SELECT 1 FROM item WHERE id = :id FOR UPDATE"), {"id": copy.id})
                desk.commit()
            except Exception:  # this side was the one given up: the scan goes on
                desk.rollback()
            desk_thread.join(30)
    finally:
        other.dispose()
    (result,) = scanned
    assert not isinstance(result, Exception), f"the scan failed: {result!r}"
    assert len(calls) >= 2  # given up in the deadlock, then sent again
    assert [c.inventory_number for c in result.accepted] == [copy.inventory_number]  # type: ignore[attr-defined]
    assert [w.inventory_number for w in waiting_list(db)] == [copy.inventory_number]
    db.dispose()


def test_contention_is_said_in_the_users_words() -> None:
    message = str(Contention())
    assert "same moment" in message and "nothing was saved" in message
