"""preservation and registers: binding orders, repair and digitisation logs, write-off acts,
KazNEB candidates, exchange lists

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-25 10:00:00

Hand-written: only the preservation desk's and the registers' tables. It branches from 0003
beside the audits' 0004; db.migrate applies every head.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

TABLES = (
    "exchange_offer",
    "desideratum",
    "kazneb_candidate",
    "writeoff_copy",
    "writeoff_act",
    "digitisation_entry",
    "repair_entry",
    "binding_wait",
    "binding_order_copy",
    "binding_order",
)


def upgrade() -> None:
    op.create_table('binding_order',
    sa.Column('id', BigId, nullable=False),
    sa.Column('bindery', sa.String(length=300), nullable=False),
    sa.Column('binding_type', sa.String(length=32), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('cost', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_binding_order'))
    )
    op.create_table('binding_order_copy',
    sa.Column('id', BigId, nullable=False),
    sa.Column('order_id', BigId, nullable=False),
    sa.Column('item_id', BigId, nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('returned_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_binding_order_copy_item_id_item')),
    sa.ForeignKeyConstraint(['order_id'], ['binding_order.id'], name=op.f('fk_binding_order_copy_order_id_binding_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_binding_order_copy'))
    )
    op.create_table('binding_wait',
    sa.Column('id', BigId, nullable=False),
    sa.Column('item_id', BigId, nullable=False),
    sa.Column('binding_type', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=100), nullable=False),
    sa.Column('order_id', BigId, nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_binding_wait_item_id_item')),
    sa.ForeignKeyConstraint(['order_id'], ['binding_order.id'], name=op.f('fk_binding_wait_order_id_binding_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_binding_wait'))
    )
    op.create_table('repair_entry',
    sa.Column('id', BigId, nullable=False),
    sa.Column('item_id', BigId, nullable=False),
    sa.Column('repair_type', sa.String(length=32), nullable=False),
    sa.Column('performed_by', sa.String(length=300), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('condition_before', sa.Text(), nullable=False),
    sa.Column('condition_after', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_repair_entry_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_entry'))
    )
    op.create_table('digitisation_entry',
    sa.Column('id', BigId, nullable=False),
    sa.Column('item_id', BigId, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('file_reference', sa.Text(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_digitisation_entry_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digitisation_entry'))
    )
    op.create_table('writeoff_act',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('act_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_writeoff_act')),
    sa.UniqueConstraint('number', name=op.f('uq_writeoff_act_number')),
    sa.UniqueConstraint('year', 'sequence', name='uq_writeoff_act_year_sequence')
    )
    op.create_table('writeoff_copy',
    sa.Column('id', BigId, nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('item_id', BigId, nullable=False),
    sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['writeoff_act.id'], name=op.f('fk_writeoff_copy_act_id_writeoff_act')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_writeoff_copy_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_writeoff_copy')),
    sa.UniqueConstraint('item_id', name=op.f('uq_writeoff_copy_item_id'))
    )
    op.create_table('kazneb_candidate',
    sa.Column('id', BigId, nullable=False),
    sa.Column('record_id', BigId, nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('agreement_reference', sa.String(length=300), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('marked_on', sa.Date(), nullable=False),
    sa.Column('marked_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['record.id'], name=op.f('fk_kazneb_candidate_record_id_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kazneb_candidate')),
    sa.UniqueConstraint('record_id', name=op.f('uq_kazneb_candidate_record_id'))
    )
    op.create_table('desideratum',
    sa.Column('id', BigId, nullable=False),
    sa.Column('record_id', BigId, nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('author', sa.Text(), nullable=False),
    sa.Column('year', sa.String(length=16), nullable=False),
    sa.Column('isbn', sa.String(length=32), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['record.id'], name=op.f('fk_desideratum_record_id_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desideratum'))
    )
    op.create_table('exchange_offer',
    sa.Column('id', BigId, nullable=False),
    sa.Column('record_id', BigId, nullable=False),
    sa.Column('item_id', BigId, nullable=True),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_exchange_offer_item_id_item')),
    sa.ForeignKeyConstraint(['record_id'], ['record.id'], name=op.f('fk_exchange_offer_record_id_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_offer')),
    sa.UniqueConstraint('item_id', name=op.f('uq_exchange_offer_item_id'))
    )
    op.create_index(op.f('ix_binding_order_copy_item_id'), 'binding_order_copy', ['item_id'], unique=False)
    op.create_index(op.f('ix_binding_order_copy_order_id'), 'binding_order_copy', ['order_id'], unique=False)
    op.create_index(op.f('ix_binding_wait_item_id'), 'binding_wait', ['item_id'], unique=False)
    op.create_index(op.f('ix_repair_entry_item_id'), 'repair_entry', ['item_id'], unique=False)
    op.create_index('ix_repair_entry_started_on', 'repair_entry', ['started_on'], unique=False)
    op.create_index(op.f('ix_digitisation_entry_item_id'), 'digitisation_entry', ['item_id'], unique=False)
    op.create_index(op.f('ix_writeoff_act_act_date'), 'writeoff_act', ['act_date'], unique=False)
    op.create_index(op.f('ix_writeoff_copy_act_id'), 'writeoff_copy', ['act_id'], unique=False)
    op.create_index(op.f('ix_exchange_offer_record_id'), 'exchange_offer', ['record_id'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
