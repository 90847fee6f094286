"""catalog: title and author sort keys in Russian and English order beside the Kazakh ones,
and the Kazakh keys recomputed (Cyrillic now files before Latin, ties are broken by letter)

Revision ID: 0008c
Revises: 0001
Create Date: 2026-12-01 23:00:00

Hand-written. The keys are computed in Python (app.catalog.folding.sort_key), as every save
computes them, in batches so a large catalog is not held in memory.
"""

import sqlalchemy as sa
from alembic import op

from app.catalog.folding import SORT_LANGUAGES, sort_key

revision = "0008c"
down_revision = "0001"
branch_labels = None
depends_on = None

_NEW = ("title_sort_ru", "author_sort_ru", "title_sort_en", "author_sort_en")
_BATCH = 5000


def _column(kind: str, language: str) -> str:
    return f"{kind}_sort" if language == "kk" else f"{kind}_sort_{language}"


def upgrade() -> None:
    with op.batch_alter_table("record") as batch:
        for name in _NEW:
            # Filled below; every save writes them (no server default: a blob default differs
            # between the two databases).
            batch.add_column(sa.Column(name, sa.LargeBinary(), nullable=True))
    connection = op.get_bind()
    names = [_column(kind, lang) for kind in ("title", "author") for lang in SORT_LANGUAGES]
    # The statement carries its own parameter names; SQLAlchemy runs the list as executemany.
    update = sa.text(
        "UPDATE record SET " + ", ".join(f"{n} = :{n}" for n in names) + " WHERE id = :id"
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.text("SELECT id, title, author FROM record WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            break
        params = []
        for record_id, title, author in rows:
            values = {"id": record_id}
            for lang in SORT_LANGUAGES:
                values[_column("title", lang)] = sort_key(title or "", lang)
                values[_column("author", lang)] = sort_key(author or "", lang)
            params.append(values)
        connection.execute(update, params)
        last = rows[-1][0]
    for name in _NEW:
        op.create_index(f"ix_record_{name}", "record", [name])


def downgrade() -> None:
    for name in _NEW:
        op.drop_index(f"ix_record_{name}", table_name="record")
    with op.batch_alter_table("record") as batch:
        for name in _NEW:
            batch.drop_column(name)
