"""Accession batches (акт приёма): how copies reach the fund, numbered per year ("2026/15"),
with the legal-deposit deadline the publisher had to meet.

Legal deposit (міндетті тегін дана): the paper copy is due within 30 calendar days of
printing, the electronic one within 3 working days (Saturdays and Sundays do not count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import AccessionNotFound, InvalidInput
from app.i18n import translate
from app.intake.holidays import add_working_days
from app.intake.numbering import allocate_from
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import AccessionBatch, Item
from db.session import Database

PAPER_DEADLINE_DAYS = 30
ELECTRONIC_DEADLINE_WORKING_DAYS = 3


class AccessionSource(StrEnum):
    PURCHASE = "purchase"
    GIFT = "gift"
    EXCHANGE = "exchange"
    STATE_ORDER = "state-order"
    LEGAL_DEPOSIT = "legal-deposit"


class Medium(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"


@dataclass(frozen=True)
class AccessionInfo:
    id: int
    number: str
    received_on: date
    source: str
    supplier: str
    document_number: str
    document_date: date | None
    print_date: date | None
    medium: str
    item_count: int = 0
    totals: dict[str, Decimal] = field(default_factory=dict)  # currency -> sum of prices
    notes: str = ""

    @property
    def total_value(self) -> Decimal:
        """The batch's value in tenge (copies priced in other currencies are in `totals`)."""
        return self.totals.get("KZT", Decimal("0.00"))

    @property
    def deadline(self) -> date | None:
        """For legal deposit, the last day the copy was due; None for other sources."""
        if self.source != AccessionSource.LEGAL_DEPOSIT or self.print_date is None:
            return None
        return legal_deposit_deadline(self.print_date, Medium(self.medium))

    @property
    def deadline_met(self) -> bool | None:
        """Whether the legal-deposit copy arrived by its deadline; None for other sources."""
        deadline = self.deadline
        return None if deadline is None else self.received_on <= deadline


def legal_deposit_deadline(print_date: date, medium: Medium | str) -> date:
    """The day a legal-deposit copy is due: print date + 30 calendar days for paper, + 3
    working days for electronic (weekends and Kazakhstan's public holidays not counted)."""
    if Medium(medium) is Medium.PAPER:
        return print_date + timedelta(days=PAPER_DEADLINE_DAYS)
    return add_working_days(print_date, ELECTRONIC_DEADLINE_WORKING_DAYS)


def _parse_choice(enum: type[StrEnum], value: str, what: str) -> str:
    try:
        return enum(value.strip().lower()).value
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise InvalidInput(
            translate("errors", "Unknown {what} '{value}'; use one of: {known}.").format(
                what=what, value=value, known=known
            )
        ) from None


def open_accession(
    db: Database,
    actor: Actor,
    source: str,
    document_number: str,
    date: date | None = None,
    supplier: str = "",
    document_date: date | None = None,
    print_date: date | None = None,
    medium: str = "paper",
    notes: str = "",
) -> AccessionInfo:
    """Open an accession batch received on `date` (today by default). Its number is the next
    of the year: "2026/15". A legal-deposit batch needs the print date."""
    require(actor, "open accession batches", Role.INTAKE)
    source = _parse_choice(AccessionSource, source, "source")
    medium = _parse_choice(Medium, medium, "medium")
    document_number = document_number.strip()
    if not document_number:
        raise InvalidInput(translate("errors", "The accompanying document's number is empty."))
    received = date or _today()
    if source == AccessionSource.LEGAL_DEPOSIT:
        if print_date is None:
            raise InvalidInput(
                translate("errors", "A legal-deposit batch needs the print date (--print-date).")
            )
        if print_date > received:
            raise InvalidInput(
                translate("errors", "Print date {printed} is after the date received {received}.")
                .format(printed=print_date, received=received)
            )  # fmt: skip
    elif print_date is not None:
        raise InvalidInput(
            translate("errors", "A print date is recorded only for legal-deposit batches.")
        )
    with db.write() as session:
        sequence = allocate_from(session, f"accession:{received.year}", 1)
        row = AccessionBatch(
            year=received.year,
            sequence=sequence,
            number=f"{received.year}/{sequence}",
            received_on=received,
            source=source,
            supplier=supplier.strip(),
            document_number=document_number,
            document_date=document_date,
            print_date=print_date,
            medium=medium,
            created_by=actor.name,
            notes=notes.strip(),
        )
        session.add(row)
        session.flush()
        info = _info(row, 0, {})
        record_event(
            session,
            actor,
            "accession.open",
            "accession",
            row.id,
            after={
                "number": row.number,
                "source": source,
                "supplier": row.supplier,
                "document": document_number,
                "received_on": received,
                "print_date": print_date,
                "medium": medium,
            },
        )
        return info


def _today() -> date:
    return date.today()


def _info(row: AccessionBatch, count: int, totals: dict[str, Decimal]) -> AccessionInfo:
    return AccessionInfo(
        id=row.id,
        number=row.number,
        received_on=row.received_on,
        source=row.source,
        supplier=row.supplier,
        document_number=row.document_number,
        document_date=row.document_date,
        print_date=row.print_date,
        medium=row.medium,
        item_count=count,
        totals=totals,
        notes=row.notes or "",
    )


def accession_in(session: Session, accession_id: int) -> AccessionBatch:
    row = session.get(AccessionBatch, accession_id)
    if row is None:
        raise AccessionNotFound(accession_id)
    return row


def get_accession(db: Database, accession_id: int) -> AccessionInfo:
    """The batch with its item count and total value, derived from its copies."""
    with db.read() as session:
        row = accession_in(session, accession_id)
        totals: dict[str, Decimal] = {}
        count = 0
        for currency, copies, total in session.execute(
            select(Item.currency, func.count(), func.sum(Item.price))
            .where(Item.accession_id == accession_id)
            .group_by(Item.currency)
        ):
            count += copies
            totals[currency] = Decimal(total or 0).quantize(Decimal("0.01"))
        return _info(row, count, totals)


def list_accessions(
    db: Database, year: int | None = None, latest: int | None = None
) -> list[AccessionInfo]:
    """The batches (of one year, if given), newest first, without their derived totals;
    only the `latest` so many when given (a chooser of recent batches: its cost stays the
    same however many years of batches the library has)."""
    with db.read() as session:
        stmt = select(AccessionBatch).order_by(
            AccessionBatch.year.desc(), AccessionBatch.sequence.desc()
        )
        if year is not None:
            stmt = stmt.where(AccessionBatch.year == year)
        if latest is not None:
            stmt = stmt.limit(latest)
        return [_info(r, 0, {}) for r in session.execute(stmt).scalars()]
