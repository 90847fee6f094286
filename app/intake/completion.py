"""Completing a copy after it was added: putting a label on it (a pre-printed one scanned, or
one made by the library's scheme), giving it a call number, moving it to a location. A copy
added with fewer labels than copies, or without a call number, is finished here before it
can be released to the fund; the release desk's scans, released as they were read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import cast

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.errors import (
    CopyIncomplete,
    CopyNotFound,
    DuplicateBarcode,
    InvalidInput,
    NotInProcessing,
)
from app.i18n import translate
from app.intake.copies import (
    RELEASED_BECAUSE,
    CopyInfo,
    RefusedCopy,
    ReleaseResult,
    check_barcode_free,
    copy_by_barcode,
    copy_by_inventory_number,
    copy_info,
    generated_barcode,
    item_in,
    not_in_processing,
    preprinted_labels,
    release_copies,
)
from app.intake.locations import location_by_code
from app.intake.numbering import current_settings
from app.intake.status import ItemStatus, missing_for_release
from app.security.eventlog import json_value, record_event
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue
from app.unioncat.states import OutboxChange
from db.models import Item, Location, Record
from db.session import Database

CALL_NUMBER_MAX = 100  # the column's width


def find_copy(db: Database, ref: str) -> CopyInfo:
    """The copy `ref` names: its barcode (as scanned) or, for a copy without a label yet, its
    inventory number."""
    found = copy_by_barcode(db, ref) or copy_by_inventory_number(db, ref)
    if found is None:
        raise CopyNotFound(ref.strip())
    return found


def missing_for(copy: CopyInfo) -> list[str]:
    """What a copy still lacks for release, by the release rule itself (which reads only
    these attributes of an item), untranslated ("no call number")."""
    item = SimpleNamespace(
        record_id=copy.record_id,
        inventory_number=copy.inventory_number,
        barcode=copy.barcode,
        location_id=1 if copy.location_code else None,
        call_number=copy.call_number,
    )
    return missing_for_release(cast(Item, item))


def complete_copy(
    db: Database,
    actor: Actor,
    item_id: int,
    *,
    barcode: str | None = None,
    generate_barcode: bool = False,
    call_number: str | None = None,
    location_code: str | None = None,
) -> CopyInfo:
    """Change what is given, in one transaction, each change in the event log: the label
    (`barcode` scanned from a pre-printed label, or `generate_barcode` by the library's scheme;
    only while the copy is in processing, and never one another copy or a shelf carries), the
    call number, the location. Holdings sent to the union catalog change with them."""
    if barcode is not None and generate_barcode:
        raise InvalidInput(
            translate("errors", "Give a scanned label or ask for a barcode to be made, not both.")
        )
    labelling = barcode is not None or generate_barcode
    if not labelling and call_number is None and location_code is None:
        raise InvalidInput(
            translate("errors", "Nothing to change: give a barcode, a call number or a location.")
        )
    if labelling or call_number is not None:
        require(actor, "label copies", Role.INTAKE)
    if location_code is not None:
        require(actor, "move copies", Role.INTAKE)
    shelf_mark = _call_number(call_number) if call_number is not None else None
    try:
        with db.write() as session:
            item = item_in(session, item_id)
            if item.status == ItemStatus.WRITTEN_OFF:
                raise InvalidInput(
                    translate("errors", "Copy {number} is written off: it no longer changes.")
                    .format(number=item.inventory_number)
                )  # fmt: skip
            changed = False
            if labelling:
                if item.status != ItemStatus.IN_PROCESSING:
                    raise NotInProcessing(item.inventory_number, item.status)
                settings = current_settings(session)
                if barcode is not None:
                    (code,) = preprinted_labels([barcode], settings, item.inventory_number)
                else:
                    made = generated_barcode(session, settings, item.inventory_number, None)
                    # None: under Code 128 something already carries the number; say what.
                    code = made if made is not None else item.inventory_number
                if code != item.barcode:
                    check_barcode_free(session, code)
                    record_event(
                        session, actor, "item.barcode", "item", item.id,
                        before={"barcode": item.barcode},
                        after={"barcode": code, "inventory_number": item.inventory_number},
                    )  # fmt: skip
                    item.barcode = code
                    changed = True
            if shelf_mark is not None and shelf_mark != item.call_number:
                record_event(
                    session, actor, "item.call-number", "item", item.id,
                    before={"call_number": item.call_number},
                    after={"call_number": shelf_mark, "inventory_number": item.inventory_number},
                )  # fmt: skip
                item.call_number = shelf_mark
                changed = True
            if location_code is not None:
                location = location_by_code(session, location_code)
                if location.id != item.location_id:
                    before = (
                        session.execute(
                            select(Location.code).where(Location.id == item.location_id)
                        ).scalar()
                        if item.location_id is not None
                        else None
                    )
                    record_event(
                        session, actor, "item.location", "item", item.id,
                        before={"location": before},
                        after={"location": location.code,
                               "inventory_number": item.inventory_number},
                    )  # fmt: skip
                    item.location_id = location.id
                    changed = True
            if changed:
                item.updated_at = datetime.now(UTC)
                session.flush()
                control = session.execute(
                    select(Record.control_number).where(Record.id == item.record_id)
                ).scalar_one()
                enqueue(session, item.record_id, control, OutboxChange.UPSERT)
            return copy_info(session, item)
    except IntegrityError as exc:
        # Another desk put this label on a copy between our check and our update.
        if barcode is not None and (owner := copy_by_barcode(db, barcode)) is not None:
            raise DuplicateBarcode(
                owner.barcode or barcode, owner.inventory_number, owner.title
            ) from exc
        raise


def _call_number(text: str) -> str:
    shelf_mark = " ".join(text.split())
    if not shelf_mark:
        raise InvalidInput(translate("errors", "A call number cannot be empty."))
    if len(shelf_mark) > CALL_NUMBER_MAX:
        raise InvalidInput(
            translate("errors", "A call number has at most {most} characters.").format(
                most=CALL_NUMBER_MAX
            )
        )
    return shelf_mark


def assign_barcode(db: Database, actor: Actor, item_id: int, barcode: str) -> CopyInfo:
    """Put a (pre-printed) label on a copy in processing, replacing any barcode it had."""
    return complete_copy(db, actor, item_id, barcode=barcode)


def generate_barcode(db: Database, actor: Actor, item_id: int) -> CopyInfo:
    """Give a copy in processing the barcode the library's scheme makes for it."""
    return complete_copy(db, actor, item_id, generate_barcode=True)


