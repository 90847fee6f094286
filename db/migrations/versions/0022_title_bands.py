"""Title bands: the word index's rows carry where their record stands in each language's title
order, so a word's first page is read in order from an index instead of sorting its matches or
walking the whole title order (issue 16: at 2,000,000 records a one-word search's p95 was 442 ms
on PostgreSQL and 95 ms on SQLite, against a target of 50).

A record's band in a language is the number of the last of that language's boundaries at or
before its (title sort key, id); a boundary is every BANDth record of the title order when the
bands were drawn, numbered 1, 2, ... (records before the first are in band 0). Bands grow in
the order of the titles, so the records of bands up to b are exactly those sorting before the
first record of band b + 1: a page is found among the bands its first rows are in, however the
record ids lie. Drawn again when the catalog has outgrown them (app.catalog.wordindex).

- title_band (language, key, record_id, band): the boundaries, on both databases.
- PostgreSQL: record_word (word, record_id, fields, band_kk, band_ru, band_en), the table of
  migration 0016s with the three bands, its key now (word, band_kk, record_id) and an index of
  each other language's order; kept by the same triggers, which look the bands up.
- SQLite: record_order_kk, _ru, _en, the word index's texts again in contentless FTS5 tables
  (detail=column, as record_fts) whose rowid is band * 2**32 + record id, so that a word's
  doclist is in band order; record_band (record_id, kk, ru, en), the bands each record's rows
  were written with (a contentless table deletes a row given its rowid and values).
  app.catalog.wordindex writes them where it writes record_fts. Kept in FTS5 rather than in a
  B-tree of (word, band, record): writing that for three languages made an import of 20,000
  records 40 % slower. Kept only by a catalog of 300,000 records or more (below, SQLite's
  searches meet their targets without them, and an import would pay for them): an import
  that brings the catalog there draws the bands and fills the tables.

Revision ID: 0016w
Revises: 0016v
Create Date: 2026-12-05 21:20:00
"""

from alembic import op

revision = "0016w"
down_revision = "0016v"
branch_labels = None
depends_on = None

# Records per band when the bands are drawn (app.catalog.wordindex.BAND is the same).
BAND = 1000
_LANGUAGES = (("kk", "title_sort"), ("ru", "title_sort_ru"), ("en", "title_sort_en"))

# Each record's band in each language as the bands are drawn: its rank in the order, by BAND.
_RECORD_BANDS = "SELECT id, " + ", ".join(
    f"(row_number() OVER (ORDER BY {column}, id) - 1) / {BAND} + 1 AS {language}"
    for language, column in _LANGUAGES
) + " FROM record"

_WORDS = """
SELECT u.lexeme, r.record_id,
       (CASE WHEN 'A' = ANY (u.weights) THEN 1 ELSE 0 END
        | CASE WHEN 'B' = ANY (u.weights) THEN 2 ELSE 0 END
        | CASE WHEN 'C' = ANY (u.weights) THEN 4 ELSE 0 END
        | CASE WHEN 'D' = ANY (u.weights) THEN 8 ELSE 0 END)::smallint AS fields
FROM {rows} r, unnest(r.doc) u
"""

# SQLite: a row's rowid in an ordered table is its record's band * _SHIFT + its id; the
# tables are kept from SQLITE_ORDERED_FROM records (app.catalog.wordindex has the same).
_SHIFT = 2**32
SQLITE_ORDERED_FROM = 300_000


