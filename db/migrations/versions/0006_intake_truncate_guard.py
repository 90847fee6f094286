"""intake: PostgreSQL refuses TRUNCATE of the copies

Revision ID: 0006i
Revises: 0005
Create Date: 2026-11-26 10:00:00

Hand-written. The row triggers of 0002 refuse deleting a copy, but TRUNCATE fires no row
triggers: `TRUNCATE item CASCADE` would empty the inventory book. A statement trigger refuses
it. SQLite has no TRUNCATE (its DELETE without WHERE still fires the row trigger).
"""

from alembic import op

revision = "0006i"
down_revision = "0005"
branch_labels = None
depends_on = None

MESSAGE = "inventory numbers are never changed or removed: copies are never truncated"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION item_truncate_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER item_never_truncated
        BEFORE TRUNCATE ON item
        FOR EACH STATEMENT EXECUTE FUNCTION item_truncate_guard()
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS item_never_truncated ON item")
    op.execute("DROP FUNCTION IF EXISTS item_truncate_guard()")
