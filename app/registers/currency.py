"""Copies priced in another currency count in the КСУ by their value in tenge at receipt:
entered with the accession act as the rate of the day, stored on each copy (price_kzt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import case, func, select

from app.errors import InvalidInput
from app.i18n import translate
from app.intake.accession import get_accession
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import AccessionBatch, Item
from db.session import Database


def set_tenge_value(
    db: Database, actor: Actor, accession_id: int, currency: str, rate: str | Decimal
) -> int:
    """Give the copies of accession `accession_id` priced in `currency` their value in tenge
    at `rate` (tenge for one unit); returns how many copies were valued."""
    require(actor, "open accession batches", Role.INTAKE)
    currency = currency.strip().upper()
    try:
        value = Decimal(str(rate).replace(",", ".").replace("\u202f", "").replace(" ", ""))
    except InvalidOperation:
        value = Decimal(0)
    if value <= 0:
        raise InvalidInput(
            translate("errors", "The rate '{rate}' is not a positive number.").format(rate=rate)
        )
    batch = get_accession(db, accession_id)
    with db.write() as session:
        items = session.execute(
            select(Item).where(Item.accession_id == accession_id, Item.currency == currency)
        ).scalars().all()  # fmt: skip
        if not items:
            raise InvalidInput(
                translate("errors", "Accession {number} has no copy priced in {currency}.").format(
                    number=batch.number, currency=currency
                )
            )
        for item in items:
            if item.price is not None:
                item.price_kzt = (item.price * value).quantize(Decimal("0.01"), ROUND_HALF_UP)
        record_event(
            session, actor, "accession.rate", "accession", accession_id,
            after={"currency": currency, "rate": str(value), "copies": len(items)},
        )  # fmt: skip
        return len(items)


@dataclass(frozen=True)
class ForeignPriced:
    """An accession's copies priced in one foreign currency: how many, how many still
    without their value in tenge, and the rate their value was last entered at (if any)."""

    accession_id: int
    number: str
    received_on: date
    currency: str
    copies: int
    unvalued: int
    rate: Decimal | None


def foreign_priced(db: Database) -> list[ForeignPriced]:
    """Accessions with copies priced in another currency, those still to value first, then
    the newest: what the registers screen offers for entering the rate of the day."""
    with db.read() as session:
        rows = session.execute(
            select(
                AccessionBatch.id, AccessionBatch.number, AccessionBatch.received_on,
                Item.currency, func.count(Item.id),
                func.sum(case((Item.price_kzt.is_(None) & Item.price.is_not(None), 1), else_=0)),
                func.max(case((Item.price > 0, Item.price_kzt / Item.price), else_=None)),
            )
            .join(Item, Item.accession_id == AccessionBatch.id)
            .where(Item.currency != "KZT")
            .group_by(AccessionBatch.id, AccessionBatch.number, AccessionBatch.received_on,
                      Item.currency)
        ).all()  # fmt: skip
    found = [
        ForeignPriced(
            aid, number, on, currency, int(copies), int(unvalued or 0),
            Decimal(rate).quantize(Decimal("0.01"), ROUND_HALF_UP) if rate is not None else None,
        )
        for aid, number, on, currency, copies, unvalued, rate in rows
    ]  # fmt: skip
    return sorted(
        found, key=lambda f: (f.unvalued == 0, -f.received_on.toordinal(), -f.accession_id)
    )
