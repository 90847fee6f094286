"""audit: a copy's first find moves out of the frozen list into a narrow table of its own,
audit_find, so a scan adds a short row instead of growing a wide one; and the tables that
grow by a row per copy or per scan lose their foreign key to audit, a trigger per row on
PostgreSQL; there, too, the scans' outcome index keeps only the rare outcomes (see
db.models.audit)

Revision ID: 0010f
Revises: 0007a
Create Date: 2026-12-02 01:30:00

Hand-written. audit_copy keeps `outcome` for what closing made of a copy not found.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010f"
down_revision = "0007a"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)
FINDS = "('found', 'misplaced', 'conflict')"
FOUND_COLUMNS = "found_at, found_location_id, found_by, found_device"
INDEXED_OUTCOMES = "('misplaced', 'conflict', 'unknown', 'location')"


def upgrade() -> None:
    op.create_table(
        "audit_find",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("item_id", BigId, nullable=False),
        sa.Column("found_at", Moment, nullable=False),
        sa.Column("found_location_id", sa.Integer(), nullable=True),
        sa.Column("found_by", sa.String(length=100), nullable=False),
        sa.Column("found_device", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("audit_id", "item_id", name=op.f("pk_audit_find")),
        sqlite_with_rowid=False,
    )
    op.execute(
        f"INSERT INTO audit_find (audit_id, item_id, {FOUND_COLUMNS}, outcome) "
        f"SELECT audit_id, item_id, {FOUND_COLUMNS}, outcome FROM audit_copy "
        "WHERE found_at IS NOT NULL ORDER BY audit_id, item_id"
    )
    op.execute(f"UPDATE audit_copy SET outcome = '' WHERE outcome IN {FINDS}")
    with op.batch_alter_table("audit_copy", table_kwargs={"sqlite_with_rowid": False}) as batch:
        batch.drop_constraint("fk_audit_copy_audit_id_audit", type_="foreignkey")
        for column in ("found_at", "found_location_id", "found_by", "found_device"):
            batch.drop_column(column)
    with op.batch_alter_table("audit_scan") as batch:
        batch.drop_constraint("fk_audit_scan_audit_id_audit", type_="foreignkey")
    if op.get_context().dialect.name == "postgresql":
        _outcome_index(sa.text(f"outcome IN {INDEXED_OUTCOMES}"))


def _outcome_index(where: sa.TextClause | None) -> None:
    op.drop_index("ix_audit_scan_outcome", table_name="audit_scan")
    op.create_index(
        "ix_audit_scan_outcome",
        "audit_scan",
        ["audit_id", "outcome", "code"],
        postgresql_where=where,
    )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        _outcome_index(None)
    with op.batch_alter_table("audit_scan") as batch:
        batch.create_foreign_key("fk_audit_scan_audit_id_audit", "audit", ["audit_id"], ["id"])
    with op.batch_alter_table("audit_copy", table_kwargs={"sqlite_with_rowid": False}) as batch:
        batch.create_foreign_key("fk_audit_copy_audit_id_audit", "audit", ["audit_id"], ["id"])
        batch.add_column(sa.Column("found_at", Moment, nullable=True))
        batch.add_column(sa.Column("found_location_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("found_by", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("found_device", sa.String(length=100), nullable=False, server_default="")
        )
    op.execute(
        f"UPDATE audit_copy SET ({FOUND_COLUMNS}, outcome) = ("
        "SELECT f.found_at, f.found_location_id, f.found_by, f.found_device, f.outcome "
        "FROM audit_find f "
        "WHERE f.audit_id = audit_copy.audit_id AND f.item_id = audit_copy.item_id) "
        "WHERE EXISTS (SELECT 1 FROM audit_find f "
        "WHERE f.audit_id = audit_copy.audit_id AND f.item_id = audit_copy.item_id)"
    )
    op.drop_table("audit_find")
