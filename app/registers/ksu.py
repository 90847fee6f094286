"""The summary accounting book (книга суммарного учёта, КСУ) for a period: part 1 the
receipts, one line per accession batch; part 2 the withdrawals, one line per write-off act;
part 3 the movement of the fund (start balance, received, withdrawn, end balance) by source,
by type of document, by branch of knowledge (with children's literature among them) and by
language. The type comes from the record's leader/06-07 (books, serials, printed music, maps,
audiovisual, electronic, other); the branch, audience and language from its 080/084, 008/22,
008/35-37 and 041 (app.registers.classes).

Each breakdown is a dictionary of `Movement`s filled by the same loop over the tallies
(`_groups`): another breakdown (an opening balance, ...) is one more dictionary there.

`summary_book` gives the numbers; `render_summary_book` draws them, so the PDF and the tests
read the same figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.intake.accession import AccessionSource
from app.library import library_info
from app.migration.ksu import opening_balance_rows
from app.migration.service import MIGRATED_SOURCE
from app.periods import within
from app.registers.classes import BRANCHES, CHILDREN, LANGUAGE_GROUPS, Profile, profile
from app.registers.pdf import LANDSCAPE, Column, labels, money, open_document, period_text
from app.registers.pdf import day as fmt_day
from db.models import (
    AccessionBatch,
    GroupHolding,
    Item,
    Record,
    WriteOffAct,
    WriteOffCopy,
    WriteOffGroup,
)
from db.session import Database

ZERO = Decimal("0.00")
DOCUMENT_TYPES = ("books", "serials", "music", "maps", "audiovisual", "electronic", "other")

# The stored record is a JSON array whose first element is the leader: '["' + 24 characters,
# so leader/06-07 sit at characters 9-10 of the column, readable without parsing the record.
_LEADER_06_07 = func.substr(Record.marc, 9, 2)


def document_type(leader_06_07: str) -> str:
    """The КСУ's type of document for a record's leader/06 (type) and /07 (level)."""
    padded = (leader_06_07 or "") + "  "
    kind, level = padded[0], padded[1]
    if kind in "at":
        return "serials" if level in "bis" else "books"
    if kind in "cd":
        return "music"
    if kind in "ef":
        return "maps"
    if kind in "gijk":
        return "audiovisual"
    if kind == "m":
        return "electronic"
    return "other"


@dataclass
class Tally:
    copies: int = 0
    value: Decimal = ZERO

    def add(self, copies: int, value: Decimal | None) -> None:
        self.copies += copies
        self.value += value or ZERO


@dataclass(frozen=True)
class ReceiptLine:
    accession_id: int
    number: str
    received_on: date
    source: str
    supplier: str
    document: str
    copies: int
    value: Decimal
    by_type: dict[str, int]


@dataclass(frozen=True)
class WithdrawalLine:
    act_id: int
    number: str
    withdrawn_on: date  # the act's approval: its copies leave the fund then
    reason: str
    copies: int
    value: Decimal
    by_type: dict[str, int]


@dataclass
class Movement:
    """One group's movement in the period, in copies and in tenge."""

    key: str
    start: Tally = field(default_factory=Tally)
    received: Tally = field(default_factory=Tally)
    withdrawn: Tally = field(default_factory=Tally)

    @property
    def end(self) -> Tally:
        return Tally(
            self.start.copies + self.received.copies - self.withdrawn.copies,
            self.start.value + self.received.value - self.withdrawn.value,
        )


@dataclass(frozen=True)
class SummaryBook:
    date_from: date | None
    date_to: date | None
    receipts: list[ReceiptLine]
    withdrawals: list[WithdrawalLine]
    by_source: list[Movement]
    by_type: list[Movement]
    by_branch: list[Movement] = field(default_factory=list)
    by_language: list[Movement] = field(default_factory=list)
    # Children's literature (008/22), counted within the branches as well.
    children: Movement = field(default_factory=lambda: Movement(CHILDREN))
    notes: Notes = field(default_factory=lambda: Notes())

    @property
    def total(self) -> Movement:
        total = Movement("total")
        for row in self.by_source:
            total.start.add(row.start.copies, row.start.value)
            total.received.add(row.received.copies, row.received.value)
            total.withdrawn.add(row.withdrawn.copies, row.withdrawn.value)
        return total


# The day an approved act's copies left the fund: its approval (an act written before drafts
# existed has none, and was approved on its own date).
WITHDRAWN_ON = func.coalesce(WriteOffAct.approved_on, WriteOffAct.act_date)


