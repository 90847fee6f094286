"""Round trips of a scan at the desks, counted on the wire: a branch workstation reaches the
central PostgreSQL over a VPN, so each round trip costs the link's delay. A delay proxy in front
of the server counts every request the client waits on (BEGIN, COMMIT, ROLLBACK and pre-pings
included), and each scan must stay within its budget."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select, text

from app.audit.audits import Outcome, audit_progress, open_audit
from app.audit.live import Scan, scan_and_count, scans_and_counts
from app.catalog.search import search
from app.errors import InvalidInput, PreservationEntryNotFound
from app.intake.accession import open_accession
from app.intake.completion import release_scanned
from app.intake.copies import (
    ReleaseResult,
    add_copies,
    copies_by_barcodes,
    copies_of_record,
    copy_by_barcode,
    get_copy,
    records_held_by_isbn,
)
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
from app.preservation.repair import record_repair, repairs
from app.preservation.scanning import ScanTally
from app.security import eventlog
from app.security.roles import Actor
from app.security.users import authenticate
from app.workstation import start_state
from db.models import Event
from db.session import Database
from tests.app.audit.conftest import CHECKER_PASSWORD, Fund, build_fund
from tests.conftest import ADMIN, ADMIN_PASSWORD, DatabaseFactory
from tests.pgproxy import DelayProxy, url_through

SCAN_BUDGET = 2  # round trips: one that reads and decides, one that writes and answers
# Adding copies: the same for any number of them (it was 9 per copy, then 18): one read of
# what the copies need, one call of qor_add_copies that numbers, inserts and logs them.
ADD_COPIES_BUDGET = 2
# Start-up: the connection (SSL request, start-up, SQLAlchemy's one question), the library,
# schema and role in one statement, the sign-in's user, its log entry, the catalog's first
# page (count and rows).
START_UP_BUDGET = 8

pytestmark = pytest.mark.postgres
T = TypeVar("T")


@dataclass
class Branch:
    fund: Fund
    db: Database  # the same database, reached through the proxy
    proxy: DelayProxy
    checker: Actor


@pytest.fixture
def branch(_factories: dict[str, DatabaseFactory], pg_available: bool) -> Iterator[Branch]:
    if not pg_available:
        pytest.skip("PostgreSQL cannot be reached (not in CI)")
    direct = _factories["postgresql"].new()
    fund = build_fund(direct, authenticate(direct, ADMIN, ADMIN_PASSWORD))
    with DelayProxy(direct.engine.url.host or "127.0.0.1", direct.engine.url.port or 5432) as proxy:
        remote = Database(url_through(direct.url, proxy.port))
        # The pooled connection is opened (and the dialect set up) once per workstation.
        with remote.read() as session:
            session.execute(text("select 1"))
        checker = authenticate(remote, "aigerim", CHECKER_PASSWORD)
        yield Branch(fund, remote, proxy, checker)
        remote.dispose()
    direct.dispose()


def _counted(branch: Branch, action: Callable[..., T], *args: Any) -> tuple[T, int]:
    """What `action(*args)` answers, and the round trips it waited on."""
    with branch.proxy.counting() as n:
        answer = action(*args)
    return answer, n[0]


def test_a_copy_barcode_scan_at_intake_costs_at_most_two_round_trips(branch: Branch) -> None:
    barcode = branch.fund.barcodes("RR-1")[0]
    copy, trips = _counted(branch, copy_by_barcode, branch.db, barcode)
    assert copy is not None and copy.barcode == barcode
    assert trips <= SCAN_BUDGET, f"a copy scan took {trips} round trips"


def test_an_isbn_scan_at_intake_costs_at_most_two_round_trips(branch: Branch) -> None:
    # The book of the fund's first copy, scanned by its ISBN as the screen does: the records
    # with that ISBN and the copies held of each.
    first = branch.fund.shelves["RR-1"][0]
    with branch.fund.db.read() as session:
        isbn = session.execute(
            text("select isbn from record where id = :id"), {"id": first.record_id}
        ).scalar_one()
    assert isbn

    found, trips = _counted(branch, records_held_by_isbn, branch.db, isbn)
    assert [(r.id, held) for r, held in found] == [
        (first.record_id, len(copies_of_record(branch.db, first.record_id)))
    ]
    assert found[0][1] >= 1
    assert trips <= SCAN_BUDGET, f"an ISBN scan took {trips} round trips"


def test_an_audit_scan_costs_at_most_two_round_trips(branch: Branch) -> None:
    audit = open_audit(branch.db, branch.checker, ["RR-1", "RR-2", "LOAN"])
    db, checker = branch.db, branch.checker
    barcodes = branch.fund.barcodes("RR-1")
    (shelf, progress), trips = _counted(branch, scan_and_count, db, checker, audit.id, "L-RR-1")
    assert shelf.outcome is Outcome.LOCATION
    assert trips <= SCAN_BUDGET, f"a shelf scan took {trips} round trips"
    for barcode in barcodes[:3]:
        (result, progress), trips = _counted(branch, scan_and_count, db, checker, audit.id, barcode)
        assert result.outcome is Outcome.FOUND and result.inventory_number
        assert trips <= SCAN_BUDGET, f"an audit scan took {trips} round trips"
    assert (progress.expected, progress.found) == (11, 3)
    # Scanned again, a copy counts once; a copy of another shelf is misplaced.
    other = branch.fund.barcodes("LOAN")[0]
    for code, outcome in ((barcodes[0], Outcome.DUPLICATE), (other, Outcome.MISPLACED)):
        (result, progress), trips = _counted(branch, scan_and_count, db, checker, audit.id, code)
        assert result.outcome is outcome
        assert trips <= SCAN_BUDGET, f"a {outcome} scan took {trips} round trips"
    assert (progress.found, progress.misplaced) == (4, 1)


def test_a_scan_whose_answer_was_lost_is_sent_again_and_counted_once(branch: Branch) -> None:
    db, checker = branch.db, branch.checker
    audit = open_audit(db, checker, ["RR-1"])
    scan_and_count(db, checker, audit.id, "L-RR-1", "hand-1")
    barcode = branch.fund.barcodes("RR-1")[0]
    # The server records the scan, then the link drops before its answer arrives.
    branch.proxy.lose_next_answer()
    result, progress = scan_and_count(db, checker, audit.id, barcode, "hand-1")
    assert result.outcome is Outcome.FOUND
    assert progress.found == 1
    assert audit_progress(branch.fund.db, audit.id, count_scans=True).scans == 1
    # A dropped link under a read: the copy scan reconnects and answers.
    branch.proxy.drop_connections()
    copy = copy_by_barcode(db, barcode)
    assert copy is not None and copy.barcode == barcode


def test_a_burst_of_audit_scans_costs_one_round_trip_together(branch: Branch) -> None:
    """Scans that came faster than the link answers are pipelined: ten cost what one does."""
    db, checker = branch.db, branch.checker
    audit = open_audit(db, checker, ["RR-1", "RR-2"])
    codes = ["L-RR-1", *branch.fund.barcodes("RR-1"), *branch.fund.barcodes("RR-2")[:2]]
    burst = [Scan(code) for code in codes]
    answers, trips = _counted(branch, scans_and_counts, db, checker, audit.id, burst, "hand-1")
    assert len(burst) >= 8 and trips <= SCAN_BUDGET, f"{len(burst)} scans: {trips} round trips"
    findings = [a for a in answers if not isinstance(a, Exception)]
    assert len(findings) == len(burst)
    assert [f.outcome for f, _ in findings].count(Outcome.FOUND) == 5
    assert findings[-1][1].found == 7 and findings[-1][1].misplaced == 2


def test_a_burst_whose_answer_was_lost_is_counted_once(branch: Branch) -> None:
    """The link drops before the pipeline's answers arrive: the burst is sent again (each
    scan alone, under its key), and nothing is counted twice."""
    db, checker = branch.db, branch.checker
    audit = open_audit(db, checker, ["RR-1"])
    burst = [Scan("L-RR-1"), *(Scan(code) for code in branch.fund.barcodes("RR-1")[:3])]
    branch.proxy.lose_next_answer()
    answers = scans_and_counts(db, checker, audit.id, burst, "hand-1")
    outcomes = [None if isinstance(a, Exception) else a[0].outcome for a in answers]
    assert outcomes == [Outcome.LOCATION, Outcome.FOUND, Outcome.FOUND, Outcome.FOUND]
    assert audit_progress(branch.fund.db, audit.id, count_scans=True).scans == 3


def test_adding_copies_costs_the_same_round_trips_for_one_copy_or_five(branch: Branch) -> None:
    fund, db = branch.fund, branch.db
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    batch = open_accession(db, admin, "purchase", "ТН-9")
    record_id = fund.shelves["RR-1"][0].record_id
    one, trips_one = _counted(branch, add_copies, db, admin, record_id, 1, batch.id, "RR-1")
    five, trips_five = _counted(branch, add_copies, db, admin, record_id, 5, batch.id, "LOAN")
    assert len(one) == 1 and len(five) == 5
    assert len({c.barcode for c in one + five}) == 6
    assert trips_five == trips_one, f"1 copy: {trips_one} round trips, 5 copies: {trips_five}"
    assert trips_five <= ADD_COPIES_BUDGET, f"adding copies took {trips_five} round trips"
    with fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_release_scan_costs_at_most_two_round_trips_and_a_burst_the_same(
    branch: Branch,
) -> None:
    """The intake desk in release mode: the scan's look-up, then its release (what the
    screen's scan queue does); a burst is looked up together and released together."""
    fund, db = branch.fund, branch.db
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    batch = open_accession(fund.db, admin, "purchase", "ТН-10")
    record_id = fund.shelves["RR-1"][0].record_id
    added = add_copies(fund.db, admin, record_id, 4, batch.id, "RR-1", call_number="84 Ә 12")

    def release_one(code: str) -> list[ReleaseResult]:
        copy = copy_by_barcode(db, code)
        assert copy is not None
        return release_scanned(db, admin, [copy])

    def release_burst(codes: list[str]) -> list[ReleaseResult]:
        found = copies_by_barcodes(db, codes)
        return release_scanned(db, admin, [found[code] for code in codes])

    (one,), trips = _counted(branch, release_one, added[0].barcode or "")
    assert [c.status for c in one.released] == ["available"] and not one.refused
    assert trips <= SCAN_BUDGET, f"a release scan took {trips} round trips"
    codes = [c.barcode or "" for c in added[1:]] + [added[0].barcode or ""]
    burst, trips = _counted(branch, release_burst, codes)
    assert [len(r.released) for r in burst] == [1, 1, 1, 0]  # the last: released already
    assert trips <= SCAN_BUDGET, f"a burst of {len(codes)} release scans took {trips} round trips"
    assert {get_copy(fund.db, c.id).status for c in added} == {"available"}
    with fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_one_word_search_costs_two_round_trips(branch: Branch) -> None:
    """A word or a prefix typed into the catalog's search at a branch: its total, the
    catalog's size and the head of the sort index in one statement, then the page."""
    direct = branch.fund.db
    for query in ("Абай", "абай", "қаз"):
        found, trips = _counted(branch, search, branch.db, query)
        assert found == search(direct, query)  # the same answer as on the server's own link
        assert found.total >= 1 and found.hits
        assert trips <= SCAN_BUDGET, f"searching {query!r} took {trips} round trips"
    nothing, trips = _counted(branch, search, branch.db, "жоқсөз")
    assert nothing.total == 0 and trips == 1


