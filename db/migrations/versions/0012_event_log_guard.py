"""event log: entries are never updated or deleted, refused by triggers as the copies are

Revision ID: 0012h
Revises: 0010f
Create Date: 2026-12-05 10:00:00

Hand-written. Until now only detection protected the log (`qor log verify` walks the hash
chain). The triggers refuse UPDATE and DELETE of an entry, and on PostgreSQL TRUNCATE, so
that Qor itself and anyone using an ordinary connection cannot rewrite history; dropping or
disabling a trigger takes the schema's owner (see README, PostgreSQL roles), and the chain
still tells what was done.
"""

from alembic import op

revision = "0012h"
down_revision = "0011m"
branch_labels = None
depends_on = None

MESSAGE = "the event log is never altered: entries are only added"

SQLITE = [
    f"""
    CREATE TRIGGER event_log_never_updated BEFORE UPDATE ON event_log
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER event_log_never_deleted BEFORE DELETE ON event_log
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """,
]

POSTGRESQL = [
    f"""
    CREATE FUNCTION event_log_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
    END
    $$
    """,
    """
    CREATE TRIGGER event_log_never_updated BEFORE UPDATE OR DELETE ON event_log
    FOR EACH ROW EXECUTE FUNCTION event_log_guard()
    """,
    """
    CREATE TRIGGER event_log_never_truncated BEFORE TRUNCATE ON event_log
    FOR EACH STATEMENT EXECUTE FUNCTION event_log_guard()
    """,
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRESQL if postgres else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_log_never_truncated ON event_log")
        op.execute("DROP TRIGGER IF EXISTS event_log_never_updated ON event_log")
        op.execute("DROP FUNCTION IF EXISTS event_log_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_log_never_deleted")
        op.execute("DROP TRIGGER IF EXISTS event_log_never_updated")
