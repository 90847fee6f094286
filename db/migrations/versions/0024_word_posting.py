"""Word postings: on PostgreSQL, each common word's records as one sorted array, so that two
common words are intersected in memory instead of row by row (issue 16: at 2,000,000 records
the two-word search's p95 was 90-139 ms against a target of 50; 'for from', 137,632 and
249,458 records holding each, 81,719 both, took 545 ms: every way of reading one word's rows
against the other's costs some 0.2-4 us a row).

- word_posting (word, records, ids): for each word that some POSTED_FROM records or more held
  when the postings were drawn, the ids of those records, sorted (int4[]: intarray's `|`, `&`
  and `-` merge them; ids beyond int4 keep no postings). Stored uncompressed (EXTERNAL): a
  sorted id list barely compresses and would be decompressed at every search.
- word_posting_drawn (max_id): the highest record id the postings were drawn or last brought
  up to date for; no row: none drawn.
- word_posting_stale (record_id): records up to max_id whose words changed since (a trigger on
  record_word adds them). A search reads their words, and those of records past max_id, from
  record_word; the postings leave them out.
app.catalog.wordindex draws the postings where it draws the title bands and brings them up to
date after an import (the stale and new records' ids merged into and out of the arrays).

intarray is a trusted extension: an administrator's `qor init` creates it, and so does this
migration when its role may. Without it the postings are never drawn and searches read the
rows as before.

Revision ID: 0016y
Revises: 0016x
Create Date: 2026-12-06 03:30:00
"""

from alembic import op

from db.roles import INTARRAY

revision = "0016y"
down_revision = "0016x"
branch_labels = None
depends_on = None


_TABLES = [
    'CREATE TABLE word_posting (word text COLLATE "C" PRIMARY KEY, records integer NOT NULL, '
    "ids integer[] NOT NULL)",
    "ALTER TABLE word_posting ALTER COLUMN ids SET STORAGE EXTERNAL",
    "CREATE TABLE word_posting_drawn (max_id bigint NOT NULL)",
    "CREATE TABLE word_posting_stale (record_id bigint PRIMARY KEY)",
]

# One function for both triggers: each names its rows `changed`.
_TRIGGERS = [
    """
CREATE FUNCTION word_posting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO word_posting_stale (record_id)
    SELECT DISTINCT c.record_id FROM changed c
    WHERE c.record_id <= (SELECT max(d.max_id) FROM word_posting_drawn d)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$
""",
    "CREATE TRIGGER word_posting_insert AFTER INSERT ON record_word "
    "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION word_posting_changed()",
    "CREATE TRIGGER word_posting_delete AFTER DELETE ON record_word "
    "REFERENCING OLD TABLE AS changed FOR EACH STATEMENT "
    "EXECUTE FUNCTION word_posting_changed()",
]