def test_start_up_costs_a_constant_handful_of_round_trips(branch: Branch) -> None:
    """A workstation starting as ui.app does: its first connection (the server's start-up
    exchange and SQLAlchemy's questions of a new connection included), the library, schema
    and role, the sign-in (logged) and the catalog's first page; the same whatever the
    catalog's size."""
    branch.proxy.reset()
    fresh = Database(branch.db.url)
    try:
        with branch.proxy.counting() as n:
            state = start_state(fresh)
            assert state.initialised and state.schema_current
            assert state.library is not None and state.library.sigla
            authenticate(fresh, ADMIN, ADMIN_PASSWORD, log_success=True)
            assert search(fresh, "").total >= 4
        trips = n[0]
    finally:
        fresh.dispose()
    assert branch.proxy.connections == 1
    assert trips <= START_UP_BUDGET, f"start-up took {trips} round trips"


# --- The preservation desks: each scan of one copy at most SCAN_BUDGET round trips ----------


def _reasons(tally: ScanTally) -> list[str]:
    return [r.reason for r in tally.refused]


def test_a_scan_onto_the_binding_waiting_list_costs_at_most_two_round_trips(
    branch: Branch,
) -> None:
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    code = branch.fund.barcodes("RR-1")[0]
    waiting, trips = _counted(branch, add_to_waiting_list, db, admin, [code], "rebinding")
    assert [c.barcode for c in waiting.accepted] == [code] and not waiting.refused
    assert trips <= SCAN_BUDGET, f"a waiting-list scan took {trips} round trips"
    again, trips = _counted(branch, add_to_waiting_list, db, admin, [code], "rebinding")
    assert _reasons(again) == ["already on the waiting list"]
    assert trips <= SCAN_BUDGET, f"a refused waiting-list scan took {trips} round trips"
    at_bindery = branch.fund.at_bindery.barcode or ""
    busy, trips = _counted(branch, add_to_waiting_list, db, admin, [at_bindery], "rebinding")
    assert _reasons(busy) == [
        f"copy {branch.fund.at_bindery.inventory_number} is at-bindery, not available"
    ]
    assert trips <= SCAN_BUDGET, f"a refused waiting-list scan took {trips} round trips"
    assert [w.barcode for w in waiting_list(branch.fund.db)] == [code]


