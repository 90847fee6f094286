"""intake and event log on PostgreSQL: adding copies is one server-side function,
qor_add_copies, and appending to the event log is another, qor_log_events, each one round
trip (a branch workstation's VPN charges 10-50 ms per round trip; adding copies took 18, an
event 4). SQLite has no network: it keeps the Python path (app.intake.copies._add_copies,
app.security.eventlog.record_events), which these functions mirror rule for rule.

Revision ID: 0016r
Revises: 0016c
Create Date: 2026-12-05 12:30:00

Hand-written. The rules stay where they were decided:

- qor_log_events takes the log's head row lock (the same `event_log_head` counter row the
  Python path locks), reads the newest entry's hash and chains each entry to the one before
  with the same SHA-256 over the same fields joined by U+001F as app.security.eventlog._digest;
  the entries' texts (before/after JSON) come from Python, canonical as ever.
- qor_add_copies takes the inventory-number counter (and, for sequence barcodes, the barcode
  counter) FOR UPDATE in the order the Python path does, and refuses to go on if either moved
  since the workstation read it ('stale': the workstation formats the candidates again from
  the values it is given). The workstation formats candidate numbers and barcodes (the
  library's format is Python's str.format); the function gives the copies the first
  candidates no copy (and, for barcodes, no shelf) already carries, so a legacy number is
  never given twice, and moves the counters past what it used. Pre-printed labels are checked
  before anything is written; a clash is answered, not raised, and nothing is written. The
  copies, their `item.add` entries (one batch under one head lock) and the union catalog's
  outbox row are written in the same statement.
"""

from alembic import op

revision = "0016r"
down_revision = "0016c"
branch_labels = None
depends_on = None

LOG_EVENTS = """
CREATE OR REPLACE FUNCTION qor_log_events(p_actor text, p_at text, p_entries jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_prev text;
    v_hash text;
    v_id bigint;
    v_entry jsonb;
    v_done jsonb := '[]'::jsonb;
    v_n integer := 0;
BEGIN
    INSERT INTO counter (name, value) VALUES ('event_log_head', 0) ON CONFLICT (name) DO NOTHING;
    PERFORM 1 FROM counter WHERE name = 'event_log_head' FOR UPDATE;
    SELECT hash INTO v_prev FROM event_log ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    -- Each entry: [action, entity, entity_id, before, after], chained in the order given;
    -- answered with [id, hash, previous hash] each.
    FOR v_entry IN
        SELECT e.value FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS e(value, n)
        ORDER BY e.n
    LOOP
        v_hash := encode(sha256(convert_to(concat_ws(chr(31),
            v_prev, p_at, p_actor, v_entry->>0, v_entry->>1, v_entry->>2, v_entry->>3,
            v_entry->>4), 'UTF8')), 'hex');
        INSERT INTO event_log (at, actor, action, entity, entity_id, before, after,
                               prev_hash, hash)
        VALUES (p_at, p_actor, v_entry->>0, v_entry->>1, v_entry->>2, v_entry->>3,
                v_entry->>4, v_prev, v_hash)
        RETURNING id INTO v_id;
        v_done := v_done || jsonb_build_array(jsonb_build_array(v_id, v_hash, v_prev));
        v_prev := v_hash;
        v_n := v_n + 1;
    END LOOP;
    UPDATE counter SET value = value + v_n WHERE name = 'event_log_head';
    RETURN v_done;
END
$fn$
"""

