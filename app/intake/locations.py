"""Locations: the departments, storages and shelf ranges copies live at."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import DuplicateBarcode, InvalidInput, LocationExists, LocationNotFound
from app.i18n import translate
from app.intake.barcodes import BarcodeScheme, normalise_scan
from app.intake.numbering import current_settings, is_inventory_number_form
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import Item, Location, Record
from db.session import Database

CODE = re.compile(r"^[^\s@]{1,32}$")


class ShelfBarcodeClash(InvalidInput):
    """A copy barcode that is a shelf's barcode, or a shelf barcode that is (or would become)
    a copy's: one scan must never mean both a shelf and a copy."""

    def __init__(self, barcode: str, location_code: str = "") -> None:
        self.barcode, self.location_code = barcode, location_code
        text = (
            translate(
                "errors",
                "Barcode {barcode} is the shelf barcode of location {code}; a copy cannot "
                "carry it.",
            )
            if location_code
            else translate(
                "errors",
                "Shelf barcode {barcode} has the form of an inventory number: under the "
                "Code 128 scheme a copy will carry it. Give the shelf a barcode of another "
                "form (e.g. with letters).",
            )
        )
        super().__init__(text.format(barcode=barcode, code=location_code))


def shelf_with_barcode(session: Session, barcode: str) -> str | None:
    """The code of the location whose shelf barcode is `barcode`, or None."""
    return session.execute(select(Location.code).where(Location.barcode == barcode)).scalar()


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    department: str
    shelf_from: str
    shelf_to: str
    barcode: str | None


def _info(row: Location) -> LocationInfo:
    return LocationInfo(
        row.id, row.code, row.name, row.department, row.shelf_from, row.shelf_to, row.barcode
    )


def add_location(
    db: Database,
    actor: Actor,
    code: str,
    name: str,
    department: str = "",
    shelf_from: str = "",
    shelf_to: str = "",
    barcode: str | None = None,
) -> LocationInfo:
    """Add a location. Its code has no blanks and no '@' (audit scan files write a shelf
    context as '@CODE'); a shelf barcode, when given, is unique among locations."""
    require(actor, "add locations", Role.INTAKE)
    code, name = code.strip(), name.strip()
    if not CODE.match(code):
        raise InvalidInput(
            translate(
                "errors", "Location code '{code}' must be 1–32 characters without blanks or '@'."
            ).format(code=code)
        )
    if not name:
        raise InvalidInput(translate("errors", "Location {code} needs a name.").format(code=code))
    shelf_barcode = normalise_scan(barcode) if barcode else None
    with db.write() as session:
        clash = [Location.code == code]
        if shelf_barcode:
            clash.append(Location.barcode == shelf_barcode)
        if session.execute(select(Location.id).where(or_(*clash))).first():
            raise LocationExists(code)
        if shelf_barcode:
            _check_not_a_copy_barcode(session, shelf_barcode)
        row = Location(
            code=code,
            name=name,
            department=department.strip(),
            shelf_from=shelf_from.strip(),
            shelf_to=shelf_to.strip(),
            barcode=shelf_barcode,
        )
        session.add(row)
        session.flush()
        info = _info(row)
        record_event(session, actor, "location.add", "location", row.id, after=info.__dict__)
        return info


def _check_not_a_copy_barcode(session: Session, barcode: str) -> None:
    owner = session.execute(
        select(Item.inventory_number, Record.title)
        .join(Record, Record.id == Item.record_id)
        .where(Item.barcode == barcode)
    ).first()
    if owner is not None:
        raise DuplicateBarcode(barcode, owner.inventory_number, owner.title)
    settings = current_settings(session)
    if settings.barcode_scheme == BarcodeScheme.CODE128_INVENTORY and is_inventory_number_form(
        settings.inventory_format, barcode
    ):
        raise ShelfBarcodeClash(barcode)


def location_by_code(session: Session, code: str) -> Location:
    row = session.execute(
        select(Location).where(Location.code == code.strip())
    ).scalar_one_or_none()
    if row is None:
        raise LocationNotFound(code)
    return row


def get_location(db: Database, code: str) -> LocationInfo:
    with db.read() as session:
        return _info(location_by_code(session, code))


def location_by_barcode(db: Database, barcode: str) -> LocationInfo | None:
    """The location a shelf barcode belongs to (the scanning context in audits)."""
    with db.read() as session:
        row = session.execute(
            select(Location).where(Location.barcode == normalise_scan(barcode))
        ).scalar_one_or_none()
        return _info(row) if row else None


def list_locations(db: Database) -> list[LocationInfo]:
    with db.read() as session:
        rows = session.execute(select(Location).order_by(Location.code)).scalars()
        return [_info(r) for r in rows]
