"""event log: an index on (entity, entity_id), so a copy's history is a lookup, not a walk
over every copy's status changes

Revision ID: 0009l
Revises: 0001
Create Date: 2026-12-01 23:45:00

Hand-written.
"""

from alembic import op

revision = "0009l"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_log_entity", "event_log", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_event_log_entity", table_name="event_log")
