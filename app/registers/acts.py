"""The accession act (акт приёма) and the write-off act (акт списания) as documents: the
act's particulars, one line per copy, the total, and the commission's signatures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.intake.accession import get_accession
from app.intake.copies import copies_of_accession
from app.library import library_info
from app.registers.pdf import PORTRAIT, Column, day, labels, money, open_document
from app.registers.writeoff import WriteOffActInfo, get_write_off_act
from db.models import Record
from db.session import Database


def _columns(t: dict[str, str]) -> list[Column]:
    return [
        Column(t["number"], 0.5, "right"), Column(t["inventory_number"], 1.3),
        Column(t["author_title"], 5.0), Column(t["year"], 0.8, "center"),
        Column(t["price"], 1.3, "right"),
    ]  # fmt: skip


def render_accession_act(
    db: Database, accession_id: int, out: Path, language: str = "kk"
) -> tuple[int, Decimal]:
    """The act of one accession batch; returns its copies and value as printed."""
    t = labels(language)
    batch = get_accession(db, accession_id)
    copies = copies_of_accession(db, accession_id)
    authors = _authors_and_years(db, sorted({c.record_id for c in copies}))
    doc = open_document(
        out, library_info(db).name, t["accession.title"].format(number=batch.number),
        day(batch.received_on), t, PORTRAIT,
    )  # fmt: skip
    doc.paragraph(
        t["accession.intro"].format(
            date=day(batch.received_on),
            source=t.get(f"source.{batch.source}", batch.source),
            supplier=batch.supplier or "—",
            document=f"{batch.document_number} {day(batch.document_date)}".strip(),
        )
    )
    doc.space(6)
    rows = []
    for i, c in enumerate(copies, 1):
        author, year = authors.get(c.record_id, ("", ""))
        title = f"{author}. {c.title}" if author else c.title
        rows.append([str(i), c.inventory_number, title, year, money(c.price)])
    doc.table(
        _columns(t),
        rows,
        total=["", t["total"], f"{len(copies)} {t['unit.copies']}", "", money(batch.total_value)],
    )
    doc.signatures([t["sign.accepted"], t["sign.responsible"], t["sign.commission"], ""])
    doc.paragraph(t["sign.seal"])
    doc.close()
    return len(copies), batch.total_value


def render_writeoff_act(
    db: Database, act_id: int, out: Path, language: str = "kk"
) -> WriteOffActInfo:
    t = labels(language)
    act = get_write_off_act(db, act_id)
    doc = open_document(
        out, library_info(db).name, t["writeoff.title"].format(number=act.number),
        day(act.act_date), t, PORTRAIT,
    )  # fmt: skip
    reason = t.get(f"reason.{act.reason}", act.reason)
    doc.paragraph(t["writeoff.intro"].format(date=day(act.act_date), reason=reason))
    doc.space(6)
    rows = [
        [str(i), c.inventory_number, f"{c.author}. {c.title}" if c.author else c.title, c.year,
         money(c.price)]
        for i, c in enumerate(act.copies, 1)
    ]  # fmt: skip
    doc.table(
        _columns(t),
        rows,
        total=["", t["total"], f"{act.count} {t['unit.copies']}", "", money(act.total_value)],
    )
    doc.paragraph(t["writeoff.total"].format(copies=act.count, value=money(act.total_value)))
    doc.signatures([t["sign.director"], t["sign.commission"], "", "", t["sign.responsible"]])
    doc.paragraph(t["sign.seal"])
    doc.close()
    return act


def _authors_and_years(db: Database, record_ids: list[int]) -> dict[int, tuple[str, str]]:
    from sqlalchemy import select

    with db.read() as session:
        return {
            rid: (author, year)
            for rid, author, year in session.execute(
                select(Record.id, Record.author, Record.year).where(Record.id.in_(record_ids))
            )
        }
