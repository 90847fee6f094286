"""Candidates for the fund of the Kazakhstan National Electronic Library (KazNEB) and the
application (өтінім) that sends them: each object with its title and volume in pages, in one
of the fund's eight categories. Electronic copies of copyrighted works go only under an
agreement with the author, whose reference is then required."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.choices import parse_choice
from app.errors import InvalidInput, RecordNotFound
from app.i18n import translate
from app.library import library_info
from app.marc.codec import from_json
from app.periods import within
from app.registers.pdf import PORTRAIT, author_title, labels, open_document
from app.registers.words import grouped
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import DigitisationEntry, Item, KaznebCandidate, Record
from db.session import Database


class KaznebCategory(StrEnum):
    PRINTED_MATTER = "printed-matter"
    RARE = "rare"
    SOCIALLY_SIGNIFICANT = "socially-significant"
    LEGAL_DEPOSIT = "legal-deposit"
    RESEARCH = "research"
    LOCAL_HISTORY = "local-history"
    ACCESSIBLE = "accessible"
    COPYRIGHTED = "copyrighted"


@dataclass(frozen=True)
class KaznebObject:
    record_id: int
    title: str
    author: str
    year: str
    category: str
    pages: int | None
    agreement_reference: str
    marked_on: date


def mark_kazneb_candidate(
    db: Database,
    actor: Actor,
    record_id: int,
    category: str,
    agreement_reference: str = "",
    pages: int | None = None,
    marked_on: date | None = None,
    note: str = "",
) -> KaznebObject:
    """Mark (or re-mark) a record as a candidate. Pages default to the digitised copy's page
    count, else the number in the record's 300 $a."""
    require(actor, "propose records to KazNEB", Role.CATALOGER, Role.INTAKE)
    kind = parse_choice(KaznebCategory, category, "KazNEB category")
    agreement_reference = agreement_reference.strip()
    if kind == KaznebCategory.COPYRIGHTED and not agreement_reference:
        raise InvalidInput(
            translate(
                "errors",
                "Electronic copies of copyrighted works go to KazNEB only under "
                "an agreement with the author: give the agreement's reference.",
            )
        )
    if pages is not None and pages <= 0:
        raise InvalidInput(translate("errors", "The number of pages must be positive."))
    with db.write() as session:
        record = session.get(Record, record_id)
        if record is None:
            raise RecordNotFound(record_id)
        pages = pages or _digitised_pages(session, record_id) or _pages_of(record.marc)
        row = session.execute(
            select(KaznebCandidate).where(KaznebCandidate.record_id == record_id)
        ).scalar_one_or_none()
        if row is None:
            row = KaznebCandidate(record_id=record_id)
            session.add(row)
        row.category = kind
        row.agreement_reference = agreement_reference
        row.pages = pages
        row.note = note
        row.marked_on = marked_on or date.today()
        row.marked_by = actor.name
        session.flush()
        record_event(
            session, actor, "kazneb.mark", "record", record_id,
            after={"category": kind, "agreement": agreement_reference, "pages": pages},
        )  # fmt: skip
        return _object(row, record)


def unmark_kazneb_candidate(db: Database, actor: Actor, record_id: int) -> None:
    require(actor, "propose records to KazNEB", Role.CATALOGER, Role.INTAKE)
    with db.write() as session:
        row = session.execute(
            select(KaznebCandidate).where(KaznebCandidate.record_id == record_id)
        ).scalar_one_or_none()
        if row is not None:
            session.delete(row)
            record_event(session, actor, "kazneb.unmark", "record", record_id)


def kazneb_candidates(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    record_ids: Sequence[int] | None = None,
) -> list[KaznebObject]:
    with db.read() as session:
        stmt = (
            select(KaznebCandidate, Record)
            .join(Record, Record.id == KaznebCandidate.record_id)
            .order_by(KaznebCandidate.category, Record.title_sort)
        )
        stmt = stmt.where(*within(KaznebCandidate.marked_on, date_from, date_to))
        if record_ids:
            stmt = stmt.where(KaznebCandidate.record_id.in_(list(record_ids)))
        return [_object(row, record) for row, record in session.execute(stmt)]


def render_kazneb_application(
    db: Database,
    out: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "kk",
    record_ids: Sequence[int] | None = None,
) -> list[KaznebObject]:
    """The application (өтінім) as the annex of the national electronic library's rules
    lays it out: the addressee, from whom, the form's sentence, the objects, "Annex: __
    pages", the head's name and signature, the seal and the date line — nothing else."""
    t = labels(language)
    objects = kazneb_candidates(db, date_from, date_to, record_ids)
    if not objects:
        raise InvalidInput(
            translate("errors", "No records are marked as KazNEB candidates for that period.")
        )
    library = library_info(db)
    doc = open_document(out, "", "", "", t, PORTRAIT)
    doc.right_block(t["kazneb.addressee"])
    doc.space(4)
    doc.right_block(t["kazneb.from"].format(library=library.name))
    doc.right_block(t["kazneb.from.hint"], size=7)
    doc.space(14)
    doc.centered(t["kazneb.title"])
    doc.space(4)
    doc.paragraph(t["kazneb.intro"])
    doc.space(2)
    for i, o in enumerate(objects, 1):
        name = author_title(o.author, o.title)
        parts = [name, o.year, f"{o.pages} {t['pages.short']}" if o.pages else ""]
        line = ", ".join(p for p in parts if p)
        line += f" ({t[f'category.{o.category}']}"
        line += f"; {o.agreement_reference})" if o.agreement_reference else ")"
        doc.paragraph(f"{i}. {line}{'.' if i == len(objects) else ';'}")
    doc.paragraph(t["kazneb.objects.hint"], size=7)
    doc.space(4)
    total_pages = sum(o.pages or 0 for o in objects)
    doc.paragraph(t["kazneb.annex"].format(pages=grouped(total_pages) if total_pages else "____"))
    doc.space(14)
    head = library.head_name or ""
    doc.paragraph(f"_______________________ {head}".rstrip(), keep=40)
    doc.paragraph(t["kazneb.head.hint"], size=7)
    doc.space(8)
    doc.paragraph(f"{t['kazneb.seal']}    {t['kazneb.date']}")
    doc.close()
    return objects


def _object(row: KaznebCandidate, record: Record) -> KaznebObject:
    return KaznebObject(
        record.id, record.title, record.author, record.year, row.category, row.pages,
        row.agreement_reference, row.marked_on,
    )  # fmt: skip


def _digitised_pages(session: object, record_id: int) -> int | None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return session.execute(
        select(DigitisationEntry.pages)
        .join(Item, Item.id == DigitisationEntry.item_id)
        .where(Item.record_id == record_id, DigitisationEntry.pages.is_not(None))
        .order_by(DigitisationEntry.id.desc())
    ).scalar()


def _pages_of(marc: str) -> int | None:
    field = from_json(marc).get("300")
    if field is None:
        return None
    match = re.search(r"(\d+)\s*(?:б|с|p|S)", " ".join(field.get_subfields("a")))
    return int(match.group(1)) if match else None