def _kzt(price: InstrumentedAttribute[Decimal | None]) -> ColumnElement[Any]:
    # Values are kept in tenge; a copy priced in another currency counts by its value in
    # tenge at receipt (app.registers.currency), or by nothing until one is entered.
    return func.sum(case((Item.currency == "KZT", price), else_=func.coalesce(Item.price_kzt, 0)))


@dataclass(frozen=True)
class Notes:
    """What the КСУ's figures need said beside them."""

    unpriced_legal_deposit: int = 0  # legal-deposit copies received without a price
    foreign: int = 0  # copies priced in another currency, counted by their tenge value
    foreign_unvalued: int = 0  # ... with no tenge value entered: counted as copies only


def _bucket(day: date, date_from: date | None, date_to: date | None) -> str:
    if date_from is not None and day < date_from:
        return "before"
    if date_to is not None and day > date_to:
        return "after"
    return "in"


def summary_book(db: Database, date_from: date | None, date_to: date | None) -> SummaryBook:
    """The КСУ's figures. Every part is read from the same two tallies — copies received per
    accession batch and copies withdrawn per write-off act, each by type of document — so
    part 3 receives exactly what part 1 lists and withdraws exactly what part 2 lists (a
    withdrawal belongs to the period its act was approved in — the copies leave the fund at
    approval, not when the act is drafted — whatever the copy's receipt date)."""
    with db.read() as session:
        batches = session.execute(
            select(AccessionBatch, Item.record_id, func.count(Item.id), _kzt(Item.price))
            .join(Item, Item.accession_id == AccessionBatch.id)
            .where(*within(AccessionBatch.received_on, None, date_to))
            .where(AccessionBatch.source != MIGRATED_SOURCE)  # the opening balance instead
            .group_by(AccessionBatch.id, Item.record_id)
            .order_by(AccessionBatch.received_on, AccessionBatch.id)
        ).all()
        acts = session.execute(
            select(
                WriteOffAct,
                WITHDRAWN_ON,
                AccessionBatch.source,
                Item.record_id,
                func.count(WriteOffCopy.id),
                func.sum(
                    case(
                        (WriteOffCopy.currency == "KZT", WriteOffCopy.price),
                        else_=func.coalesce(Item.price_kzt, 0),
                    )
                ),
            )
            .join(WriteOffCopy, WriteOffCopy.act_id == WriteOffAct.id)
            .join(Item, Item.id == WriteOffCopy.item_id)
            .join(AccessionBatch, AccessionBatch.id == Item.accession_id)
            .where(WriteOffAct.state == "approved", *within(WITHDRAWN_ON, None, date_to))
            .group_by(WriteOffAct.id, AccessionBatch.source, Item.record_id)
            .order_by(WITHDRAWN_ON, WriteOffAct.id)
        ).all()
        # Amounts written off from group holdings (copies counted by amount, which came in
        # with the migrated fund's opening balance) are withdrawals like any copy's.
        group_acts = session.execute(
            select(
                WriteOffAct,
                WITHDRAWN_ON,
                GroupHolding.record_id,
                func.sum(WriteOffGroup.amount),
                func.sum(func.coalesce(WriteOffGroup.value, 0)),
            )
            .join(WriteOffGroup, WriteOffGroup.act_id == WriteOffAct.id)
            .join(GroupHolding, GroupHolding.id == WriteOffGroup.group_holding_id)
            .where(WriteOffAct.state == "approved", *within(WITHDRAWN_ON, None, date_to))
            .group_by(WriteOffAct.id, GroupHolding.record_id)
            .order_by(WITHDRAWN_ON, WriteOffAct.id)
        ).all()
        opening = opening_balance_rows(session)
        # The ORM rows are read inside the session; the lines below only keep plain values.
        receipt_rows = [
            (b.id, b.number, b.received_on, b.source, b.supplier, b.document_number, leader,
             copies, Decimal(value or 0))
            for b, leader, copies, value in batches
        ]  # fmt: skip
        withdrawal_rows = [
            (a.id, a.number, on, a.reason, source, leader, copies, Decimal(value or 0))
            for a, on, source, leader, copies, value in acts
        ] + [
            (a.id, a.number, on, a.reason, MIGRATED_SOURCE, record, int(amount),
             Decimal(value or 0))
            for a, on, record, amount, value in group_acts
        ]  # fmt: skip
        withdrawal_rows.sort(key=lambda r: (r[2], r[0]))
        notes = _notes(session, date_from, date_to)
        profiles = _profiles(
            session,
            {r[6] for r in receipt_rows}
            | {r[5] for r in withdrawal_rows}
            | {r[1] for r in opening},
        )

    sources = {s.value: Movement(s.value) for s in AccessionSource}
    types = {t: Movement(t) for t in DOCUMENT_TYPES}
    branches = {b: Movement(b) for b in BRANCHES}
    languages = {g: Movement(g) for g in LANGUAGE_GROUPS}
    children = Movement(CHILDREN)

    def _groups(source: str, record_id: int) -> tuple[str, list[Movement]]:
        kind, p = profiles[record_id]
        groups = [sources.setdefault(source, Movement(source)), types[kind],
                  branches[p.branch], languages[p.language]]  # fmt: skip
        if p.children:
            groups.append(children)
        return kind, groups

    for source, record, copies, value in opening:  # the fund a migration brought in
        for group in _groups(source, record)[1]:
            group.start.add(copies, value)
    receipts: dict[int, ReceiptLine] = {}
    for batch_id, number, on, source, supplier, document, record, copies, value in receipt_rows:
        kind, groups = _groups(source, record)
        if _bucket(on, date_from, date_to) == "before":
            for group in groups:
                group.start.add(copies, value)
            continue
        for group in groups:
            group.received.add(copies, value)
        old = receipts.get(batch_id)
        by_type = old.by_type if old else defaultdict(int)
        by_type[kind] += copies
        receipts[batch_id] = ReceiptLine(
            batch_id, number, on, source, supplier, document,
            (old.copies if old else 0) + copies, (old.value if old else ZERO) + value, by_type,
        )  # fmt: skip

    withdrawals: dict[int, WithdrawalLine] = {}
    for act_id, number, on, reason, source, record, copies, value in withdrawal_rows:
        kind, groups = _groups(source, record)
        if _bucket(on, date_from, date_to) == "before":
            for group in groups:
                group.start.add(-copies, -value)
            continue
        for group in groups:
            group.withdrawn.add(copies, value)
        old_w = withdrawals.get(act_id)
        w_by_type = old_w.by_type if old_w else defaultdict(int)
        w_by_type[kind] += copies
        withdrawals[act_id] = WithdrawalLine(
            act_id, number, on, reason, (old_w.copies if old_w else 0) + copies,
            (old_w.value if old_w else ZERO) + value, w_by_type,
        )  # fmt: skip
    return SummaryBook(
        date_from,
        date_to,
        list(receipts.values()),
        list(withdrawals.values()),
        list(sources.values()),
        list(types.values()),
        list(branches.values()),
        list(languages.values()),
        children,
        notes,
    )


