"""The registers agree with each other and with the catalog, after a year of activity built
through the services: КСУ part 1 = accession batches = copies added, part 2 = write-off acts
= copies written off, part 3 end = start + received − withdrawn = copies still held, by
source and by type; the inventory book has one line per copy and marks the withdrawn ones.
Checked on the figures the PDFs are drawn from and on the text read back from the PDFs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import func, select

from app.catalog.records import create_record
from app.intake.accession import get_accession, open_accession
from app.intake.copies import add_copies
from app.intake.locations import add_location
from app.intake.status import ItemStatus
from app.registers.inventory_book import inventory_lines, render_inventory_book
from app.registers.ksu import DOCUMENT_TYPES, SummaryBook, render_summary_book, summary_book
from app.registers.writeoff import list_write_off_acts
from app.security.roles import Actor
from db.models import Item, WriteOffAct
from db.session import Database
from tests.app.registers.conftest import Year, figure, lines_starting, pdf_text
from tests.app.registers.test_formal_parts import pdftotext
from tests.records import book as kazakh_book

Y2026 = (date(2026, 1, 1), date(2026, 12, 31))


def _held(year: Year) -> int:
    with year.db.read() as session:
        return session.execute(
            select(func.count()).select_from(Item).where(Item.status != "written-off")
        ).scalar_one()


def test_summary_book_agrees_with_the_catalog(year: Year) -> None:
    db = year.db
    book = summary_book(db, *Y2026)
    # Part 1: one line per batch of the year, equal to the batches and to the copies added.
    batches = [get_accession(db, r.accession_id) for r in book.receipts]
    assert [r.number for r in book.receipts] == ["2026/1", "2026/2", "2026/3"]
    assert [r.copies for r in book.receipts] == [b.item_count for b in batches] == [3, 2, 5]
    assert sum(r.copies for r in book.receipts) == sum(len(year.added[k]) for k in "BCD") == 10
    assert sum((r.value for r in book.receipts), Decimal(0)) == sum(
        (b.total_value for b in batches), Decimal(0)
    )
    assert book.receipts[0].by_type == {"serials": 3}
    assert book.receipts[1].by_type == {"electronic": 2}
    # Part 2: one line per act of the year, equal to the acts and the copies written off.
    acts = list_write_off_acts(db, *Y2026)
    assert [(w.number, w.reason, w.copies) for w in book.withdrawals] == [
        ("2026/1", "wear", 2), ("2026/2", "loss", 1), ("2026/3", "duplicate", 1),
    ]  # fmt: skip
    assert [w.copies for w in book.withdrawals] == [a.count for a in acts]
    assert [w.value for w in book.withdrawals] == [a.total_value for a in acts]
    # Part 3: the movement, by source and by type of document.
    by_source = {m.key: (m.start.copies, m.received.copies, m.withdrawn.copies, m.end.copies)
                 for m in book.by_source}  # fmt: skip
    assert by_source["purchase"] == (3, 5, 2, 6)
    assert by_source["gift"] == (0, 3, 1, 2)
    assert by_source["legal-deposit"] == (0, 2, 1, 1)
    by_type = {m.key: (m.start.copies, m.received.copies, m.withdrawn.copies, m.end.copies)
               for m in book.by_type}  # fmt: skip
    assert by_type["books"] == (3, 5, 2, 6)
    assert by_type["serials"] == (0, 3, 1, 2)
    assert by_type["electronic"] == (0, 2, 1, 1)
    total = book.total
    assert total.end.copies == total.start.copies + 10 - 4 == _held(year) == 9
    assert sum(m.end.copies for m in book.by_type) == total.end.copies
    assert total.end.value == (
        Decimal("2000") + Decimal("1000") + Decimal("3000") + Decimal("2500.50") * 4
    )
    # The whole history (no period): start 0, end the same catalog count.
    whole = summary_book(db, None, None)
    assert whole.total.start.copies == 0 and whole.total.end.copies == _held(year)
    assert sum(w.copies for w in whole.withdrawals) == 5


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_summary_book_pdf_says_the_same(year: Year, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"ksu-{language}.pdf"
    book = render_summary_book(year.db, out, *Y2026, language=language)
    pages = pdf_text(out)
    text = "\n".join(pages)
    heading = "1-бөлім. Қорға түсуі" if language == "kk" else "Часть 1. Поступление в фонд"
    assert heading in text and "Ұлттық академиялық кітапхана" in text
    assert ("01.01.2026 – 31.12.2026" in text) if language == "kk" else ("с 01.01.2026" in text)
    totals = lines_starting(pages, "Барлығы" if language == "kk" else "Итого")
    part1, part2, by_source, by_type, by_branch, by_language = totals
    assert part1[:2] == ["10", figure(sum(r.value for r in book.receipts))]
    assert part2[:2] == ["4", figure(sum(w.value for w in book.withdrawals))]
    t = book.total
    expected = [str(t.start.copies), figure(t.start.value), "10", None, "4", None,
                str(t.end.copies), figure(t.end.value)]  # fmt: skip
    for row in (by_source, by_type, by_branch, by_language):
        assert [
            v if e is not None else None for v, e in zip(row, expected, strict=True)
        ] == expected
    assert by_source[6] == str(_held(year)) == "9"


def test_inventory_book_one_line_per_copy(year: Year, tmp_path: Path) -> None:
    db = year.db
    lines = list(inventory_lines(db, chunk=3))  # several chunks: the keyset must not skip
    assert [line.inventory_number for line in lines] == [
        c.inventory_number for c in year.all_copies
    ]
    withdrawn = [line for line in lines if line.writeoff_act]
    assert len(withdrawn) == 5 == sum(a.count for a in year.acts)
    assert {line.inventory_number for line in withdrawn} == {
        c.inventory_number for a in year.acts for c in a.copies
    }

    out = tmp_path / "book.pdf"
    summary = render_inventory_book(db, out, language="ru")
    assert (summary.lines, summary.withdrawn) == (14, 5)
    text = "\n".join(pdf_text(out))
    assert "Инвентарная книга" in text and "Записей: 14, из них списано: 5" in text
    assert text.count("2026/1 01.06.2026") == 2 and "2025/1 01.11.2025" in text
    assert "Қозыбаев, Манаш. Қазақстан тарихы" in text
    period = render_inventory_book(db, tmp_path / "2026.pdf", *Y2026, language="kk")
    assert (period.lines, period.withdrawn) == (10, 3)  # A copy of 2025 went in 2026


def test_inventory_book_has_shelf_mark_check_and_notes(year: Year, tmp_path: Path) -> None:
    from tests.app.audit.conftest import set_status

    db = year.db
    lost = year.added["D"][1]
    set_status(db, year.admin, lost, ItemStatus.MISSING)
    out = tmp_path / "book-kk.pdf"
    render_inventory_book(db, out, *Y2026, language="kk")
    text = pdftotext(out)
    assert all(w in text for w in ("Шифр", "Тексеру", "белгісі", "Ескерту"))
    assert lost.call_number and text.count(lost.call_number) >= 1
    line = next(x for x in inventory_lines(db) if x.inventory_number == lost.inventory_number)
    assert line.call_number == lost.call_number and line.status == "missing"
    assert "жоғалған" in text


def test_inventory_book_check_marks_come_from_closed_audits(year: Year, tmp_path: Path) -> None:
    """A copy found by a closed audit carries that audit's mark (its act's number and the day
    it closed); a find of an audit still open marks nothing yet."""
    from app.audit.audits import open_audit, record_scan
    from app.audit.closing import close_audit

    db, admin = year.db, year.admin
    seen = year.added["D"][0]
    closed = open_audit(db, admin, ["ABON"]).id
    for code in ("@ABON", seen.barcode or ""):
        record_scan(db, admin, closed, code, "gun-1")
    close_audit(db, admin, closed)
    still_open = open_audit(db, admin, ["ABON"]).id
    for code in ("@ABON", year.added["D"][1].barcode or ""):
        record_scan(db, admin, still_open, code, "gun-1")

    lines = {x.inventory_number: x for x in inventory_lines(db, chunk=4)}
    assert [audit for audit, _ in lines[seen.inventory_number].checks] == [closed]
    assert lines[year.added["D"][1].inventory_number].checks == ()
    assert sum(1 for x in lines.values() if x.checks) == 1
    for language in ("kk", "ru"):
        out = tmp_path / f"book-{language}.pdf"
        render_inventory_book(db, out, *Y2026, language=language)
        text = pdftotext(out)
        # "№ 1 05.12.2026" (pdftotext drops the narrow no-break space after №)
        mark = f"№{closed}{date.today():%d.%m.%Y}"
        assert text.replace(" ", "").count(mark) == 1


def test_cancelled_inventory_book_leaves_no_file(year: Year, tmp_path: Path) -> None:
    from app.errors import Cancelled

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_inventory_book(year.db, out, is_cancelled=lambda: True)
    assert not out.exists()


def _parts_agree(book: SummaryBook) -> None:
    """Part 2 and part 3 count the same withdrawals, in copies, tenge and type of document."""
    total = book.total
    assert sum(w.copies for w in book.withdrawals) == total.withdrawn.copies
    assert sum((w.value for w in book.withdrawals), Decimal(0)) == total.withdrawn.value
    assert sum(m.withdrawn.copies for m in book.by_type) == total.withdrawn.copies
    for kind in DOCUMENT_TYPES:
        in_part2 = sum(w.by_type.get(kind, 0) for w in book.withdrawals)
        assert in_part2 == next(m for m in book.by_type if m.key == kind).withdrawn.copies
    assert sum(r.copies for r in book.receipts) == total.received.copies
    assert total.end.copies == total.start.copies + total.received.copies - total.withdrawn.copies


def test_parts_2_and_3_agree_even_on_an_act_dated_before_the_receipt(year: Year) -> None:
    """Acts are refused when dated before their copies' receipt, but a database written by an
    earlier version may hold one (here the 2026 act for a legal-deposit copy received on
    05.03.2026 is back-dated to 2025): part 3 must still withdraw what part 2 lists."""
    with year.db.write() as session:
        act = session.execute(
            select(WriteOffAct).where(WriteOffAct.number == "2026/3")
        ).scalar_one()
        act.act_date = act.approved_on = date(2025, 12, 20)
    y2025 = summary_book(year.db, date(2025, 1, 1), date(2025, 12, 31))
    y2026 = summary_book(year.db, *Y2026)
    for book in (y2025, y2026, summary_book(year.db, None, None)):
        _parts_agree(book)
    assert [w.number for w in y2025.withdrawals] == ["2025/1", "2026/3"]
    assert y2025.total.withdrawn.copies == 2
    assert y2025.total.end.copies == y2026.total.start.copies
    assert y2026.total.end.copies == _held(year)


def test_a_withdrawal_belongs_to_the_period_its_act_was_approved_in(
    year: Year, tmp_path: Path
) -> None:
    """An act drafted on 20.12.2025 and approved on 12.01.2026: its copy leaves the fund in
    2026 — КСУ part 2 and 3 of 2026 withdraw it, dated by the approval, and 2025 still holds
    it; the inventory book dates its withdrawal by the approval too."""
    from app.registers.writeoff import approve_write_off, draft_write_off

    copy = year.added["A"][1]
    draft = draft_write_off(
        year.db, year.admin, "wear", [copy.barcode or ""], date(2025, 12, 20)
    ).act
    before = summary_book(year.db, date(2025, 1, 1), date(2025, 12, 31))
    approve_write_off(year.db, year.admin, draft.id, "Директор", date(2026, 1, 12))
    y2025 = summary_book(year.db, date(2025, 1, 1), date(2025, 12, 31))
    y2026 = summary_book(year.db, *Y2026)
    for book in (y2025, y2026, summary_book(year.db, None, None)):
        _parts_agree(book)
    assert draft.number == "2025/2"
    assert [w.number for w in y2025.withdrawals] == ["2025/1"]
    assert y2025.total.end.copies == before.total.end.copies == y2026.total.start.copies
    line = next(w for w in y2026.withdrawals if w.number == "2025/2")
    assert (line.withdrawn_on, line.copies) == (date(2026, 1, 12), 1)
    assert y2026.withdrawals[0].number == "2025/2"  # first: approved in January
    assert y2026.total.end.copies == _held(year)

    book_line = next(
        x for x in inventory_lines(year.db) if x.inventory_number == copy.inventory_number
    )
    assert (book_line.writeoff_act, book_line.writeoff_date) == ("2025/2", date(2026, 1, 12))
    for language in ("kk", "ru"):
        out = tmp_path / f"ksu-{language}.pdf"
        render_summary_book(year.db, out, *Y2026, language=language)
        assert "12.01.2026 2025/2" in pdftotext(out)
        out = tmp_path / f"book-{language}.pdf"
        render_inventory_book(year.db, out, language=language)
        assert "2025/2 12.01.2026" in pdftotext(out)


def test_parts_agree_in_every_period(year: Year) -> None:
    for period in ((date(2025, 1, 1), date(2025, 12, 31)), Y2026, (None, None),
                   (date(2026, 3, 1), date(2026, 6, 30))):  # fmt: skip
        _parts_agree(summary_book(year.db, *period))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_summary_book_headers_keep_their_words_whole(
    year: Year, tmp_path: Path, language: str
) -> None:
    """The narrow columns of parts 1 and 2 (types of document, the accompanying document)
    wrap between words, never inside one ("басылымд / ар")."""
    from app.registers.pdf import labels

    out = tmp_path / f"ksu-{language}.pdf"
    render_summary_book(year.db, out, *Y2026, language=language)
    tokens = set("\n".join(pdf_text(out)).split())
    t = labels(language)
    keys = [f"type.{k}" for k in DOCUMENT_TYPES] + ["ksu.document", "ksu.accession", "ksu.act"]
    words = {w for key in keys for w in t[key].split()}
    assert words <= tokens, sorted(words - tokens)


def _classed(title: str, udc: str = "", bbk: str = "", lang: str = "kaz", audience: str = " ",
             languages: tuple[str, ...] = ()) -> pymarc.Record:  # fmt: skip
    record = kazakh_book(title, lang=lang)
    f008 = record["008"]
    f008.data = f008.data[:22] + audience + f008.data[23:]
    for tag, code in (("080", udc), ("084", bbk)):
        if code:
            record.add_field(Field(tag=tag, indicators=Indicators(" ", " "),
                                   subfields=[Subfield("a", code)]))  # fmt: skip
    if languages:
        record.add_field(Field(tag="041", indicators=Indicators("0", " "),
                               subfields=[Subfield("a", c) for c in languages]))  # fmt: skip
    return record


def test_branches_of_knowledge_children_and_languages(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    """The КСУ's part 3 by branch of knowledge (UDC 080, else BBK 084, by the shipped table),
    children's literature (008/22) and language (008/35-37; 041's first when several)."""
    add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-1", date=date(2026, 3, 1), supplier="Кітап")
    records = {
        "fiction": (_classed("Абай жолы", udc="821.512.122"), 3),
        "history": (_classed("Қазақстан тарихы", bbk="63.3(5Каз)", lang="rus"), 2),
        "farming": (_classed("Егіншілік", udc="631.5", lang="eng"), 1),
        "tales": (_classed("Ертегілер", bbk="84(5Каз)", audience="j",
                           languages=("rus", "kaz")), 4),
        "unclassed": (_classed("Әртүрлі"), 1),
    }  # fmt: skip
    for record, copies in records.values():
        rid = create_record(db, admin, record).id
        add_copies(db, admin, rid, copies, batch.id, "ABON", price="100")
    book_ = summary_book(db, date(2026, 1, 1), date(2026, 12, 31))
    branches = {m.key: m.received.copies for m in book_.by_branch}
    assert branches == {"socio-political": 2, "natural-sciences": 0, "technology": 0,
                        "agriculture": 1, "arts-sport": 0, "fiction": 7, "other": 1}  # fmt: skip
    assert book_.children.received.copies == 4
    languages = {m.key: m.received.copies for m in book_.by_language}
    assert languages == {"kaz": 4, "rus": 6, "other": 1}
    out = tmp_path / "ksu.pdf"
    render_summary_book(db, out, date(2026, 1, 1), date(2026, 12, 31), "kk")
    text = pdftotext(out)
    assert "Білім салалары бойынша" in text and "Тілдер бойынша" in text
    assert "көркем әдебиет 0 0,00 7 700,00" in text
    assert "оның ішінде балалар әдебиеті 0 0,00 4 400,00" in text
    assert "орыс тілінде 0 0,00 6 600,00" in text


def test_foreign_currency_and_unpriced_legal_deposit_are_noted(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    """Copies priced in roubles count by their tenge value at receipt once it is entered
    (before, as copies only, and the КСУ says so); legal deposit without a price is noted."""
    from app.registers.currency import set_tenge_value

    add_location(db, admin, "ABON", "Абонемент")
    rid = create_record(db, admin, kazakh_book("Абай жолы")).id
    bought = open_accession(db, admin, "purchase", "ТН-5", date=date(2026, 3, 1), supplier="Озон")
    add_copies(db, admin, rid, 2, bought.id, "ABON", price="1000", currency="RUB")
    add_copies(db, admin, rid, 1, bought.id, "ABON", price="2000")
    supplier = "«Қазақстан Республикасының Ұлттық академиялық кітапханасы» РММ баспасы"
    deposit = open_accession(db, admin, "legal-deposit", "ММ-1", date=date(2026, 3, 5),
                             print_date=date(2026, 3, 1), supplier=supplier)  # fmt: skip
    add_copies(db, admin, rid, 1, deposit.id, "ABON")
    first = summary_book(db, *Y2026)
    assert first.total.received.copies == 4 and first.total.received.value == Decimal("2000")
    assert (first.notes.foreign, first.notes.foreign_unvalued) == (2, 2)
    assert first.notes.unpriced_legal_deposit == 1
    assert set_tenge_value(db, admin, bought.id, "rub", "5,75") == 2
    book_ = summary_book(db, *Y2026)
    assert book_.total.received.value == Decimal("13500.00")  # 2000 + 2 × 1000 × 5.75
    assert (book_.notes.foreign, book_.notes.foreign_unvalued) == (2, 0)
    out = tmp_path / "ksu.pdf"
    render_summary_book(db, out, *Y2026, language="ru")
    text = pdftotext(out)
    assert "Обязательные экземпляры (1 экз.) приняты без цены" in text and "—*" in text.replace(
        " ", ""
    )
    assert "в иностранной валюте (2 экз.) учтены по стоимости в тенге" in text
    assert "13 500,00" in text
    # The supplier's name wraps between words, whole: no word cut, nothing left out.
    assert all(word in text for word in supplier.split()) and "…" not in text
