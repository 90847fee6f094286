"""The accession act (акт приёма) and the write-off act (акт списания) as documents: the
approval block (БЕКІТЕМІН / УТВЕРЖДАЮ, the library's head), the act's particulars, the
commission, one line per copy, the totals in figures and in words, the act's notes, and the
signatures with the names under them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.intake.accession import get_accession
from app.intake.copies import copies_of_accession
from app.library import LibraryInfo, library_info
from app.registers.pdf import (
    PORTRAIT,
    Column,
    RegisterDocument,
    approval_lines,
    author_title,
    day,
    labels,
    money,
    open_document,
)
from app.registers.words import count_in_words, long_date, sum_in_words
from app.registers.writeoff import WriteOffActInfo, get_write_off_act
from db.models import Item, Record
from db.session import Database


@dataclass(frozen=True)
class Commission:
    """Who signs an act: the chair and the members (the library's standing commission unless
    the act names its own)."""

    chair: str = ""
    members: tuple[str, ...] = ()

    @classmethod
    def of(cls, library: LibraryInfo, chair: str = "", members: Sequence[str] = ()) -> Commission:
        if chair or members:
            return cls(chair.strip(), tuple(m.strip() for m in members if m.strip()))
        return cls(library.commission_chair, library.commission_members)

    def sentence(self, t: dict[str, str]) -> str:
        if not self.chair and not self.members:
            return ""
        # A name ending in an initial ("Әбдірова С.") takes no second full stop.
        return (
            t["commission.text"]
            .format(chair=self.chair or "—", members=", ".join(self.members) or "—")
            .replace("..", ".")
        )

    def signatures(self, t: dict[str, str]) -> list[tuple[str, str]]:
        people = [(t["sign.chair"], self.chair)]
        people += [(t["sign.member"], m) for m in self.members] or [(t["sign.member"], "")] * 2
        return people


def _columns(t: dict[str, str]) -> list[Column]:
    return [
        Column(t["number"], 0.5, "right"), Column(t["inventory_number"], 1.3),
        Column(t["author_title"], 5.0), Column(t["year"], 0.8, "center"),
        Column(t["price"], 1.3, "right"),
    ]  # fmt: skip


def _totals(
    doc: RegisterDocument, t: dict[str, str], count: int, value: Decimal, lang: str
) -> None:
    doc.paragraph(
        t["total.words"].format(
            copies=count_in_words(count, lang), value=sum_in_words(value, lang)
        ),
        keep=60,
    )


def _notes(doc: RegisterDocument, t: dict[str, str], notes: str) -> None:
    if notes.strip():
        doc.space(4)
        doc.paragraph(t["notes"].format(notes=notes.strip()))


def render_accession_act(
    db: Database,
    accession_id: int,
    out: Path,
    language: str = "kk",
    chair: str = "",
    members: Sequence[str] = (),
    notes: str = "",
) -> tuple[int, Decimal]:
    """The act of one accession batch; returns its copies and value as printed."""
    t = labels(language)
    library = library_info(db)
    batch = get_accession(db, accession_id)
    copies = copies_of_accession(db, accession_id)
    authors = _authors_and_years(db, sorted({c.record_id for c in copies}))
    commission = Commission.of(library, chair, members)
    doc = open_document(
        out, library.name, t["accession.title"].format(number=batch.number),
        long_date(batch.received_on, language), t, PORTRAIT,
        approval=approval_lines(t, library.head_position, library.head_name, None, language),
    )  # fmt: skip
    doc.paragraph(
        t["accession.intro"].format(
            date=long_date(batch.received_on, language),
            source=t.get(f"source.{batch.source}", batch.source),
            supplier=batch.supplier or "—",
            document=f"{batch.document_number} {day(batch.document_date)}".strip(),
        )
    )
    if sentence := commission.sentence(t):
        doc.paragraph(sentence)
    doc.space(6)
    rows = []
    tenge = _tenge_values(db, accession_id)
    total = batch.total_value
    for i, c in enumerate(copies, 1):
        author, year = authors.get(c.record_id, ("", ""))
        title = author_title(author, c.title)
        price = money(c.price)
        if price and c.currency != "KZT":
            # Priced in another currency: the price as invoiced, and its tenge value at
            # receipt when entered (qor rate), which the totals count.
            value = tenge.get(c.id)
            price = f"{price} {c.currency}" + (f" = {money(value)}" if value is not None else "")
            total += value or 0
        rows.append([str(i), c.inventory_number, title, year, price])
    doc.table(
        _columns(t),
        rows,
        total=["", t["total"], f"{len(copies)} {t['unit.copies']}", "", money(total)],
    )
    _totals(doc, t, len(copies), total, language)
    _notes(doc, t, "\n".join(n for n in (batch.notes, notes) if n.strip()))
    doc.signatures([*commission.signatures(t), (t["sign.accepted"], "")])
    doc.paragraph(t["sign.seal"])
    doc.close()
    return len(copies), total


def render_writeoff_act(
    db: Database, act_id: int, out: Path, language: str = "kk"
) -> WriteOffActInfo:
    """The write-off act: drawn up by the commission, which proposes the copies for writing
    off; the head approves it (the block stays blank until the act is approved in Qor)."""
    t = labels(language)
    library = library_info(db)
    act = get_write_off_act(db, act_id)
    commission = Commission.of(library, act.commission_chair, act.commission_members)
    approved = act.state == "approved"
    doc = open_document(
        out, library.name, t["writeoff.title"].format(number=act.number),
        long_date(act.act_date, language), t, PORTRAIT,
        approval=approval_lines(
            t, library.head_position, (act.approved_by if approved else "") or library.head_name,
            act.approved_on if approved else None, language,
        ),
    )  # fmt: skip
    if act.state == "draft":
        doc.paragraph(t["writeoff.draft"], bold=True)
    reason = t.get(f"reason.{act.reason}", act.reason)
    if sentence := commission.sentence(t):
        doc.paragraph(sentence)
    doc.paragraph(t["writeoff.intro"].format(date=long_date(act.act_date, language), reason=reason))
    doc.space(6)
    rows = [
        [str(i), c.inventory_number, author_title(c.author, c.title), c.year,
         money(c.price)]
        for i, c in enumerate(act.copies, 1)
    ]  # fmt: skip
    # An amount from a group holding (copies counted by amount, no inventory numbers): one
    # line with the amount where the inventory number stands.
    rows += [
        [str(len(rows) + i), f"{g.amount} {t['unit.copies']}" + (f" ({g.designation})"
         if g.designation else ""), author_title(g.author, g.title), g.year, money(g.value)]
        for i, g in enumerate(act.groups, 1)
    ]  # fmt: skip
    doc.table(
        _columns(t),
        rows,
        total=["", t["total"], f"{act.count} {t['unit.copies']}", "", money(act.total_value)],
    )
    _totals(doc, t, act.count, act.total_value, language)
    _notes(doc, t, act.notes)
    doc.signatures([*commission.signatures(t), (t["sign.responsible"], "")])
    doc.paragraph(t["sign.seal"])
    doc.close()
    return act


def _tenge_values(db: Database, accession_id: int) -> dict[int, Decimal]:
    """Copies of the batch priced in another currency: their value in tenge at receipt."""
    from sqlalchemy import select

    with db.read() as session:
        return {
            item_id: value
            for item_id, value in session.execute(
                select(Item.id, Item.price_kzt).where(
                    Item.accession_id == accession_id, Item.currency != "KZT",
                    Item.price_kzt.is_not(None),
                )
            )
            if value is not None
        }  # fmt: skip


def _authors_and_years(db: Database, record_ids: list[int]) -> dict[int, tuple[str, str]]:
    from sqlalchemy import select

    with db.read() as session:
        return {
            rid: (author, year)
            for rid, author, year in session.execute(
                select(Record.id, Record.author, Record.year).where(Record.id.in_(record_ids))
            )
        }
