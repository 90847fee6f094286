"""KazNEB candidates and the application (өтінім); exchange lists as PDF, CSV and MARC."""

from __future__ import annotations

import csv
from pathlib import Path

import pymarc
import pytest

from app.errors import InvalidInput
from app.library import set_formal_parts
from app.preservation.digitisation import record_outcome, send_for_digitisation
from app.registers.exchange import add_desideratum, offer_duplicates, write_exchange_list
from app.registers.kazneb import (
    KaznebCategory,
    kazneb_candidates,
    mark_kazneb_candidate,
    render_kazneb_application,
)
from tests.app.preservation.conftest import Fund
from tests.app.registers.conftest import lines_starting, pdf_text
from tests.app.registers.test_formal_parts import pdftotext


def test_kazneb_candidates_and_application(fund: Fund, tmp_path: Path) -> None:
    db, admin = fund.db, fund.admin
    assert len(KaznebCategory) == 8
    with pytest.raises(InvalidInput, match="agreement"):
        mark_kazneb_candidate(db, admin, fund.record_id, "copyrighted")
    marked = mark_kazneb_candidate(db, admin, fund.record_id, "local-history")
    assert marked.pages == 320  # from 300 $a "320 б."
    send_for_digitisation(db, admin, fund.barcodes[:1], "digitise", "valuable")
    record_outcome(db, admin, fund.barcodes[0], "scan/abai.pdf", 612)
    marked = mark_kazneb_candidate(
        db, admin, fund.record_id, "copyrighted", agreement_reference="Шарт № 15/2026"
    )
    assert (marked.category, marked.pages) == ("copyrighted", 612)  # the digitised copy's
    assert len(kazneb_candidates(db)) == 1

    out = tmp_path / "otinim.pdf"
    set_formal_parts(db, admin, head_name="Ахметова Гүлнар Қайратқызы")
    render_kazneb_application(db, out, language="kk")
    text = pdftotext(out)
    # The annex form of the national electronic library's rules, line by line, no more.
    form = [
        "Қазақстан Республикасы Мәдениет және спорт министрлігінің «Нұр-Сұлтан қаласындағы "
        "Қазақстан Республикасының Ұлттық академиялық кітапханасы» РММ",
        "кімнен: Ұлттық академиялық кітапхана", "(қатысушының атауы)", "Өтінім",
        "Қазақстанның ұлттық электрондық кітапханасының қорына енгізу үшін келесі қор "
        "объектілерін жолдаймыз:",
        "1. Әуезов, Мұхтар. Абай жолы, 1997, 612 б. (авторлық құқықпен қорғалатын "
        "шығармалардың электрондық көшірмелері; Шарт № 15/2026).",
        "(қор объектілерінің атауы)", "Қосымша: көлемі 612 бетте қор объектілері.",
        "_______________________ Ахметова Гүлнар Қайратқызы",
        "(тегі, аты, әкесінің аты (болған жағдайда) қатысушы басшысының қолы)",
        "Мөр орны (болған жағдайда) 20____ жылғы «____» _________________",
    ]  # fmt: skip
    at = 0
    for line in form:
        found = text.find(line, at)
        assert found >= 0, line
        at = found + len(line)
    assert text[at:].strip() == "—1—"  # only the page number follows
    assert "Барлығы" not in text and "М.О." not in text and "Қазақстан ұлттық" not in text
    render_kazneb_application(db, out, language="ru")
    text = pdftotext(out)
    assert "от кого: Ұлттық академиялық кітапхана" in text and text.index("Заявка") > 0
    assert "Приложение: объекты фонда на 612 листах." in text
    assert "Место печати (при наличии) «____» _________________ 20____ года" in text


def test_exchange_lists(fund: Fund, tmp_path: Path) -> None:
    db, admin = fund.db, fund.admin
    add_desideratum(db, admin, "Көшпенділер", "Есенберлин, Ілияс", "1976", "9786010000017")
    add_desideratum(db, admin, record_id=fund.record_id, copies=2, note="жаңа басылым")
    offers = offer_duplicates(db, admin, fund.barcodes[4:6])
    assert [(o.title, o.copies, o.inventory_numbers) for o in offers] == [
        ("Абай жолы", 2, ("5", "6"))
    ]
    assert write_exchange_list(db, "desiderata", tmp_path / "d.csv", "csv", "ru") == 2
    rows = list(csv.reader((tmp_path / "d.csv").open(encoding="utf-8")))
    assert rows[0][1] == "Автор и заглавие" and rows[1][1] == "Есенберлин, Ілияс. Көшпенділер"

    write_exchange_list(db, "desiderata", tmp_path / "d.mrc", "marc")
    with (tmp_path / "d.mrc").open("rb") as handle:
        records = list(pymarc.MARCReader(handle, to_unicode=True, force_utf8=True))
    assert [r["245"]["a"] for r in records] == ["Көшпенділер", "Абай жолы"]
    assert records[1]["590"]["a"] == "wanted: 2; жаңа басылым"

    write_exchange_list(db, "offers", tmp_path / "o.pdf", "pdf", "kk")
    text = "\n".join(pdf_text(tmp_path / "o.pdf"))
    assert "Алмасуға ұсынылатын басылымдар тізімі" in text and "Абай жолы" in text

    # Initials end the author: one full stop before the title; the list names its addressee.
    add_desideratum(db, admin, "Қазақ хандығы", "Мұқанов, С.")
    partner = "М.Ф. Ахундов атындағы Әзірбайжан Ұлттық кітапханасы"
    write_exchange_list(db, "desiderata", tmp_path / "d.pdf", "pdf", "kk", partner=partner)
    text = pdftotext(tmp_path / "d.pdf")
    assert "Мұқанов, С. Қазақ хандығы" in text and "С.." not in text
    assert "Кімге:" in text and "Әзірбайжан Ұлттық" in text and "Ахундов атындағы" in text


def test_offers_list_only_copies_still_in_the_fund_and_is_dated(fund: Fund, tmp_path: Path) -> None:
    from datetime import date

    from app.registers.exchange import offered
    from app.registers.writeoff import write_off

    db, admin = fund.db, fund.admin
    offer_duplicates(db, admin, fund.barcodes[3:6])
    write_off(db, admin, "duplicate", fund.barcodes[4:5], date(2026, 3, 1))
    assert [(o.copies, o.inventory_numbers) for o in offered(db)] == [(2, ("4", "6"))]
    with pytest.raises(InvalidInput, match="written off"):
        offer_duplicates(db, admin, fund.barcodes[4:5])

    out = tmp_path / "offers.pdf"
    assert write_exchange_list(db, "offers", out, "pdf", "kk", on=date(2026, 3, 2)) == 1
    pages = pdf_text(out)
    assert "Күні: 02.03.2026" in "\n".join(pages)
    assert lines_starting(pages, "Барлығы")[0] == ["2"]
    write_exchange_list(db, "offers", tmp_path / "o.csv", "csv", "ru")
    rows = list(csv.reader((tmp_path / "o.csv").open(encoding="utf-8")))
    assert [r[5] for r in rows[1:]] == ["4 6"]
