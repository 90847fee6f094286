"""Group holdings (copies counted by amount, without inventory numbers) as the other desks
see them: an audit lists those of its locations apart — they have no barcodes to scan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from db.models import GroupHolding, Location, Record
from db.session import Database


def group_holdings_at(db: Database, location_codes: Sequence[str]) -> list[dict[str, Any]]:
    """The group holdings kept at these locations, by location and record."""
    if not location_codes:
        return []
    with db.read() as session:
        rows = session.execute(
            select(
                GroupHolding.id,
                Location.code,
                Record.id,
                Record.title,
                GroupHolding.designation,
                GroupHolding.amount,
            )
            .join(Location, Location.id == GroupHolding.location_id)
            .join(Record, Record.id == GroupHolding.record_id)
            .where(Location.code.in_(list(location_codes)))
            .order_by(Location.code, Record.title, GroupHolding.id)
        ).all()
    return [
        {
            "id": gid,
            "location": code,
            "record": rid,
            "title": title,
            "designation": designation,
            "amount": amount,
        }
        for gid, code, rid, title, designation, amount in rows
    ]
