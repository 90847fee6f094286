"""A preservation desk's scan carries an idempotency key: the same call sent again with the
same key (after its answer was lost) answers what it answered the first time, taken, and does
nothing twice; a new scan of the same copy (another key) is refused as before. The same on
SQLite (the Python path) and PostgreSQL (migration 0016v); the drop itself is
tests/app/test_round_trips.py's."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, inspect, select, text

from app.errors import PreservationEntryNotFound
from app.preservation.binding import (
    OrderStatus,
    add_to_order,
    add_to_waiting_list,
    get_order,
    open_binding_order,
    receive_copies,
    remove_from_order,
    send_order,
    waiting_list,
)
from app.preservation.digitisation import (
    digitisation_log,
    record_outcome,
    send_for_digitisation,
)
from app.preservation.scanning import ScanTally
from app.security import eventlog
from db.models import Event, ScanAnswer
from db.session import Database
from tests.app.preservation.conftest import Fund
from tests.conftest import DatabaseFactory, downgraded


def _logged(db: Database, action: str) -> int:
    with db.read() as session:
        return int(
            session.execute(
                select(func.count()).select_from(Event).where(Event.action == action)
            ).scalar_one()
        )


def _reasons(tally: ScanTally) -> list[str]:
    return [r.reason for r in tally.refused]


def _intact(db: Database) -> None:
    with db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_waiting_list_scan_sent_again_with_its_key_is_answered_as_taken(fund: Fund) -> None:
    db, admin, code = fund.db, fund.admin, fund.barcodes
    first = add_to_waiting_list(db, admin, [code[0], "NOPE"], "rebinding", key="wait-1")
    assert [c.barcode for c in first.accepted] == [code[0]]
    assert _reasons(first) == ["no copy has barcode NOPE"]
    again = add_to_waiting_list(db, admin, [code[0], "NOPE"], "rebinding", key="wait-1")
    assert again == first
    assert [w.barcode for w in waiting_list(db)] == [code[0]]
    assert _logged(db, "binding.wait") == 1
    other = add_to_waiting_list(db, admin, [code[0]], "rebinding", key="wait-2")
    assert _reasons(other) == ["already on the waiting list"] and not other.accepted
    _intact(db)


def test_scans_into_and_out_of_an_order_sent_again_with_their_keys_are_answered_as_taken(
    fund: Fund,
) -> None:
    db, admin, code = fund.db, fund.admin, fund.barcodes
    order = open_binding_order(db, admin, "Шеберхана", "rebinding").id
    first = add_to_order(db, admin, order, [code[0], code[1]], key="add-1")
    assert [c.barcode for c in first.accepted] == code[:2]
    assert add_to_order(db, admin, order, [code[0], code[1]], key="add-1") == first
    assert [c.barcode for c in get_order(db, order).copies] == code[:2]
    other = add_to_order(db, admin, order, [code[0]], key="add-2")
    assert _reasons(other) == [f"copy 1 is already in binding order {order}"]

    out = remove_from_order(db, admin, order, [code[1]], key="remove-1")
    assert [c.barcode for c in out.accepted] == [code[1]]
    assert remove_from_order(db, admin, order, [code[1]], key="remove-1") == out
    assert [c.barcode for c in get_order(db, order).copies] == [code[0]]
    assert _logged(db, "binding.remove") == 1
    other = remove_from_order(db, admin, order, [code[1]], key="remove-2")
    assert _reasons(other) == [f"{code[1]} is not in binding order {order}"]
    _intact(db)


def test_a_copy_back_from_the_bindery_sent_again_with_its_key_is_answered_as_taken(
    fund: Fund,
) -> None:
    db, admin, code = fund.db, fund.admin, fund.barcodes
    order = open_binding_order(db, admin, "Шеберхана", "rebinding").id
    add_to_order(db, admin, order, [code[0], code[1]])
    send_order(db, admin, order, date(2026, 2, 1))
    day = date(2026, 2, 20)
    first = receive_copies(db, admin, [code[0]], None, day, key="back-1")
    assert [(c.barcode, c.status) for c in first.accepted] == [(code[0], "available")]
    assert receive_copies(db, admin, [code[0]], None, day, key="back-1") == first
    assert get_order(db, order).status == OrderStatus.PARTLY_RETURNED
    assert _logged(db, "binding.return") == 1
    other = receive_copies(db, admin, [code[0]], None, day, key="back-2")
    assert _reasons(other) == ["copy 1 is not out in a binding order"]
    # The rest of the order: the key of the first scan does not answer another.
    rest = receive_copies(db, admin, [code[1]], None, day, key="back-3")
    assert [c.barcode for c in rest.accepted] == [code[1]]
    assert get_order(db, order).status == OrderStatus.RETURNED
    _intact(db)


def test_digitisation_scans_sent_again_with_their_keys_are_answered_as_taken(
    fund: Fund,
) -> None:
    db, admin, code = fund.db, fund.admin, fund.barcodes
    first = send_for_digitisation(db, admin, [code[0]], "copy", "rare", key="send-1")
    assert [(c.barcode, c.status) for c in first.accepted] == [(code[0], "being-digitised")]
    assert send_for_digitisation(db, admin, [code[0]], "copy", "rare", key="send-1") == first
    assert len(digitisation_log(db)) == 1 and _logged(db, "digitisation.send") == 1
    other = send_for_digitisation(db, admin, [code[0]], "copy", "rare", key="send-2")
    assert _reasons(other) == ["copy 1 is being-digitised"]

    day = date(2026, 3, 5)
    back = record_outcome(db, admin, code[0], " файл/1.pdf ", 120, day, key="done-1")
    assert (back.file_reference, back.pages, back.returned_on) == ("файл/1.pdf", 120, day)
    assert record_outcome(db, admin, code[0], " файл/1.pdf ", 120, day, key="done-1") == back
    assert [(e.id, e.returned_on) for e in digitisation_log(db)] == [(back.id, day)]
    assert _logged(db, "digitisation.done") == 1
    with pytest.raises(PreservationEntryNotFound):
        record_outcome(db, admin, code[0], "x", None, day, key="done-2")
    _intact(db)


def test_answers_are_kept_a_day(fund: Fund) -> None:
    """A scan's answer is kept for its retries (seconds), not for ever: answers older than a
    day go when a scan is answered."""
    db, admin = fund.db, fund.admin
    with db.write() as session:
        session.add(
            ScanAnswer(
                scan_key="old",
                answer='{"results": []}',
                answered_at=datetime.now(UTC) - timedelta(days=2),
            )
        )
    add_to_waiting_list(db, admin, [fund.barcodes[0]], "rebinding", key="new")
    with db.read() as session:
        assert list(session.execute(select(ScanAnswer.scan_key)).scalars()) == ["new"]


@pytest.mark.postgres
def test_a_retry_that_comes_while_its_first_call_runs_waits_for_its_answer(
    _factories: dict[str, DatabaseFactory], pg_available: bool
) -> None:
    """PostgreSQL: the retry of a call the server is still running (the link dropped before
    the call finished) waits on the key's lock and answers what the first call answered,
    without running the call again."""
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    db = _factories["postgresql"].new()
    try:
        _race(db)
    finally:
        db.dispose()


def _race(db: Database) -> None:
    call = text(
        "SELECT coalesce(qor_scan_prior(:key), qor_scan_keep(:key, CAST(:answer AS jsonb)))"
    )
    with db.engine.connect() as first:
        first.execute(call, {"key": "k-race", "answer": '{"results": ["first"]}'})
        started = threading.Event()

        def retry() -> object:
            with db.engine.connect() as second:
                started.set()
                answer = second.execute(
                    call, {"key": "k-race", "answer": '{"results": ["second"]}'}
                ).scalar_one()
                second.commit()
                return answer

        with ThreadPoolExecutor(1) as pool:
            answered = pool.submit(retry)
            started.wait()
            with pytest.raises(TimeoutError):
                answered.result(timeout=0.5)  # waits for the first call's transaction
            first.commit()
            assert answered.result(timeout=10) == {"results": ["first"]}


def test_the_migration_goes_down_and_up_again(fund: Fund) -> None:
    """Migration 0016v's downgrade takes the keys' table (and on PostgreSQL their two
    functions) away, leaving the desks' functions of 0016u as they were; upgraded again, a
    scan is answered under its key."""
    db = fund.db
    with downgraded(db, "0016u") as connection:
        assert "scan_answer" not in inspect(connection).get_table_names()
        if not db.is_sqlite:
            functions = connection.execute(
                text(
                    "SELECT proname FROM pg_proc WHERE proname IN "
                    "('qor_scan_prior', 'qor_scan_keep', 'qor_binding_wait') ORDER BY 1"
                )
            ).scalars()
            assert list(functions) == ["qor_binding_wait"]
    first = add_to_waiting_list(db, fund.admin, [fund.barcodes[0]], "rebinding", key="k")
    assert [c.barcode for c in first.accepted] == [fund.barcodes[0]]
    assert add_to_waiting_list(db, fund.admin, [fund.barcodes[0]], "rebinding", key="k") == first
