"""audit: what closing did to each expected copy not found (marked missing, or left for the
bindery / repair / write-off while the audit ran)

Revision ID: 0007a
Revises: 0005
Create Date: 2026-11-26 10:00:00

Hand-written. It needs the audit tables of 0004 (a branch beside 0005), hence depends_on.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007a"
down_revision = "0005"
branch_labels = None
depends_on = "0004"


def upgrade() -> None:
    op.add_column("audit_copy", sa.Column("closed_status", sa.String(length=20), nullable=True))
    # Audits closed before this revision: their unfound copies were marked missing or left.
    op.execute(
        "UPDATE audit_copy SET outcome = 'missing', closed_status = 'missing' "
        "WHERE origin = 'expected' AND found_at IS NULL AND outcome = '' "
        "AND audit_id IN (SELECT id FROM audit WHERE status = 'closed') "
        "AND item_id IN (SELECT id FROM item WHERE status = 'missing')"
    )
    op.execute(
        "UPDATE audit_copy SET outcome = 'left', "
        "closed_status = (SELECT status FROM item WHERE item.id = audit_copy.item_id) "
        "WHERE origin = 'expected' AND found_at IS NULL AND outcome = '' "
        "AND audit_id IN (SELECT id FROM audit WHERE status = 'closed')"
    )


def downgrade() -> None:
    op.execute("UPDATE audit_copy SET outcome = '' WHERE outcome IN ('missing', 'left')")
    with op.batch_alter_table("audit_copy") as batch:
        batch.drop_column("closed_status")
