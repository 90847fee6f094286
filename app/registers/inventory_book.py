"""The inventory book (инвентарная книга / инвентарлық кітап): one line per copy in inventory
order — date, inventory number, author and title, year, shelf mark, price, accession batch,
the check mark column (тексеру белгісі: each closed audit that found the copy, by its act's
number and closing date, as the fund's check marks it by hand), the write-off act once the
copy is withdrawn (dated by its approval, when the copy left the fund; its line and number
stay for ever), and notes (the copy's condition, or a status that takes it off the shelf).

The book is streamed: copies are read in chunks by keyset pagination on the copy's id (the
inventory order: numbers are allocated in the transaction that inserts the copies) and each
page is written to the file as soon as it is full, so memory does not grow with the fund."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Cancelled
from app.library import library_info
from app.periods import within
from app.registers.pdf import (
    LANDSCAPE,
    Column,
    author_title,
    labels,
    money,
    open_document,
    period_text,
)
from app.registers.pdf import day as fmt_day
from db.models import (
    AccessionBatch,
    Audit,
    AuditFind,
    Item,
    Record,
    WriteOffAct,
    WriteOffCopy,
)
from db.session import Database

CHUNK = 2000
# Statuses the notes column names: the copy is not on its shelf for a reason of record.
NOTED_STATUSES = ("missing", "to-be-written-off", "at-bindery", "in-repair", "being-digitised")


@dataclass(frozen=True)
class InventoryLine:
    item_id: int
    received_on: date
    inventory_number: str
    author: str
    title: str
    year: str
    price: Decimal | None
    currency: str
    accession: str
    writeoff_act: str | None
    writeoff_date: date | None
    call_number: str = ""
    status: str = ""
    condition_notes: str = ""
    # The closed audits that found the copy, oldest first: (audit id, day it closed).
    checks: tuple[tuple[int, date], ...] = ()

    @property
    def author_title(self) -> str:
        return author_title(self.author, self.title)


@dataclass(frozen=True)
class InventoryBookSummary:
    lines: int
    withdrawn: int
    pages: int


def inventory_lines(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    chunk: int = CHUNK,
) -> Iterator[InventoryLine]:
    """Every copy received in the period, in inventory order, `chunk` copies per query."""
    after = 0
    stmt = (
        select(
            Item.id, AccessionBatch.received_on, Item.inventory_number, Record.author,
            Record.title, Record.year, Item.price, Item.currency, AccessionBatch.number,
            WriteOffAct.number, func.coalesce(WriteOffAct.approved_on, WriteOffAct.act_date),
            Item.call_number, Item.status,
            Item.condition_notes,
        )
        .join(AccessionBatch, AccessionBatch.id == Item.accession_id)
        .join(Record, Record.id == Item.record_id)
        .outerjoin(WriteOffCopy, WriteOffCopy.item_id == Item.id)
        .outerjoin(
            WriteOffAct, (WriteOffAct.id == WriteOffCopy.act_id) & (WriteOffAct.state == "approved")
        )
        .order_by(Item.id)
        .limit(chunk)
    )  # fmt: skip
    stmt = stmt.where(*within(AccessionBatch.received_on, date_from, date_to))
    while True:
        # A short read transaction per chunk: a long book never holds the database open.
        with db.read() as session:
            rows = session.execute(stmt.where(Item.id > after)).all()
            checks = _checks(session, rows[0][0], rows[-1][0]) if rows else {}
        for row in rows:
            yield InventoryLine(*row, checks=checks.get(row[0], ()))
        if len(rows) < chunk:
            return
        after = rows[-1][0]


def _checks(session: Session, first: int, last: int) -> dict[int, tuple[tuple[int, date], ...]]:
    """The closed audits that found the copies with ids `first`..`last` (one indexed range
    read per chunk of the book): an open audit has not checked anything yet."""
    found: dict[int, list[tuple[int, date]]] = {}
    for item_id, audit_id, closed_at in session.execute(
        select(AuditFind.item_id, Audit.id, Audit.closed_at)
        .join(Audit, Audit.id == AuditFind.audit_id)
        .where(AuditFind.item_id.between(first, last), Audit.status == "closed")
        .order_by(AuditFind.item_id, Audit.closed_at, Audit.id)
    ):
        if closed_at is not None:  # a closed audit has its moment; the check is for mypy
            found.setdefault(item_id, []).append((audit_id, closed_at.date()))
    return {item_id: tuple(marks) for item_id, marks in found.items()}


def check_mark(audit_id: int, closed_on: date) -> str:
    """One audit's mark, as the check writes it in the column: the audit act's number and the
    day it closed ("№ 3 05.12.2026"); the number stays with its sign."""
    return f"№\u202f{audit_id} {fmt_day(closed_on)}"


def render_inventory_book(
    db: Database,
    out: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "kk",
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> InventoryBookSummary:
    """Draw the inventory book page by page (A4 landscape) while reading it chunk by chunk."""
    t = labels(language)
    doc = open_document(
        out, library_info(db).name, t["book.title"], period_text(t, date_from, date_to), t,
        LANDSCAPE, streamed=True, font_size=7.5,
    )  # fmt: skip
    columns = [
        Column(t["date"], 1.0), Column(t["inventory_number"], 1.2), Column(t["author_title"], 4.2),
        Column(t["year"], 0.6, "center"), Column(t["book.shelf_mark"], 1.2),
        Column(t["price"], 1.1, "right"), Column(t["book.accession"], 0.9),
        Column(t["book.check"], 1.5), Column(t["book.writeoff"], 1.7), Column(t["note"], 1.5),
    ]  # fmt: skip
    withdrawn = 0

    def rows() -> Iterator[list[str]]:
        nonlocal withdrawn
        for line in inventory_lines(db, date_from, date_to):
            act = ""
            if line.writeoff_act:
                withdrawn += 1
                act = f"{line.writeoff_act} {fmt_day(line.writeoff_date)}"
            price = money(line.price)
            if price and line.currency != "KZT":
                price = f"{price} {line.currency}"
            notes = [line.condition_notes.strip()]
            if line.status in NOTED_STATUSES:
                notes.insert(0, t[f"status.{line.status}"])
            yield [
                fmt_day(line.received_on), line.inventory_number, line.author_title, line.year,
                line.call_number, price, line.accession,
                " ".join(check_mark(*c) for c in line.checks), act,
                "; ".join(n for n in notes if n),
            ]  # fmt: skip

    def on_row(count: int) -> None:
        if progress is not None and count % 500 == 0:
            progress(count, 0, t["book.title"])

    try:
        count = doc.table(columns, rows(), is_cancelled=is_cancelled, on_row=on_row)
    except Cancelled:
        doc.abort(out)
        raise
    doc.paragraph(t["book.summary"].format(lines=count, withdrawn=withdrawn))
    doc.close()
    if progress is not None:
        progress(count, 0, t["book.title"])
    return InventoryBookSummary(count, withdrawn, doc.page)
