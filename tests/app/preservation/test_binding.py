"""Binding orders: collected by scanning, sent (copies at bindery), received back partly and
wholly (copies available again), overdue when past due with copies out; the copy's history
keeps every order."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InvalidInput
from app.intake.copies import get_copy
from app.preservation.binding import (
    OrderStatus,
    add_to_order,
    add_to_waiting_list,
    bind_copies,
    get_order,
    open_binding_order,
    overdue_orders,
    receive_copies,
    send_order,
    waiting_list,
)
from app.preservation.history import copy_history
from tests.app.preservation.conftest import Fund


def test_order_sent_received_partly_then_wholly(fund: Fund) -> None:
    db, admin = fund.db, fund.admin
    order = open_binding_order(
        db, admin, "Кітап түптеу шеберханасы", "hard-cover", "Қатты мұқаба, алтын жазу",
        due_on=date(2026, 3, 1), cost="12000",
    )  # fmt: skip
    scans = add_to_order(db, admin, order.id, [*fund.barcodes[:3], fund.barcodes[0], "NOPE"])
    assert [c.inventory_number for c in scans.accepted] == ["1", "2", "3"]
    assert [r.ref for r in scans.refused] == ["NOPE"]

    sent = send_order(db, admin, order.id, sent_on=date(2026, 2, 1))
    assert sent.status == OrderStatus.SENT and sent.out == 3
    assert {get_copy(db, c.id).status for c in fund.copies[:3]} == {"at-bindery"}
    # A copy at the bindery cannot go into another order.
    again = open_binding_order(db, admin, "Басқа", "restoration")
    assert add_to_order(db, admin, again.id, [fund.barcodes[0]]).refused

    assert [o.id for o in overdue_orders(db, today=date(2026, 3, 2))] == [order.id]
    assert overdue_orders(db, today=date(2026, 2, 20)) == []

    back = receive_copies(db, admin, [fund.barcodes[1]], returned_on=date(2026, 2, 25))
    assert [c.inventory_number for c in back.accepted] == ["2"]
    partly = get_order(db, order.id, today=date(2026, 3, 2))
    assert partly.status == OrderStatus.PARTLY_RETURNED and partly.out == 2 and partly.overdue
    assert get_copy(db, fund.copies[1].id).status == "available"

    receive_copies(db, admin, [fund.barcodes[0], fund.barcodes[2]], order_id=order.id)
    done = get_order(db, order.id, today=date(2026, 3, 2))
    assert done.status == OrderStatus.RETURNED and done.out == 0 and not done.overdue
    assert {get_copy(db, c.id).status for c in fund.copies[:3]} == {"available"}
    # Scanning a copy that is not out is refused, not silently accepted.
    assert receive_copies(db, admin, [fund.barcodes[0]]).refused

    # A second order for the same copy: the history keeps both.
    second, _ = bind_copies(db, admin, [fund.barcodes[0]], "Шеберхана", "restoration")
    history = copy_history(db, fund.copies[0].id)
    assert [h.ref for h in history if h.kind == "binding"] == [order.id, second.id]
    statuses = [h.summary for h in history if h.kind == "status"]
    assert any("available → at-bindery" in s for s in statuses)


def test_waiting_list_then_order(fund: Fund) -> None:
    db, admin = fund.db, fund.admin
    waiting = add_to_waiting_list(db, admin, fund.barcodes[3:5], "paperback-rebinding")
    assert len(waiting.accepted) == 2
    assert add_to_waiting_list(db, admin, fund.barcodes[3:4], "paperback-rebinding").refused
    assert [w.inventory_number for w in waiting_list(db)] == ["4", "5"]
    order = open_binding_order(
        db, admin, "Шеберхана", "paperback-rebinding", from_waiting_list=True
    )
    assert [c.inventory_number for c in order.copies] == ["4", "5"]
    assert waiting_list(db) == []
    with pytest.raises(InvalidInput):
        send_order(db, admin, open_binding_order(db, admin, "Бос", "other").id)