def test_a_scan_into_a_binding_order_and_back_costs_at_most_two_round_trips(
    branch: Branch,
) -> None:
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    codes = branch.fund.barcodes("RR-2")[:2]
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    for code in codes:
        added, trips = _counted(branch, add_to_order, db, admin, order.id, [code])
        assert [c.barcode for c in added.accepted] == [code]
        assert trips <= SCAN_BUDGET, f"a scan into an order took {trips} round trips"
    twice, trips = _counted(branch, add_to_order, db, admin, order.id, [codes[0]])
    assert len(twice.refused) == 1 and f"already in binding order {order.id}" in _reasons(twice)[0]
    assert trips <= SCAN_BUDGET, f"a refused scan into an order took {trips} round trips"
    unknown, trips = _counted(branch, add_to_order, db, admin, order.id, ["NO-SUCH"])
    assert _reasons(unknown) == ["no copy has barcode NO-SUCH"]
    assert trips <= SCAN_BUDGET, f"an unknown scan into an order took {trips} round trips"
    out, trips = _counted(branch, remove_from_order, db, admin, order.id, [codes[1]])
    assert [c.barcode for c in out.accepted] == [codes[1]]
    assert trips <= SCAN_BUDGET, f"a scan out of an order took {trips} round trips"

    send_order(db, admin, order.id)
    back, trips = _counted(branch, receive_copies, db, admin, [codes[0]])
    assert [(c.barcode, c.status) for c in back.accepted] == [(codes[0], "available")]
    assert trips <= SCAN_BUDGET, f"a copy scanned back from the bindery took {trips} round trips"
    assert get_order(branch.fund.db, order.id).status == OrderStatus.RETURNED
    again, trips = _counted(branch, receive_copies, db, admin, [codes[0]])
    assert len(again.refused) == 1 and "is not out in a binding order" in _reasons(again)[0]
    assert trips <= SCAN_BUDGET, f"a refused scan back took {trips} round trips"
    with branch.fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_scan_sent_for_digitisation_and_back_costs_at_most_two_round_trips(
    branch: Branch,
) -> None:
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    code = branch.fund.barcodes("LOAN")[0]
    sent, trips = _counted(branch, send_for_digitisation, db, admin, [code], "digitise", "rare")
    assert [(c.barcode, c.status) for c in sent.accepted] == [(code, "being-digitised")]
    assert trips <= SCAN_BUDGET, f"a copy sent for digitisation took {trips} round trips"
    again, trips = _counted(branch, send_for_digitisation, db, admin, [code], "digitise", "rare")
    assert len(again.refused) == 1 and "is being-digitised" in _reasons(again)[0]
    assert trips <= SCAN_BUDGET, f"a refused digitisation scan took {trips} round trips"
    entry, trips = _counted(branch, record_outcome, db, admin, code, "scan/0001.pdf", 212)
    assert (entry.file_reference, entry.pages) == ("scan/0001.pdf", 212)
    assert trips <= SCAN_BUDGET, f"a digitised copy scanned back took {trips} round trips"
    assert get_copy(branch.fund.db, entry.item_id).status == "available"
    with branch.fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_repair_logged_by_a_scan_costs_at_most_two_round_trips(branch: Branch) -> None:
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    code = branch.fund.barcodes("LOAN")[1]
    entry, trips = _counted(
        branch, record_repair, db, admin, code, "spine", "Сәуле", None, "желім", 40
    )
    assert (entry.repair_type, entry.minutes, entry.finished_on) == ("spine", 40, date.today())
    assert trips <= SCAN_BUDGET, f"a repair scan took {trips} round trips"
    assert get_copy(branch.fund.db, entry.item_id).status == "available"
    with pytest.raises(InvalidInput), branch.proxy.counting() as n:
        record_repair(db, admin, "NO-SUCH", "spine", "Сәуле")
    assert n[0] <= SCAN_BUDGET, f"a refused repair scan took {n[0]} round trips"
    with branch.fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def _answer_lost(branch: Branch, action: Callable[..., T], *args: Any) -> T:
    """`action(*args)` with the server's first answer lost on the way back (the link drops
    after the server did the work and committed it): what the call answers after its retry."""
    before = branch.proxy.connections
    branch.proxy.lose_next_answer()
    answer = action(*args)
    assert branch.proxy.connections == before + 1, "the answer was not lost: no retry"
    return answer


