"""Acts that pass as official documents: the approval block (БЕКІТЕМІН / УТВЕРЖДАЮ) with the
library's head, the standing commission or the act's own, names under the signature lines,
the act's notes, totals in words, Kazakh and Russian number and date formats; a write-off
act drafted, then approved or cancelled. Each PDF is read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.intake.copies import get_copy
from app.intake.status import ItemStatus
from app.library import library_info, set_formal_parts
from app.registers.acts import render_accession_act, render_writeoff_act
from app.registers.ksu import summary_book
from app.registers.words import amount, count_in_words, kk_words, long_date, ru_words, sum_in_words
from app.registers.writeoff import (
    approve_write_off,
    cancel_write_off,
    draft_write_off,
    update_write_off,
    written_off_count,
)
from tests.app.audit.conftest import set_status
from tests.app.preservation.conftest import Fund


def pdftotext(path: Path) -> str:
    """The PDF's text as poppler's pdftotext reads it, spaces of any kind made one."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").replace("\u202f", " ").split())


def test_numbers_and_dates_as_kazakh_and_russian_write_them() -> None:
    assert amount(Decimal("288650.5")).replace("\u202f", " ") == "288 650,50"
    assert amount(Decimal("7000")).replace("\u202f", " ") == "7 000,00"
    assert kk_words(288650) == "екі жүз сексен сегіз мың алты жүз елу"
    assert kk_words(1_002_016) == "бір миллион екі мың он алты"
    assert ru_words(288650) == "двести восемьдесят восемь тысяч шестьсот пятьдесят"
    assert ru_words(21_001) == "двадцать одна тысяча один"
    assert ru_words(1_002_014) == "один миллион две тысячи четырнадцать"
    assert count_in_words(3, "ru") == "3 (три) экземпляра"
    assert count_in_words(11, "ru") == "11 (одиннадцать) экземпляров"
    assert count_in_words(21, "kk") == "21 (жиырма бір) дана"
    assert sum_in_words(Decimal("4500.50"), "kk").replace("\u202f", " ") == (
        "4 500,50 (төрт мың бес жүз) теңге 50 тиын"
    )
    assert sum_in_words(Decimal("2001.01"), "ru").replace("\u202f", " ") == (
        "2 001,01 (две тысячи один) тенге 01 тиын"
    )
    assert long_date(date(2026, 12, 5), "kk") == "2026 жылғы 5 желтоқсан"
    assert long_date(date(2026, 12, 5), "ru") == "5 декабря 2026 г."


def _formal(fund: Fund) -> None:
    set_formal_parts(
        fund.db, fund.admin, head_name="Ахметова Гүлнар Қайратқызы",
        head_position="Кітапхана директоры", chair="Сәрсенова Айгерім",
        members=["Қасымов Ержан", "Оспанова Дина"],
    )  # fmt: skip


def test_write_off_is_drafted_printed_then_approved(fund: Fund, tmp_path: Path) -> None:
    db, admin = fund.db, fund.admin
    _formal(fund)
    set_status(db, admin, fund.copies[2], ItemStatus.IN_REPAIR)
    result = draft_write_off(
        db, admin, "wear", fund.barcodes[:3], date(2026, 6, 1), notes="Түбі жыртылған"
    )
    act = result.act
    assert act.state == "draft" and act.count == 3
    # Held, not yet out of the fund: status, КСУ and the count of written-off copies.
    assert {get_copy(db, c.id).status for c in fund.copies[:3]} == {"to-be-written-off"}
    assert written_off_count(db) == 0
    assert summary_book(db, date(2026, 1, 1), date(2026, 12, 31)).total.withdrawn.copies == 0

    draft = tmp_path / "draft.pdf"
    render_writeoff_act(db, act.id, draft, "kk")
    text = pdftotext(draft)
    assert "БЕКІТЕМІН" in text and "Кітапхана директоры" in text
    assert "Ахметова Гүлнар Қайратқызы" in text and "20__ жылғы «__»" in text
    assert "ЖОБА" in text and "есептен шығаруға ұсынады" in text
    assert "Комиссия төрағасы" in text and "Сәрсенова Айгерім" in text
    assert text.count("Комиссия мүшесі") == 2 and "Оспанова Дина" in text
    assert "(қолы)" in text and "Ескертпе: Түбі жыртылған" in text
    assert "3 (үш) дана" in text and "4 500,00 (төрт мың бес жүз) теңге 00 тиын" in text
    assert "Инвентарлық" in text and "Түгендеу" not in text

    # Edited while a draft: a copy taken off goes back to its status (in repair).
    update_write_off(db, admin, act.id, remove=[fund.barcodes[2]], notes="Ескі")
    assert get_copy(db, fund.copies[2].id).status == "in-repair"
    approved = approve_write_off(db, admin, act.id, "Ахметова Г.Қ.", date(2026, 6, 3))
    assert (approved.state, approved.count, approved.approved_on) == (
        "approved",
        2,
        date(2026, 6, 3),
    )
    assert {get_copy(db, c.id).status for c in fund.copies[:2]} == {"written-off"}
    assert written_off_count(db) == 2
    assert summary_book(db, date(2026, 1, 1), date(2026, 12, 31)).total.withdrawn.copies == 2
    with pytest.raises(InvalidInput, match="not a draft"):
        update_write_off(db, admin, act.id, notes="too late")

    final = tmp_path / "act-ru.pdf"
    render_writeoff_act(db, act.id, final, "ru")
    text = pdftotext(final)
    assert "УТВЕРЖДАЮ" in text and "Ахметова Г.Қ." in text and "3 июня 2026 г." in text
    assert "ПРОЕКТ" not in text and "Комиссия 1 июня 2026 г. предлагает" in text
    assert "Председатель комиссии" in text and "Член комиссии" in text and "(подпись)" in text
    assert "Примечание: Ескі" in text
    assert "2 (два) экземпляра" in text and "3 000,00 (три тысячи) тенге 00 тиынов" in text


