"""Binding orders: copies are collected by scanning (straight into an order, or onto the
waiting list first), the order is sent to the bindery (copies "at bindery"), and copies come
back by scanning, partly or wholly (back to "available"). An order past its due date with
copies still out is overdue."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.preservation.scanning import (
    ScanTally,
    answered_once,
    item_by_scan,
    keyed,
    new_key,
    no_copy,
    on_server,
    sources_of,
    stamps,
    taken,
    tally_of,
    unique_scans,
)
from app.security.eventlog import json_value, record_event
from app.security.roles import Actor, Role, require
from db.models import BindingOrder, BindingOrderCopy, BindingWait, Item, Record, WriteOffCopy
from db.session import Database


class BindingType(StrEnum):
    HARD_COVER = "hard-cover"
    PAPERBACK_REBINDING = "paperback-rebinding"
    REBINDING = "rebinding"
    RESTORATION = "restoration"
    SPINE_REPLACEMENT = "spine-replacement"
    OTHER = "other"


class OrderStatus(StrEnum):
    COLLECTING = "collecting"
    SENT = "sent"
    PARTLY_RETURNED = "partly-returned"
    RETURNED = "returned"


@dataclass(frozen=True)
class OrderCopy:
    item_id: int
    inventory_number: str
    barcode: str | None
    title: str
    returned_on: date | None
    status: str = ""

    @property
    def out(self) -> bool:
        """At the bindery still: not scanned back, and not written off meanwhile (a copy
        written off while at the bindery no longer counts as owed by the bindery)."""
        return self.returned_on is None and self.status != ItemStatus.WRITTEN_OFF


@dataclass(frozen=True)
class BindingOrderInfo:
    id: int
    bindery: str
    binding_type: str
    instructions: str
    status: str
    sent_on: date | None
    due_on: date | None
    closed_on: date | None
    cost: Decimal | None
    currency: str
    copies: list[OrderCopy] = field(default_factory=list)
    today: date | None = None

    @property
    def out(self) -> int:
        """Copies sent and not yet back."""
        if self.status == OrderStatus.COLLECTING:
            return 0
        return sum(1 for c in self.copies if c.out)

    @property
    def overdue(self) -> bool:
        today = self.today or date.today()
        return self.due_on is not None and self.out > 0 and today > self.due_on


@dataclass(frozen=True)
class WaitingCopy:
    id: int
    item_id: int
    inventory_number: str
    barcode: str | None
    title: str
    binding_type: str
    note: str
    added_at: datetime


def parse_money(value: Decimal | str | float | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput(
            translate("errors", "'{value}' is not an amount of money.").format(value=value)
        ) from None
    if amount < 0:
        raise InvalidInput(translate("errors", "Amount {value} is negative.").format(value=value))
    return amount


# --- The waiting list ------------------------------------------------------------------


def add_to_waiting_list(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str],
    binding_type: str,
    note: str = "",
    key: str | None = None,
) -> ScanTally:
    """Put available copies aside for binding before an order is made up. On PostgreSQL one
    call of qor_binding_wait (migration 0016u): one round trip, whatever the scans. `key`
    identifies the scan (a new one when not given, on PostgreSQL): sent again with the same
    key, the call answers what it answered the first time."""
    require(actor, "collect copies for binding", Role.INTAKE)
    kind = parse_choice(BindingType, binding_type, "binding type")
    if not db.is_sqlite:
        answer = on_server(
            db,
            _WAIT,
            {
                **stamps(),
                "actor": actor.name,
                "scans": unique_scans(barcodes),
                "kind": kind,
                "note": note,
                "after": json_value({"binding_type": kind}),
                "key": key or new_key(),
            },
        )
        return tally_of(answer, _refusal)

    def wait(session: Session) -> dict[str, Any]:
        results: list[list[Any]] = []
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if (problem := _refuse_for_binding(session, item, scan)) is not None:
                results.append(problem)
                continue
            assert item is not None
            waiting = session.execute(
                select(BindingWait.id).where(
                    BindingWait.item_id == item.id, BindingWait.order_id.is_(None)
                )
            ).first()
            if waiting is not None:
                results.append(["refused", scan, "waiting"])
                continue
            session.add(
                BindingWait(item_id=item.id, binding_type=kind, note=note, added_by=actor.name)
            )
            session.flush()
            record_event(
                session, actor, "binding.wait", "item", item.id, after={"binding_type": kind}
            )
            results.append(taken(session, item))
        return {"results": results}

    return tally_of(answered_once(db, key, wait), _refusal)


def waiting_list(db: Database, binding_type: str | None = None) -> list[WaitingCopy]:
    with db.read() as session:
        stmt = (
            select(BindingWait, Item.inventory_number, Item.barcode, Record.title)
            .join(Item, Item.id == BindingWait.item_id)
            .join(Record, Record.id == Item.record_id)
            .where(BindingWait.order_id.is_(None))
            # A copy written off while it waited will never be bound.
            .where(Item.status != ItemStatus.WRITTEN_OFF)
            .order_by(BindingWait.id)
        )
        if binding_type:
            stmt = stmt.where(
                BindingWait.binding_type == parse_choice(BindingType, binding_type, "binding type")
            )
        return [
            WaitingCopy(w.id, w.item_id, inv, code, title, w.binding_type, w.note, w.added_at)
            for w, inv, code, title in session.execute(stmt)
        ]


# --- Orders ----------------------------------------------------------------------------


def open_binding_order(
    db: Database,
    actor: Actor,
    bindery: str,
    binding_type: str,
    instructions: str = "",
    due_on: date | None = None,
    cost: Decimal | str | float | None = None,
    from_waiting_list: bool = False,
) -> BindingOrderInfo:
    """A new order, collecting. With `from_waiting_list`, the waiting copies of the same
    binding type go into it."""
    require(actor, "make up binding orders", Role.INTAKE)
    bindery = bindery.strip()
    if not bindery:
        raise InvalidInput(translate("errors", "The bindery's name is empty."))
    kind = parse_choice(BindingType, binding_type, "binding type")
    with db.write() as session:
        order = BindingOrder(
            bindery=bindery,
            binding_type=kind,
            instructions=instructions.strip(),
            status=OrderStatus.COLLECTING.value,
            due_on=due_on,
            cost=parse_money(cost),
            created_by=actor.name,
        )
        session.add(order)
        session.flush()
        record_event(
            session, actor, "binding.open", "binding_order", order.id,
            after={"bindery": bindery, "binding_type": kind},
        )  # fmt: skip
        if from_waiting_list:
            for wait in session.execute(
                select(BindingWait)
                .where(BindingWait.order_id.is_(None), BindingWait.binding_type == kind)
                .order_by(BindingWait.id)
            ).scalars():
                item = session.get(Item, wait.item_id)
                if item is not None and _refuse_for_binding(session, item, "") is None:
                    wait.order_id = order.id
                    session.add(BindingOrderCopy(order_id=order.id, item_id=item.id))
                    session.flush()
        return _order_info(session, order)


def add_to_order(
    db: Database, actor: Actor, order_id: int, barcodes: Sequence[str], key: str | None = None
) -> ScanTally:
    """Scan copies into an order that is still being collected. On PostgreSQL one call of
    qor_binding_add (migration 0016u). `key`: the scan's (see `add_to_waiting_list`)."""
    require(actor, "collect copies for binding", Role.INTAKE)
    if not db.is_sqlite:
        answer = on_server(
            db,
            _ADD,
            {
                "now": stamps()["now"],
                "order": order_id,
                "scans": unique_scans(barcodes),
                "key": key or new_key(),
            },
        )
        return tally_of(_order_answer(answer, order_id, _cannot_add), _refusal)

    def add(session: Session) -> dict[str, Any]:
        order = _order(session, order_id)
        if order.status != OrderStatus.COLLECTING:
            raise _cannot_add(order.id)
        results: list[list[Any]] = []
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if (problem := _refuse_for_binding(session, item, scan)) is not None:
                results.append(problem)
                continue
            assert item is not None
            session.add(BindingOrderCopy(order_id=order.id, item_id=item.id))
            for wait in session.execute(
                select(BindingWait).where(
                    BindingWait.item_id == item.id, BindingWait.order_id.is_(None)
                )
            ).scalars():
                wait.order_id = order.id
            session.flush()
            results.append(taken(session, item))
        return {"results": results}

    return tally_of(answered_once(db, key, add), _refusal)