def _boundaries() -> None:
    for language, column in _LANGUAGES:
        op.execute(
            f"INSERT INTO title_band (language, key, record_id, band) "
            f"SELECT '{language}', {column}, id, rank / {BAND} + 1 FROM ("
            f"SELECT {column}, id, row_number() OVER (ORDER BY {column}, id) - 1 AS rank "
            f"FROM record) ranked WHERE rank % {BAND} = 0"
        )


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE TABLE title_band (language TEXT NOT NULL, key BLOB NOT NULL, "
        "record_id INTEGER NOT NULL, band INTEGER NOT NULL, "
        "CONSTRAINT pk_title_band PRIMARY KEY (language, key, record_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE record_band (record_id INTEGER NOT NULL PRIMARY KEY, "
        "kk INTEGER NOT NULL, ru INTEGER NOT NULL, en INTEGER NOT NULL)"
    )
    for language, _ in _LANGUAGES:
        op.execute(
            f"CREATE VIRTUAL TABLE record_order_{language} "
            "USING fts5(t, a, s, p, content='', detail=column)"
        )
    # Kept only by a catalog of SQLITE_ORDERED_FROM records or more (app.catalog.wordindex).
    records = op.get_bind().exec_driver_sql("SELECT count(*) FROM record").scalar() or 0
    if records < SQLITE_ORDERED_FROM:
        return
    _boundaries()
    op.execute(f"INSERT INTO record_band (record_id, kk, ru, en) {_RECORD_BANDS}")
    for language, _ in _LANGUAGES:
        op.execute(
            f"INSERT INTO record_order_{language} (rowid, t, a, s, p) "
            f"SELECT b.{language} * {_SHIFT} + f.rowid, f.t, f.a, f.s, f.p "
            "FROM record_fts f JOIN record_band b ON b.record_id = f.rowid"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
        return
    op.execute(
        'CREATE TABLE title_band (language text COLLATE "C" NOT NULL, key bytea NOT NULL, '
        "record_id bigint NOT NULL, band integer NOT NULL, "
        "CONSTRAINT pk_title_band PRIMARY KEY (language, key, record_id))"
    )
    _boundaries()
    # The band of a (title sort key, id) in a language: the last boundary's at or before it.
    op.execute(
        """
        CREATE FUNCTION qor_title_band(p_language text, p_key bytea, p_id bigint)
        RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT coalesce((
                SELECT band FROM title_band
                WHERE language = p_language AND (key, record_id) <= (p_key, p_id)
                ORDER BY language DESC, key DESC, record_id DESC LIMIT 1), 0)
        $$
        """
    )
    # The table is made again with its bands (an UPDATE of every row would leave it bloated).
    op.execute(
        'CREATE TABLE record_word_banded (word text COLLATE "C" NOT NULL, '
        "record_id bigint NOT NULL, fields smallint NOT NULL, "
        "band_kk integer NOT NULL DEFAULT 0, band_ru integer NOT NULL DEFAULT 0, "
        "band_en integer NOT NULL DEFAULT 0)"
    )
    op.execute(
        "INSERT INTO record_word_banded (word, record_id, fields, band_kk, band_ru, band_en) "
        "SELECT w.word, w.record_id, w.fields, coalesce(b.kk, 0), coalesce(b.ru, 0), "
        f"coalesce(b.en, 0) FROM record_word w LEFT JOIN ({_RECORD_BANDS}) b "
        "ON b.id = w.record_id ORDER BY w.word, b.kk, w.record_id"
    )
    op.execute("DROP TABLE record_word")
    op.execute("ALTER TABLE record_word_banded RENAME TO record_word")
    op.execute(
        "ALTER TABLE record_word ADD CONSTRAINT pk_record_word "
        "PRIMARY KEY (word, band_kk, record_id) INCLUDE (fields)"
    )
    for language in ("ru", "en"):
        op.execute(
            f"CREATE INDEX ix_record_word_{language} ON record_word "
            f"(word, band_{language}, record_id) INCLUDE (fields)"
        )
    op.execute(
        "CREATE INDEX ix_record_word_record_id ON record_word (record_id, word) INCLUDE (fields)"
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION record_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO record_word (word, record_id, fields, band_kk, band_ru, band_en)
            SELECT w.lexeme, w.record_id, w.fields,
                   coalesce(b.kk, 0), coalesce(b.ru, 0), coalesce(b.en, 0)
            FROM ({_WORDS.format(rows="added")}) w
            LEFT JOIN (
                SELECT r.id, qor_title_band('kk', r.title_sort, r.id) AS kk,
                       qor_title_band('ru', r.title_sort_ru, r.id) AS ru,
                       qor_title_band('en', r.title_sort_en, r.id) AS en
                FROM record r WHERE r.id IN (SELECT a.record_id FROM added a)
            ) b ON b.id = w.record_id;
            RETURN NULL;
        END $$
        """
    )
    op.execute("ANALYZE record_word")
    op.execute("ANALYZE title_band")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for language, _ in _LANGUAGES:
            op.execute(f"DROP TABLE record_order_{language}")
        op.execute("DROP TABLE record_band")
        op.execute("DROP TABLE title_band")
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION record_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO record_word (word, record_id, fields)
            SELECT w.lexeme, w.record_id, w.fields FROM ({_WORDS.format(rows="added")}) w;
            RETURN NULL;
        END $$
        """
    )
    op.execute("ALTER TABLE record_word DROP CONSTRAINT pk_record_word")
    for language in ("ru", "en"):
        op.execute(f"DROP INDEX ix_record_word_{language}")
    for language in ("kk", "ru", "en"):
        op.execute(f"ALTER TABLE record_word DROP COLUMN band_{language}")
    op.execute(
        "ALTER TABLE record_word ADD CONSTRAINT pk_record_word "
        "PRIMARY KEY (word, record_id) INCLUDE (fields)"
    )
    op.execute("DROP FUNCTION qor_title_band(text, bytea, bigint)")
    op.execute("DROP TABLE title_band")
