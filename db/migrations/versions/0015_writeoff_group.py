"""writeoff_group: the amounts write-off acts take from group holdings (IRBIS "U" copies
counted by amount), so a group holding leaves the fund by an act as a copy does.

Revision ID: 0015g
Revises: 0014p
Create Date: 2026-12-05 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015g"
down_revision = "0014p"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "writeoff_group",
        sa.Column("id", BigId, nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.Column("group_holding_id", BigId, nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("value", sa.Numeric(12, 2), nullable=True),
        sa.ForeignKeyConstraint(
            ["act_id"], ["writeoff_act.id"], name=op.f("fk_writeoff_group_act_id_writeoff_act")
        ),
        sa.ForeignKeyConstraint(
            ["group_holding_id"],
            ["group_holding.id"],
            name=op.f("fk_writeoff_group_group_holding_id_group_holding"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_writeoff_group")),
    )
    op.create_index("ix_writeoff_group_act_id", "writeoff_group", ["act_id"])
    op.create_index("ix_writeoff_group_group_holding_id", "writeoff_group", ["group_holding_id"])


def downgrade() -> None:
    op.drop_index("ix_writeoff_group_group_holding_id", table_name="writeoff_group")
    op.drop_index("ix_writeoff_group_act_id", table_name="writeoff_group")
    op.drop_table("writeoff_group")