def send_order(
    db: Database,
    actor: Actor,
    order_id: int,
    sent_on: date | None = None,
    due_on: date | None = None,
    cost: Decimal | str | float | None = None,
) -> BindingOrderInfo:
    """Send the order: every copy in it goes "at bindery", in one transaction."""
    require(actor, "send binding orders", Role.INTAKE)
    with db.write() as session:
        order = _order(session, order_id)
        if order.status != OrderStatus.COLLECTING:
            raise InvalidInput(
                translate("errors", "Binding order {id} was already sent on {sent_on}.").format(
                    id=order.id, sent_on=order.sent_on
                )
            )
        rows = _order_rows(session, order.id)
        if not rows:
            raise InvalidInput(
                translate("errors", "Binding order {id} has no copies to send.").format(id=order.id)
            )
        unavailable = [
            translate("errors", "copy {number} is {status}").format(
                number=item.inventory_number, status=translate("statuses", item.status)
            )
            for _row, item in rows
            if item.status != ItemStatus.AVAILABLE
        ]
        if unavailable:
            # Sending would silently move a copy out of repair, digitisation or the books.
            raise InvalidInput(
                translate(
                    "errors",
                    "Binding order {id} cannot be sent: {copies}. Take those copies out of "
                    "the order first.",
                ).format(id=order.id, copies="; ".join(unavailable))
            )
        order.sent_on = sent_on or date.today()
        if due_on is not None:
            order.due_on = due_on
        if order.due_on is not None and order.due_on < order.sent_on:
            raise InvalidInput(
                translate("errors", "Due date {due_on} is before the date sent {sent_on}.").format(
                    due_on=order.due_on, sent_on=order.sent_on
                )
            )
        if cost is not None:
            order.cost = parse_money(cost)
        order.status = OrderStatus.SENT.value
        for _row, item in rows:
            change_status(session, item, ItemStatus.AT_BINDERY, actor, f"binding order {order.id}")
        record_event(
            session, actor, "binding.send", "binding_order", order.id,
            after={"sent_on": order.sent_on, "due_on": order.due_on, "copies": len(rows)},
        )  # fmt: skip
        return _order_info(session, order)


