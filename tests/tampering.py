"""What an attacker with the database's owner rights does before rewriting history: the
triggers that refuse altering the event log and the copies are dropped or disabled. Tests of
detection (`qor log verify`) start from here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.session import Database


def drop_guards(session: Session) -> None:
    """Remove the event log's and the copies' refusal of UPDATE and DELETE, in this
    transaction (and for good on SQLite, where a dropped trigger stays dropped)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ALTER TABLE event_log DISABLE TRIGGER USER"))
        session.execute(text("ALTER TABLE item DISABLE TRIGGER USER"))
        return
    for trigger in (
        "event_log_never_updated",
        "event_log_never_deleted",
        "item_never_deleted",
        "item_inventory_number_immutable",
    ):
        session.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))


@contextmanager
def guards_dropped(db: Database) -> Iterator[Session]:
    """A write transaction on `db` with the guards dropped, over an administrator's connection
    (tests.conftest.as_administrator): it takes the owner's rights, which a workstation role
    (QOR_TEST_PG_ROLE=workstation) has not."""
    from tests.conftest import as_administrator

    with as_administrator(db) as administrator, administrator.write() as session:
        drop_guards(session)
        yield session
