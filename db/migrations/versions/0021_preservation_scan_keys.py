"""preservation desks' scans carry an idempotency key: a call sent again after its answer was
lost answers what it answered the first time

A binding or digitisation scan whose answer is lost on the way back (a branch's VPN drops) is
sent again (db.Database.retrying). It was refused the second time as already done ("copy 1 is
already in binding order 3"), so the desk showed a refusal for a scan that was taken. Each
call now carries the scan's key; `scan_answer` keeps what each key was answered for a day (a
retry comes within seconds), on both databases.

Revision ID: 0016v
Revises: 0016u
Create Date: 2026-12-05 21:00:00

Hand-written. The functions of migration 0016u are unchanged: on PostgreSQL the workstation
wraps its call (app.preservation.scanning.keyed) as

    SELECT coalesce(qor_scan_prior(:key), qor_scan_keep(:key, qor_binding_wait(...)))

still one statement, one round trip. COALESCE evaluates its arguments only as far as needed:
a key answered before returns that answer and the scan's function is not called; otherwise
the function runs and its answer is kept under the key, in the same transaction (the
statement's, autocommit), so either both stay or neither. qor_scan_prior first takes a
transaction-level advisory lock on the key: a retry that arrives while the first call is
still running (the link dropped before the server finished) waits for it to commit, then
finds its answer (each statement of a volatile function sees what committed before it).

SQLite keeps the Python path (app.preservation.scanning.answered_once): the same table,
read and written in the scan's own write transaction.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016v"
down_revision = "0016u"
branch_labels = None
depends_on = None

# What a key was answered, or NULL. The lock's key space is the scan keys' own (a prefix),
# so it cannot meet another advisory lock by chance.
SCAN_PRIOR = """
CREATE OR REPLACE FUNCTION qor_scan_prior(p_key text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    v_answer text;
BEGIN
    IF p_key IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('qor scan ' || p_key, 0));
    SELECT answer INTO v_answer FROM scan_answer WHERE scan_key = p_key;
    RETURN v_answer::jsonb;
END
$fn$
"""

# Keeps `p_answer` under the key and returns it; answers older than a day go (those another
# desk is deleting are skipped, not waited for).
SCAN_KEEP = """
CREATE OR REPLACE FUNCTION qor_scan_keep(p_key text, p_answer jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
BEGIN
    IF p_key IS NOT NULL THEN
        DELETE FROM scan_answer WHERE scan_key IN (
            SELECT scan_key FROM scan_answer WHERE answered_at < now() - interval '1 day'
            FOR UPDATE SKIP LOCKED);
        INSERT INTO scan_answer (scan_key, answer, answered_at)
        VALUES (p_key, p_answer::text, now());
    END IF;
    RETURN p_answer;
END
$fn$
"""


def upgrade() -> None:
    op.create_table(
        "scan_answer",
        sa.Column("scan_key", sa.String(length=64), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scan_key", name="pk_scan_answer"),
    )
    op.create_index("ix_scan_answer_answered_at", "scan_answer", ["answered_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(SCAN_PRIOR)
        op.execute(SCAN_KEEP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS qor_scan_keep(text, jsonb)")
        op.execute("DROP FUNCTION IF EXISTS qor_scan_prior(text)")
    op.drop_index("ix_scan_answer_answered_at", table_name="scan_answer")
    op.drop_table("scan_answer")
