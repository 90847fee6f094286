"""record_word: on PostgreSQL, the catalog's word index also as one row per (word, record),
kept from record_text's tsvectors by statement triggers, so a common word's matches are
counted on a B-tree alone (an index-only scan) instead of visiting every matching row's
tsvector (issue 16: a one-word search's p95 was 188-400 ms at 200,000 records). `fields`
holds the fields a word occurs in (1 title, 2 author, 4 subject, 8 publisher: the weights
A-D of the tsvector). SQLite's FTS5 table needs nothing of it. The sort indexes
end in the whole sort order on PostgreSQL (see below; db/models keeps the SQLite ones, whose
index entries end in the rowid, the id, anyway).

Revision ID: 0016s
Revises: 0016r
Create Date: 2026-12-05 12:45:00
"""

from alembic import op

revision = "0016s"
down_revision = "0016r"
branch_labels = None
depends_on = None

# The words of the record_text rows in table `rows` (a transition table), with their fields.
_WORDS = """
SELECT u.lexeme, r.record_id,
       (CASE WHEN 'A' = ANY (u.weights) THEN 1 ELSE 0 END
        | CASE WHEN 'B' = ANY (u.weights) THEN 2 ELSE 0 END
        | CASE WHEN 'C' = ANY (u.weights) THEN 4 ELSE 0 END
        | CASE WHEN 'D' = ANY (u.weights) THEN 8 ELSE 0 END)::smallint
FROM {rows} r, unnest(r.doc) u
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    # "C" collation: a prefix is a byte range, whatever the database's collation.
    op.execute(
        'CREATE TABLE record_word (word text COLLATE "C" NOT NULL, record_id bigint NOT NULL, '
        "fields smallint NOT NULL, "
        "CONSTRAINT pk_record_word PRIMARY KEY (word, record_id) INCLUDE (fields))"
    )
    op.execute(
        f"INSERT INTO record_word (word, record_id, fields) {_WORDS.format(rows='record_text')}"
    )
    # A record's own words: probed while walking a sort index when the matches are most of
    # the catalog, and deleted with the record.
    op.execute(
        "CREATE INDEX ix_record_word_record_id ON record_word (record_id, word) INCLUDE (fields)"
    )
    # The sort indexes end in the whole order (title, id; author, title, id), so a page walks
    # one of them alone (an index-only scan) and tests each id against the matches' hash.
    for language in ("", "_ru", "_en"):
        title, author = f"title_sort{language}", f"author_sort{language}"
        op.execute(f"DROP INDEX ix_record_{title}")
        op.execute(f"CREATE INDEX ix_record_{title} ON record ({title}, id)")
        op.execute(f"DROP INDEX ix_record_{author}")
        op.execute(f"CREATE INDEX ix_record_{author} ON record ({author}, {title}, id)")
    op.execute(
        f"""
        CREATE FUNCTION record_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO record_word (word, record_id, fields) {_WORDS.format(rows="added")};
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION record_word_remove() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM record_word w USING removed r WHERE w.record_id = r.record_id;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER record_word_insert AFTER INSERT ON record_text "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION record_word_add()"
    )
    op.execute(
        "CREATE TRIGGER record_word_delete AFTER DELETE ON record_text "
        "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
        "EXECUTE FUNCTION record_word_remove()"
    )
    # An UPDATE: the old words go, then the new ones come (triggers fire in name order).
    op.execute(
        "CREATE TRIGGER record_word_update_1 AFTER UPDATE ON record_text "
        "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
        "EXECUTE FUNCTION record_word_remove()"
    )
    op.execute(
        "CREATE TRIGGER record_word_update_2 AFTER UPDATE ON record_text "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION record_word_add()"
    )
    op.execute("ANALYZE record_word")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for language in ("", "_ru", "_en"):
        for column in (f"title_sort{language}", f"author_sort{language}"):
            op.execute(f"DROP INDEX ix_record_{column}")
            op.execute(f"CREATE INDEX ix_record_{column} ON record ({column})")
    for trigger in ("insert", "delete", "update_1", "update_2"):
        op.execute(f"DROP TRIGGER record_word_{trigger} ON record_text")
    op.execute("DROP FUNCTION record_word_add()")
    op.execute("DROP FUNCTION record_word_remove()")
    op.execute("DROP TABLE record_word")
