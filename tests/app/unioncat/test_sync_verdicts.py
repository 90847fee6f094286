"""What the sync concludes about each record against a real Zebra: an update the server could
not index is not taken for done, and a record the server refuses, whatever its diagnostic,
is that record's failure and never stops or blocks the others."""

from __future__ import annotations

from collections.abc import Callable

import pymarc
import pytest
from sqlalchemy import select

from app.catalog.records import get_record, update_record
from app.intake.status import ItemStatus, change_status
from app.security.roles import Actor
from app.unioncat import outgoing
from app.unioncat.outgoing import pending_changes
from app.unioncat.sync import NOT_CURRENT, sync
from app.unioncat.zoom import ConnectionLost, Z3950Error, ZoomConnection
from db.models import Item, SyncOutbox, SyncState
from db.session import Database
from tests.app.unioncat.conftest import SYNC_PASSWORD
from tests.app.unioncat.test_sync import _ident, catalog, held, identity, union_target
from tests.app.unioncat.test_sync import desk as desk
from tests.unioncat_server import ZebraServer

pytestmark = pytest.mark.zebra


def test_an_update_the_server_could_not_index_is_not_reported_updated(
    db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    (record_id, other_id) = catalog(db, admin, 2)
    assert sync(db, admin, union_target(zebra), SYNC_PASSWORD).ok
    ident = identity(db, record_id)
    record = get_record(db, record_id).record
    record["245"]["a"] = "Қазақстан тарихы. 2-басылым"
    update_record(db, admin, record_id, record)
    real = outgoing.union_marcxml

    def unindexable(record: pymarc.Record) -> str:
        xml = real(record)
        # well-formed, not MARCXML: Zebra says "done", keeps the old version it holds
        return xml.replace(outgoing.MARC_NS, "urn:not-marc") if ident in _ident(xml) else xml

    monkeypatch.setattr(outgoing, "union_marcxml", unindexable)
    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.identity, e.outcome, e.reason) for e in report.entries] == [
        (ident, "failed", NOT_CURRENT)
    ]
    (kept,) = held(zebra, ident)
    assert kept["245"]["a"] == "Қазақстан тарихы"  # the old version is all it has
    with db.read() as session:
        assert session.execute(select(SyncOutbox.record_id)).scalars().all() == [record_id]
        state = session.get(SyncState, record_id)
        assert state is not None and state.attempts == 1 and state.last_error == NOT_CURRENT

    monkeypatch.setattr(outgoing, "union_marcxml", real)
    retry = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.identity, e.outcome) for e in retry.entries] == [(ident, "updated")]
    (kept,) = held(zebra, ident)
    assert kept["245"]["a"] == "Қазақстан тарихы. 2-басылым"
    assert len(held(zebra, identity(db, other_id))) == 1


def test_any_record_level_diagnostic_fails_that_record_only(
    db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = catalog(db, admin, 4)
    refused = identity(db, ids[0])
    real_update = ZoomConnection.update

    def update(self: ZoomConnection, marcxml: str, record_id: str, action: str = "") -> None:
        if record_id == refused:
            # Bib-1 1001 "Malformed record", as a union catalog with a schema check answers
            raise Z3950Error.from_diagnostic(1001, "Malformed record", "245 missing", "Bib-1")
        real_update(self, marcxml, record_id, action or "specialUpdate")

    monkeypatch.setattr(ZoomConnection, "update", update)
    for attempt in (1, 2):
        report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
        assert report.error == ""
        assert [e.identity for e in report.failed] == [refused]
        assert "1001" in report.failed[0].reason
        with db.read() as session:
            state = session.get(SyncState, ids[0])
            assert state is not None and state.attempts == attempt
            assert session.execute(select(SyncOutbox.record_id)).scalars().all() == [ids[0]]
    assert all(len(held(zebra, identity(db, i))) == 1 for i in ids[1:])


def test_a_record_that_cuts_the_connection_goes_last_next_time(
    db: Database, admin: Actor, zebra: ZebraServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = catalog(db, admin, 4)
    poison = identity(db, ids[0])
    real_update = ZoomConnection.update

    def update(self: ZoomConnection, marcxml: str, record_id: str, action: str = "") -> None:
        if record_id == poison:
            raise ConnectionLost(10004, "Connection lost", "", "ZOOM")
        real_update(self, marcxml, record_id, action or "specialUpdate")

    monkeypatch.setattr(ZoomConnection, "update", update)
    first = sync(db, admin, union_target(zebra), SYNC_PASSWORD, batch_size=2)
    assert first.error_kind == "connection_lost"
    assert [(e.identity, e.outcome) for e in first.entries] == [(poison, "failed")]

    second = sync(db, admin, union_target(zebra), SYNC_PASSWORD, batch_size=2)
    assert second.error_kind == "connection_lost"
    # the records queued after it went first, the one that failed before came last
    assert [e.outcome for e in second.entries] == ["sent", "sent", "sent", "failed"]
    assert second.entries[-1].identity == poison
    assert all(len(held(zebra, identity(db, i))) == 1 for i in ids[1:])
    with db.read() as session:
        state = session.get(SyncState, ids[0])
        assert state is not None and state.attempts == 2


def test_copies_that_came_and_went_between_two_syncs_withdraw_the_record(
    db: Database, admin: Actor, zebra: ZebraServer, desk: Callable[[int, int], list[int]]
) -> None:
    (record_id, plain_id) = catalog(db, admin, 2)
    assert sync(db, admin, union_target(zebra), SYNC_PASSWORD).ok  # sent without copies
    ident = identity(db, record_id)
    assert held(zebra, ident)[0].get_fields("852") == []
    (copy_id,) = desk(record_id, 1)
    with db.write() as session:
        item = session.get(Item, copy_id)
        assert item is not None
        change_status(session, item, ItemStatus.WRITTEN_OFF, admin, "lost before shelving")

    (planned,) = pending_changes(db, union_target(zebra))
    assert (planned.record_id, planned.action) == (record_id, "withdraw")
    report = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.record_id, e.outcome) for e in report.entries] == [(record_id, "withdrawn")]
    assert held(zebra, ident) == []
    assert len(held(zebra, identity(db, plain_id))) == 1  # never held: stays, catalogued

    # a new record whose only copy went before it was ever sent does not go up at all
    (late_id,) = catalog(db, admin, 1)
    (late_copy,) = desk(late_id, 1)
    with db.write() as session:
        item = session.get(Item, late_copy)
        assert item is not None
        change_status(session, item, ItemStatus.MISSING, admin, "not found at shelving")
    late = sync(db, admin, union_target(zebra), SYNC_PASSWORD)
    assert [(e.record_id, e.outcome) for e in late.entries] == [(late_id, "unchanged")]
    assert held(zebra, identity(db, late_id)) == []
