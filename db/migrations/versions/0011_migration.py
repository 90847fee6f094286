"""migration: group holdings, migrated copies' origin (item_legacy) and the migration ledger

Revision ID: 0011m
Revises: 0010f
Create Date: 2026-12-05 09:50:00

Hand-written. The copy status "on-loan" needs no change: statuses are text.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011m"
down_revision = "0010f"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "group_holding",
        sa.Column("id", BigId, nullable=False),
        sa.Column("record_id", BigId, nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("accession_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("designation", sa.String(length=64), nullable=False),
        sa.Column("price", sa.Numeric(12, 2), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_group_holding_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_group_holding_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["accession_id"],
            ["accession.id"],
            name=op.f("fk_group_holding_accession_id_accession"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_holding")),
    )
    op.create_index("ix_group_holding_record_id", "group_holding", ["record_id"])
    op.create_index("ix_group_holding_accession_id", "group_holding", ["accession_id"])
    op.create_table(
        "item_legacy",
        sa.Column("item_id", BigId, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("legacy_number", sa.String(length=64), nullable=False),
        sa.Column("legacy_status", sa.String(length=8), nullable=False),
        sa.Column("flag", sa.String(length=32), nullable=False),
        sa.Column("ksu_number", sa.String(length=64), nullable=False),
        sa.Column("act_number", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_item_legacy_item_id_item")),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_legacy")),
    )
    op.create_index("ix_item_legacy_flag", "item_legacy", ["flag"])
    op.create_table(
        "migration_ledger",
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("record_id", BigId, nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("group_holdings", sa.Integer(), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_migration_ledger_record_id_record")
        ),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_migration_ledger")),
    )
    op.create_index("ix_migration_ledger_record_id", "migration_ledger", ["record_id"])


def downgrade() -> None:
    op.drop_table("migration_ledger")
    op.drop_table("item_legacy")
    op.drop_table("group_holding")
