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
    remove_from_order,
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


def test_copy_written_off_at_the_bindery_closes_its_line(fund: Fund) -> None:
    """Three copies sent, one written off while at the bindery, all three scanned back: the
    order closes, the written-off copy stays written off and is reported, not restored."""
    from app.registers.writeoff import write_off

    db, admin = fund.db, fund.admin
    order, _ = bind_copies(
        db, admin, fund.barcodes[:3], "Шеберхана", "hard-cover",
        sent_on=date(2026, 2, 1), due_on=date(2026, 3, 1),
    )  # fmt: skip
    write_off(db, admin, "loss", [fund.barcodes[1]], date(2026, 2, 10))
    assert get_order(db, order.id, today=date(2026, 2, 11)).out == 2

    back = receive_copies(db, admin, fund.barcodes[:3], returned_on=date(2026, 2, 20))
    assert [c.inventory_number for c in back.accepted] == ["1", "3"]
    assert [c.ref for c in back.closed] == [fund.barcodes[1]]
    assert "written off" in back.closed[0].reason
    done = get_order(db, order.id, today=date(2026, 3, 5))
    assert done.status == OrderStatus.RETURNED and done.out == 0 and not done.overdue
    assert get_copy(db, fund.copies[1].id).status == "written-off"
    assert {get_copy(db, c.id).status for c in (fund.copies[0], fund.copies[2])} == {"available"}


def test_order_closes_when_its_last_copy_out_is_written_off(fund: Fund) -> None:
    from app.registers.writeoff import write_off

    db, admin = fund.db, fund.admin
    order, _ = bind_copies(
        db, admin, fund.barcodes[:2], "Шеберхана", "hard-cover",
        sent_on=date(2026, 2, 1), due_on=date(2026, 3, 1),
    )  # fmt: skip
    receive_copies(db, admin, fund.barcodes[:1], returned_on=date(2026, 2, 5))
    write_off(db, admin, "loss", fund.barcodes[1:2], date(2026, 2, 10))
    done = get_order(db, order.id, today=date(2026, 4, 1))
    assert done.status == OrderStatus.RETURNED and done.out == 0 and not done.overdue
    assert overdue_orders(db, today=date(2026, 4, 1)) == []


def test_repair_and_binding_refuse_each_other(fund: Fund) -> None:
    from app.preservation.digitisation import send_for_digitisation
    from app.preservation.repair import start_repair

    db, admin = fund.db, fund.admin
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    add_to_order(db, admin, order.id, fund.barcodes[:2])
    # A copy collected into an order cannot go into repair or to be digitised meanwhile.
    with pytest.raises(InvalidInput, match=f"binding order {order.id}"):
        start_repair(db, admin, fund.barcodes[0], "spine", "Сәуле Қ.", date(2026, 2, 3))
    refused = send_for_digitisation(db, admin, fund.barcodes[1:2], reason="rare").refused
    assert refused and f"binding order {order.id}" in refused[0].reason
    assert {get_copy(db, c.id).status for c in fund.copies[:2]} == {"available"}

    sent = send_order(db, admin, order.id, sent_on=date(2026, 2, 4))
    assert sent.out == 2
    # Nor at the bindery.
    with pytest.raises(InvalidInput, match=f"binding order {order.id}"):
        start_repair(db, admin, fund.barcodes[0], "spine", "Сәуле Қ.", date(2026, 2, 5))
    assert get_copy(db, fund.copies[0].id).status == "at-bindery"

    # A copy in an open repair cannot go into an order; sending an order whose copy is not
    # available is refused, naming the copy, and nothing moves.
    repair = start_repair(db, admin, fund.barcodes[3], "spine", "Сәуле Қ.", date(2026, 2, 5))
    other = open_binding_order(db, admin, "Басқа", "restoration")
    assert add_to_order(db, admin, other.id, fund.barcodes[3:4]).refused
    add_to_order(db, admin, other.id, fund.barcodes[4:5])
    send_for_digitisation(db, admin, fund.barcodes[4:5], reason="rare")  # refused: in order
    assert get_copy(db, fund.copies[4].id).status == "available"
    assert repair.finished_on is None


def test_send_refuses_an_order_with_a_copy_not_available(fund: Fund) -> None:
    from app.registers.writeoff import write_off

    db, admin = fund.db, fund.admin
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover")
    add_to_order(db, admin, order.id, fund.barcodes[:2])
    write_off(db, admin, "wear", fund.barcodes[1:2], date(2026, 2, 1))
    with pytest.raises(InvalidInput, match=r"copy 2 is written.off"):
        send_order(db, admin, order.id, sent_on=date(2026, 2, 2))
    assert get_copy(db, fund.copies[0].id).status == "available"
    assert get_order(db, order.id).status == OrderStatus.COLLECTING
    remove_from_order(db, admin, order.id, fund.barcodes[1:2])
    sent = send_order(db, admin, order.id, sent_on=date(2026, 2, 2))
    assert [c.inventory_number for c in sent.copies] == ["1"] and sent.out == 1


def test_written_off_copy_leaves_the_waiting_list(fund: Fund) -> None:
    from app.registers.writeoff import write_off

    db, admin = fund.db, fund.admin
    add_to_waiting_list(db, admin, fund.barcodes[:2], "hard-cover")
    write_off(db, admin, "wear", fund.barcodes[:1], date(2026, 2, 1))
    assert [w.inventory_number for w in waiting_list(db)] == ["2"]
    order = open_binding_order(db, admin, "Шеберхана", "hard-cover", from_waiting_list=True)
    assert [c.inventory_number for c in order.copies] == ["2"]
