"""The КСУ's opening balance: the fund a migration brought in. Part 3 of the summary book
starts from it — every migrated copy still in the fund when it came (not written off in the
source) and every group holding's amount, by type of document, under the source "migrated" —
and the rebuilt accession batches are not receipts of any period (their history, with the
withdrawals the source never recorded as acts, stays in the source system)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.migration.service import MIGRATED_SOURCE
from db.models import GroupHolding, Item, ItemLegacy

WRITTEN_OFF_IN_SOURCE = "6"


def opening_balance_rows(session: Session) -> list[tuple[str, int, int, Decimal]]:
    """(source, record id, copies, value in tenge) of the migrated fund: by record, so the КСУ
    breaks it down by type, branch of knowledge and language as it does its receipts."""
    copies = session.execute(
        select(
            Item.record_id,
            func.count(Item.id),
            func.sum(case((Item.currency == "KZT", Item.price), else_=0)),
        )
        .join(ItemLegacy, ItemLegacy.item_id == Item.id)
        .where(ItemLegacy.legacy_status != WRITTEN_OFF_IN_SOURCE)
        .group_by(Item.record_id)
    ).all()
    groups = session.execute(
        select(
            GroupHolding.record_id, func.sum(GroupHolding.amount), func.sum(GroupHolding.price)
        ).group_by(GroupHolding.record_id)
    ).all()
    return [
        (MIGRATED_SOURCE, record_id, int(n or 0), Decimal(value or 0))
        for record_id, n, value in [*copies, *groups]
    ]