def set_call_number(db: Database, actor: Actor, item_id: int, call_number: str) -> CopyInfo:
    return complete_copy(db, actor, item_id, call_number=call_number)


def move_copy(db: Database, actor: Actor, item_id: int, location_code: str) -> CopyInfo:
    return complete_copy(db, actor, item_id, location_code=location_code)


# Scanned copies released in one statement on PostgreSQL: each moves only if it is still as it
# was read (in processing, the same number, complete), and only those that moved are logged
# (one batch under the log's head lock, in scan order) and queued for the union catalog.
_RELEASE_ON_SERVER = text(
    r"""
WITH wanted AS (
    SELECT (w.e->>0)::bigint AS id, w.e->>1 AS inventory_number, w.n
    FROM jsonb_array_elements(CAST(:wanted AS jsonb)) WITH ORDINALITY AS w(e, n)
), moved AS (
    UPDATE item i SET status = :available, updated_at = :now
    FROM wanted w
    WHERE i.id = w.id AND i.status = :in_processing
      AND i.inventory_number = w.inventory_number AND i.inventory_number <> ''
      AND i.record_id IS NOT NULL AND coalesce(i.barcode, '') <> ''
      AND i.location_id IS NOT NULL AND btrim(i.call_number, E' \t\n\r\f\v') <> ''
    RETURNING i.id, i.record_id, w.n
), queued AS (
    INSERT INTO sync_outbox (record_id, control_number, change, queued_at)
    SELECT DISTINCT m.record_id, r.control_number, :upsert, :now
    FROM moved m JOIN record r ON r.id = m.record_id
    ON CONFLICT (record_id) DO UPDATE
    SET control_number = excluded.control_number, change = excluded.change,
        queued_at = excluded.queued_at
)
SELECT (SELECT coalesce(jsonb_agg(m.id ORDER BY m.n), '[]'::jsonb) FROM moved m),
       CASE WHEN EXISTS (SELECT 1 FROM moved) THEN qor_log_events(:actor, :at, (
           SELECT jsonb_agg(CAST(:entries AS jsonb) -> (m.n::int - 1) ORDER BY m.n)
           FROM moved m)) END
"""
)


