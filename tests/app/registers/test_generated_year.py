"""The registers agree on a generated year of activity, built through the services from a
seeded random stream: a few dozen accession batches of every source over twelve months (and
some before them, so the year opens with a balance), hundreds of copies of real MARC records
(../shared/data/marc) and of Kazakh serials, electronic documents and maps built here, some
priced in dollars, some left in processing or at the bindery; write-offs of every reason,
many of copies received in the same year. The test keeps its own ledger of what it did and
proves, by source and by type of document, in copies and in tenge:

- КСУ part 1 = the accession acts = the inventory book's receipts of the year;
- КСУ part 2 = the write-off acts = the inventory book's withdrawals of the year;
- КСУ part 3: start + received − withdrawn = end = the copies the catalog holds at year end,
  and the start is the end of everything before."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pymarc
from sqlalchemy import func, select

from app.catalog.importing import import_files
from app.catalog.records import create_record
from app.intake.accession import AccessionSource, get_accession, open_accession
from app.intake.copies import add_copies, release_copies
from app.intake.locations import add_location
from app.preservation.binding import bind_copies
from app.registers.inventory_book import inventory_lines
from app.registers.ksu import DOCUMENT_TYPES, SummaryBook, document_type, summary_book
from app.registers.writeoff import WriteOffReason, list_write_off_acts, write_off
from app.security.roles import Actor
from db.models import Item, Record
from db.session import Database
from tests.records import book

ZERO = Decimal("0.00")
# The year ends with the last month finished, so no act is dated in the future.
YEAR_END = date.today().replace(day=1) - timedelta(days=1)
YEAR_START = YEAR_END - timedelta(days=364)
HISTORY_START = YEAR_START - timedelta(days=180)


@dataclass
class Copy:
    barcode: str
    source: str
    kind: str
    price: Decimal | None
    currency: str
    received: date
    withdrawn: date | None = None

    @property
    def value(self) -> Decimal:
        return (self.price or ZERO) if self.currency == "KZT" else ZERO


def _leader(record: pymarc.Record, leader: str) -> pymarc.Record:
    record.leader = pymarc.Leader(leader)
    return record


def _records(db: Database, admin: Actor, marc_data) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Record id -> the КСУ type of document."""
    summary = import_files(
        db, admin, [marc_data / "pymarc" / "test.dat", marc_data / "pymarc" / "batch.xml"]
    )
    assert summary.imported >= 10
    built = [
        _leader(book("Ақиқат : қоғамдық-саяси журнал"), "00000nas a2200000 i 4500"),
        _leader(book("Жұлдыз : әдеби-көркем журнал"), "00000nas a2200000 i 4500"),
        _leader(book("Қазақ эпосы : электрондық басылым", "Ғабдуллин, Ұ."),
                "00000nmm a2200000 i 4500"),
        _leader(book("Қазақстан Республикасының картасы"), "00000nem a2200000 i 4500"),
        book("Абай жолы", "Әуезов, Мұхтар", "1997"),
        book("Көшпенділер", "Есенберлин, Ілияс", "1976"),
    ]  # fmt: skip
    ids = [*summary.record_ids, *(create_record(db, admin, r).id for r in built)]
    with db.read() as session:
        leaders = dict(
            session.execute(
                select(Record.id, func.substr(Record.marc, 9, 2)).where(Record.id.in_(ids))
            ).all()
        )
    return {rid: document_type(leaders[rid]) for rid in ids}


def generate_year(db: Database, admin: Actor, marc_data, seed: int = 2026) -> list[Copy]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    add_location(db, admin, "ABON", "Абонемент")
    kinds = _records(db, admin, marc_data)
    record_ids = sorted(kinds)
    ledger: list[Copy] = []
    days = (YEAR_END - HISTORY_START).days
    batch_days = sorted(HISTORY_START + timedelta(days=rng.randrange(days)) for _ in range(40))
    sources = [s.value for s in AccessionSource]
    for n, day in enumerate(batch_days):
        source = sources[n % len(sources)] if n < len(sources) else rng.choice(sources)
        extra = {"print_date": day - timedelta(days=rng.randrange(1, 25))} if (
            source == "legal-deposit") else {}  # fmt: skip
        batch = open_accession(db, admin, source, f"Құжат-{n + 1}", date=day,
                               supplier=rng.choice(["Меломан", "Фолиант", "Оқырман", ""]),
                               **extra)  # fmt: skip
        for record_id in rng.sample(record_ids, rng.randint(1, 3)):
            currency = "USD" if rng.random() < 0.08 else "KZT"
            price = None if rng.random() < 0.05 else Decimal(rng.randrange(300, 9000, 50)) / 2
            added = add_copies(db, admin, record_id, rng.randint(1, 6), batch.id, "ABON",
                               price=price, currency=currency)  # fmt: skip
            ledger += [
                Copy(c.barcode or "", source, kinds[record_id], c.price, currency, day)
                for c in added
            ]
        if rng.random() < 0.85:  # the rest stay in processing: received, held, not released
            release_copies(db, admin, accession_id=batch.id)

    reasons = [r.value for r in WriteOffReason]
    act_days = sorted(HISTORY_START + timedelta(days=rng.randrange(days)) for _ in range(24))
    for n, day in enumerate(act_days):
        held = [c for c in ledger if c.received <= day and c.withdrawn is None]
        if not held:
            continue
        # Most acts take recent copies, so many are received and withdrawn in one year.
        recent = [c for c in held if (day - c.received).days < 120] or held
        pool = recent if rng.random() < 0.6 else held
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, 8)))
        reason = reasons[n % len(reasons)] if n < len(reasons) else rng.choice(reasons)
        act = write_off(db, admin, reason, [c.barcode for c in chosen], day).act
        assert act.count == len(chosen)
        for c in chosen:
            c.withdrawn = day

    # A few copies are at the bindery at year end: still held, still counted.
    available = [c for c in ledger if c.withdrawn is None][:5]
    bind_copies(db, admin, [c.barcode for c in available], "Шеберхана", "hard-cover",
                sent_on=YEAR_END - timedelta(days=3))  # fmt: skip
    return ledger


