"""Exchange lists for partner libraries (the 2013 cooperation agreement): desiderata — titles
the fund lacks, as free entries or catalog records — and duplicates offered for exchange
(copies, or records with a number of copies). Each list goes out as PDF (headings in Kazakh
or Russian), CSV, or MARC through app.marc.writing."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Subfield
from sqlalchemy import or_, select

from app.errors import CopyNotFound, InvalidInput, RecordNotFound
from app.i18n import translate
from app.intake.status import ItemStatus
from app.library import library_info
from app.marc.codec import from_json
from app.marc.writing import write_records
from app.preservation.scanning import item_by_scan
from app.registers.pdf import (
    FONT,
    PORTRAIT,
    Column,
    author_title,
    day,
    labels,
    open_document,
    wrap,
)
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import Desideratum, ExchangeOffer, Item, Record
from db.session import Database

FORMATS = ("pdf", "csv", "marc")


@dataclass(frozen=True)
class ExchangeEntry:
    """A line of an exchange list; `marc` is the catalog record's stored form, if any."""

    id: int
    record_id: int | None
    author: str
    title: str
    year: str
    isbn: str
    copies: int
    inventory_numbers: tuple[str, ...]
    note: str
    marc: str | None = None


def add_desideratum(
    db: Database,
    actor: Actor,
    title: str = "",
    author: str = "",
    year: str = "",
    isbn: str = "",
    record_id: int | None = None,
    copies: int = 1,
    note: str = "",
) -> ExchangeEntry:
    """A wanted title: a free entry (title, author, year, ISBN) or a record of the catalog."""
    require(actor, "keep the exchange lists", Role.INTAKE, Role.CATALOGER)
    if copies < 1:
        raise InvalidInput(translate("errors", "A desideratum wants at least one copy."))
    with db.write() as session:
        if record_id is not None:
            record = session.get(Record, record_id)
            if record is None:
                raise RecordNotFound(record_id)
            title, author = title or record.title, author or record.author
            year, isbn = year or record.year, isbn or record.isbn
        if not title.strip():
            raise InvalidInput(translate("errors", "A desideratum needs a title (or a record)."))
        row = Desideratum(
            record_id=record_id, title=title.strip(), author=author.strip(), year=year.strip(),
            isbn=isbn.strip(), copies=copies, note=note.strip(), created_by=actor.name,
        )  # fmt: skip
        session.add(row)
        session.flush()
        record_event(session, actor, "exchange.want", "desideratum", row.id, after={"title": title})
        return _want(row, None)


def offer_duplicates(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str] = (),
    record_id: int | None = None,
    copies: int = 1,
    note: str = "",
) -> list[ExchangeEntry]:
    """Mark scanned copies (each its own offer), or a record with a number of copies, as
    offered for exchange."""
    require(actor, "keep the exchange lists", Role.INTAKE, Role.CATALOGER)
    offers: list[ExchangeOffer] = []
    with db.write() as session:
        for scan in barcodes:
            item = item_by_scan(session, scan)
            if item is None:
                raise CopyNotFound(scan)
            if item.status == ItemStatus.WRITTEN_OFF:
                raise InvalidInput(
                    translate("errors", "Copy {inventory_number} is written off.").format(
                        inventory_number=item.inventory_number
                    )
                )
            if item.status == ItemStatus.MISSING:
                raise InvalidInput(
                    translate("errors", "Copy {inventory_number} is missing.").format(
                        inventory_number=item.inventory_number
                    )
                )
            existing = session.execute(
                select(ExchangeOffer).where(ExchangeOffer.item_id == item.id)
            ).scalar_one_or_none()
            offer = existing or ExchangeOffer(record_id=item.record_id, item_id=item.id)
            offer.active, offer.note, offer.created_by = True, note, actor.name
            session.add(offer)
            offers.append(offer)
        if record_id is not None:
            if session.get(Record, record_id) is None:
                raise RecordNotFound(record_id)
            offer = ExchangeOffer(
                record_id=record_id, copies=copies, note=note, created_by=actor.name
            )
            session.add(offer)
            offers.append(offer)
        if not offers:
            raise InvalidInput(translate("errors", "Scan the copies to offer, or give a record."))
        session.flush()
        for offer in offers:
            record_event(
                session, actor, "exchange.offer", "exchange_offer", offer.id,
                after={"record": offer.record_id, "item": offer.item_id},
            )  # fmt: skip
    return [e for e in offered(db) if e.id in {o.id for o in offers}]


def desiderata(db: Database) -> list[ExchangeEntry]:
    with db.read() as session:
        rows = session.execute(
            select(Desideratum, Record.marc)
            .outerjoin(Record, Record.id == Desideratum.record_id)
            .where(Desideratum.active.is_(True))
            .order_by(Desideratum.id)
        ).all()
        return [_want(row, marc) for row, marc in rows]


