"""word_prefix: how many records hold a word beginning with each prefix, so that a one-word
search's total is a look-up of a few rows instead of a count that grows with the matches
(issue 16: at 200,000 records counting a common word or a 3-letter prefix took 20-26 ms of a
PostgreSQL search, and its p95 was to hold at 2,000,000).

One row per (prefix, fields): `records` records hold a word beginning with `prefix` (every
prefix of every indexed word, up to the whole word), and `fields` is the set of fields those
words are in for each of them (1 title, 2 author, 4 subject, 8 publisher, as in record_word).
A search's total is the sum of `records` over the prefix's rows, or over the rows whose
`fields` hold the asked field. A record counts once per prefix, however many of its words
begin with it.

PostgreSQL keeps it from record_text's tsvectors by statement triggers beside record_word's,
adding and taking away counts with one ordered upsert (so two writers lock the counters in
the same order). SQLite's FTS5 table can have no trigger: app.catalog.wordindex keeps it where
it writes and deletes the word index, from the same folded texts. Rows that fall to zero are
left (the sum is unchanged).

Revision ID: 0016t
Revises: 0016s
Create Date: 2026-12-05 15:30:00
"""

from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0016t"
down_revision = "0016s"
branch_labels = None
depends_on = None

# The (prefix, fields, records) counts of the record_text rows in table `rows` (a transition
# table), `sign` 1 when they are added, -1 when removed: one row per record and prefix first.
_COUNTS = """
INSERT INTO word_prefix (prefix, fields, records)
SELECT prefix, fields, {sign} * count(*) FROM (
    SELECT left(w.word, n) AS prefix, w.record_id, bit_or(w.fields)::smallint AS fields
    FROM (
        SELECT u.lexeme AS word, r.record_id,
               (CASE WHEN 'A' = ANY (u.weights) THEN 1 ELSE 0 END
                | CASE WHEN 'B' = ANY (u.weights) THEN 2 ELSE 0 END
                | CASE WHEN 'C' = ANY (u.weights) THEN 4 ELSE 0 END
                | CASE WHEN 'D' = ANY (u.weights) THEN 8 ELSE 0 END) AS fields
        FROM {rows} r, unnest(r.doc) u
    ) w, generate_series(1, length(w.word)) n
    GROUP BY 1, 2
) p
GROUP BY prefix, fields
ORDER BY prefix, fields
ON CONFLICT (prefix, fields) DO UPDATE SET records = word_prefix.records + excluded.records
"""

_FIELD_BITS = (1, 2, 4, 8)


def sqlite_counts(texts: list[tuple[str, str, str, str]]) -> Counter[tuple[str, int]]:
    """The (prefix, fields) counts of records given as their folded (title, author, subject,
    publisher) word texts. app.catalog.wordindex.prefix_counts is the same: a migration keeps
    its own copy, so later changes to the app cannot change what it did."""
    counts: Counter[tuple[str, int]] = Counter()
    for record in texts:
        fields: dict[str, int] = {}
        for bit, text in zip(_FIELD_BITS, record, strict=True):
            for word in text.split():
                for n in range(1, len(word) + 1):
                    prefix = word[:n]
                    fields[prefix] = fields.get(prefix, 0) | bit
        counts.update(fields.items())
    return counts


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TABLE word_prefix (prefix TEXT NOT NULL, fields INTEGER NOT NULL, "
            "records INTEGER NOT NULL, CONSTRAINT pk_word_prefix PRIMARY KEY (prefix, fields)) "
            "WITHOUT ROWID"
        )
        counts: Counter[tuple[str, int]] = Counter()
        rows = bind.exec_driver_sql("SELECT t, a, s, p FROM record_fts")
        while chunk := rows.fetchmany(20_000):
            counts.update(sqlite_counts([tuple(r) for r in chunk]))
        if counts:
            bind.execute(
                sa.text("INSERT INTO word_prefix (prefix, fields, records) VALUES (:p, :f, :n)"),
                [{"p": p, "f": f, "n": n} for (p, f), n in sorted(counts.items())],
            )
        return
    # "C" collation: the prefixes are compared bytewise, as record_word's words.
    op.execute(
        'CREATE TABLE word_prefix (prefix text COLLATE "C" NOT NULL, fields smallint NOT NULL, '
        "records bigint NOT NULL, CONSTRAINT pk_word_prefix PRIMARY KEY (prefix, fields))"
    )
    op.execute(_COUNTS.format(sign=1, rows="record_text"))
    op.execute(
        f"""
        CREATE FUNCTION word_prefix_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_COUNTS.format(sign=1, rows="added")};
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION word_prefix_remove() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_COUNTS.format(sign=-1, rows="removed")};
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER word_prefix_insert AFTER INSERT ON record_text "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION word_prefix_add()"
    )
    op.execute(
        "CREATE TRIGGER word_prefix_delete AFTER DELETE ON record_text "
        "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
        "EXECUTE FUNCTION word_prefix_remove()"
    )
    # An UPDATE: the old words' counts go, then the new ones' come (in name order).
    op.execute(
        "CREATE TRIGGER word_prefix_update_1 AFTER UPDATE ON record_text "
        "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
        "EXECUTE FUNCTION word_prefix_remove()"
    )
    op.execute(
        "CREATE TRIGGER word_prefix_update_2 AFTER UPDATE ON record_text "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION word_prefix_add()"
    )
    op.execute("ANALYZE word_prefix")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for trigger in ("insert", "delete", "update_1", "update_2"):
            op.execute(f"DROP TRIGGER word_prefix_{trigger} ON record_text")
        op.execute("DROP FUNCTION word_prefix_add()")
        op.execute("DROP FUNCTION word_prefix_remove()")
    op.execute("DROP TABLE word_prefix")
