"""Write-off acts (акт списания): copies withdrawn from the fund for one reason, numbered per
year ("2026/3"), each a line of the КСУ withdrawals. Written-off copies stay in the books with
their inventory numbers for ever (status "written off"); the numbers are never given again,
because the inventory counter only grows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.choices import parse_choice
from app.errors import InvalidInput, WriteOffActNotFound
from app.i18n import translate
from app.intake.copies import RefusedCopy
from app.intake.numbering import allocate_from
from app.intake.status import ALLOWED_TRANSITIONS, ItemStatus, change_status
from app.library import split_members
from app.periods import within
from app.preservation.binding import open_orders_of, settle_orders
from app.preservation.scanning import item_by_scan, unique_scans
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import (
    AccessionBatch,
    GroupHolding,
    Item,
    Location,
    Record,
    WriteOffAct,
    WriteOffCopy,
    WriteOffGroup,
)
from db.session import Database


class ActState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    CANCELLED = "cancelled"


class WriteOffReason(StrEnum):
    WEAR = "wear"
    LOSS = "loss"
    OUTDATED = "outdated"
    OFF_PROFILE = "off-profile"
    DUPLICATE = "duplicate"
    READER_LOSS_REPLACED = "reader-loss-replaced"


@dataclass(frozen=True)
class WrittenOffCopy:
    item_id: int
    inventory_number: str
    barcode: str | None
    author: str
    title: str
    year: str
    price: Decimal | None
    currency: str


@dataclass(frozen=True)
class WrittenOffGroup:
    """An amount an act takes from a group holding (copies counted by amount)."""

    group_holding_id: int
    designation: str
    author: str
    title: str
    year: str
    amount: int
    value: Decimal | None


@dataclass(frozen=True)
class WriteOffActInfo:
    id: int
    number: str
    act_date: date
    reason: str
    notes: str
    created_by: str
    copies: list[WrittenOffCopy] = field(default_factory=list)
    state: str = "approved"
    approved_by: str = ""
    approved_on: date | None = None
    commission_chair: str = ""
    commission_members: tuple[str, ...] = ()
    groups: list[WrittenOffGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Copies the act withdraws: its listed copies and the amounts from group holdings."""
        return len(self.copies) + sum(g.amount for g in self.groups)

    @property
    def total_value(self) -> Decimal:
        """The act's value in tenge."""
        return sum(
            (c.price or Decimal("0") for c in self.copies if c.currency == "KZT"),
            Decimal("0.00"),
        ) + sum((g.value or Decimal("0") for g in self.groups), Decimal("0.00"))


@dataclass(frozen=True)
class WriteOffResult:
    act: WriteOffActInfo
    refused: list[RefusedCopy]


def write_off(
    db: Database,
    actor: Actor,
    reason: str,
    barcodes: Sequence[str],
    act_date: date | None = None,
    notes: str = "",
) -> WriteOffResult:
    """Draw up a write-off act and approve it at once (the act date is the approval's):
    what an act signed on paper beforehand comes to."""
    result = draft_write_off(db, actor, reason, barcodes, act_date, notes)
    act = approve_write_off(db, actor, result.act.id, "", result.act.act_date)
    return WriteOffResult(act, result.refused)