def offered(db: Database) -> list[ExchangeEntry]:
    """Offers grouped per record: copies offered one by one are counted together; only
    copies available in the fund are offered."""
    with db.read() as session:
        rows = session.execute(
            select(ExchangeOffer, Record, Item.inventory_number)
            .join(Record, Record.id == ExchangeOffer.record_id)
            .outerjoin(Item, Item.id == ExchangeOffer.item_id)
            .where(ExchangeOffer.active.is_(True))
            # A copy written off, missing or away since it was offered is not offered now;
            # an offer of a record (no copy named) stands.
            .where(or_(ExchangeOffer.item_id.is_(None), Item.status == ItemStatus.AVAILABLE))
            .order_by(Record.title_sort, ExchangeOffer.id)
        ).all()
        entries: dict[int, ExchangeEntry] = {}
        for offer, record, inventory in rows:
            old = entries.get(record.id)
            numbers = (*(old.inventory_numbers if old else ()), *([inventory] if inventory else []))
            entries[record.id] = ExchangeEntry(
                old.id if old else offer.id, record.id, record.author, record.title, record.year,
                record.isbn, (old.copies if old else 0) + offer.copies, numbers,
                old.note if old and old.note else offer.note, record.marc,
            )  # fmt: skip
        return list(entries.values())


def write_exchange_list(
    db: Database,
    which: str,
    out: Path,
    format: str = "pdf",
    language: str = "kk",
    on: date | None = None,
    partner: str = "",
) -> int:
    """Write the desiderata or the offers to `out`, the PDF dated `on` (default today) and
    addressed to the partner library `partner`; returns the number of entries."""
    if which not in ("desiderata", "offers"):
        raise InvalidInput(
            translate(
                "errors", "Exchange lists are 'desiderata' or 'offers', not '{which}'."
            ).format(which=which)
        )
    if format not in FORMATS:
        raise InvalidInput(
            translate("errors", "Write exchange lists as {p0}, not '{format}'.").format(
                p0=", ".join(FORMATS), format=format
            )
        )
    entries = desiderata(db) if which == "desiderata" else offered(db)
    t = labels(language)
    if format == "csv":
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                [t["number"], t["author_title"], t["year"], t["exchange.isbn"], t["copies"],
                 t["exchange.inventory"], t["note"]]
            )  # fmt: skip
            for i, e in enumerate(entries, 1):
                writer.writerow(
                    [i, _author_title(e), e.year, e.isbn, e.copies,
                     " ".join(e.inventory_numbers), e.note]
                )  # fmt: skip
    elif format == "marc":
        write_records((_marc(e, which) for e in entries), out, "iso2709")
    else:
        title = t["exchange.desiderata" if which == "desiderata" else "exchange.offers"]
        library = library_info(db)
        dated = f"{t['date']}: {day(on or date.today())}"
        addressee = (
            [t["exchange.to"], *wrap(partner.strip(), FONT, 9, 240, 4)] if partner.strip() else []
        )
        doc = open_document(
            out, f"{library.name} ({library.sigla})", title, dated, t, PORTRAIT, approval=addressee
        )
        columns = [
            Column(t["number"], 0.5, "right"), Column(t["author_title"], 5.0),
            Column(t["year"], 0.8, "center"), Column(t["exchange.isbn"], 1.6),
            Column(t["copies"], 0.6, "right"), Column(t["note"], 1.6),
        ]  # fmt: skip
        doc.table(
            columns,
            [[str(i), _author_title(e), e.year, e.isbn, str(e.copies), e.note]
             for i, e in enumerate(entries, 1)],
            total=["", t["total"], "", "", str(sum(e.copies for e in entries)), ""],
        )  # fmt: skip
        doc.signatures([t["sign.responsible"]])
        doc.close()
    return len(entries)


def _author_title(e: ExchangeEntry) -> str:
    return author_title(e.author, e.title)


def _want(row: Desideratum, marc: str | None) -> ExchangeEntry:
    return ExchangeEntry(
        row.id, row.record_id, row.author, row.title, row.year, row.isbn, row.copies, (),
        row.note, marc,
    )  # fmt: skip


def _marc(entry: ExchangeEntry, which: str) -> pymarc.Record:
    """The catalog record as stored, or a brief record for a free entry; a local note (590)
    says what the partner is asked for or offered."""
    if entry.marc is not None:
        record = from_json(entry.marc)
    else:
        record = pymarc.Record(force_utf8=True)
        record.leader = pymarc.Leader("00000nam a2200000 i 4500")
        if entry.isbn:
            record.add_field(Field("020", Indicators(" ", " "), [Subfield("a", entry.isbn)]))
        if entry.author:
            record.add_field(Field("100", Indicators("1", " "), [Subfield("a", entry.author)]))
        first = "1" if entry.author else "0"
        record.add_field(Field("245", Indicators(first, "0"), [Subfield("a", entry.title)]))
        if entry.year:
            record.add_field(Field("264", Indicators(" ", "1"), [Subfield("c", entry.year)]))
    what = "wanted" if which == "desiderata" else "offered for exchange"
    note = f"{what}: {entry.copies}"
    if entry.inventory_numbers:
        note += f" (inv. {', '.join(entry.inventory_numbers)})"
    if entry.note:
        note += f"; {entry.note}"
    record.add_ordered_field(Field("590", Indicators(" ", " "), [Subfield("a", note)]))
    return record
