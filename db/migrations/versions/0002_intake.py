"""intake: locations, accession batches, items; inventory numbers guarded by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00

Hand-written: only the intake desk's tables. The triggers make the database itself refuse to
change or delete an inventory number (the fund rules: numbers are never changed, corrected or
removed), whatever program writes to it.
"""
from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

IMMUTABLE_MESSAGE = "inventory numbers are never changed or removed"

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER item_inventory_number_immutable
    BEFORE UPDATE OF inventory_number ON item
    WHEN OLD.inventory_number IS NOT NEW.inventory_number
    BEGIN
        SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}');
    END
    """,
    f"""
    CREATE TRIGGER item_never_deleted
    BEFORE DELETE ON item
    BEGIN
        SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}');
    END
    """,
]

POSTGRES_TRIGGERS = [
    f"""
    CREATE FUNCTION item_inventory_number_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION '{IMMUTABLE_MESSAGE} (item %, number %)',
                OLD.id, OLD.inventory_number USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.inventory_number IS DISTINCT FROM OLD.inventory_number THEN
            RAISE EXCEPTION '{IMMUTABLE_MESSAGE} (item %, number %)',
                OLD.id, OLD.inventory_number USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER item_inventory_number_immutable
    BEFORE UPDATE OF inventory_number ON item
    FOR EACH ROW EXECUTE FUNCTION item_inventory_number_guard()
    """,
    """
    CREATE TRIGGER item_never_deleted
    BEFORE DELETE ON item
    FOR EACH ROW EXECUTE FUNCTION item_inventory_number_guard()
    """,
]


def upgrade() -> None:
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("department", sa.String(length=300), nullable=False),
        sa.Column("shelf_from", sa.String(length=64), nullable=False),
        sa.Column("shelf_to", sa.String(length=64), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("code", name=op.f("uq_location_code")),
        sa.UniqueConstraint("barcode", name=op.f("uq_location_barcode")),
    )
    op.create_table(
        "accession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("supplier", sa.String(length=300), nullable=False),
        sa.Column("document_number", sa.String(length=100), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("print_date", sa.Date(), nullable=True),
        sa.Column("medium", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accession")),
        sa.UniqueConstraint("number", name=op.f("uq_accession_number")),
        sa.UniqueConstraint("year", "sequence", name="uq_accession_year_sequence"),
    )
    op.create_table(
        "item",
        sa.Column("id", BigId, nullable=False),
        sa.Column("record_id", BigId, nullable=False),
        sa.Column("inventory_number", sa.String(length=32), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("call_number", sa.String(length=100), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("accession_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("condition_notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_item_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_item_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["accession_id"], ["accession.id"], name=op.f("fk_item_accession_id_accession")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("inventory_number", name=op.f("uq_item_inventory_number")),
        sa.UniqueConstraint("barcode", name=op.f("uq_item_barcode")),
    )
    op.create_index("ix_item_record_status", "item", ["record_id", "status"])
    op.create_index(op.f("ix_item_location_id"), "item", ["location_id"])
    op.create_index(op.f("ix_item_accession_id"), "item", ["accession_id"])
    op.create_table(
        "intake_setting",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_intake_setting")),
    )
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS item_never_deleted ON item")
        op.execute("DROP TRIGGER IF EXISTS item_inventory_number_immutable ON item")
        op.execute("DROP FUNCTION IF EXISTS item_inventory_number_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS item_never_deleted")
        op.execute("DROP TRIGGER IF EXISTS item_inventory_number_immutable")
    op.drop_table("intake_setting")
    op.drop_index(op.f("ix_item_accession_id"), table_name="item")
    op.drop_index(op.f("ix_item_location_id"), table_name="item")
    op.drop_index("ix_item_record_status", table_name="item")
    op.drop_table("item")
    op.drop_table("accession")
    op.drop_table("location")
