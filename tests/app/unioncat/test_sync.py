"""Sending the catalog to a real Zebra union catalog: what goes up, what is verified, what is
withdrawn, and what a failure leaves behind."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from datetime import date

import pymarc
import pytest
from sqlalchemy import select

from app.catalog.records import create_record, delete_record, get_record, update_record
from app.intake.accession import open_accession
from app.intake.copies import add_copies
from app.intake.locations import add_location
from app.intake.status import ItemStatus, change_status
from app.security.roles import Actor
from app.unioncat import outgoing
from app.unioncat.history import run_entries, sync_runs
from app.unioncat.outbox import outbox_size
from app.unioncat.outgoing import pending_changes
from app.unioncat.sync import NOT_KEPT, sync
from app.unioncat.targets import UnionCatalogTarget
from app.unioncat.zoom import UpdateFailed, ZoomConnection, build_pqf
from db.models import Item, SyncOutbox, SyncState
from db.session import Database
from tests.app.unioncat.conftest import SYNC_PASSWORD, SYNC_USER
from tests.conftest import SIGLA
from tests.records import KAZAKH_BOOKS
from tests.unioncat_server import ZebraServer

pytestmark = pytest.mark.zebra


def union_target(server: ZebraServer, user: str | None = SYNC_USER) -> UnionCatalogTarget:
    return UnionCatalogTarget("test-union", server.host, server.port, "unioncat", user)


def catalog(db: Database, admin: Actor, count: int = len(KAZAKH_BOOKS)) -> list[int]:
    ids = []
    for i in range(count):
        record = copy.deepcopy(KAZAKH_BOOKS[i % len(KAZAKH_BOOKS)])
        ids.append(create_record(db, admin, record).id)
    return ids


def identity(db: Database, record_id: int) -> str:
    return f"{SIGLA}:{get_record(db, record_id).summary.control_number}"


def held(server: ZebraServer, ident: str) -> list[pymarc.Record]:
    with ZoomConnection(server.target()) as conn:
        try:
            result = conn.search(build_pqf("local", ident), count=10)
        except Exception as exc:  # an emptied Zebra database answers 109
            if getattr(exc, "code", None) == 109:
                return []
            raise
        return [
            pymarc.parse_xml_to_array(io.BytesIO(xml.encode("utf-8")))[0] for xml in result.records
        ]


@pytest.fixture
def desk(db: Database, admin: Actor) -> Callable[[int, int], list[int]]:
    add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-7", date=date(2026, 3, 2))

    def add(record_id: int, copies: int) -> list[int]:
        return [
            c.id
            for c in add_copies(db, admin, record_id, copies, batch.id, "ABON", call_number="84")
        ]

    return add


def test_records_go_up_with_holdings_and_a_rerun_sends_nothing(
    db: Database, admin: Actor, zebra: ZebraServer, desk: Callable[[int, int], list[int]]
) -> None:
    ids = catalog(db, admin)
    desk(ids[0], 2)
    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert report.error == ""
    assert report.as_json()["sent"] == len(ids)
    assert report.failed == [] and report.remaining == 0
    assert outbox_size(db) == 0
    (abai,) = held(zebra, identity(db, ids[0]))
    assert abai["245"]["a"] == "Қазақстан тарихы"
    (holding,) = abai.get_fields("852")
    assert holding["a"] == SIGLA and holding["b"] == "ABON" and holding["h"] == "84"
    assert holding["9"] == "0"  # both copies still in processing
    assert holding["z"] == "0/2"  # the public note in no language: read by every member
    assert held(zebra, identity(db, ids[1]))[0].get_fields("852") == []

    again = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert again.entries == [] and again.ok

    # the same record queued again unchanged is not sent again
    with db.write() as session:
        row = session.get(SyncState, ids[2])
        assert row is not None
        session.add(SyncOutbox(record_id=ids[2], control_number="x", change="upsert"))
    third = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.record_id, e.outcome) for e in third.entries] == [(ids[2], "unchanged")]
    assert outbox_size(db) == 0


def test_an_edit_is_an_update_and_the_dry_run_names_the_changed_fields(
    db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    (record_id, other_id) = catalog(db, admin, 2)
    sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    record = get_record(db, record_id).record
    record["245"]["a"] = "Қазақстан тарихы. 2-басылым"
    update_record(db, admin, record_id, record)
    delete_record(db, admin, other_id)

    planned = {p.record_id: p for p in pending_changes(db, union_target(zebra))}
    assert planned[record_id].action == "changed"
    assert any(c.startswith("+ =245") and "2-басылым" in c for c in planned[record_id].changes)
    assert any(c.startswith("- =245") for c in planned[record_id].changes)
    assert not any("=005" in c for c in planned[record_id].changes)
    assert planned[other_id].action == "withdraw"
    dry = sync(db, admin, union_target(zebra), SYNC_PASSWORD, dry_run=True)
    assert {p.action for p in dry.pending} == {"changed", "withdraw"}
    assert outbox_size(db) == 2  # a dry run changes nothing

    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert report.as_json() | {"run": None} == {
        "sent": 0,
        "updated": 1,
        "deleted": 1,
        "failed": [],
        "unchanged": 0,
        "remaining": 0,
        "run": None,
    }
    (kept,) = held(zebra, identity(db, record_id))
    assert kept["245"]["a"] == "Қазақстан тарихы. 2-басылым"
    assert held(zebra, f"{SIGLA}:{planned[other_id].identity.split(':')[1]}") == []


def test_last_copy_written_off_withdraws_the_record(
    db: Database, admin: Actor, zebra: ZebraServer, desk: Callable[[int, int], list[int]]
) -> None:
    (record_id, plain_id) = catalog(db, admin, 2)
    (copy_id,) = desk(record_id, 1)
    sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert len(held(zebra, identity(db, record_id))) == 1
    with db.write() as session:
        item = session.get(Item, copy_id)
        assert item is not None
        change_status(session, item, ItemStatus.WRITTEN_OFF, admin, "worn out")
    (planned,) = pending_changes(db, union_target(zebra))
    assert planned.action == "withdraw"
    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.record_id, e.outcome) for e in report.entries] == [(record_id, "withdrawn")]
    assert held(zebra, identity(db, record_id)) == []
    # a record that never had copies stays (catalogued, not yet held)
    assert len(held(zebra, identity(db, plain_id))) == 1


def test_shadow_registers_need_the_commit_package(
    db: Database, admin: Actor, start_zebra: Callable[..., ZebraServer]
) -> None:
    server = start_zebra(user=(SYNC_USER, SYNC_PASSWORD), shadow=True)
    (record_id,) = catalog(db, admin, 1)
    without = sync(db, admin, union_target(server), SYNC_PASSWORD)
    assert [e.reason for e in without.failed] == [NOT_KEPT]  # sent, invisible, not confirmed
    assert outbox_size(db) == 1
    report = sync(db, admin, union_target(server), SYNC_PASSWORD, commit=True)
    assert report.ok and report.count("sent") == 1
    assert len(held(server, identity(db, record_id))) == 1


def test_server_down_and_wrong_password_lose_nothing(
    db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    catalog(db, admin, 3)
    wrong = sync(db, admin, union_target(zebra), "not-the-password")
    assert wrong.error_kind == "init_refused" and "1011" in wrong.error
    assert wrong.entries == [] and outbox_size(db) == 3
    down = UnionCatalogTarget("down", "127.0.0.1", 1, "unioncat", SYNC_USER)
    report = sync(db, admin, down, SYNC_PASSWORD)
    assert report.error_kind == "connect_failed"
    assert outbox_size(db) == 3
    (last, previous) = sync_runs(db)[:2]
    assert (last.status, previous.status) == ("failed", "failed")
    assert "cannot be reached" in last.error


def test_a_record_the_server_does_not_keep_stays_queued_and_the_rest_go(
    db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = catalog(db, admin, 4)
    bad = identity(db, ids[1])
    real = outgoing.union_marcxml

    def broken_for_one(record: pymarc.Record) -> str:
        xml = real(record)
        # well-formed XML that is not MARCXML: Zebra says "done" and cannot index it
        return xml.replace(outgoing.MARC_NS, "urn:not-marc") if bad in _ident(xml) else xml

    monkeypatch.setattr(outgoing, "union_marcxml", broken_for_one)
    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.identity, e.reason) for e in report.failed] == [(bad, NOT_KEPT)]
    assert report.count("sent") == 3
    assert "extract error" in zebra.log() or "done" in zebra.log()
    with db.read() as session:
        assert session.execute(select(SyncOutbox.record_id)).scalars().all() == [ids[1]]
        state = session.get(SyncState, ids[1])
        assert state is not None and state.attempts == 1 and state.last_error == NOT_KEPT
    assert [e.outcome for e in run_entries(db, report.run_id or 0)].count("failed") == 1

    monkeypatch.setattr(outgoing, "union_marcxml", real)
    retry = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.identity, e.outcome) for e in retry.entries] == [(bad, "sent")]
    assert len(held(zebra, bad)) == 1


def _ident(xml: str) -> str:
    (record,) = pymarc.parse_xml_to_array(io.BytesIO(xml.encode("utf-8")))
    return f"{record['003'].data}:{record['001'].data}"


def test_a_refused_record_never_blocks_the_others(
    db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = catalog(db, admin, 3)
    refused = identity(db, ids[0])
    real_update = ZoomConnection.update

    def update(self: ZoomConnection, marcxml: str, record_id: str, action: str = "") -> None:
        if record_id == refused:
            raise UpdateFailed(224, "ES: immediate execution failed", "update_record", "Bib-1")
        real_update(self, marcxml, record_id, action or "specialUpdate")

    monkeypatch.setattr(ZoomConnection, "update", update)
    for attempt in (1, 2):
        report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
        assert [e.identity for e in report.failed] == [refused]
        assert "224" in report.failed[0].reason
        with db.read() as session:
            state = session.get(SyncState, ids[0])
            assert state is not None and state.attempts == attempt
    assert outbox_size(db) == 1
    assert all(len(held(zebra, identity(db, i))) == 1 for i in ids[1:])


def test_connection_cut_mid_sync_keeps_the_unconfirmed_in_the_outbox(
    db: Database, admin: Actor, zebra: ZebraServer
) -> None:
    ids = catalog(db, admin, 12)

    def kill_after_first_batch(done: int, total: int, label: str) -> None:
        if zebra.process is not None:
            zebra.process.kill()  # the parent; the child serving us goes with the group
            zebra.stop()

    report = sync(
        db,
        admin,
        union_target(zebra),
        SYNC_PASSWORD,
        batch_size=5,
        progress=kill_after_first_batch,
    )
    assert report.error_kind in ("connection_lost", "connect_failed", "timeout")
    assert report.count("sent") == 5
    with db.read() as session:
        left = session.execute(select(SyncOutbox.record_id)).scalars().all()
    assert sorted(left) == sorted(ids[5:])
    assert sync_runs(db)[0].status == "failed"