def bind_copies(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str],
    bindery: str,
    binding_type: str,
    instructions: str = "",
    sent_on: date | None = None,
    due_on: date | None = None,
    cost: Decimal | str | float | None = None,
) -> tuple[BindingOrderInfo, ScanTally]:
    """Make up an order from scanned copies and send it at once (what `qor binding send`
    does). Copies that cannot go are refused; the order goes with the rest."""
    order = open_binding_order(db, actor, bindery, binding_type, instructions, due_on, cost)
    scans = add_to_order(db, actor, order.id, barcodes)
    if not scans.accepted:
        return get_order(db, order.id), scans
    return send_order(db, actor, order.id, sent_on=sent_on), scans


def receive_copies(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str],
    order_id: int | None = None,
    returned_on: date | None = None,
    key: str | None = None,
) -> ScanTally:
    """Copies scanned back from the bindery go back to "available"; an order whose copies
    are all back is closed. On PostgreSQL one call of qor_binding_receive (migration 0016u).
    `key`: the scan's (see `add_to_waiting_list`)."""
    require(actor, "receive copies from the bindery", Role.INTAKE)
    day = returned_on or date.today()
    if not db.is_sqlite:
        answer = on_server(
            db,
            _RECEIVE,
            {
                **stamps(),
                "actor": actor.name,
                "scans": unique_scans(barcodes),
                "order": order_id,
                "day": day,
                "sources": sources_of(ItemStatus.AVAILABLE),
                "key": key or new_key(),
            },
        )
        return tally_of(answer, lambda row: _receive_refusal(row, order_id))

    def receive(session: Session) -> dict[str, Any]:
        results: list[list[Any]] = []
        touched: set[int] = set()
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if item is None:
                results.append(["refused", scan, "no-copy"])
                continue
            stmt = (
                select(BindingOrderCopy)
                .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
                .where(
                    BindingOrderCopy.item_id == item.id,
                    BindingOrderCopy.returned_on.is_(None),
                    BindingOrder.status.in_([OrderStatus.SENT, OrderStatus.PARTLY_RETURNED]),
                )
                .order_by(BindingOrderCopy.id)
            )
            if order_id is not None:
                stmt = stmt.where(BindingOrderCopy.order_id == order_id)
            line = session.execute(stmt).scalars().first()
            if line is None:
                results.append(["refused", scan, "not-out", item.inventory_number])
                continue
            line.returned_on = day
            line.returned_by = actor.name
            touched.add(line.order_id)
            if item.status == ItemStatus.WRITTEN_OFF:
                # Written off while at the bindery: the line closes, the copy stays out of
                # the fund, and the operator is told why it did not come back to "available".
                results.append(["closed", scan, item.inventory_number, line.order_id])
                continue
            if item.status == ItemStatus.TO_BE_WRITTEN_OFF:
                # Held by a draft write-off act: it stays held; should the act be cancelled,
                # the copy goes back to the shelf, not to the bindery.
                session.execute(
                    update(WriteOffCopy)
                    .where(WriteOffCopy.item_id == item.id)
                    .values(previous_status=ItemStatus.AVAILABLE.value)
                )
                results.append(taken(session, item))
                continue
            change_status(
                session,
                item,
                ItemStatus.AVAILABLE,
                actor,
                f"back from binding order {line.order_id}",
            )
            results.append(taken(session, item))
        settle_orders(session, actor, touched, day)
        return {"results": results}

    return tally_of(answered_once(db, key, receive), lambda row: _receive_refusal(row, order_id))


