"""Binding orders: copies are collected by scanning (straight into an order, or onto the
waiting list first), the order is sent to the bindery (copies "at bindery"), and copies come
back by scanning, partly or wholly (back to "available"). An order past its due date with
copies still out is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, PreservationEntryNotFound
from app.i18n import translate
from app.intake.copies import RefusedCopy
from app.intake.status import ItemStatus, change_status
from app.preservation.scanning import ScanResult, item_by_scan, scanned, unique_scans
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import BindingOrder, BindingOrderCopy, BindingWait, Item, Record
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
        return sum(1 for c in self.copies if c.returned_on is None)

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
    db: Database, actor: Actor, barcodes: Sequence[str], binding_type: str, note: str = ""
) -> ScanResult:
    """Put available copies aside for binding before an order is made up."""
    require(actor, "collect copies for binding", Role.INTAKE)
    kind = parse_choice(BindingType, binding_type, "binding type")
    result = ScanResult()
    with db.write() as session:
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if (problem := _refuse_for_binding(session, item, scan)) is not None:
                result.refused.append(problem)
                continue
            assert item is not None
            waiting = session.execute(
                select(BindingWait.id).where(
                    BindingWait.item_id == item.id, BindingWait.order_id.is_(None)
                )
            ).first()
            if waiting is not None:
                result.refused.append(
                    RefusedCopy(scan, translate("errors", "already on the waiting list"))
                )
                continue
            session.add(
                BindingWait(item_id=item.id, binding_type=kind, note=note, added_by=actor.name)
            )
            session.flush()
            record_event(
                session, actor, "binding.wait", "item", item.id, after={"binding_type": kind}
            )
            result.accepted.append(scanned(session, item))
    return result


def waiting_list(db: Database, binding_type: str | None = None) -> list[WaitingCopy]:
    with db.read() as session:
        stmt = (
            select(BindingWait, Item.inventory_number, Item.barcode, Record.title)
            .join(Item, Item.id == BindingWait.item_id)
            .join(Record, Record.id == Item.record_id)
            .where(BindingWait.order_id.is_(None))
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


def add_to_order(db: Database, actor: Actor, order_id: int, barcodes: Sequence[str]) -> ScanResult:
    """Scan copies into an order that is still being collected."""
    require(actor, "collect copies for binding", Role.INTAKE)
    result = ScanResult()
    with db.write() as session:
        order = _order(session, order_id)
        if order.status != OrderStatus.COLLECTING:
            raise InvalidInput(
                translate("errors", "Binding order {id} was sent; copies cannot be added.").format(
                    id=order.id
                )
            )
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if (problem := _refuse_for_binding(session, item, scan)) is not None:
                result.refused.append(problem)
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
            result.accepted.append(scanned(session, item))
    return result


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
) -> tuple[BindingOrderInfo, ScanResult]:
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
) -> ScanResult:
    """Copies scanned back from the bindery go back to "available"; an order whose copies
    are all back is closed."""
    require(actor, "receive copies from the bindery", Role.INTAKE)
    result = ScanResult()
    day = returned_on or date.today()
    touched: set[int] = set()
    with db.write() as session:
        for scan in unique_scans(barcodes):
            item = item_by_scan(session, scan)
            if item is None:
                result.refused.append(
                    RefusedCopy(
                        scan, translate("errors", "no copy has barcode {code}").format(code=scan)
                    )
                )
                continue
            stmt = (
                select(BindingOrderCopy)
                .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
                .where(
                    BindingOrderCopy.item_id == item.id,
                    BindingOrderCopy.returned_on.is_(None),
                    BindingOrder.status.in_([OrderStatus.SENT, OrderStatus.PARTLY_RETURNED]),
                )
            )
            if order_id is not None:
                stmt = stmt.where(BindingOrderCopy.order_id == order_id)
            line = session.execute(stmt).scalars().first()
            if line is None:
                where = (
                    translate("errors", "binding order {id}").format(id=order_id)
                    if order_id is not None
                    else translate("errors", "a binding order")
                )
                result.refused.append(
                    RefusedCopy(
                        scan,
                        translate("errors", "copy {number} is not out in {where}").format(
                            number=item.inventory_number, where=where
                        ),
                    )
                )
                continue
            line.returned_on = day
            line.returned_by = actor.name
            change_status(
                session,
                item,
                ItemStatus.AVAILABLE,
                actor,
                f"back from binding order {line.order_id}",
            )
            touched.add(line.order_id)
            result.accepted.append(scanned(session, item))
        for touched_id in sorted(touched):
            order = _order(session, touched_id)
            left = sum(1 for row, _ in _order_rows(session, order.id) if row.returned_on is None)
            order.status = (OrderStatus.PARTLY_RETURNED if left else OrderStatus.RETURNED).value
            if not left:
                order.closed_on = day
            record_event(
                session, actor, "binding.return", "binding_order", order.id,
                after={"status": order.status, "still_out": left},
            )  # fmt: skip
    return result


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
        OrderCopy(item.id, item.inventory_number, item.barcode, title, row.returned_on)
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


def _refuse_for_binding(session: Session, item: Item | None, scan: str) -> RefusedCopy | None:
    """Why a copy cannot go into a binding order, or None if it can."""
    if item is None:
        return RefusedCopy(
            scan, translate("errors", "no copy has barcode {code}").format(code=scan)
        )
    if item.status != ItemStatus.AVAILABLE:
        return RefusedCopy(
            scan,
            translate("errors", "copy {number} is {status}, not available").format(
                number=item.inventory_number, status=translate("statuses", item.status)
            ),
        )
    open_line = session.execute(
        select(BindingOrderCopy.order_id)
        .join(BindingOrder, BindingOrder.id == BindingOrderCopy.order_id)
        .where(
            BindingOrderCopy.item_id == item.id,
            BindingOrderCopy.returned_on.is_(None),
            BindingOrder.status != OrderStatus.RETURNED,
        )
    ).first()
    if open_line is not None:
        return RefusedCopy(
            scan, f"copy {item.inventory_number} is already in binding order {open_line[0]}"
        )
    return None
