"""union catalog sync: per-record sync state, run history, configured targets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 12:00:00

Hand-written: only the union catalog link's tables (the outbox came with 0001).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("record_id", BigId, nullable=False),
        sa.Column("identity", sa.String(length=80), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sent_marcxml", sa.Text(), nullable=False),
        sa.Column("had_holdings", sa.Boolean(), nullable=False),
        sa.Column("sent_at", Moment, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("last_attempt_at", Moment, nullable=True),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_run",
        sa.Column("id", BigId, nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("started_at", Moment, nullable=False),
        sa.Column("finished_at", Moment, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run")),
    )
    op.create_table(
        "sync_run_entry",
        sa.Column("id", BigId, nullable=False),
        sa.Column("run_id", BigId, nullable=False),
        sa.Column("record_id", BigId, nullable=False),
        sa.Column("identity", sa.String(length=80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", Moment, nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["sync_run.id"],
            name=op.f("fk_sync_run_entry_run_id_sync_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run_entry")),
    )
    op.create_index(op.f("ix_sync_run_entry_run_id"), "sync_run_entry", ["run_id"], unique=False)
    op.create_table(
        "catalog_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("protocol", sa.String(length=8), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("database", sa.String(length=255), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("path", sa.String(length=255), nullable=False),
        sa.Column("indexes", sa.Text(), nullable=False),
        sa.Column("needs_commit", sa.Boolean(), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_target")),
        sa.UniqueConstraint("name", name=op.f("uq_catalog_target_name")),
    )


def downgrade() -> None:
    op.drop_table("catalog_target")
    op.drop_index(op.f("ix_sync_run_entry_run_id"), table_name="sync_run_entry")
    op.drop_table("sync_run_entry")
    op.drop_table("sync_run")
    op.drop_table("sync_state")
