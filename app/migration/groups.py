"""Group holdings (copies counted by amount, without inventory numbers) as the other desks
see them: an audit lists those of its locations apart — they have no barcodes to scan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from db.models import GroupHolding, Location, Record, WriteOffAct, WriteOffGroup
from db.session import Database


def group_holdings_at(db: Database, location_codes: Sequence[str]) -> list[dict[str, Any]]:
    """The group holdings kept at these locations, by location and record, with the amount
    each still holds (less what approved write-off acts took; one with none left is gone)."""
    if not location_codes:
        return []
    taken = (
        select(func.coalesce(func.sum(WriteOffGroup.amount), 0))
        .join(WriteOffAct, WriteOffAct.id == WriteOffGroup.act_id)
        .where(WriteOffGroup.group_holding_id == GroupHolding.id, WriteOffAct.state == "approved")
        .scalar_subquery()
    )
    with db.read() as session:
        rows = session.execute(
            select(
                GroupHolding.id,
                Location.code,
                Record.id,
                Record.title,
                GroupHolding.designation,
                GroupHolding.amount - taken,
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
        if amount > 0
    ]