def _notes(session: Session, date_from: date | None, date_to: date | None) -> Notes:
    """Copies received in the period whose value needs a word: legal deposit without a price,
    and prices in another currency (valued in tenge or not)."""
    in_period = (*within(AccessionBatch.received_on, date_from, date_to),)
    unpriced, foreign, unvalued = session.execute(
        select(
            func.coalesce(func.sum(case(
                ((AccessionBatch.source == "legal-deposit")
                 & (func.coalesce(Item.price, 0) == 0), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Item.currency != "KZT", 1), else_=0)), 0),
            func.coalesce(func.sum(case(
                ((Item.currency != "KZT") & Item.price_kzt.is_(None), 1), else_=0)), 0),
        )
        .join(AccessionBatch, AccessionBatch.id == Item.accession_id)
        .where(*in_period)
    ).one()  # fmt: skip
    return Notes(int(unpriced), int(foreign), int(unvalued))


def _profiles(session: Session, record_ids: set[int]) -> dict[int, tuple[str, Profile]]:
    """Each record's type of document and profile, read in chunks of ids."""
    found: dict[int, tuple[str, Profile]] = {}
    ids = sorted(record_ids)
    for start in range(0, len(ids), 500):
        for rid, leader, marc in session.execute(
            select(Record.id, _LEADER_06_07, Record.marc).where(
                Record.id.in_(ids[start : start + 500])
            )
        ):
            found[rid] = (document_type(leader), profile(marc))
    return found