# The records holding every term (word prefixes, no field asked), as a sorted int4[], from the
# postings and the rows they leave out; NULL when the postings cannot answer (none drawn, no
# intarray, or too many records changed or added since they were: reading those from the rows
# would cost more than the postings save).
FUNCTION = r"""
CREATE FUNCTION qor_posted_matches(p_low text[], p_high text[], p_changed integer DEFAULT 1000)
RETURNS integer[] LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_max bigint;
    v_stale integer[];
    v_new integer;
    v_ids integer[];
    v_term integer[];
    v_ids_of integer[];
    v_fresh integer[];
    v_posted text[];
    v_word text;
    v_rows integer[];
    i integer;
BEGIN
    IF to_regprocedure('_int_union(integer[], integer[])') IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT max(d.max_id) INTO v_max FROM word_posting_drawn d;
    IF v_max IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(s.record_id::integer) INTO v_stale
    FROM (SELECT record_id FROM word_posting_stale LIMIT p_changed + 1) s;
    SELECT count(*) INTO v_new FROM (SELECT 1 FROM record WHERE id > v_max LIMIT p_changed + 1) n;
    IF coalesce(cardinality(v_stale), 0) + v_new > p_changed THEN
        RETURN NULL;
    END IF;
    v_stale := sort(coalesce(v_stale, '{}'));
    FOR i IN 1 .. cardinality(p_low) LOOP
        -- The term's posted words, the smallest first (each merge costs the sum of both):
        -- the first term's merged whole; each other's merged into what each of its words
        -- holds of the records found so far (an intersection costs the sum of both too, but
        -- its result is small: 'aust' is three words, 1,638,716 ids, of which 'plesa' leaves
        -- none). A record changed since the draw is left out of the postings.
        v_term := '{}';
        v_posted := '{}';
        IF i > 1 AND cardinality(v_stale) > 0 THEN
            v_fresh := v_ids - v_stale;
        ELSE
            v_fresh := v_ids;
        END IF;
        -- (Statements planned for their values each time: a plan kept for any values would
        -- guess a range's rows, and might scan a whole table for a few.)
        FOR v_word, v_ids_of IN EXECUTE
            'SELECT w.word, w.ids FROM word_posting w '
            'WHERE w.word >= $1 AND w.word < $2 ORDER BY w.records, w.word'
            USING p_low[i], p_high[i]
        LOOP
            IF i = 1 THEN
                v_term := v_term | v_ids_of;
            ELSE
                v_term := v_term | (v_fresh & v_ids_of);
            END IF;
            v_posted := v_posted || v_word;
        END LOOP;
        IF i = 1 AND cardinality(v_stale) > 0 THEN
            v_term := v_term - v_stale;
        END IF;
        -- Rows the postings leave out: words without postings (the ranges between the posted
        -- words; in C order the least text after w is w || chr(1)), then the words of records
        -- changed or added since the postings were drawn.
        EXECUTE $q$
            SELECT array_agg(x.record_id::integer) FROM (
                SELECT q.record_id FROM (
                    SELECT lo, hi FROM unnest(
                        $1 || ARRAY(SELECT p || chr(1) FROM unnest($3) p ORDER BY p COLLATE "C"),
                        ARRAY(SELECT p FROM unnest($3) p ORDER BY p COLLATE "C") || $2
                    ) b (lo, hi) WHERE lo < hi COLLATE "C"
                ) b CROSS JOIN LATERAL (
                    SELECT r.record_id FROM record_word r WHERE r.word >= b.lo AND r.word < b.hi
                ) q
                UNION ALL
                SELECT r.record_id FROM record_word r
                WHERE r.record_id > $4 AND r.word >= $1 AND r.word < $2
                UNION ALL
                SELECT r.record_id FROM record_word r
                WHERE r.record_id = ANY ($5) AND r.word >= $1 AND r.word < $2
            ) x $q$
            INTO v_rows USING p_low[i], p_high[i], v_posted, v_max, v_stale::bigint[];
        IF v_rows IS NOT NULL AND i = 1 THEN
            v_term := v_term | uniq(sort(v_rows));
        ELSIF v_rows IS NOT NULL THEN
            v_term := v_term | (v_ids & uniq(sort(v_rows)));
        END IF;
        v_ids := v_term;
        IF cardinality(v_ids) = 0 THEN
            RETURN v_ids;
        END IF;
    END LOOP;
    RETURN v_ids;
END $fn$
"""