def draft_write_off(
    db: Database,
    actor: Actor,
    reason: str,
    barcodes: Sequence[str],
    act_date: date | None = None,
    notes: str = "",
    chair: str = "",
    members: Sequence[str] = (),
    groups: Sequence[tuple[int, int]] = (),
) -> WriteOffResult:
    """Draw up a draft write-off act for the scanned (or listed) copies and the amounts
    (group holding id, amount) from group holdings, in one transaction:
    the commission proposes them for writing off, and they are held "to be written off"
    until the head approves the act (`approve_write_off`) or it is cancelled. Copies that
    cannot be written off are refused and the act takes the rest; with none left nothing is
    written.

    Who: the acquisitions (intake) desk, which keeps the fund's book of receipts and
    withdrawals (КСУ), and administrators. A write-off act is drawn up there, signed by the
    library's commission and approved by its head; a stock-checker finds copies missing in
    an audit but does not decide their withdrawal, so that the one who counts the fund is
    not the one who removes copies from it. A copy still in processing may be written off:
    it entered the fund's book (КСУ) with its accession act, and one lost or spoiled before
    it reached a shelf leaves the fund only by an act."""
    require(actor, "write copies off", Role.INTAKE)
    reason = parse_choice(WriteOffReason, reason, "write-off reason")
    day = act_date or date.today()
    with db.write() as session:
        items, refused = _scan_copies(session, barcodes) if barcodes or not groups else ([], [])
        _check_act_date(session, day, items)
        sequence = allocate_from(session, f"writeoff:{day.year}", 1)
        act = WriteOffAct(
            year=day.year,
            sequence=sequence,
            number=f"{day.year}/{sequence}",
            act_date=day,
            reason=reason,
            notes=notes.strip(),
            created_by=actor.name,
            state=ActState.DRAFT,
            commission_chair=chair.strip(),
            commission_members="\n".join(m.strip() for m in members if m.strip()),
        )
        session.add(act)
        session.flush()
        _hold(session, actor, act, items)
        _take_groups(session, act, groups)
        info = _act_info(session, act)
        record_event(
            session, actor, "writeoff.draft", "writeoff_act", act.id,
            after={"number": act.number, "reason": reason, "date": day,
                   "copies": info.count, "total": info.total_value},
        )  # fmt: skip
        return WriteOffResult(info, refused)


def _scan_copies(session: Session, barcodes: Sequence[str]) -> tuple[list[Item], list[RefusedCopy]]:
    scans = unique_scans(barcodes)
    if not scans:
        raise InvalidInput(translate("errors", "Scan or list the copies to write off."))
    refused: list[RefusedCopy] = []
    items: list[Item] = []
    for scan in scans:
        item = item_by_scan(session, scan)
        if item is None:
            refused.append(
                RefusedCopy(
                    scan, translate("errors", "no copy has barcode {code}").format(code=scan)
                )
            )
        elif item.status == ItemStatus.WRITTEN_OFF:
            refused.append(
                RefusedCopy(
                    scan,
                    translate("errors", "copy {number} is already written off").format(
                        number=item.inventory_number
                    ),
                )
            )
        elif item.status == ItemStatus.TO_BE_WRITTEN_OFF:
            refused.append(
                RefusedCopy(
                    scan,
                    translate("errors", "copy {number} is on a draft write-off act already").format(
                        number=item.inventory_number
                    ),
                )
            )
        elif ItemStatus.WRITTEN_OFF not in ALLOWED_TRANSITIONS[ItemStatus(item.status)]:
            refused.append(
                RefusedCopy(
                    scan,
                    translate("errors", "copy {number} is {status}: bring it back first").format(
                        number=item.inventory_number, status=translate("statuses", item.status)
                    ),
                )
            )
        elif all(i.id != item.id for i in items):
            items.append(item)
    if not items:
        reasons = "; ".join(f"{r.ref}: {r.reason}" for r in refused)
        raise InvalidInput(
            translate("errors", "No copy can be written off: {reasons}").format(reasons=reasons)
        )
    return items, refused


def _hold(session: Session, actor: Actor, act: WriteOffAct, items: Sequence[Item]) -> None:
    for item in items:
        session.add(
            WriteOffCopy(
                act_id=act.id, item_id=item.id, price=item.price, currency=item.currency,
                previous_status=item.status,
            )
        )  # fmt: skip
        change_status(
            session, item, ItemStatus.TO_BE_WRITTEN_OFF, actor, f"draft write-off act {act.number}"
        )
    session.flush()


def parse_group(text: str) -> tuple[int, int]:
    """ "HOLDING_ID:AMOUNT" as (holding id, amount); InvalidInput otherwise."""
    hid, _, amount = text.partition(":")
    if not (hid.strip().isdigit() and amount.strip().isdigit()):
        raise InvalidInput(
            translate(
                "errors", "'{text}' is not a group holding and an amount (HOLDING_ID:AMOUNT)."
            ).format(text=text)
        )
    return int(hid), int(amount)