def release_scanned(db: Database, actor: Actor, copies: Sequence[CopyInfo]) -> list[ReleaseResult]:
    """The release desk's scans, each copy already looked up (`copy_by_barcode`), released
    one after another as `release_copies([its barcode])` would release it, each answered
    alone. On PostgreSQL the whole burst is one statement: one round trip, no BEGIN or COMMIT
    (a branch's release scan costs its look-up and this). A copy that changed since it was
    read goes through `release_copies`, which decides on it as it is now. On SQLite,
    `release_copies` each."""
    require(actor, "release copies", Role.INTAKE)
    if db.is_sqlite:
        return [release_copies(db, actor, [c.barcode or c.inventory_number]) for c in copies]
    answers: list[ReleaseResult | None] = [None] * len(copies)
    wanted: list[tuple[int, CopyInfo]] = []  # (place in the burst, copy) the rule lets go
    taken: set[int] = set()
    for n, copy in enumerate(copies):
        ref = copy.barcode or copy.inventory_number
        if copy.status != ItemStatus.IN_PROCESSING or copy.id in taken:
            # (scanned twice in a burst: the first scan released it)
            status = ItemStatus.AVAILABLE.value if copy.id in taken else copy.status
            answers[n] = ReleaseResult(
                refused=[not_in_processing(ref, copy.inventory_number, status)]
            )
        elif missing := missing_for(copy):
            reason = str(CopyIncomplete(copy.inventory_number, missing))
            answers[n] = ReleaseResult(refused=[RefusedCopy(ref, reason)])
        else:
            taken.add(copy.id)
            wanted.append((n, copy))
    if wanted:
        moved = db.contended(_release_on_server, db, actor.name, [copy for _n, copy in wanted])
        for n, copy in wanted:
            if copy.id in moved:
                answers[n] = ReleaseResult(
                    released=[replace(copy, status=ItemStatus.AVAILABLE.value)]
                )
            else:  # changed since it was read
                answers[n] = release_copies(db, actor, [copy.barcode or copy.inventory_number])
    return [answer for answer in answers if answer is not None]


def _release_on_server(db: Database, actor: str, copies: list[CopyInfo]) -> set[int]:
    """The ids of `copies` that moved from processing to the fund, logged and queued."""
    entries = [
        [
            "item.status", "item", str(copy.id), json_value({"status": copy.status}),
            json_value({
                "status": ItemStatus.AVAILABLE.value,
                "inventory_number": copy.inventory_number,
                "reason": RELEASED_BECAUSE,
            }),
        ]
        for copy in copies
    ]  # fmt: skip
    now = datetime.now(UTC)
    with db.autocommit() as session:
        moved_ids, _logged = session.execute(
            _RELEASE_ON_SERVER,
            {
                "wanted": json.dumps([[copy.id, copy.inventory_number] for copy in copies]),
                "available": ItemStatus.AVAILABLE.value,
                "in_processing": ItemStatus.IN_PROCESSING.value,
                "upsert": OutboxChange.UPSERT.value,
                "now": now,
                "actor": actor,
                "at": now.isoformat(timespec="microseconds"),
                "entries": json.dumps(entries),
            },
        ).one()
    return set(moved_ids)