ADD_COPIES = """
CREATE OR REPLACE FUNCTION qor_add_copies(
    p_actor text, p_at text, p_now timestamptz,
    p_record bigint, p_control text, p_accession bigint, p_location bigint,
    p_call text, p_price numeric, p_currency text, p_count integer,
    p_inv_from bigint, p_numbers text[], p_numbers_json text[],
    p_mode text, p_bc_from bigint, p_barcodes text[], p_barcodes_json text[],
    p_after text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_inv bigint;
    v_bc bigint;
    v_code text;
    v_owner text;
    v_title text;
    v_free integer[];
    v_bfree integer[];
    v_lead integer;
    v_k integer;
    v_j integer;
    v_id bigint;
    v_number text;
    v_code_json text;
    v_items jsonb := '[]'::jsonb;
    v_entries jsonb := '[]'::jsonb;
BEGIN
    -- The counters, locked in the order the Python path takes them.
    INSERT INTO counter (name, value) VALUES ('inventory_number', 0)
    ON CONFLICT (name) DO NOTHING;
    SELECT value INTO v_inv FROM counter WHERE name = 'inventory_number' FOR UPDATE;
    IF p_mode = 'sequence' THEN
        INSERT INTO counter (name, value) VALUES ('barcode_sequence', 0)
        ON CONFLICT (name) DO NOTHING;
        SELECT value INTO v_bc FROM counter WHERE name = 'barcode_sequence' FOR UPDATE;
    END IF;
    IF v_inv <> p_inv_from OR (p_mode = 'sequence' AND v_bc <> p_bc_from) THEN
        RETURN jsonb_build_object('stale', jsonb_build_array(v_inv, v_bc));
    END IF;

    -- Pre-printed labels: refused (nothing written) if a copy or a shelf carries one.
    IF p_mode = 'labels' THEN
        FOR v_k IN 1..p_count LOOP
            v_code := p_barcodes[v_k];
            CONTINUE WHEN v_code IS NULL;
            SELECT i.inventory_number, r.title INTO v_owner, v_title
            FROM item i JOIN record r ON r.id = i.record_id WHERE i.barcode = v_code;
            IF FOUND THEN
                RETURN jsonb_build_object('clash', jsonb_build_array(
                    v_code, 'item', v_owner, coalesce(v_title, '')));
            END IF;
            SELECT code INTO v_owner FROM location WHERE barcode = v_code LIMIT 1;
            IF FOUND THEN
                RETURN jsonb_build_object('clash', jsonb_build_array(v_code, 'shelf', v_owner, ''));
            END IF;
        END LOOP;
    END IF;

    -- The first candidates no copy carries (legacy numbers, older formats' numbers).
    SELECT array_agg(s.n ORDER BY s.n) INTO v_free FROM (
        SELECT u.n::integer AS n FROM unnest(p_numbers) WITH ORDINALITY AS u(code, n)
        WHERE NOT EXISTS (SELECT 1 FROM item WHERE inventory_number = u.code)
        ORDER BY u.n LIMIT p_count) s;
    IF coalesce(array_length(v_free, 1), 0) < p_count THEN
        -- Not enough in the window: move past the run of used numbers it starts with.
        v_lead := coalesce(v_free[1] - 1, coalesce(array_length(p_numbers, 1), 0));
        IF v_lead > 0 THEN
            UPDATE counter SET value = p_inv_from + v_lead WHERE name = 'inventory_number';
        END IF;
        RETURN jsonb_build_object('short', 'numbers',
                                  'stale', jsonb_build_array(p_inv_from + v_lead, v_bc));
    END IF;
    IF p_mode = 'sequence' THEN
        SELECT array_agg(s.n ORDER BY s.n) INTO v_bfree FROM (
            SELECT u.n::integer AS n FROM unnest(p_barcodes) WITH ORDINALITY AS u(code, n)
            WHERE NOT EXISTS (SELECT 1 FROM item WHERE barcode = u.code)
              AND NOT EXISTS (SELECT 1 FROM location WHERE barcode = u.code)
            ORDER BY u.n LIMIT p_count) s;
        IF coalesce(array_length(v_bfree, 1), 0) < p_count THEN
            v_lead := coalesce(v_bfree[1] - 1, coalesce(array_length(p_barcodes, 1), 0));
            IF v_lead > 0 THEN
                UPDATE counter SET value = p_bc_from + v_lead WHERE name = 'barcode_sequence';
            END IF;
            RETURN jsonb_build_object('short', 'barcodes',
                                      'stale', jsonb_build_array(v_inv, p_bc_from + v_lead));
        END IF;
        UPDATE counter SET value = p_bc_from + v_bfree[p_count] WHERE name = 'barcode_sequence';
    END IF;
    UPDATE counter SET value = p_inv_from + v_free[p_count] WHERE name = 'inventory_number';

    FOR v_k IN 1..p_count LOOP
        v_j := v_free[v_k];
        v_number := p_numbers[v_j];
        IF p_mode = 'pair' THEN
            -- The barcode the number gives, unless a label or a shelf already has it.
            v_code := p_barcodes[v_j];
            v_code_json := p_barcodes_json[v_j];
            IF EXISTS (SELECT 1 FROM item WHERE barcode = v_code)
               OR EXISTS (SELECT 1 FROM location WHERE barcode = v_code) THEN
                v_code := NULL;
            END IF;
        ELSIF p_mode = 'sequence' THEN
            v_code := p_barcodes[v_bfree[v_k]];
            v_code_json := p_barcodes_json[v_bfree[v_k]];
        ELSE
            v_code := p_barcodes[v_k];
            v_code_json := p_barcodes_json[v_k];
        END IF;
        INSERT INTO item (record_id, inventory_number, barcode, location_id, call_number, price,
                          currency, accession_id, status, condition_notes, created_at,
                          updated_at, created_by)
        VALUES (p_record, v_number, v_code, p_location, p_call, p_price, p_currency,
                p_accession, 'in-processing', '', p_now, p_now, p_actor)
        RETURNING id INTO v_id;
        v_items := v_items || jsonb_build_array(jsonb_build_array(v_id, v_number, v_code));
        v_entries := v_entries || jsonb_build_array(jsonb_build_array(
            'item.add', 'item', v_id::text, '',
            p_after[1] || CASE WHEN v_code IS NULL THEN 'null' ELSE v_code_json END
            || p_after[2] || p_numbers_json[v_j] || p_after[3]));
    END LOOP;
    PERFORM qor_log_events(p_actor, p_at, v_entries);
    -- The union catalog hears that the record's holdings changed.
    DELETE FROM sync_outbox WHERE record_id = p_record;
    INSERT INTO sync_outbox (record_id, control_number, change, queued_at)
    VALUES (p_record, p_control, 'upsert', p_now);
    RETURN jsonb_build_object('items', v_items);
END
$fn$
"""

ADD_COPIES_SIGNATURE = (
    "qor_add_copies(text, text, timestamptz, bigint, text, bigint, bigint, text, numeric, text, "
    "integer, bigint, text[], text[], text, bigint, text[], text[], text[])"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(LOG_EVENTS)
        op.execute(ADD_COPIES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {ADD_COPIES_SIGNATURE}")
        op.execute("DROP FUNCTION IF EXISTS qor_log_events(text, text, jsonb)")