def group_available(session: Session, holding: GroupHolding, act_id: int | None = None) -> int:
    """What a group holding still holds and no draft act (other than `act_id`) proposes to
    take: its amount less the amounts of approved and draft acts."""
    taken = session.execute(
        select(func.coalesce(func.sum(WriteOffGroup.amount), 0))
        .join(WriteOffAct, WriteOffAct.id == WriteOffGroup.act_id)
        .where(
            WriteOffGroup.group_holding_id == holding.id,
            WriteOffAct.state.in_([ActState.APPROVED, ActState.DRAFT]),
            WriteOffAct.id != (act_id or 0),
        )
    ).scalar_one()
    return holding.amount - int(taken)


def _take_groups(session: Session, act: WriteOffAct, groups: Sequence[tuple[int, int]]) -> None:
    """Put the amounts on the draft act, refusing the whole change when an amount is more
    than the holding has left (what approved acts took and other drafts hold is not there)."""
    wanted: dict[int, int] = {}
    for hid, amount in groups:
        wanted[hid] = wanted.get(hid, 0) + amount
    for hid, amount in wanted.items():
        holding = session.get(GroupHolding, hid, with_for_update=True)
        if holding is None:
            raise InvalidInput(translate("errors", "No group holding has id {id}.").format(id=hid))
        if amount <= 0:
            raise InvalidInput(
                translate("errors", "Write off at least one copy of group holding {id}.").format(
                    id=hid
                )
            )
        line = session.execute(
            select(WriteOffGroup).where(
                WriteOffGroup.act_id == act.id, WriteOffGroup.group_holding_id == hid
            )
        ).scalar_one_or_none()
        total = amount + (line.amount if line is not None else 0)
        left = group_available(session, holding, act.id)
        if total > left:
            raise InvalidInput(
                translate(
                    "errors",
                    "Group holding {id} ({name}) has {left} copies left to write off; "
                    "{amount} asked.",
                ).format(id=hid, name=_group_name(session, holding), left=left, amount=total)
            )
        if holding.received_on is not None and holding.received_on > act.act_date:
            raise InvalidInput(
                translate(
                    "errors",
                    "The act date {day} is before group holding {id} was received ({received}).",
                ).format(day=act.act_date.strftime("%d.%m.%Y"), id=hid,
                         received=holding.received_on.strftime("%d.%m.%Y"))
            )  # fmt: skip
        value = (
            (holding.price * total / holding.amount).quantize(Decimal("0.01"))
            if holding.price is not None and holding.amount
            else None
        )
        if line is None:
            session.add(
                WriteOffGroup(act_id=act.id, group_holding_id=hid, amount=total, value=value)
            )
        else:
            line.amount, line.value = total, value
    session.flush()


def _group_name(session: Session, holding: GroupHolding) -> str:
    """A group holding as a librarian knows it: its designation and the record's title."""
    title = session.execute(
        select(Record.title).where(Record.id == holding.record_id)
    ).scalar_one_or_none()
    return " ".join(p for p in (holding.designation, f"«{title}»" if title else "") if p)


@dataclass(frozen=True)
class GroupLeft:
    """A group holding a write-off act may take from, with what is left to propose."""

    id: int
    designation: str
    title: str
    year: str
    location: str
    amount: int
    left: int
    price: Decimal | None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.designation, f"«{self.title}»" if self.title else "") if p)


