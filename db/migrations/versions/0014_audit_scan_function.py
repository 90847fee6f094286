"""audit: on PostgreSQL, a shelf scan is one server-side function, qor_audit_scan, that reads,
decides, writes and answers with the live counters in one round trip (a branch workstation's
VPN charges 10-50 ms per round trip; the scan took 19). SQLite has no network: its scans stay
in Python (app.audit.audits._scan), which this function mirrors rule for rule.

Revision ID: 0014p
Revises: 0010f
Create Date: 2026-12-05 09:40:00

Hand-written. The function takes the audit row FOR SHARE (closing waits for scans, as before),
and a scan's idempotency key (audit_scan.dedupe_key, unique per audit) makes a retry after a
dropped connection answer what the first attempt did instead of counting the scan twice.
"""

from alembic import op

revision = "0014p"
down_revision = "0013r"
branch_labels = None
depends_on = None

CONFLICTING = "('missing', 'written-off', 'at-bindery', 'in-repair', 'being-digitised')"

FUNCTION = f"""
CREATE OR REPLACE FUNCTION qor_audit_scan(
    p_audit integer, p_actor text, p_device text, p_code text, p_at timestamptz, p_key text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_status text;
    v_context integer;
    v_shelf_id integer;
    v_shelf_code text;
    v_item record;
    v_copy record;
    v_retry boolean := false;
    v_prior_outcome text;
    v_prior_context integer;
    v_outcome text;
    v_belongs integer;
    v_title text := '';
    v_first boolean;
    v_answer jsonb;
BEGIN
    SELECT status INTO v_status FROM audit WHERE id = p_audit FOR SHARE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('error', 'no-audit');
    END IF;
    IF v_status <> 'open' THEN
        RETURN jsonb_build_object('error', 'closed');
    END IF;
    IF p_key IS NOT NULL THEN
        SELECT outcome, location_id INTO v_prior_outcome, v_prior_context
        FROM audit_scan WHERE audit_id = p_audit AND dedupe_key = p_key;
        v_retry := FOUND;
    END IF;

    -- A shelf's barcode, or '@' and a location's code or barcode, sets the context.
    IF left(p_code, 1) = '@' THEN
        SELECT id, code INTO v_shelf_id, v_shelf_code FROM location
        WHERE code = btrim(substr(p_code, 2)) OR barcode = btrim(substr(p_code, 2)) LIMIT 1;
        IF v_shelf_id IS NULL THEN
            RETURN jsonb_build_object('error', 'no-location', 'code', btrim(substr(p_code, 2)));
        END IF;
    ELSE
        SELECT id, code INTO v_shelf_id, v_shelf_code FROM location WHERE barcode = p_code;
    END IF;
    IF v_shelf_id IS NOT NULL THEN
        IF NOT v_retry THEN
            INSERT INTO audit_scan (audit_id, code, outcome, item_id, location_id, scanned_at,
                                    actor, device, source, line, dedupe_key)
            VALUES (p_audit, p_code, 'location', NULL, v_shelf_id, p_at, p_actor, p_device, '',
                    NULL, p_key);
        END IF;
        v_answer := jsonb_build_object('outcome', 'location', 'location', v_shelf_code);
    ELSE
        IF v_retry THEN
            v_context := v_prior_context;
        ELSE
            SELECT location_id INTO v_context FROM audit_scan
            WHERE audit_id = p_audit AND actor = p_actor AND device = p_device
            ORDER BY id DESC LIMIT 1;
        END IF;
        SELECT id, status, location_id, inventory_number, call_number, record_id INTO v_item
        FROM item WHERE barcode = p_code;
        IF v_item.id IS NULL THEN
            v_outcome := 'unknown';
            IF NOT v_retry THEN
                INSERT INTO audit_scan (audit_id, code, outcome, item_id, location_id,
                                        scanned_at, actor, device, source, line, dedupe_key)
                VALUES (p_audit, p_code, 'unknown', NULL, v_context, p_at, p_actor, p_device,
                        '', NULL, p_key);
            END IF;
        ELSE
            SELECT origin, location_id, title INTO v_copy FROM audit_copy
            WHERE audit_id = p_audit AND item_id = v_item.id;
            v_belongs := CASE WHEN v_copy.origin IS NOT NULL THEN v_copy.location_id
                              ELSE v_item.location_id END;
            IF v_item.status IN {CONFLICTING} THEN
                v_outcome := 'conflict';
            ELSIF v_copy.origin IS NULL OR v_copy.origin = 'extra' THEN
                v_outcome := CASE WHEN v_context IS NOT NULL AND v_context = v_belongs
                                  THEN 'found' ELSE 'misplaced' END;
            ELSIF v_context IS NOT NULL AND v_context IS DISTINCT FROM v_belongs THEN
                v_outcome := 'misplaced';
            ELSE
                v_outcome := 'found';
            END IF;
            IF v_copy.origin IS NULL THEN
                SELECT title INTO v_title FROM record WHERE id = v_item.record_id;
            ELSE
                v_title := v_copy.title;
            END IF;
            IF v_retry THEN
                v_outcome := v_prior_outcome;
            ELSE
                IF v_copy.origin IS NULL THEN
                    INSERT INTO audit_copy (audit_id, item_id, origin, inventory_number, barcode,
                                            location_id, call_number, title, price, status,
                                            outcome)
                    SELECT p_audit, i.id, 'extra', i.inventory_number, i.barcode, i.location_id,
                           i.call_number, v_title, i.price, i.status, ''
                    FROM item i WHERE i.id = v_item.id
                    ON CONFLICT DO NOTHING;
                END IF;
                INSERT INTO audit_find (audit_id, item_id, found_at, found_location_id, found_by,
                                        found_device, outcome)
                VALUES (p_audit, v_item.id, p_at, v_context, p_actor, p_device, v_outcome)
                ON CONFLICT DO NOTHING;
                v_first := FOUND;
                IF v_first AND v_copy.origin = 'expected' THEN
                    UPDATE audit_location SET found = audit_location.found + 1
                    WHERE audit_id = p_audit AND location_id = v_copy.location_id;
                END IF;
                IF NOT v_first THEN
                    v_outcome := 'duplicate';
                END IF;
                INSERT INTO audit_scan (audit_id, code, outcome, item_id, location_id,
                                        scanned_at, actor, device, source, line, dedupe_key)
                VALUES (p_audit, p_code, v_outcome, v_item.id, v_context, p_at, p_actor,
                        p_device, '', NULL, p_key);
            END IF;
        END IF;
        v_answer := jsonb_build_object(
            'outcome', v_outcome,
            'location', coalesce((SELECT code FROM location WHERE id = v_context), ''),
            'inventory_number', coalesce(v_item.inventory_number, ''),
            'title', coalesce(v_title, ''),
            'call_number', coalesce(v_item.call_number, ''),
            'belongs_to', coalesce((SELECT code FROM location WHERE id = v_belongs), ''),
            'status', coalesce(v_item.status, ''));
    END IF;

    -- The live counters after the scan, as app.audit.audits.audit_progress counts them.
    RETURN v_answer || jsonb_build_object(
        'locations', coalesce((
            SELECT jsonb_agg(jsonb_build_array(l.code, l.name, al.expected, al.found, al.apart)
                             ORDER BY l.code)
            FROM audit_location al JOIN location l ON l.id = al.location_id
            WHERE al.audit_id = p_audit), '[]'::jsonb),
        'misplaced', (SELECT count(*) FROM audit_scan
                      WHERE audit_id = p_audit AND outcome = 'misplaced'),
        'conflicts', (SELECT count(*) FROM audit_scan
                      WHERE audit_id = p_audit AND outcome = 'conflict'),
        'unknown', (SELECT count(DISTINCT code) FROM audit_scan
                    WHERE audit_id = p_audit AND outcome = 'unknown'));
END
$fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION IF EXISTS qor_audit_scan(integer, text, text, text, timestamptz, text)"
        )