def settle_orders(session: Session, actor: Actor, order_ids: set[int], day: date) -> None:
    """Bring sent orders' status up to date with their copies: partly returned while some
    copy is still out, returned (closed on `day`) when none is. Copies written off while at
    the bindery are not out. Called inside the caller's transaction."""
    for order_id in sorted(order_ids):
        order = _order(session, order_id)
        if order.status not in (OrderStatus.SENT, OrderStatus.PARTLY_RETURNED):
            continue
        rows = _order_rows(session, order.id)
        left = sum(
            1
            for row, item in rows
            if row.returned_on is None and item.status != ItemStatus.WRITTEN_OFF
        )
        back = sum(1 for row, _item in rows if row.returned_on is not None)
        if left and not back:
            continue
        status = (OrderStatus.PARTLY_RETURNED if left else OrderStatus.RETURNED).value
        if status == order.status:
            continue
        order.status = status
        if not left:
            order.closed_on = day
        record_event(
            session, actor, "binding.return", "binding_order", order.id,
            after={"status": order.status, "still_out": left},
        )  # fmt: skip


def open_orders_of(session: Session, item_ids: Sequence[int]) -> set[int]:
    """The orders (collecting or sent) in which these copies have a line not yet back."""
    if not item_ids:
        return set()
    return set(
        session.execute(
            select(BindingOrderCopy.order_id)
            .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
            .where(
                BindingOrderCopy.item_id.in_(list(item_ids)),
                BindingOrderCopy.returned_on.is_(None),
                BindingOrder.status != OrderStatus.RETURNED,
            )
        ).scalars()
    )


def binding_conflict(session: Session, item: Item) -> str | None:
    """Why a copy cannot go into repair or to be digitised because of binding: it is in an
    order being collected or at the bindery. None if it is free."""
    found = binding_conflict_of(session, item)
    return None if found is None else conflict_text(found[0], item.inventory_number, found[1])


def binding_conflict_of(session: Session, item: Item) -> tuple[str, int] | None:
    """`binding_conflict` as the server-side functions answer it: ('collecting' or
    'at-bindery', the order's number), or None."""
    orders = open_orders_of(session, [item.id])
    if not orders:
        return None
    order = _order(session, min(orders))
    return ("collecting" if order.status == OrderStatus.COLLECTING else "at-bindery", order.id)


def conflict_text(kind: str, number: str, order_id: int) -> str:
    """The words of a binding conflict: `kind` 'collecting' (the copy is in an order still
    being collected) or 'at-bindery'."""
    text = (
        translate(
            "errors",
            "copy {number} is in binding order {id}, still being collected; take it out of "
            "the order first",
        )
        if kind == "collecting"
        else translate(
            "errors", "copy {number} is at the bindery in binding order {id}; receive it first"
        )
    )
    return text.format(number=number, id=order_id)


