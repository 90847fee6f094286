"""registers: the library's head and standing commission (the acts' approval block and
signatures) and its catalog's record URL (the union catalog's link back); write-off acts
drafted, then approved or cancelled, with a commission of their own

Revision ID: 0013r
Revises: 0010f
Create Date: 2026-12-05 09:40:00

Hand-written. Acts made before this revision were executed when made: they are "approved".
"""

import sqlalchemy as sa
from alembic import op

revision = "0013r"
down_revision = "0010f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("library") as batch:
        batch.add_column(
            sa.Column("head_position", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("head_name", sa.String(200), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("commission_chair", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("commission_members", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("record_url", sa.String(500), nullable=False, server_default=""))
    with op.batch_alter_table("writeoff_act") as batch:
        batch.add_column(
            sa.Column("state", sa.String(16), nullable=False, server_default="approved")
        )
        batch.add_column(
            sa.Column("approved_by", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("commission_chair", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("commission_members", sa.Text(), nullable=False, server_default="")
        )
        batch.create_index("ix_writeoff_act_state", ["state"])
    with op.batch_alter_table("writeoff_copy") as batch:
        batch.add_column(
            sa.Column("previous_status", sa.String(32), nullable=False, server_default="")
        )
    op.execute("UPDATE writeoff_act SET approved_on = act_date")


def downgrade() -> None:
    with op.batch_alter_table("writeoff_copy") as batch:
        batch.drop_column("previous_status")
    with op.batch_alter_table("writeoff_act") as batch:
        batch.drop_index("ix_writeoff_act_state")
        for column in ("commission_members", "commission_chair", "approved_on", "approved_by",
                       "state"):  # fmt: skip
            batch.drop_column(column)
    with op.batch_alter_table("library") as batch:
        for column in ("record_url", "commission_members", "commission_chair", "head_name",
                       "head_position"):  # fmt: skip
            batch.drop_column(column)
