"""preservation desks on PostgreSQL: each scan is one server-side function, one round trip

A branch workstation's VPN charges 10-50 ms per round trip; the preservation desks' scans
cost 8 (a copy onto the waiting list, into a binding order), 9 (out of an order), 15 (back
from the bindery), 12 (sent for digitisation, back from it) and 24 (a repair logged). SQLite
has no network: it keeps the Python path (app.preservation.binding, .digitisation,
.repair), which these functions mirror rule for rule.

Revision ID: 0016u
Revises: 0016t
Create Date: 2026-12-05 18:30:00

Hand-written. What stays in Python, so that there is one copy of it:

- the words: a function answers a refusal as a code and its values ('status', the copy's
  number and status), and the workstation says it in the user's language;
- the table of allowed status changes (app.intake.status.ALLOWED_TRANSITIONS): the caller
  passes the statuses a copy may leave for the one it goes to;
- the event log's texts: before/after are canonical JSON made by Python, cut where a value
  only the server knows goes (app.security.eventlog.canonical_around); the server fills in
  the copy's id, its inventory number, its status before and an order's number with
  to_json (which escapes a string exactly as Python's json does with ensure_ascii off), and
  appends the entries with qor_log_events (one head lock, once per call).

Races: every scanned copy is locked (FOR UPDATE) before its state is read, a binding order
before its status is read, so two desks scanning one copy decide one after the other, each
on what the other wrote. A refusal that must undo what the call already did (a status
change the table forbids) raises inside the function's block, which rolls the call back,
and the error is answered as JSON: nothing of it stays.

A dropped connection: a call that cannot apply twice (a copy already taken is refused the
second time) is sent again as it is. A repair would be logged twice, so it carries the scan's
idempotency key (repair_entry.scan_key, unique, added here on both databases): sent again,
the call answers the repair it logged.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016u"
down_revision = "0016t"
branch_labels = None
depends_on = None

# The copy a scan means: the copy whose barcode it is, first; else the one with that
# inventory number (app.intake.loans.resolve_scan).
SCAN_ITEM = """
CREATE OR REPLACE FUNCTION qor_scan_item(p_scan text) RETURNS bigint
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN p_scan = '' THEN NULL ELSE coalesce(
        (SELECT id FROM item WHERE barcode = p_scan),
        (SELECT id FROM item WHERE inventory_number = p_scan)) END
$fn$
"""

# The first binding order (lowest number) in which the copy has a line not yet back and
# that is not wholly returned: collecting or sent (app.preservation.binding.open_orders_of).
OPEN_ORDER = """
CREATE OR REPLACE FUNCTION qor_binding_open_order(p_item bigint) RETURNS bigint
LANGUAGE sql STABLE AS $fn$
    SELECT min(boc.order_id) FROM binding_order_copy boc
    JOIN binding_order bo ON bo.id = boc.order_id
    WHERE boc.item_id = p_item AND boc.returned_on IS NULL AND bo.status <> 'returned'