def find_group_holdings(db: Database, text: str = "", limit: int = 50) -> list[GroupLeft]:
    """Group holdings whose designation or title holds `text` (a number: that
    holding's id), with the amount no approved or draft act takes; those with nothing left
    are not offered."""
    taken = (
        select(func.coalesce(func.sum(WriteOffGroup.amount), 0))
        .join(WriteOffAct, WriteOffAct.id == WriteOffGroup.act_id)
        .where(
            WriteOffGroup.group_holding_id == GroupHolding.id,
            WriteOffAct.state.in_([ActState.APPROVED, ActState.DRAFT]),
        )
        .scalar_subquery()
    )
    stmt = (
        select(GroupHolding.id, GroupHolding.designation, Record.title, Record.year,
               Location.code, GroupHolding.amount, GroupHolding.amount - taken,
               GroupHolding.price)
        .join(Record, Record.id == GroupHolding.record_id)
        .outerjoin(Location, Location.id == GroupHolding.location_id)
        .where(GroupHolding.amount - taken > 0)
        .order_by(Record.title_sort, GroupHolding.id)
        .limit(limit)
    )  # fmt: skip
    wanted = text.strip().casefold()
    if wanted.isdigit():
        stmt = stmt.where(GroupHolding.id == int(wanted))
    found: list[GroupLeft] = []
    with db.read() as session:
        # Titles are matched here, not by SQL: SQLite's lower() knows no Cyrillic letter.
        for gid, designation, title, year, code, amount, left, price in session.execute(
            stmt if not wanted or wanted.isdigit() else stmt.limit(None)
        ):
            if (
                wanted
                and not wanted.isdigit()
                and not any(wanted in (v or "").casefold() for v in (designation, title))
            ):
                continue
            found.append(GroupLeft(gid, designation, title, year, code or "", amount, left, price))
            if len(found) >= limit:
                break
    return found


def _group_lines(session: Session, act_id: int) -> list[WriteOffGroup]:
    return list(
        session.execute(select(WriteOffGroup).where(WriteOffGroup.act_id == act_id)).scalars().all()
    )


def _draft(session: Session, act_id: int) -> WriteOffAct:
    act = session.get(WriteOffAct, act_id, with_for_update=True)
    if act is None:
        raise WriteOffActNotFound(act_id)
    if act.state == ActState.APPROVED:
        raise InvalidInput(
            translate("errors", "Write-off act {number} is approved already, not a draft.").format(
                number=act.number
            )
        )
    if act.state != ActState.DRAFT:
        raise InvalidInput(
            translate("errors", "Write-off act {number} was cancelled; it is not a draft.").format(
                number=act.number
            )
        )
    return act


def update_write_off(
    db: Database,
    actor: Actor,
    act_id: int,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    reason: str | None = None,
    notes: str | None = None,
    act_date: date | None = None,
    chair: str | None = None,
    members: Sequence[str] | None = None,
    add_groups: Sequence[tuple[int, int]] = (),
    remove_groups: Sequence[int] = (),
) -> WriteOffResult:
    """Change a draft act: copies added or taken off it (taken off, they go back to the
    status they had), amounts from group holdings added or taken off (by holding id), its
    reason, notes, date or commission."""
    require(actor, "write copies off", Role.INTAKE)
    refused: list[RefusedCopy] = []
    with db.write() as session:
        act = _draft(session, act_id)
        if reason is not None:
            act.reason = parse_choice(WriteOffReason, reason, "write-off reason")
        if notes is not None:
            act.notes = notes.strip()
        if chair is not None:
            act.commission_chair = chair.strip()
        if members is not None:
            act.commission_members = "\n".join(m.strip() for m in members if m.strip())
        if remove:
            lines = {
                item.id: (line, item)
                for line, item in session.execute(
                    select(WriteOffCopy, Item)
                    .join(Item, Item.id == WriteOffCopy.item_id)
                    .where(WriteOffCopy.act_id == act.id)
                )
            }
            for scan in unique_scans(remove):
                item = item_by_scan(session, scan)
                if item is None or item.id not in lines:
                    refused.append(
                        RefusedCopy(
                            scan,
                            translate("errors", "copy {code} is not on act {number}").format(
                                code=scan, number=act.number
                            ),
                        )
                    )
                    continue
                line, _ = lines.pop(item.id)
                _release(session, actor, act, line, item)
        if add:
            items, more = _scan_copies(session, add)
            refused += more
            _hold(session, actor, act, items)
        if act_date is not None:
            act.act_date = act_date
        for hid in remove_groups:
            taken = [g for g in _group_lines(session, act.id) if g.group_holding_id == hid]
            if not taken:
                refused.append(
                    RefusedCopy(
                        str(hid),
                        translate("errors", "group holding {id} is not on act {number}").format(
                            id=hid, number=act.number
                        ),
                    )
                )
            for group in taken:
                session.delete(group)
        session.flush()
        _take_groups(session, act, add_groups)
        held = session.execute(
            select(Item).join(WriteOffCopy, WriteOffCopy.item_id == Item.id)
            .where(WriteOffCopy.act_id == act.id)
        ).scalars().all()  # fmt: skip
        if not held and not _group_lines(session, act.id):
            raise InvalidInput(
                translate("errors", "Act {number} would list no copy: cancel it instead.").format(
                    number=act.number
                )
            )
        _check_act_date(session, act.act_date, held)
        session.flush()
        info = _act_info(session, act)
        record_event(
            session, actor, "writeoff.edit", "writeoff_act", act.id,
            after={"number": act.number, "reason": act.reason, "date": act.act_date,
                   "copies": info.count, "total": info.total_value},
        )  # fmt: skip
        return WriteOffResult(info, refused)