# The page's candidates among `p_ids` (qor_posted_matches'), as qor_word_matches' callers
# take them: when few, all; else those in the title bands up to one that holds `p_wanted` of
# them. Each record's rows carry its bands, so the first term's rows up to band b hold every
# match up to b: their ids (read per word, bounded by band in the index) are merged with
# `p_ids` by intarray, b growing until `p_wanted` are there. (A statement testing each row by
# `= ANY` of the ids would do: but the planner estimates such a constant array one element at
# a time, 27 ms for 81,719 ids.)
PAGE = r"""
CREATE FUNCTION qor_posted_candidates(
    p_language text, p_low text, p_high text, p_ids integer[], p_wanted integer,
    p_few integer DEFAULT 3000
) RETURNS TABLE (record_id bigint) LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_words text[];
    v_last integer;
    v_from integer;
    v_span integer := 1;
    v_band integer;
    v_rows integer[];
    v_hits integer[];
    v_held integer;
BEGIN
    IF p_language NOT IN ('kk', 'ru', 'en') THEN
        RAISE EXCEPTION 'qor_posted_candidates: no title order %', p_language;
    END IF;
    IF cardinality(p_ids) <= greatest(p_few, p_wanted) THEN
        RETURN QUERY SELECT u::bigint FROM unnest(p_ids) u;
        RETURN;
    END IF;
    -- The first term's words (a skip over the distinct words of its range).
    EXECUTE
        'WITH RECURSIVE w (word) AS ('
        '  (SELECT word FROM record_word WHERE word >= $1 AND word < $2 ORDER BY word LIMIT 1)'
        '  UNION ALL'
        '  SELECT (SELECT r.word FROM record_word r WHERE r.word > w.word AND r.word < $2 '
        '          ORDER BY r.word LIMIT 1)'
        '  FROM w WHERE w.word IS NOT NULL'
        ') SELECT array_agg(word) FROM w WHERE word IS NOT NULL'
        INTO v_words USING p_low, p_high;
    SELECT max(t.band) INTO v_last FROM title_band t WHERE t.language = p_language;
    -- From the first band any of them is in, a span of bands growing.
    EXECUTE format(
        'SELECT min(m.band) FROM unnest($1) w (word) CROSS JOIN LATERAL ('
        '  SELECT p.%1$I AS band FROM record_word p WHERE p.word = w.word '
        '  ORDER BY p.%1$I LIMIT 1) m', 'band_' || p_language)
        INTO v_from USING v_words;
    LOOP
        v_band := coalesce(v_from, 0) + v_span - 1;
        IF v_band > coalesce(v_last, 0) THEN
            v_band := 2147483647;  -- every band (and a record drawn in none)
        END IF;
        EXECUTE format(
            'SELECT array_agg(p.record_id::integer) FROM record_word p '
            'WHERE p.word = ANY ($1) AND p.%I <= $2', 'band_' || p_language)
            INTO v_rows USING v_words, v_band;
        v_hits := uniq(sort(coalesce(v_rows, '{}'))) & p_ids;
        v_held := cardinality(v_hits);
        EXIT WHEN v_held >= p_wanted OR v_band = 2147483647;
        -- Grow by what the hits so far suggest, twice to eight times.
        v_span := v_span * CASE WHEN v_held = 0 THEN 8
                                ELSE least(8, greatest(2, ceil(p_wanted * 1.5 / v_held)::integer))
                           END;
    END LOOP;
    RETURN QUERY SELECT u::bigint FROM unnest(v_hits) u;
END $fn$
"""


# A catalog of POSTINGS_FROM records or more has its postings drawn here, a word holding one
# from POSTED_FROM records (app.catalog.wordindex has the same; a smaller catalog's first
# import past POSTINGS_FROM draws them).
POSTINGS_FROM = 50_000
POSTED_FROM = 1000
_DRAW = f"""
DO $$
BEGIN
    IF to_regprocedure('_int_union(integer[], integer[])') IS NOT NULL
       AND (SELECT count(*) FROM record) >= {POSTINGS_FROM}
       AND (SELECT max(id) FROM record) < 2147483648 THEN
        INSERT INTO word_posting (word, records, ids)
        SELECT word, count(*), array_agg(record_id::integer ORDER BY record_id)
        FROM record_word GROUP BY word HAVING count(*) >= {POSTED_FROM};
        INSERT INTO word_posting_drawn (max_id) SELECT max(id) FROM record;
    END IF;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(INTARRAY)
    for statement in [*_TABLES, *_TRIGGERS, FUNCTION, PAGE, _DRAW]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP FUNCTION qor_posted_candidates(text, text, text, integer[], integer, integer)")
    op.execute("DROP FUNCTION qor_posted_matches(text[], text[], integer)")
    op.execute("DROP TRIGGER word_posting_insert ON record_word")
    op.execute("DROP TRIGGER word_posting_delete ON record_word")
    op.execute("DROP FUNCTION word_posting_changed()")
    op.execute("DROP TABLE word_posting_stale")
    op.execute("DROP TABLE word_posting_drawn")
    op.execute("DROP TABLE word_posting")