$fn$
"""

# app.intake.status.change_status for one locked copy: the transition must be allowed
# (`p_from`: the statuses that may go to `p_to`) and a copy leaving processing complete, else
# the call is rolled back and answered with the error. Updates the copy, re-queues its record
# for the union catalog and answers the 'item.status' entry for the log. `p_reason` is the
# reason's canonical JSON text.
CHANGE_STATUS = """
CREATE OR REPLACE FUNCTION qor_change_status(
    p_item bigint, p_to text, p_from text[], p_reason text, p_now timestamptz
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_status text;
    v_number text;
    v_record bigint;
    v_control text;
    v_missing jsonb := '[]'::jsonb;
    v_item item%ROWTYPE;
BEGIN
    SELECT * INTO v_item FROM item WHERE id = p_item;
    v_status := v_item.status;
    v_number := v_item.inventory_number;
    IF NOT (v_status = ANY (p_from)) THEN
        RAISE EXCEPTION USING ERRCODE = 'QR001', MESSAGE = jsonb_build_object(
            'error', 'transition', 'from', v_status, 'to', p_to, 'number', v_number)::text;
    END IF;
    IF v_status = 'in-processing' AND p_to = 'available' THEN
        IF v_item.record_id IS NULL THEN v_missing := v_missing || '"no record"'; END IF;
        IF coalesce(v_item.inventory_number, '') = '' THEN
            v_missing := v_missing || '"no inventory number"';
        END IF;
        IF coalesce(v_item.barcode, '') = '' THEN v_missing := v_missing || '"no barcode"'; END IF;
        IF v_item.location_id IS NULL THEN v_missing := v_missing || '"no location"'; END IF;
        IF regexp_replace(v_item.call_number, '^\\s+|\\s+$', '', 'g') = '' THEN
            v_missing := v_missing || '"no call number"';
        END IF;
        IF jsonb_array_length(v_missing) > 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'QR001', MESSAGE = jsonb_build_object(
                'error', 'incomplete', 'number', v_number, 'missing', v_missing)::text;
        END IF;
    END IF;
    UPDATE item SET status = p_to, updated_at = p_now WHERE id = p_item;
    v_record := v_item.record_id;
    SELECT control_number INTO v_control FROM record WHERE id = v_record;
    DELETE FROM sync_outbox WHERE record_id = v_record;
    INSERT INTO sync_outbox (record_id, control_number, change, queued_at)
    VALUES (v_record, v_control, 'upsert', p_now);
    RETURN jsonb_build_array('item.status', 'item', p_item::text,
        '{"status": ' || to_json(v_status)::text || '}',
        '{"inventory_number": ' || to_json(v_number)::text || ', "reason": ' || p_reason
        || ', "status": ' || to_json(p_to)::text || '}');
END
$fn$
"""

# A scanned copy as the desks show it: [id, inventory number, barcode, title, status].
SCANNED = """
CREATE OR REPLACE FUNCTION qor_scanned(p_item bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $fn$
    SELECT jsonb_build_array(i.id, i.inventory_number, i.barcode, r.title, i.status)
    FROM item i JOIN record r ON r.id = i.record_id WHERE i.id = p_item
$fn$
"""

# Why a copy cannot go into a binding order (app.preservation.binding._refuse_for_binding):
# NULL if it can.
BINDING_REFUSAL = """
CREATE OR REPLACE FUNCTION qor_binding_refusal(p_scan text, p_item bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_status text;
    v_number text;
    v_order bigint;
BEGIN
    IF p_item IS NULL THEN
        RETURN jsonb_build_array('refused', p_scan, 'no-copy');
    END IF;
    SELECT status, inventory_number INTO v_status, v_number FROM item WHERE id = p_item;
    IF v_status <> 'available' THEN
        RETURN jsonb_build_array('refused', p_scan, 'not-available', v_number, v_status);
    END IF;
    v_order := qor_binding_open_order(p_item);
    IF v_order IS NOT NULL THEN
        RETURN jsonb_build_array('refused', p_scan, 'in-order', v_number, v_order);
    END IF;
    RETURN NULL;
END
$fn$
"""

# app.preservation.binding.add_to_waiting_list.
BINDING_WAIT = """
CREATE OR REPLACE FUNCTION qor_binding_wait(
    p_actor text, p_at text, p_now timestamptz, p_scans text[], p_kind text, p_note text,
    p_after text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_scan text;
    v_item bigint;
    v_refusal jsonb;
    v_results jsonb := '[]'::jsonb;
    v_entries jsonb := '[]'::jsonb;
BEGIN
    FOREACH v_scan IN ARRAY p_scans LOOP
        v_item := qor_scan_item(v_scan);
        PERFORM 1 FROM item WHERE id = v_item FOR UPDATE;
        v_refusal := qor_binding_refusal(v_scan, v_item);
        IF v_refusal IS NOT NULL THEN
            v_results := v_results || jsonb_build_array(v_refusal);
            CONTINUE;
        END IF;
        IF EXISTS (SELECT 1 FROM binding_wait WHERE item_id = v_item AND order_id IS NULL) THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'waiting'));
            CONTINUE;
        END IF;
        INSERT INTO binding_wait (item_id, binding_type, note, added_at, added_by, order_id)
        VALUES (v_item, p_kind, p_note, p_now, p_actor, NULL);
        v_entries := v_entries || jsonb_build_array(jsonb_build_array(
            'binding.wait', 'item', v_item::text, '', p_after));
        v_results := v_results || jsonb_build_array(
            jsonb_build_array('ok') || qor_scanned(v_item));
    END LOOP;
    IF jsonb_array_length(v_entries) > 0 THEN
        PERFORM qor_log_events(p_actor, p_at, v_entries);
    END IF;
    RETURN jsonb_build_object('results', v_results);
END
$fn$
"""

# app.preservation.binding.add_to_order (which logs nothing: the order's lines are a draft).
BINDING_ADD = """
CREATE OR REPLACE FUNCTION qor_binding_add(
    p_now timestamptz, p_order bigint, p_scans text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_scan text;
    v_item bigint;
    v_status text;
    v_refusal jsonb;
    v_results jsonb := '[]'::jsonb;
BEGIN
    SELECT status INTO v_status FROM binding_order WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('error', 'no-order');
    END IF;
    IF v_status <> 'collecting' THEN
        RETURN jsonb_build_object('error', 'sent');
    END IF;
    FOREACH v_scan IN ARRAY p_scans LOOP
        v_item := qor_scan_item(v_scan);
        PERFORM 1 FROM item WHERE id = v_item FOR UPDATE;
        v_refusal := qor_binding_refusal(v_scan, v_item);
        IF v_refusal IS NOT NULL THEN
            v_results := v_results || jsonb_build_array(v_refusal);
            CONTINUE;
        END IF;
        INSERT INTO binding_order_copy (order_id, item_id, added_at, returned_on, returned_by)
        VALUES (p_order, v_item, p_now, NULL, '');
        UPDATE binding_wait SET order_id = p_order WHERE item_id = v_item AND order_id IS NULL;
        v_results := v_results || jsonb_build_array(
            jsonb_build_array('ok') || qor_scanned(v_item));
    END LOOP;
    RETURN jsonb_build_object('results', v_results);
END
$fn$
"""

# app.preservation.binding.remove_from_order.
BINDING_REMOVE = """
CREATE OR REPLACE FUNCTION qor_binding_remove(
    p_actor text, p_at text, p_order bigint, p_scans text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_scan text;
    v_item bigint;
    v_line bigint;
    v_status text;
    v_results jsonb := '[]'::jsonb;
    v_entries jsonb := '[]'::jsonb;
BEGIN
    SELECT status INTO v_status FROM binding_order WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('error', 'no-order');
    END IF;
    IF v_status <> 'collecting' THEN
        RETURN jsonb_build_object('error', 'sent');
    END IF;
    FOREACH v_scan IN ARRAY p_scans LOOP
        v_item := qor_scan_item(v_scan);
        PERFORM 1 FROM item WHERE id = v_item FOR UPDATE;
        v_line := NULL;
        SELECT id INTO v_line FROM binding_order_copy
        WHERE order_id = p_order AND item_id = v_item;
        IF v_line IS NULL THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'not-in-order'));
            CONTINUE;
        END IF;
        DELETE FROM binding_order_copy WHERE id = v_line;
        UPDATE binding_wait SET order_id = NULL WHERE item_id = v_item AND order_id = p_order;
        v_entries := v_entries || jsonb_build_array(jsonb_build_array(
            'binding.remove', 'binding_order', p_order::text, '',
            '{"item": ' || v_item::text || '}'));
        v_results := v_results || jsonb_build_array(
            jsonb_build_array('ok') || qor_scanned(v_item));
    END LOOP;
    IF jsonb_array_length(v_entries) > 0 THEN
        PERFORM qor_log_events(p_actor, p_at, v_entries);
    END IF;
    RETURN jsonb_build_object('results', v_results);
END
$fn$
"""

# app.preservation.binding.receive_copies and settle_orders. `p_from`: the statuses that may
# go to "available".
BINDING_RECEIVE = """
CREATE OR REPLACE FUNCTION qor_binding_receive(
    p_actor text, p_at text, p_now timestamptz, p_scans text[], p_order bigint, p_day date,
    p_from text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_scan text;
    v_item bigint;
    v_number text;
    v_status text;
    v_line bigint;
    v_line_order bigint;
    v_touched bigint[] := '{}';
    v_order bigint;
    v_left integer;
    v_back integer;
    v_new text;
    v_results jsonb := '[]'::jsonb;
    v_entries jsonb := '[]'::jsonb;
    v_message text;
BEGIN
    FOREACH v_scan IN ARRAY p_scans LOOP
        v_item := qor_scan_item(v_scan);
        IF v_item IS NULL THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'no-copy'));
            CONTINUE;
        END IF;
        SELECT inventory_number, status INTO v_number, v_status FROM item
        WHERE id = v_item FOR UPDATE;
        v_line := NULL;
        SELECT boc.id, boc.order_id INTO v_line, v_line_order FROM binding_order_copy boc
        JOIN binding_order bo ON bo.id = boc.order_id
        WHERE boc.item_id = v_item AND boc.returned_on IS NULL
          AND bo.status IN ('sent', 'partly-returned')
          AND (p_order IS NULL OR boc.order_id = p_order)
        ORDER BY boc.id LIMIT 1
        FOR UPDATE OF boc;
        IF v_line IS NULL THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'not-out', v_number));
            CONTINUE;
        END IF;
        UPDATE binding_order_copy SET returned_on = p_day, returned_by = p_actor
        WHERE id = v_line;
        IF NOT (v_line_order = ANY (v_touched)) THEN
            v_touched := v_touched || v_line_order;
        END IF;
        IF v_status = 'written-off' THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('closed', v_scan, v_number, v_line_order));
            CONTINUE;
        END IF;
        IF v_status = 'to-be-written-off' THEN
            UPDATE writeoff_copy SET previous_status = 'available' WHERE item_id = v_item;
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('ok') || qor_scanned(v_item));
            CONTINUE;
        END IF;
        v_entries := v_entries || jsonb_build_array(qor_change_status(
            v_item, 'available', p_from,
            to_json('back from binding order ' || v_line_order)::text, p_now));
        v_results := v_results || jsonb_build_array(
            jsonb_build_array('ok') || qor_scanned(v_item));
    END LOOP;
    -- The orders' status, brought up to date with their copies, in order of number.
    FOR v_order IN SELECT unnest(v_touched) AS o ORDER BY o LOOP
        SELECT status INTO v_status FROM binding_order WHERE id = v_order FOR UPDATE;
        CONTINUE WHEN v_status NOT IN ('sent', 'partly-returned');
        SELECT count(*) FILTER (WHERE boc.returned_on IS NULL AND i.status <> 'written-off'),
               count(*) FILTER (WHERE boc.returned_on IS NOT NULL)
        INTO v_left, v_back
        FROM binding_order_copy boc JOIN item i ON i.id = boc.item_id
        WHERE boc.order_id = v_order;
        CONTINUE WHEN v_left > 0 AND v_back = 0;
        v_new := CASE WHEN v_left > 0 THEN 'partly-returned' ELSE 'returned' END;
        CONTINUE WHEN v_new = v_status;
        UPDATE binding_order SET status = v_new,
            closed_on = CASE WHEN v_left = 0 THEN p_day ELSE closed_on END
        WHERE id = v_order;
        v_entries := v_entries || jsonb_build_array(jsonb_build_array(
            'binding.return', 'binding_order', v_order::text, '',
            '{"status": ' || to_json(v_new)::text || ', "still_out": ' || v_left || '}'));
    END LOOP;
    IF jsonb_array_length(v_entries) > 0 THEN
        PERFORM qor_log_events(p_actor, p_at, v_entries);
    END IF;
    RETURN jsonb_build_object('results', v_results);