def remove_from_order(
    db: Database, actor: Actor, order_id: int, barcodes: Sequence[str], key: str | None = None
) -> ScanTally:
    """Take copies out of an order that is still being collected (they go back on the
    waiting list if they came from it). On PostgreSQL one call of qor_binding_remove
    (migration 0016u). `key`: the scan's (see `add_to_waiting_list`)."""
    require(actor, "collect copies for binding", Role.INTAKE)
    if not db.is_sqlite:
        answer = on_server(
            db,
            _REMOVE,
            {
                **stamps(),
                "actor": actor.name,
                "order": order_id,
                "scans": unique_scans(barcodes),
                "key": key or new_key(),
            },
        )
        return tally_of(
            _order_answer(answer, order_id, _cannot_take_out),
            lambda row: _not_in_order(row[1], order_id),
        )

    def remove(session: Session) -> dict[str, Any]:
        results: list[list[Any]] = []
        order = _order(session, order_id)
        if order.status != OrderStatus.COLLECTING:
            raise _cannot_take_out(order.id)
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            line = (
                None
                if item is None
                else session.execute(
                    select(BindingOrderCopy).where(
                        BindingOrderCopy.order_id == order.id, BindingOrderCopy.item_id == item.id
                    )
                ).scalar_one_or_none()
            )
            if item is None or line is None:
                results.append(["refused", scan, "not-in-order"])
                continue
            # A line of an order never sent is a draft; nothing in the books refers to it.
            session.delete(line)
            for wait in session.execute(
                select(BindingWait).where(
                    BindingWait.item_id == item.id, BindingWait.order_id == order.id
                )
            ).scalars():
                wait.order_id = None
            session.flush()
            record_event(
                session, actor, "binding.remove", "binding_order", order.id,
                after={"item": item.id},
            )  # fmt: skip
            results.append(taken(session, item))
        return {"results": results}

    return tally_of(answered_once(db, key, remove), lambda row: _not_in_order(row[1], order_id))


def get_order(db: Database, order_id: int, today: date | None = None) -> BindingOrderInfo:
    with db.read() as session:
        return _order_info(session, _order(session, order_id), today)


def list_orders(
    db: Database, today: date | None = None, open_only: bool = False
) -> list[BindingOrderInfo]:
    """Orders, newest first; `open_only` leaves out those wholly returned."""
    with db.read() as session:
        stmt = select(BindingOrder).order_by(BindingOrder.id.desc())
        if open_only:
            stmt = stmt.where(BindingOrder.status != OrderStatus.RETURNED)
        return [_order_info(session, o, today) for o in session.execute(stmt).scalars()]


def overdue_orders(db: Database, today: date | None = None) -> list[BindingOrderInfo]:
    return [o for o in list_orders(db, today, open_only=True) if o.overdue]


# --- Helpers ---------------------------------------------------------------------------


def _order(session: Session, order_id: int) -> BindingOrder:
    order = session.get(BindingOrder, order_id)
    if order is None:
        raise PreservationEntryNotFound("binding order", order_id)
    return order


def _order_rows(session: Session, order_id: int) -> list[tuple[BindingOrderCopy, Item]]:
    return [
        (row, item)
        for row, item in session.execute(
            select(BindingOrderCopy, Item)
            .join(Item, Item.id == BindingOrderCopy.item_id)
            .where(BindingOrderCopy.order_id == order_id)
            .order_by(BindingOrderCopy.id)
        )
    ]


def _order_info(
    session: Session, order: BindingOrder, today: date | None = None
) -> BindingOrderInfo:
    copies = [
        OrderCopy(item.id, item.inventory_number, item.barcode, title, row.returned_on, item.status)
        for row, item, title in session.execute(
            select(BindingOrderCopy, Item, Record.title)
            .join(Item, Item.id == BindingOrderCopy.item_id)
            .join(Record, Record.id == Item.record_id)
            .where(BindingOrderCopy.order_id == order.id)
            .order_by(BindingOrderCopy.id)
        )
    ]
    return BindingOrderInfo(
        id=order.id,
        bindery=order.bindery,
        binding_type=order.binding_type,
        instructions=order.instructions,
        status=order.status,
        sent_on=order.sent_on,
        due_on=order.due_on,
        closed_on=order.closed_on,
        cost=order.cost,
        currency=order.currency,
        copies=copies,
        today=today,
    )