def test_cancelled_draft_gives_copies_back(fund: Fund) -> None:
    db, admin = fund.db, fund.admin
    set_status(db, admin, fund.copies[1], ItemStatus.MISSING)
    act = draft_write_off(db, admin, "loss", fund.barcodes[:2], date(2026, 6, 1)).act
    with pytest.raises(InvalidInput, match="draft write-off act already"):
        draft_write_off(db, admin, "wear", fund.barcodes[:1], date(2026, 6, 1))
    cancelled = cancel_write_off(db, admin, act.id)
    assert cancelled.state == "cancelled" and cancelled.count == 0
    assert [get_copy(db, c.id).status for c in fund.copies[:2]] == ["available", "missing"]
    with pytest.raises(InvalidInput, match="not a draft"):
        approve_write_off(db, admin, act.id, "Директор")
    # The copies may be written off by another act; the cancelled act's number stays used.
    again = draft_write_off(db, admin, "loss", fund.barcodes[:2], date(2026, 6, 2)).act
    assert again.number == "2026/2"


def test_accession_act_names_the_commission_and_the_head(fund: Fund, tmp_path: Path) -> None:
    db = fund.db
    _formal(fund)
    batch = get_copy(db, fund.copies[0].id).accession_id
    out = tmp_path / "acc.pdf"
    render_accession_act(db, batch, out, "kk", notes="Мұқабасы бүлінген бір дана бар")
    text = pdftotext(out)
    assert "БЕКІТЕМІН" in text and "Ахметова Гүлнар Қайратқызы" in text
    # The sentence has its subject: the editions were received into the library's fund.
    assert "кітапхана қорына төменде аталған басылымдар қабылданды" in text
    assert "2026 жылғы 15 қаңтар" in text
    assert "Сәрсенова Айгерім" in text and "Қасымов Ержан" in text
    assert "Ескертпе: Мұқабасы бүлінген бір дана бар" in text
    assert "6 (алты) дана" in text and "9 000,00 (тоғыз мың) теңге 00 тиын" in text
    # An act may name its own commission.
    own = tmp_path / "own.pdf"
    render_accession_act(db, batch, own, "ru", chair="Иванова А.", members=["Петров Б."])
    text = pdftotext(own)
    assert "УТВЕРЖДАЮ" in text and "Иванова А." in text and "Петров Б." in text
    assert "Сәрсенова" not in text and "15 января 2026 г." in text


def test_library_settings_are_checked(fund: Fund) -> None:
    with pytest.raises(InvalidInput, match="record URL"):
        set_formal_parts(fund.db, fund.admin, record_url="lib.kz/record")
    set_formal_parts(fund.db, fund.admin, record_url="https://lib.example.kz/record/{id}")
    info = library_info(fund.db)
    assert info.record_link(42) == "https://lib.example.kz/record/42"


def test_accession_act_prints_its_stored_notes_and_tenge_values(fund: Fund, tmp_path: Path) -> None:
    from app.intake.accession import open_accession
    from app.intake.copies import add_copies
    from app.registers.currency import set_tenge_value

    db, admin = fund.db, fund.admin
    batch = open_accession(db, admin, "purchase", "INV-9", date=date(2026, 4, 2),
                           supplier="Озон", notes="Шот-фактура рубльмен")  # fmt: skip
    add_copies(db, admin, fund.record_id, 2, batch.id, "ABON", price="1000", currency="RUB")
    add_copies(db, admin, fund.record_id, 1, batch.id, "ABON", price="2000")
    set_tenge_value(db, admin, batch.id, "RUB", "5.75")
    out = tmp_path / "acc.pdf"
    copies, value = render_accession_act(db, batch.id, out, "kk")
    assert (copies, value) == (3, Decimal("13500.00"))
    text = pdftotext(out)
    assert "Ескертпе: Шот-фактура рубльмен" in text
    assert "1 000,00 RUB = 5 750,00" in text and "13 500,00" in text