EXCEPTION WHEN SQLSTATE 'QR001' THEN
    GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT;
    RETURN v_message::jsonb;
END
$fn$
"""

# app.preservation.digitisation.send_for_digitisation. `p_after`: the 'digitisation.send'
# entry's after, cut where the copy's id goes; `p_reason`: the status change's reason (JSON).
DIGITISATION_SEND = """
CREATE OR REPLACE FUNCTION qor_digitisation_send(
    p_actor text, p_at text, p_now timestamptz, p_scans text[], p_kind text, p_reason text,
    p_sent_on date, p_notes text, p_from text[], p_status_reason text, p_after text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_scan text;
    v_item bigint;
    v_number text;
    v_status text;
    v_order bigint;
    v_order_status text;
    v_entry bigint;
    v_results jsonb := '[]'::jsonb;
    v_entries jsonb := '[]'::jsonb;
    v_message text;
BEGIN
    FOREACH v_scan IN ARRAY p_scans LOOP
        v_item := qor_scan_item(v_scan);
        IF v_item IS NULL THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'no-copy'));
            CONTINUE;
        END IF;
        SELECT inventory_number, status INTO v_number, v_status FROM item
        WHERE id = v_item FOR UPDATE;
        IF v_status <> 'available' THEN
            v_results := v_results || jsonb_build_array(
                jsonb_build_array('refused', v_scan, 'status', v_number, v_status));
            CONTINUE;
        END IF;
        v_order := qor_binding_open_order(v_item);
        IF v_order IS NOT NULL THEN
            SELECT status INTO v_order_status FROM binding_order WHERE id = v_order;
            v_results := v_results || jsonb_build_array(jsonb_build_array(
                'refused', v_scan,
                CASE WHEN v_order_status = 'collecting' THEN 'collecting' ELSE 'at-bindery' END,
                v_number, v_order));
            CONTINUE;
        END IF;
        v_entries := v_entries || jsonb_build_array(qor_change_status(
            v_item, 'being-digitised', p_from, p_status_reason, p_now));
        INSERT INTO digitisation_entry (item_id, kind, reason, sent_on, returned_on,
                                        file_reference, pages, notes, created_at, created_by)
        VALUES (v_item, p_kind, p_reason, p_sent_on, NULL, '', NULL, p_notes, p_now, p_actor)
        RETURNING id INTO v_entry;
        v_entries := v_entries || jsonb_build_array(jsonb_build_array(
            'digitisation.send', 'digitisation', v_entry::text, '',
            p_after[1] || v_item::text || p_after[2]));
        v_results := v_results || jsonb_build_array(
            jsonb_build_array('ok') || qor_scanned(v_item));
    END LOOP;
    IF jsonb_array_length(v_entries) > 0 THEN
        PERFORM qor_log_events(p_actor, p_at, v_entries);
    END IF;
    RETURN jsonb_build_object('results', v_results);
