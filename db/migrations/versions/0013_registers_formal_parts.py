"""registers: the library's head and standing commission (the acts' approval block and
signatures) and its catalog's record URL (the union catalog's link back); write-off acts
drafted, then approved or cancelled, with a commission of their own; a copy priced in another
currency keeps its value in tenge at receipt

Revision ID: 0013r
Revises: 0010f
Create Date: 2026-12-05 09:40:00

Hand-written. Acts made before this revision were executed when made: they are "approved".
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013r"
down_revision = "0012h"
branch_labels = None
depends_on = None


def text(name: str, kind: sa.types.TypeEngine[str]) -> sa.Column[str]:
    """A text column that is never NULL, empty in the rows already there."""
    return sa.Column(name, kind, nullable=False, server_default="")


# Plain ALTER TABLE ADD/DROP COLUMN on both databases (SQLite 3.35+ drops columns natively):
# batch mode could copy `item` into a new table on SQLite and lose its triggers.
ADDED: dict[str, list[sa.Column[Any]]] = {
    "library": [
        text("head_position", sa.String(200)),
        text("head_name", sa.String(200)),
        text("commission_chair", sa.String(200)),
        text("commission_members", sa.Text()),
        text("record_url", sa.String(500)),
    ],
    "writeoff_act": [
        sa.Column("state", sa.String(16), nullable=False, server_default="approved"),
        text("approved_by", sa.String(200)),
        sa.Column("approved_on", sa.Date(), nullable=True),
        text("commission_chair", sa.String(200)),
        text("commission_members", sa.Text()),
    ],
    "writeoff_copy": [text("previous_status", sa.String(32))],
    "item": [sa.Column("price_kzt", sa.Numeric(12, 2), nullable=True)],
    "accession": [text("notes", sa.Text())],
}


def upgrade() -> None:
    for table, columns in ADDED.items():
        for column in columns:
            op.add_column(table, column)
    op.create_index("ix_writeoff_act_state", "writeoff_act", ["state"])
    op.execute("UPDATE writeoff_act SET approved_on = act_date")


def downgrade() -> None:
    op.drop_index("ix_writeoff_act_state", "writeoff_act")
    for table, columns in ADDED.items():
        for column in reversed(columns):
            op.drop_column(table, column.name)
