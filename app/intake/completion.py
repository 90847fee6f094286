"""Completing a copy after it was added: putting a label on it (a pre-printed one scanned, or
one made by the library's scheme), giving it a call number, moving it to a location. A copy
added with fewer labels than copies, or without a call number, is finished here before it
can be released to the fund.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import CopyNotFound, DuplicateBarcode, InvalidInput, NotInProcessing
from app.i18n import translate
from app.intake.copies import (
    CopyInfo,
    check_barcode_free,
    copy_by_barcode,
    copy_by_inventory_number,
    copy_info,
    generated_barcode,
    item_in,
    preprinted_labels,
)
from app.intake.locations import location_by_code
from app.intake.numbering import current_settings
from app.intake.status import ItemStatus, missing_for_release
from app.security.eventlog import record_event
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
