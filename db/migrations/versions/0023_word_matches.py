"""qor_word_matches: on PostgreSQL, the records holding several words, found by whichever way
costs least for each word, chosen from the words' counts (issue 16: at 2,000,000 records the
two-word search's p95 was 309 ms against a target of 50).

The first term (the rarest word) drives; each other term is then either
- probed: each row of the first is checked by its record's own words (an index descent, some
  16 times the cost of reading one index row), cheap when the first is rare;
- scanned: its rows are read whole into an array, which the statement reading the first
  term's rows tests with a hashed `= ANY` (PostgreSQL 14 and later hash a constant array,
  which the parameters of a PL/pgSQL EXECUTE are); cheap when it is not much commoner;
- read by band: only its rows in the title bands the first term's rows lie in (one index
  descent per word and band), cheap when the first term's records lie in few bands, as the
  titles of a series or of one work in several copies and editions do.
A statement cannot choose between these itself: the planner guesses a prefix's rows from the
range of its words and, taking a few thousand for one, joined two common words' rows in a
nested loop (17 s at 2,000,000 records). The counts here are word_prefix's, exact.

A bare number (p_number) is a word (prefix), a 001 or a year, as the search's general path
reads it; it is never the first term.

Revision ID: 0016x
Revises: 0016w
Create Date: 2026-12-06 00:30:00
"""

from alembic import op

revision = "0016x"
down_revision = "0016w"
branch_labels = None
depends_on = None

