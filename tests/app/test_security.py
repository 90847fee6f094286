"""Users, roles and the event log, against SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import AuthenticationFailed, PermissionDenied, UserExists
from app.security import eventlog
from app.security.roles import Role
from app.security.users import add_user, authenticate, list_users
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.tampering import guards_dropped


def test_admin_signs_in_and_wrong_password_is_refused(db: Database) -> None:
    actor = authenticate(db, ADMIN, ADMIN_PASSWORD)
    assert Role.ADMIN in actor.roles
    with pytest.raises(AuthenticationFailed):
        authenticate(db, ADMIN, "not-the-password")
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "nobody", ADMIN_PASSWORD)


def test_password_is_stored_as_argon2_hash(db: Database) -> None:
    with db.read() as session:
        stored = session.execute(text("select password_hash from app_user")).scalar_one()
    assert stored.startswith("$argon2")
    assert ADMIN_PASSWORD not in stored


def test_only_administrators_add_users(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "aigerim", "katalog1", [Role.CATALOGER])
    cataloger = authenticate(db, "aigerim", "katalog1")
    with pytest.raises(PermissionDenied, match="admin"):
        add_user(db, cataloger, "bolat", "secret12", [Role.INTAKE])
    with pytest.raises(UserExists):
        add_user(db, admin, "aigerim", "another1", [Role.INTAKE])
    names = [u.name for u in list_users(db, admin)]
    assert names == ["admin", "aigerim"]


def test_event_log_detects_altered_and_deleted_entries(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    for name in ("u1", "u2", "u3"):
        add_user(db, admin, name, "password1", [Role.STOCK_CHECKER])
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
    assert verdict.intact and verdict.entries >= 5

    with guards_dropped(db) as session:  # as one with the owner's rights does
        session.execute(
            text("update event_log set after = replace(after, 'u2', 'zz') where after like '%u2%'")
        )
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
    assert not verdict.intact
    assert any("altered" in p.problem for p in verdict.problems)


def test_event_log_detects_a_deleted_last_entry(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "u1", "password1", [Role.CATALOGER])
    with guards_dropped(db) as session:  # as one with the owner's rights does
        session.execute(text("delete from event_log where id = (select max(id) from event_log)"))
    with db.snapshot() as session:
        verdict = eventlog.verify(session)
    assert any("deleted" in p.problem for p in verdict.problems)


def test_a_checkpoint_catches_the_newest_entries_deleted_with_the_count(db: Database) -> None:
    # Someone with write access deletes the last entry and lowers the count to match: the
    # chain alone still verifies, the checkpoint kept outside the database does not.
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "u1", "password1", [Role.CATALOGER])
    with db.read() as session:
        mark = eventlog.checkpoint(session)
    assert eventlog.Checkpoint.from_json(mark.as_json()) == mark
    with db.snapshot() as session:
        assert eventlog.verify(session, mark).intact
    with guards_dropped(db) as session:  # as one with the owner's rights does
        session.execute(text("delete from event_log where id = (select max(id) from event_log)"))
        session.execute(text("update counter set value = value - 1 where name = 'event_log_head'"))
    with db.snapshot() as session:
        assert eventlog.verify(session).intact  # the gap a checkpoint closes
        verdict = eventlog.verify(session, mark)
    assert not verdict.intact
    assert any("newest entries were deleted" in p.problem for p in verdict.problems)


def test_a_checkpoint_catches_a_rewritten_log(db: Database) -> None:
    # The whole chain recomputed after an edit is consistent in itself, but the entry the
    # checkpoint ended at no longer has the hash it had.
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "u1", "password1", [Role.CATALOGER])
    with db.read() as session:
        mark = eventlog.checkpoint(session)
    forged = eventlog.Checkpoint(mark.entries, "f" * 64, mark.at)
    with db.snapshot() as session:
        verdict = eventlog.verify(session, forged)
    assert any("rewritten" in p.problem for p in verdict.problems)
