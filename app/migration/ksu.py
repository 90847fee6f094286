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
from db.models import GroupHolding, Item, ItemLegacy, Record

WRITTEN_OFF_IN_SOURCE = "6"
# leader/06-07 read from the stored record (see app.registers.ksu)
_LEADER_06_07 = func.substr(Record.marc, 9, 2)


def opening_balance_rows(session: Session) -> list[tuple[str, str, int, Decimal]]:
    """(source, leader/06-07, copies, value in tenge) of the migrated fund."""
    copies = session.execute(
        select(
            _LEADER_06_07,
            func.count(Item.id),
            func.sum(case((Item.currency == "KZT", Item.price), else_=0)),
        )
        .join(ItemLegacy, ItemLegacy.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(ItemLegacy.legacy_status != WRITTEN_OFF_IN_SOURCE)
        .group_by(_LEADER_06_07)
    ).all()
    groups = session.execute(
        select(_LEADER_06_07, func.sum(GroupHolding.amount), func.sum(GroupHolding.price))
        .join(Record, Record.id == GroupHolding.record_id)
        .group_by(_LEADER_06_07)
    ).all()
    return [
        (MIGRATED_SOURCE, leader or "", int(n or 0), Decimal(value or 0))
        for leader, n, value in [*copies, *groups]
    ]
