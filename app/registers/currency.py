"""Copies priced in another currency count in the КСУ by their value in tenge at receipt:
entered with the accession act as the rate of the day, stored on each copy (price_kzt)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select

from app.errors import InvalidInput
from app.i18n import translate
from app.intake.accession import get_accession
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import Item
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