def render_summary_book(
    db: Database,
    out: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "kk",
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SummaryBook:
    """Draw the КСУ for the period to `out` (A4 landscape) and return its figures."""
    t = labels(language)
    book = summary_book(db, date_from, date_to)
    library = library_info(db)
    doc = open_document(
        out, library.name, t["ksu.title"], period_text(t, date_from, date_to), t,
        LANDSCAPE,
    )  # fmt: skip
    type_columns = [Column(t[f"type.{k}"], 1.4, "right") for k in DOCUMENT_TYPES]
    part1_types = [Column(t[f"type.{k}"], 1.2, "right") for k in DOCUMENT_TYPES]

    doc.heading(t["ksu.part1"])
    part1 = [
        Column(t["number"], 0.4, "right"), Column(t["date"], 1.3), Column(t["ksu.accession"], 0.9),
        Column(t["ksu.source"], 1.5), Column(t["ksu.supplier"], 2.4),
        Column(t["ksu.document"], 1.3), Column(t["copies"], 0.6, "right"),
        Column(t["value"], 1.3, "right"), *part1_types,
    ]  # fmt: skip
    doc.table(
        part1,
        (
            [str(i), fmt_day(r.received_on), r.number, t.get(f"source.{r.source}", r.source),
             r.supplier, r.document, str(r.copies),
             "— *" if r.source == "legal-deposit" and not r.value else money(r.value),
             *[str(r.by_type.get(k, 0)) for k in DOCUMENT_TYPES]]
            for i, r in enumerate(book.receipts, 1)
        ),
        total=["", t["total"], "", "", "", "", str(sum(r.copies for r in book.receipts)),
               money(sum((r.value for r in book.receipts), ZERO)),
               *[str(sum(r.by_type.get(k, 0) for r in book.receipts)) for k in DOCUMENT_TYPES]],
        is_cancelled=is_cancelled,
        max_lines=6,
    )  # fmt: skip
    notes = book.notes
    if notes.unpriced_legal_deposit:
        doc.paragraph(t["ksu.note.legal_deposit"].format(n=notes.unpriced_legal_deposit), size=8)
    if notes.foreign - notes.foreign_unvalued:
        doc.paragraph(t["ksu.note.foreign"].format(n=notes.foreign - notes.foreign_unvalued),
                      size=8)  # fmt: skip
    if notes.foreign_unvalued:
        doc.paragraph(t["ksu.note.unvalued"].format(n=notes.foreign_unvalued), size=8)
    if progress:
        progress(1, 0, t["ksu.part1"])

    doc.heading(t["ksu.part2"])
    part2 = [
        Column(t["number"], 0.4, "right"), Column(t["ksu.approved_on"], 1.4),
        Column(t["ksu.act"], 1.2),
        Column(t["ksu.reason"], 2.0), Column(t["copies"], 0.7, "right"),
        Column(t["value"], 1.3, "right"), *type_columns,
    ]  # fmt: skip
    doc.table(
        part2,
        (
            [str(i), fmt_day(w.withdrawn_on), w.number, t.get(f"reason.{w.reason}", w.reason),
             str(w.copies), money(w.value), *[str(w.by_type.get(k, 0)) for k in DOCUMENT_TYPES]]
            for i, w in enumerate(book.withdrawals, 1)
        ),
        total=["", t["total"], "", "", str(sum(w.copies for w in book.withdrawals)),
               money(sum((w.value for w in book.withdrawals), ZERO)),
               *[str(sum(w.by_type.get(k, 0) for w in book.withdrawals)) for k in DOCUMENT_TYPES]],
        is_cancelled=is_cancelled,
    )  # fmt: skip
    if progress:
        progress(2, 0, t["ksu.part2"])

    doc.heading(t["ksu.part3"])
    part3 = [
        Column(t["ksu.group"], 2.6),
        *[
            c
            for key in ("ksu.start", "ksu.received", "ksu.withdrawn", "ksu.end")
            for c in (Column(f"{t[key]} ({t['unit.copies']})", 1.0, "right"),
                      Column(f"{t[key]} ({t['unit.value']})", 1.3, "right"))
        ],
    ]  # fmt: skip

    def cells(name: str, m: Movement) -> list[str]:
        tallies = (m.start, m.received, m.withdrawn, m.end)
        return [name, *[v for tl in tallies for v in (str(tl.copies), money(tl.value))]]

    for title, rows, prefix in (
        (t["ksu.by_source"], book.by_source, "source"),
        (t["ksu.by_type"], book.by_type, "type"),
        (t["ksu.by_branch"], [*book.by_branch, book.children], "branch"),
        (t["ksu.by_language"], book.by_language, "language"),
    ):
        doc.paragraph(title, bold=True, keep=100)
        doc.table(
            part3,
            (cells(t.get(f"{prefix}.{m.key}", m.key), m) for m in rows),
            total=cells(t["total"], book.total),
        )
    doc.signatures([(library.head_position or t["sign.director"], library.head_name),
                    t["sign.responsible"]])  # fmt: skip
    doc.paragraph(t["sign.seal"])
    doc.close()
    if progress:
        progress(3, 0, t["ksu.part3"])
    return book
