"""audit_find: an index on the copy, so the inventory book's check-mark column (тексеру
белгісі) finds the closed audits that found each copy without reading every find

Revision ID: 0016c
Revises: 0015g
Create Date: 2026-12-05 12:20:00
"""

from alembic import op

revision = "0016c"
down_revision = "0015g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_find_item_id", "audit_find", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_find_item_id", table_name="audit_find")