def _refuse_for_binding(session: Session, item: Item | None, scan: str) -> list[Any] | None:
    """Why a copy cannot go into a binding order (['refused', scan, code, values...], as the
    server-side functions answer it), or None if it can."""
    if item is None:
        return ["refused", scan, "no-copy"]
    if item.status != ItemStatus.AVAILABLE:
        return ["refused", scan, "not-available", item.inventory_number, item.status]
    open_line = session.execute(
        select(BindingOrderCopy.order_id)
        .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
        .where(
            BindingOrderCopy.item_id == item.id,
            BindingOrderCopy.returned_on.is_(None),
            BindingOrder.status != OrderStatus.RETURNED,
        )
        .order_by(BindingOrderCopy.order_id)
    ).first()
    if open_line is not None:
        return ["refused", scan, "in-order", item.inventory_number, open_line[0]]
    return None


# --- The words of a refusal, on either path ----------------------------------------------
# A refusal as the server-side functions answer it: ['refused', scan, code, values...].


def _refusal(row: list[Any]) -> RefusedCopy:
    """Why a copy cannot go into a binding order or onto the waiting list."""
    scan, code, values = row[1], row[2], row[3:]
    if code == "no-copy":
        return no_copy(scan)
    if code == "not-available":
        number, status = values
        return RefusedCopy(
            scan,
            translate("errors", "copy {number} is {status}, not available").format(
                number=number, status=translate("statuses", status)
            ),
        )
    if code == "in-order":
        number, order_id = values
        return RefusedCopy(
            scan,
            translate("errors", "copy {number} is already in binding order {id}").format(
                number=number, id=order_id
            ),
        )
    assert code == "waiting", row
    return RefusedCopy(scan, translate("errors", "already on the waiting list"))


def _receive_refusal(row: list[Any], order_id: int | None) -> RefusedCopy:
    """Why a copy scanned back did not come back to the fund: ['refused', scan, 'no-copy'],
    ['refused', scan, 'not-out', number] or ['closed', scan, number, order]."""
    if row[0] == "closed":
        scan, number, line_order = row[1:]
        return RefusedCopy(
            scan,
            translate(
                "errors",
                "copy {number} was written off while at the bindery; closed in "
                "binding order {id}, not returned to the fund",
            ).format(number=number, id=line_order),
        )
    if row[2] == "no-copy":
        return _refusal(row)
    scan, number = row[1], row[3]
    where = (
        translate("errors", "binding order {id}").format(id=order_id)
        if order_id is not None
        else translate("errors", "a binding order")
    )
    return RefusedCopy(
        scan,
        translate("errors", "copy {number} is not out in {where}").format(
            number=number, where=where
        ),
    )


def _not_in_order(scan: str, order_id: int) -> RefusedCopy:
    return RefusedCopy(
        scan,
        translate("errors", "{code} is not in binding order {id}").format(code=scan, id=order_id),
    )


def _cannot_add(order_id: int) -> InvalidInput:
    return InvalidInput(
        translate("errors", "Binding order {id} was sent; copies cannot be added.").format(
            id=order_id
        )
    )


def _cannot_take_out(order_id: int) -> InvalidInput:
    return InvalidInput(
        translate("errors", "Binding order {id} was sent; copies cannot be taken out.").format(
            id=order_id
        )
    )


def _order_answer(
    answer: dict[str, Any], order_id: int, sent: Callable[[int], InvalidInput]
) -> dict[str, Any]:
    """A function's answer about an order: raises what the Python path raises when there is
    no such order or it was sent."""
    if answer.get("error") == "no-order":
        raise PreservationEntryNotFound("binding order", order_id)
    if answer.get("error") == "sent":
        raise sent(order_id)
    return answer


# The server-side functions (migration 0016u), one round trip each, under the scan's key
# (migration 0016v).
_WAIT = keyed("qor_binding_wait(:actor, :at, :now, CAST(:scans AS text[]), :kind, :note, :after)")
_ADD = keyed("qor_binding_add(:now, CAST(:order AS bigint), CAST(:scans AS text[]))")
_REMOVE = keyed("qor_binding_remove(:actor, :at, CAST(:order AS bigint), CAST(:scans AS text[]))")
_RECEIVE = keyed(
    "qor_binding_receive(:actor, :at, :now, CAST(:scans AS text[]), "
    "CAST(:order AS bigint), CAST(:day AS date), CAST(:sources AS text[]))"
)