EXCEPTION WHEN SQLSTATE 'QR001' THEN
    GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT;
    RETURN v_message::jsonb;
END
$fn$
"""

# app.preservation.digitisation.record_outcome. `p_after`: the 'digitisation.done' entry's
# after (all known to the workstation).
DIGITISATION_DONE = """
CREATE OR REPLACE FUNCTION qor_digitisation_done(
    p_actor text, p_at text, p_now timestamptz, p_scan text, p_file text, p_pages integer,
    p_day date, p_from text[], p_after text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_item bigint;
    v_number text;
    v_entry digitisation_entry%ROWTYPE;
    v_entries jsonb := '[]'::jsonb;
    v_message text;
BEGIN
    v_item := qor_scan_item(p_scan);
    IF v_item IS NULL THEN
        RETURN jsonb_build_object('error', 'no-copy');
    END IF;
    SELECT inventory_number INTO v_number FROM item WHERE id = v_item FOR UPDATE;
    SELECT * INTO v_entry FROM digitisation_entry
    WHERE item_id = v_item AND returned_on IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('error', 'no-entry', 'number', v_number);
    END IF;
    UPDATE digitisation_entry SET returned_on = p_day, file_reference = p_file, pages = p_pages
    WHERE id = v_entry.id;
    v_entries := jsonb_build_array(qor_change_status(
        v_item, 'available', p_from, to_json(v_entry.kind || ' done')::text, p_now));
    v_entries := v_entries || jsonb_build_array(jsonb_build_array(
        'digitisation.done', 'digitisation', v_entry.id::text, '', p_after));
    PERFORM qor_log_events(p_actor, p_at, v_entries);
    RETURN jsonb_build_object('entry', (
        SELECT jsonb_build_object(
            'id', d.id, 'item_id', d.item_id, 'record_id', i.record_id,
            'inventory_number', i.inventory_number, 'title', r.title, 'kind', d.kind,
            'reason', d.reason, 'sent_on', d.sent_on, 'returned_on', d.returned_on,
            'file_reference', d.file_reference, 'pages', d.pages, 'notes', d.notes)
        FROM digitisation_entry d JOIN item i ON i.id = d.item_id
        JOIN record r ON r.id = i.record_id WHERE d.id = v_entry.id));
EXCEPTION WHEN SQLSTATE 'QR001' THEN
    GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT;
    RETURN v_message::jsonb;
END
$fn$
"""

# app.preservation.repair.record_repair: start_repair and finish_repair of one sitting, in one
# transaction. `p_to_repair`/`p_to_available`: the statuses that may go "in repair" and
# "available"; `p_start_after`: the 'repair.start' entry's after cut where the copy's id
# goes; `p_finish_after`: the 'repair.finish' entry's after.
REPAIR_RECORD = """
CREATE OR REPLACE FUNCTION qor_repair_record(
    p_actor text, p_at text, p_now timestamptz, p_scan text, p_type text, p_by text,
    p_on date, p_materials text, p_minutes integer, p_before text, p_after_condition text,
    p_notes text, p_to_repair text[], p_to_available text[], p_start_reason text,
    p_finish_reason text, p_start_after text[], p_finish_after text, p_key text
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_item bigint;
    v_number text;
    v_title text;
    v_order bigint;
    v_order_status text;
    v_entry bigint;
    v_entries jsonb := '[]'::jsonb;
    v_message text;
BEGIN
    -- Sent again after its answer was lost: the repair it logged, not a second one.
    IF p_key IS NOT NULL THEN
        SELECT e.id, e.item_id, i.inventory_number, r.title
        INTO v_entry, v_item, v_number, v_title
        FROM repair_entry e JOIN item i ON i.id = e.item_id JOIN record r ON r.id = i.record_id
        WHERE e.scan_key = p_key;
        IF FOUND THEN
            RETURN jsonb_build_object('entry', v_entry, 'item_id', v_item, 'number', v_number,
                                      'title', v_title);
        END IF;
    END IF;
    v_item := qor_scan_item(p_scan);
    IF v_item IS NULL THEN
        RETURN jsonb_build_object('error', 'no-copy');
    END IF;
    SELECT i.inventory_number, r.title INTO v_number, v_title
    FROM item i JOIN record r ON r.id = i.record_id WHERE i.id = v_item FOR UPDATE OF i;
    v_order := qor_binding_open_order(v_item);
    IF v_order IS NOT NULL THEN
        SELECT status INTO v_order_status FROM binding_order WHERE id = v_order;
        RETURN jsonb_build_object(
            'error', CASE WHEN v_order_status = 'collecting' THEN 'collecting'
                          ELSE 'at-bindery' END,
            'number', v_number, 'order', v_order);
    END IF;
    v_entries := jsonb_build_array(qor_change_status(
        v_item, 'in-repair', p_to_repair, p_start_reason, p_now));
    INSERT INTO repair_entry (item_id, repair_type, performed_by, started_on, finished_on,
                              materials, minutes, condition_before, condition_after, notes,
                              created_at, created_by, scan_key)
    VALUES (v_item, p_type, p_by, p_on, NULL, p_materials, 0, p_before, '', p_notes,
            p_now, p_actor, p_key)
    RETURNING id INTO v_entry;
    v_entries := v_entries || jsonb_build_array(jsonb_build_array(
        'repair.start', 'repair', v_entry::text, '',
        p_start_after[1] || v_item::text || p_start_after[2]));
    UPDATE repair_entry SET finished_on = p_on, condition_after = p_after_condition,
        minutes = p_minutes
    WHERE id = v_entry;
    v_entries := v_entries || jsonb_build_array(qor_change_status(
        v_item, 'available', p_to_available, p_finish_reason, p_now));
    v_entries := v_entries || jsonb_build_array(jsonb_build_array(
        'repair.finish', 'repair', v_entry::text, '', p_finish_after));
    PERFORM qor_log_events(p_actor, p_at, v_entries);
    RETURN jsonb_build_object('entry', v_entry, 'item_id', v_item, 'number', v_number,
                              'title', v_title);
EXCEPTION WHEN SQLSTATE 'QR001' THEN
    GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT;
    RETURN v_message::jsonb;
END
$fn$
"""

FUNCTIONS = (
    SCAN_ITEM,
    OPEN_ORDER,
    CHANGE_STATUS,
    SCANNED,
    BINDING_REFUSAL,
    BINDING_WAIT,
    BINDING_ADD,
    BINDING_REMOVE,
    BINDING_RECEIVE,
    DIGITISATION_SEND,
    DIGITISATION_DONE,
    REPAIR_RECORD,
)

# Dropped in the reverse order of creation (the callers before what they call).
SIGNATURES = (
    "qor_repair_record(text, text, timestamptz, text, text, text, date, text, integer, text, "
    "text, text, text[], text[], text, text, text[], text, text)",
    "qor_digitisation_done(text, text, timestamptz, text, text, integer, date, text[], text)",
    "qor_digitisation_send(text, text, timestamptz, text[], text, text, date, text, text[], "
    "text, text[])",
    "qor_binding_receive(text, text, timestamptz, text[], bigint, date, text[])",
    "qor_binding_remove(text, text, bigint, text[])",
    "qor_binding_add(timestamptz, bigint, text[])",
    "qor_binding_wait(text, text, timestamptz, text[], text, text, text)",
    "qor_binding_refusal(text, bigint)",
    "qor_scanned(bigint)",
    "qor_change_status(bigint, text, text[], text, timestamptz)",
    "qor_binding_open_order(bigint)",
    "qor_scan_item(text)",
)


def upgrade() -> None:
    op.add_column("repair_entry", sa.Column("scan_key", sa.String(length=64), nullable=True))
    op.create_index("uq_repair_entry_scan_key", "repair_entry", ["scan_key"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for body in FUNCTIONS:
            op.execute(body)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for signature in SIGNATURES:
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    with op.batch_alter_table("repair_entry") as batch:
        batch.drop_index("uq_repair_entry_scan_key")
        batch.drop_column("scan_key")