def _release(
    session: Session, actor: Actor, act: WriteOffAct, line: WriteOffCopy, item: Item
) -> None:
    back = line.previous_status or ItemStatus.AVAILABLE.value
    session.delete(line)
    session.flush()
    change_status(session, item, back, actor, f"taken off write-off act {act.number}")


def approve_write_off(
    db: Database, actor: Actor, act_id: int, by: str, on: date | None = None
) -> WriteOffActInfo:
    """The head approved the act (`by`, on `on`): its copies leave the fund now — their
    status, the КСУ's withdrawals and the inventory book."""
    require(actor, "approve write-off acts", Role.INTAKE)
    day = on or date.today()
    with db.write() as session:
        act = _draft(session, act_id)
        if day < act.act_date:
            raise InvalidInput(
                translate(
                    "errors", "Act {number} cannot be approved ({on}) before its date ({day})."
                ).format(number=act.number, on=day.strftime("%d.%m.%Y"),
                         day=act.act_date.strftime("%d.%m.%Y"))
            )  # fmt: skip
        if day > date.today():
            raise InvalidInput(
                translate("errors", "The act date {day} is in the future.").format(
                    day=day.strftime("%d.%m.%Y")
                )
            )
        items = session.execute(
            select(Item).join(WriteOffCopy, WriteOffCopy.item_id == Item.id)
            .where(WriteOffCopy.act_id == act.id).order_by(Item.id)
        ).scalars().all()  # fmt: skip
        for item in items:
            change_status(
                session, item, ItemStatus.WRITTEN_OFF, actor, f"write-off act {act.number}"
            )
        act.state = ActState.APPROVED
        act.approved_by = by.strip()
        act.approved_on = day
        session.flush()
        # An order whose last copy out was written off at the bindery is closed now, so it
        # is not overdue for ever.
        settle_orders(session, actor, open_orders_of(session, [i.id for i in items]), day)
        info = _act_info(session, act)
        record_event(
            session, actor, "writeoff.act", "writeoff_act", act.id,
            after={"number": act.number, "reason": act.reason, "date": act.act_date,
                   "approved_by": act.approved_by, "approved_on": day,
                   "copies": info.count, "total": info.total_value},
        )  # fmt: skip
        return info


def cancel_write_off(db: Database, actor: Actor, act_id: int) -> WriteOffActInfo:
    """Drop a draft act: its copies go back to the status they had; the act's number stays
    used (numbers are not given twice), its list stays in the event log."""
    require(actor, "write copies off", Role.INTAKE)
    with db.write() as session:
        act = _draft(session, act_id)
        before = _act_info(session, act)
        for line, item in session.execute(
            select(WriteOffCopy, Item)
            .join(Item, Item.id == WriteOffCopy.item_id)
            .where(WriteOffCopy.act_id == act.id)
        ).all():
            _release(session, actor, act, line, item)
        for group in _group_lines(session, act.id):
            session.delete(group)  # the amount stays in its holding
        act.state = ActState.CANCELLED
        session.flush()
        record_event(
            session, actor, "writeoff.cancel", "writeoff_act", act.id,
            before={"number": act.number, "copies": [c.inventory_number for c in before.copies]},
        )  # fmt: skip
        return _act_info(session, act)