def _logged(branch: Branch, action: str, entity_id: int) -> int:
    """The event log's entries of `action` about `entity_id`."""
    with branch.fund.db.read() as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(Event)
                .where(Event.action == action, Event.entity_id == str(entity_id))
            ).scalar_one()
        )


def _intact(branch: Branch) -> None:
    with branch.fund.db.snapshot() as session:
        assert eventlog.verify(session).intact


def test_a_waiting_list_scan_whose_answer_was_lost_is_answered_as_taken_once(
    branch: Branch,
) -> None:
    """The server put the copy on the waiting list, the link dropped before its answer: the
    scan, sent again under its key, is answered as taken (not "already on the waiting list"),
    and the copy waits once. A new scan of it is refused as before."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    copy = branch.fund.shelves["RR-1"][0]
    code = copy.barcode or ""
    waiting = _answer_lost(branch, add_to_waiting_list, db, admin, [code], "rebinding")
    assert [c.barcode for c in waiting.accepted] == [code] and not waiting.refused
    assert [w.barcode for w in waiting_list(branch.fund.db)] == [code]
    assert _logged(branch, "binding.wait", copy.id) == 1
    again = add_to_waiting_list(db, admin, [code], "rebinding")
    assert _reasons(again) == ["already on the waiting list"] and not again.accepted
    _intact(branch)


def test_a_scan_into_an_order_whose_answer_was_lost_is_answered_as_taken_once(
    branch: Branch,
) -> None:
    """A scan into an order, its answer lost: answered as taken (it was refused as "already
    in binding order N"), the copy in the order once. A new scan of it is refused as before."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    copy = branch.fund.shelves["RR-1"][0]
    code = copy.barcode or ""
    added = _answer_lost(branch, add_to_order, db, admin, order.id, [code])
    assert [c.barcode for c in added.accepted] == [code] and not added.refused
    assert [c.barcode for c in get_order(branch.fund.db, order.id).copies] == [code]
    again = add_to_order(db, admin, order.id, [code])
    assert _reasons(again) == [
        f"copy {copy.inventory_number} is already in binding order {order.id}"
    ]
    _intact(branch)


def test_a_scan_out_of_an_order_whose_answer_was_lost_is_answered_as_taken_once(
    branch: Branch,
) -> None:
    """Taken out of an order, its answer lost: answered as taken out (it was refused as "not
    in binding order N"), out once, logged once."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    code = branch.fund.barcodes("RR-1")[0]
    add_to_order(db, admin, order.id, [code])
    out = _answer_lost(branch, remove_from_order, db, admin, order.id, [code])
    assert [c.barcode for c in out.accepted] == [code] and not out.refused
    assert get_order(branch.fund.db, order.id).copies == []
    assert _logged(branch, "binding.remove", order.id) == 1
    again = remove_from_order(db, admin, order.id, [code])
    assert _reasons(again) == [f"{code} is not in binding order {order.id}"]
    _intact(branch)


def test_a_copy_back_from_the_bindery_whose_answer_was_lost_is_answered_as_taken_once(
    branch: Branch,
) -> None:
    """A copy scanned back from the bindery, its answer lost: answered as back (it was
    refused as "not out"), available, the order returned and logged once."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    copy = branch.fund.shelves["RR-2"][0]
    code = copy.barcode or ""
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    add_to_order(db, admin, order.id, [code])
    send_order(db, admin, order.id)
    back = _answer_lost(branch, receive_copies, db, admin, [code])
    assert [(c.barcode, c.status) for c in back.accepted] == [(code, "available")]
    assert not back.refused
    assert get_copy(branch.fund.db, copy.id).status == "available"
    assert get_order(branch.fund.db, order.id).status == OrderStatus.RETURNED
    assert _logged(branch, "binding.return", order.id) == 1
    with branch.fund.db.read() as session:
        statuses = session.execute(
            select(Event.after).where(
                Event.action == "item.status", Event.entity_id == str(copy.id)
            )
        ).scalars()
        assert sum("back from binding order" in after for after in statuses) == 1
    again = receive_copies(db, admin, [code])
    assert _reasons(again) == [f"copy {copy.inventory_number} is not out in a binding order"]
    _intact(branch)


def test_a_copy_sent_for_digitisation_whose_answer_was_lost_is_answered_as_sent_once(
    branch: Branch,
) -> None:
    """A copy sent for digitisation, its answer lost: answered as sent (it was refused as
    "being-digitised"), one entry, logged once. A new scan of it is refused as before."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    copy = branch.fund.shelves["LOAN"][0]
    code = copy.barcode or ""
    sent = _answer_lost(branch, send_for_digitisation, db, admin, [code], "digitise", "rare")
    assert [(c.barcode, c.status) for c in sent.accepted] == [(code, "being-digitised")]
    assert not sent.refused
    (entry,) = [e for e in digitisation_log(branch.fund.db) if e.item_id == copy.id]
    assert _logged(branch, "digitisation.send", entry.id) == 1
    again = send_for_digitisation(db, admin, [code], "digitise", "rare")
    assert _reasons(again) == [f"copy {copy.inventory_number} is being-digitised"]
    _intact(branch)


def test_a_digitised_copy_back_whose_answer_was_lost_is_answered_as_back_once(
    branch: Branch,
) -> None:
    """A digitised copy scanned back with its outcome, the answer lost: answered with its
    entry (it was refused as having no open digitisation), available, logged once."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    copy = branch.fund.shelves["LOAN"][0]
    code = copy.barcode or ""
    send_for_digitisation(db, admin, [code], "digitise", "rare")
    entry = _answer_lost(branch, record_outcome, db, admin, code, "scan/0001.pdf", 212)
    assert (entry.item_id, entry.file_reference, entry.pages) == (copy.id, "scan/0001.pdf", 212)
    logged = [e for e in digitisation_log(branch.fund.db) if e.item_id == copy.id]
    assert [(e.id, e.returned_on, e.pages) for e in logged] == [(entry.id, date.today(), 212)]
    assert get_copy(branch.fund.db, copy.id).status == "available"
    assert _logged(branch, "digitisation.done", entry.id) == 1
    with pytest.raises(PreservationEntryNotFound):
        record_outcome(db, admin, code, "scan/0002.pdf", 10)
    _intact(branch)


def test_a_repair_whose_answer_was_lost_is_logged_once(branch: Branch) -> None:
    """A repair sent again under its idempotency key is answered with the repair it logged,
    logged once."""
    db, admin = branch.db, authenticate(branch.db, ADMIN, ADMIN_PASSWORD)
    other = branch.fund.barcodes("RR-1")[1]
    answered = _answer_lost(branch, record_repair, db, admin, other, "spine", "Сәуле", None, "", 20)
    repaired = [
        r for r in repairs(branch.fund.db) if r.item_id == branch.fund.shelves["RR-1"][1].id
    ]
    assert [(r.id, r.minutes) for r in repaired] == [(answered.id, 20)]
    assert answered.inventory_number == branch.fund.shelves["RR-1"][1].inventory_number
    assert get_copy(branch.fund.db, repaired[0].item_id).status == "available"
    _intact(branch)


def test_two_desks_scanning_one_copy_at_once_take_it_once(branch: Branch) -> None:
    """Two desks scan the same copies into two orders at the same moment: each copy goes into
    one order, the other desk is told where it went."""
    direct = branch.fund.db
    admin = authenticate(direct, ADMIN, ADMIN_PASSWORD)
    orders = [open_binding_order(direct, admin, f"Шеберхана {n}", "other").id for n in (1, 2)]
    codes = branch.fund.barcodes("RR-2")[:3]
    for code in codes:
        start = threading.Barrier(2)

        def desk(order_id: int, code: str = code, start: threading.Barrier = start) -> ScanTally:
            start.wait()
            return add_to_order(direct, admin, order_id, [code])

        with ThreadPoolExecutor(2) as pool:
            tallies = list(pool.map(desk, orders))
        assert sorted(len(t.accepted) for t in tallies) == [0, 1]
        (refused,) = [r for t in tallies for r in t.refused]
        assert "is already in binding order" in refused.reason
    lines = [len(get_order(direct, order_id).copies) for order_id in orders]
    assert sum(lines) == len(codes)
