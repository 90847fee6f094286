"""A year of a library's activity, built through the services: accession batches of several
sources and types of document, copies added and released, binding and repairs, write-offs of
several reasons; and reading a register PDF's text back (pypdfium2)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pymarc
import pypdfium2 as pdfium
import pytest

from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import CopyInfo, add_copies, release_copies
from app.intake.locations import add_location
from app.preservation.binding import bind_copies, receive_copies
from app.preservation.repair import record_repair
from app.registers.writeoff import WriteOffActInfo, write_off
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import Fund, build_fund
from tests.records import book


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as a reader's PDF tool extracts it."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def figure(value: object) -> str:
    """A sum as the registers print it: 20 002,50 (a narrow no-break space between thousands
    read back as a plain space)."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def lines_starting(pages: list[str], word: str) -> list[list[str]]:
    """The tokens after `word` on every line that starts with it; a figure's thousands
    stay together ("20 002,50")."""
    found = []
    for page in pages:
        for line in page.splitlines():
            tokens = [t.replace("\u202f", " ") for t in re.split(r"[ \t\r]+", line.strip()) if t]
            if tokens and tokens[0] == word:
                found.append(tokens[1:])
    return found


@dataclass
class Year:
    db: Database
    admin: Actor
    added: dict[str, list[CopyInfo]] = field(default_factory=dict)
    acts: list[WriteOffActInfo] = field(default_factory=list)

    @property
    def all_copies(self) -> list[CopyInfo]:
        return [c for copies in self.added.values() for c in copies]


def _with_leader(record: pymarc.Record, leader: str) -> pymarc.Record:
    record.leader = pymarc.Leader(leader)
    return record


def _codes(copies: list[CopyInfo]) -> list[str]:
    return [c.barcode or "" for c in copies]


def build_year(db: Database, admin: Actor) -> Year:
    """2025: 4 bought books, 1 worn out. 2026: 3 gifted serials, 2 legal-deposit electronic
    documents, 5 bought books; binding and repairs; 4 copies written off for 3 reasons."""
    year = Year(db, admin)
    add_location(db, admin, "ABON", "Абонемент")
    abai = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар", "1997")).id
    history = create_record(db, admin, book("Қазақстан тарихы", "Қозыбаев, Манаш", "2010")).id
    serial = create_record(
        db, admin, _with_leader(book("Ақиқат : қоғамдық-саяси журнал"), "00000nas a2200000 i 4500")
    ).id
    disc = create_record(
        db, admin,
        _with_leader(book("Қазақ эпосы : электрондық басылым", "Ғабдуллин, Ұ."),
                     "00000nmm a2200000 i 4500"),
    ).id  # fmt: skip

    a = open_accession(
        db, admin, "purchase", "ТН-2025-7", date=date(2025, 5, 10), supplier="Меломан"
    )
    year.added["A"] = add_copies(db, admin, abai, 4, a.id, "ABON", price="1000")
    release_copies(db, admin, accession_id=a.id)
    year.acts.append(
        write_off(db, admin, "wear", _codes(year.added["A"][:1]), date(2025, 11, 1)).act
    )

    b = open_accession(db, admin, "gift", "Хат-12", date=date(2026, 2, 1), supplier="Оқырман")
    year.added["B"] = add_copies(db, admin, serial, 3, b.id, "ABON", price="500")
    c = open_accession(
        db, admin, "legal-deposit", "ММ-3", date=date(2026, 3, 5), print_date=date(2026, 2, 20),
        supplier="Фолиант",
    )  # fmt: skip
    year.added["C"] = add_copies(db, admin, disc, 2, c.id, "ABON", price="3000")
    d = open_accession(db, admin, "purchase", "ТН-2026-1", date=date(2026, 4, 1), supplier="Кітап")
    year.added["D"] = add_copies(db, admin, history, 5, d.id, "ABON", price="2500.50")
    release_copies(db, admin, accession_id=b.id)
    release_copies(db, admin, accession_id=d.id)  # C stays in processing

    bind_copies(
        db, admin, _codes(year.added["A"][1:3]), "Түптеу шеберханасы", "hard-cover",
        sent_on=date(2026, 5, 2), due_on=date(2026, 5, 30), cost="4000",
    )  # fmt: skip
    receive_copies(db, admin, _codes(year.added["A"][1:3]), returned_on=date(2026, 5, 25))
    record_repair(db, admin, _codes(year.added["D"])[0], "spine", "Сәуле Қ.", date(2026, 5, 5))
    record_repair(db, admin, _codes(year.added["B"])[0], "regluing-pages", "Ержан Б.",
                  date(2026, 5, 6))  # fmt: skip

    year.acts.append(
        write_off(db, admin, "wear", [*_codes(year.added["A"][3:4]), *_codes(year.added["D"][4:5])],
                  date(2026, 6, 1)).act
    )  # fmt: skip
    year.acts.append(
        write_off(db, admin, "loss", _codes(year.added["B"][2:3]), date(2026, 7, 15)).act
    )
    year.acts.append(
        write_off(db, admin, "duplicate", _codes(year.added["C"][1:2]), date(2026, 9, 10)).act
    )
    return year


@pytest.fixture
def year(db: Database, admin: Actor) -> Year:
    return build_year(db, admin)


@pytest.fixture
def fund(db: Database, admin: Actor) -> Fund:
    return build_fund(db, admin)