def _check_act_date(session: Session, day: date, items: Sequence[Item]) -> None:
    """An act cannot be dated in the future, nor before a copy it lists was received: the
    КСУ would withdraw a copy from a period that never had it."""
    if day > date.today():
        raise InvalidInput(
            translate("errors", "The act date {day} is in the future.").format(
                day=day.strftime("%d.%m.%Y")
            )
        )
    received = session.execute(
        select(Item.inventory_number, AccessionBatch.received_on)
        .join(AccessionBatch, AccessionBatch.id == Item.accession_id)
        .where(Item.id.in_([i.id for i in items]), AccessionBatch.received_on > day)
        .order_by(Item.id)
    ).all()
    if received:
        number, on = received[0]
        raise InvalidInput(
            translate(
                "errors",
                "The act date {day} is before copy {number} was received ({received}).",
            ).format(day=day.strftime("%d.%m.%Y"), number=number, received=on.strftime("%d.%m.%Y"))
        )


def get_write_off_act(db: Database, act_id: int) -> WriteOffActInfo:
    with db.read() as session:
        act = session.get(WriteOffAct, act_id)
        if act is None:
            raise WriteOffActNotFound(act_id)
        return _act_info(session, act)


def list_write_off_acts(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> list[WriteOffActInfo]:
    """Acts of the period in date order, with their copies."""
    with db.read() as session:
        stmt = select(WriteOffAct).order_by(WriteOffAct.act_date, WriteOffAct.id)
        stmt = stmt.where(*within(WriteOffAct.act_date, date_from, date_to))
        return [_act_info(session, act) for act in session.execute(stmt).scalars()]


def draft_acts(db: Database) -> list[WriteOffActInfo]:
    """Write-off acts drawn up and not yet approved or cancelled, oldest first."""
    with db.read() as session:
        stmt = select(WriteOffAct).where(WriteOffAct.state == ActState.DRAFT)
        acts = session.execute(stmt.order_by(WriteOffAct.id)).scalars()
        return [_act_info(session, act) for act in acts]


def written_off_count(db: Database) -> int:
    """Copies written off by approved acts."""
    with db.read() as session:
        return session.execute(
            select(func.count())
            .select_from(WriteOffCopy)
            .join(WriteOffAct, WriteOffAct.id == WriteOffCopy.act_id)
            .where(WriteOffAct.state == ActState.APPROVED)
        ).scalar_one()


def _act_info(session: Session, act: WriteOffAct) -> WriteOffActInfo:
    copies = [
        WrittenOffCopy(
            item.id, item.inventory_number, item.barcode, author, title, year, line.price,
            line.currency,
        )
        for line, item, author, title, year in session.execute(
            select(WriteOffCopy, Item, Record.author, Record.title, Record.year)
            .join(Item, Item.id == WriteOffCopy.item_id)
            .join(Record, Record.id == Item.record_id)
            .where(WriteOffCopy.act_id == act.id)
            .order_by(Item.id)
        )
    ]  # fmt: skip
    groups = [
        WrittenOffGroup(holding.id, holding.designation, author, title, year, line.amount,
                        line.value)
        for line, holding, author, title, year in session.execute(
            select(WriteOffGroup, GroupHolding, Record.author, Record.title, Record.year)
            .join(GroupHolding, GroupHolding.id == WriteOffGroup.group_holding_id)
            .join(Record, Record.id == GroupHolding.record_id)
            .where(WriteOffGroup.act_id == act.id)
            .order_by(GroupHolding.id)
        )
    ]  # fmt: skip
    return WriteOffActInfo(
        act.id, act.number, act.act_date, act.reason, act.notes, act.created_by, copies,
        act.state, act.approved_by, act.approved_on, act.commission_chair,
        split_members(act.commission_members or ""), groups,
    )  # fmt: skip
