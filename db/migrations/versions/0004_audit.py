"""audit: inventory audits, their scope tallies, frozen expected lists and scans

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00

Hand-written: only the audit desk's tables. `audit_copy` is clustered on (audit, item) on
SQLite (WITHOUT ROWID), so freezing a million copies appends to one B-tree.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opened_at", Moment, nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("closed_at", Moment, nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_table(
        "audit_location",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("apart", sa.Integer(), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_location_audit_id_audit")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_audit_location_location_id_location")
        ),
        sa.PrimaryKeyConstraint("audit_id", "location_id", name=op.f("pk_audit_location")),
    )
    op.create_table(
        "audit_copy",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("item_id", BigId, nullable=False),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("inventory_number", sa.String(length=32), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("call_number", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("found_at", Moment, nullable=True),
        sa.Column("found_location_id", sa.Integer(), nullable=True),
        sa.Column("found_by", sa.String(length=100), nullable=False),
        sa.Column("found_device", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_copy_audit_id_audit")
        ),
        sa.PrimaryKeyConstraint("audit_id", "item_id", name=op.f("pk_audit_copy")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "audit_scan",
        sa.Column("id", BigId, nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("item_id", BigId, nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("scanned_at", Moment, nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("device", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("dedupe_key", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_scan_audit_id_audit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_scan")),
    )
    op.create_index("ix_audit_scan_outcome", "audit_scan", ["audit_id", "outcome", "code"])
    op.create_index("ix_audit_scan_stream", "audit_scan", ["audit_id", "actor", "device", "id"])
    op.create_index("uq_audit_scan_dedupe", "audit_scan", ["audit_id", "dedupe_key"], unique=True)


def downgrade() -> None:
    op.drop_table("audit_scan")
    op.drop_table("audit_copy")
    op.drop_table("audit_location")
    op.drop_table("audit")