FUNCTION = r"""
CREATE FUNCTION qor_word_matches(
    p_language text, p_low text[], p_high text[], p_fields integer[], p_number text[],
    p_count bigint[], p_way text DEFAULT NULL
) RETURNS TABLE (band integer, record_id bigint) LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_band text := 'band_' || p_language;
    v_terms integer := cardinality(p_low);
    v_ids bigint[];           -- the records holding every term read so far; NULL: none read
    v_held bigint[];
    v_probes text := '';
    v_bands integer[];        -- the first term's bands; NULL: not looked up
    v_many boolean := false;  -- the first term has too many (word, band) pairs to look up
    v_all integer;            -- how many bands the language has
    v_words text[];
    v_way text;
    v_field text;
    v_restrict text;
    v_held_sql text;
    v_probe_cost double precision;
    v_scan_cost double precision;
    v_band_cost double precision;
    i integer;
BEGIN
    IF p_language NOT IN ('kk', 'ru', 'en') THEN
        RAISE EXCEPTION 'qor_word_matches: no title order %', p_language;
    END IF;
    IF p_number[1] IS NOT NULL THEN
        RAISE EXCEPTION 'qor_word_matches: a bare number cannot be the first term';
    END IF;
    FOR i IN 2 .. v_terms LOOP
        v_field := CASE WHEN p_fields[i] <> 0
                        THEN format(' AND q.fields & %s <> 0', p_fields[i]) ELSE '' END;
        -- Costs in index rows read: a probe is some 16 (measured at 2,000,000 records).
        v_probe_cost := p_count[1] * 16.0;
        v_scan_cost := p_count[i];
        v_band_cost := NULL;
        v_words := NULL;  -- this term's words, when looked up
        v_way := p_way;
        IF v_way IS NULL AND least(v_probe_cost, v_scan_cost) > 20000 THEN
            -- Worth looking up the first term's bands (a skip over its (word, band) pairs,
            -- given up past 512 of them) and this term's words (past 64, given up).
            IF v_bands IS NULL THEN
                EXECUTE format(
                    'WITH RECURSIVE s (word, band) AS ('
                    '  (SELECT p.word, p.%1$I FROM record_word p WHERE p.word >= $1 '
                    '   AND p.word < $2 ORDER BY p.word, p.%1$I LIMIT 1)'
                    '  UNION ALL'
                    '  SELECT n.word, n.band FROM s CROSS JOIN LATERAL ('
                    '    SELECT p.word, p.%1$I AS band FROM record_word p'
                    '    WHERE (p.word, p.%1$I) > (s.word, s.band) AND p.word < $2'
                    '    ORDER BY p.word, p.%1$I LIMIT 1) n'
                    ') SELECT CASE WHEN count(*) <= 512 '
                    '  THEN coalesce(array_agg(DISTINCT band), ''{}'') END '
                    'FROM (SELECT band FROM s LIMIT 513) t',
                    v_band)
                    INTO v_bands USING p_low[1], p_high[1];
                v_many := v_bands IS NULL;
                v_bands := coalesce(v_bands, '{}');
                SELECT coalesce(max(t.band), 0) + 1 INTO v_all
                FROM title_band t WHERE t.language = p_language;
            END IF;
            EXECUTE
                'WITH RECURSIVE w (word) AS ('
                '  (SELECT word FROM record_word WHERE word >= $1 AND word < $2 '
                '   ORDER BY word LIMIT 1)'
                '  UNION ALL'
                '  SELECT (SELECT r.word FROM record_word r WHERE r.word > w.word '
                '          AND r.word < $2 ORDER BY r.word LIMIT 1)'
                '  FROM w WHERE w.word IS NOT NULL'
                ') SELECT array_agg(word) FROM (SELECT word FROM w WHERE word IS NOT NULL '
                '  LIMIT 65) t'
                INTO v_words USING p_low[i], p_high[i];
            IF NOT v_many AND cardinality(v_words) <= 64 THEN
                v_band_cost := cardinality(v_bands) * cardinality(v_words) * 16.0
                    + p_count[i] * cardinality(v_bands)::double precision / v_all;
            END IF;
        END IF;
        IF v_way IS NULL THEN
            v_way := CASE
                -- The rows by band are guessed as if the term's records were spread evenly
                -- over the bands; titles that share a word share bands too ('commercial
                -- euro' at 2,000,000 records read 276,000 rows for a guess of 12,400):
                -- trusted only when four times cheaper.
                WHEN v_band_cost IS NOT NULL
                     AND v_band_cost * 4 < least(v_probe_cost, v_scan_cost) THEN 'bands'
                WHEN v_probe_cost <= v_scan_cost THEN 'probe'
                ELSE 'scan' END;
        END IF;
        IF v_way = 'bands' AND v_bands IS NULL THEN  -- (asked for by a test)
            EXECUTE format('SELECT array_agg(DISTINCT p.%I) FROM record_word p '
                           'WHERE p.word >= $1 AND p.word < $2', v_band)
                INTO v_bands USING p_low[1], p_high[1];
            v_bands := coalesce(v_bands, '{}');
        END IF;
        IF v_way = 'bands' AND v_words IS NULL THEN
            SELECT array_agg(DISTINCT r.word) INTO v_words FROM record_word r
            WHERE r.word >= p_low[i] AND r.word < p_high[i];
            v_words := coalesce(v_words, '{}');
        END IF;
        IF v_way = 'probe' THEN
            v_held_sql := format(
                'EXISTS (SELECT 1 FROM record_word q WHERE q.record_id = p.record_id '
                'AND q.word >= %L AND q.word < %L%s OFFSET 0)', p_low[i], p_high[i], v_field);
            IF p_number[i] IS NOT NULL THEN
                v_held_sql := format(
                    '(%s OR EXISTS (SELECT 1 FROM record r WHERE r.id = p.record_id '
                    'AND (r.control_number = %L%s) OFFSET 0))', v_held_sql, p_number[i],
                    CASE WHEN length(p_number[i]) = 4
                         THEN format(' OR r.year = %L', p_number[i]) ELSE '' END);
            END IF;
            v_probes := v_probes || ' AND ' || v_held_sql;
            CONTINUE;
        END IF;
        v_restrict := CASE WHEN v_ids IS NULL THEN '' ELSE ' AND q.record_id = ANY ($3)' END;
        IF v_way = 'bands' THEN
            EXECUTE format(
                'SELECT array_agg(q.record_id) FROM record_word q '
                'WHERE q.word = ANY ($4) AND q.%I = ANY ($5)%s%s', v_band, v_field, v_restrict)
                INTO v_held USING p_low[i], p_high[i], v_ids, v_words, v_bands;
        ELSE
            EXECUTE format(
                'SELECT array_agg(q.record_id) FROM record_word q '
                'WHERE q.word >= $1 AND q.word < $2%s%s', v_field, v_restrict)
                INTO v_held USING p_low[i], p_high[i], v_ids;
        END IF;
        IF p_number[i] IS NOT NULL THEN
            v_held := coalesce(v_held, '{}') || coalesce((
                SELECT array_agg(r.id) FROM record r
                WHERE (r.control_number = p_number[i]
                       OR (length(p_number[i]) = 4 AND r.year = p_number[i]))
                  AND (v_ids IS NULL OR r.id = ANY (v_ids))), '{}');
        END IF;
        IF coalesce(cardinality(v_held), 0) = 0 THEN
            RETURN;  -- no record holds them all
        END IF;
        v_ids := v_held;
    END LOOP;
    RETURN QUERY EXECUTE format(
        'SELECT p.%I, p.record_id FROM record_word p WHERE p.word >= $1 AND p.word < $2%s%s%s '
        'GROUP BY 1, 2',
        v_band,
        CASE WHEN p_fields[1] <> 0 THEN format(' AND p.fields & %s <> 0', p_fields[1]) ELSE '' END,
        CASE WHEN v_ids IS NULL THEN '' ELSE ' AND p.record_id = ANY ($3)' END,
        v_probes)
        USING p_low[1], p_high[1], v_ids;
END $fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(
        "DROP FUNCTION qor_word_matches(text, text[], text[], integer[], text[], bigint[], text)"
    )