def _tally(copies: list[Copy]) -> tuple[int, Decimal]:
    return len(copies), sum((c.value for c in copies), ZERO)


def test_registers_agree_on_a_generated_year(db: Database, admin: Actor, marc_data) -> None:  # type: ignore[no-untyped-def]
    ledger = generate_year(db, admin, marc_data)
    in_year = lambda d: d is not None and YEAR_START <= d <= YEAR_END  # noqa: E731
    received = [c for c in ledger if in_year(c.received)]
    withdrawn = [c for c in ledger if in_year(c.withdrawn)]
    assert len(ledger) >= 200 and len(received) >= 100 and len(withdrawn) >= 30
    assert len({c.source for c in received}) == 5 and len({c.kind for c in received}) >= 4
    assert len({c.source for c in withdrawn}) >= 3
    assert any(in_year(c.received) for c in withdrawn)  # received and withdrawn in the year
    assert any(c.received < YEAR_START for c in withdrawn)  # and older copies too

    ksu: SummaryBook = summary_book(db, YEAR_START, YEAR_END)
    book_lines = list(inventory_lines(db, chunk=97))

    # Part 1 = the accession acts = the inventory book's receipts of the year.
    batches = [get_accession(db, r.accession_id) for r in ksu.receipts]
    assert [r.copies for r in ksu.receipts] == [b.item_count for b in batches]
    assert [r.value for r in ksu.receipts] == [b.total_value for b in batches]
    receipts = [line for line in book_lines if YEAR_START <= line.received_on <= YEAR_END]
    assert ksu.total.received.copies == len(receipts) == len(received)
    kzt = lambda line: (line.price or ZERO) if line.currency == "KZT" else ZERO  # noqa: E731
    assert (
        sum((r.value for r in ksu.receipts), ZERO)
        == sum((b.total_value for b in batches), ZERO)
        == sum((kzt(line) for line in receipts), ZERO)
        == _tally(received)[1]
    )

    # Part 2 = the write-off acts = the inventory book's withdrawals of the year.
    acts = list_write_off_acts(db, YEAR_START, YEAR_END)
    assert [(w.number, w.copies, w.value) for w in ksu.withdrawals] == [
        (a.number, a.count, a.total_value) for a in acts
    ]
    book_withdrawals = [line for line in book_lines if in_year(line.writeoff_date)]
    assert ksu.total.withdrawn.copies == len(book_withdrawals) == len(withdrawn)
    assert (
        sum((w.value for w in ksu.withdrawals), ZERO)
        == sum((a.total_value for a in acts), ZERO)
        == sum((kzt(line) for line in book_withdrawals), ZERO)
        == _tally(withdrawn)[1]
    )
    assert {r.reason for r in ksu.withdrawals} == {r.value for r in WriteOffReason}

    # Part 3, by source and by type: start + received − withdrawn = end = held at year end.
    before = summary_book(db, None, YEAR_START - timedelta(days=1))
    held = [c for c in ledger if c.received <= YEAR_END and c.withdrawn is None]
    for rows, key, previous in (
        (ksu.by_source, "source", before.by_source),
        (ksu.by_type, "kind", before.by_type),
    ):
        ends = {m.key: m.end for m in previous}
        for m in rows:

            def mine(cs: list[Copy], attr: str = key, k: str = m.key) -> list[Copy]:
                return [c for c in cs if getattr(c, attr) == k]

            assert (m.start.copies, m.start.value) == (ends[m.key].copies, ends[m.key].value)
            assert (m.received.copies, m.received.value) == _tally(mine(received)), m.key
            assert (m.withdrawn.copies, m.withdrawn.value) == _tally(mine(withdrawn)), m.key
            assert m.end.copies == m.start.copies + m.received.copies - m.withdrawn.copies
            assert m.end.value == m.start.value + m.received.value - m.withdrawn.value
            assert (m.end.copies, m.end.value) == _tally(mine(held)), m.key
    assert {m.key for m in ksu.by_type} == set(DOCUMENT_TYPES)
    # Part 2's type columns are part 3's withdrawals by type.
    by_type = Counter[str]()
    for w in ksu.withdrawals:
        by_type.update(w.by_type)
    assert {m.key: m.withdrawn.copies for m in ksu.by_type} == {
        k: by_type.get(k, 0) for k in DOCUMENT_TYPES
    }

    # And the catalog itself: the copies not written off, by status.
    with db.read() as session:
        statuses = dict(
            session.execute(select(Item.status, func.count()).group_by(Item.status)).all()
        )
    assert sum(n for s, n in statuses.items() if s != "written-off") == ksu.total.end.copies
    assert statuses["written-off"] == sum(1 for c in ledger if c.withdrawn is not None)
    assert statuses.get("in-processing", 0) > 0 and statuses.get("at-bindery", 0) == 5
    per_source = defaultdict(int)
    for c in held:
        per_source[c.source] += 1
    assert {m.key: m.end.copies for m in ksu.by_source} == {
        s.value: per_source.get(s.value, 0) for s in AccessionSource
    }
