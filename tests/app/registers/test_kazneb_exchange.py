"""KazNEB candidates and the application (өтінім); exchange lists as PDF, CSV and MARC."""

from __future__ import annotations

import csv
from pathlib import Path

import pymarc
import pytest

from app.errors import InvalidInput
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
    render_kazneb_application(db, out, language="kk")
    pages = pdf_text(out)
    text = "\n".join(pages)
    assert "Өтінім" in text and "Шарт № 15/2026" in text and "Абай жолы" in text
    assert "М.О." in text and "Кітапхана директоры" in text
    assert lines_starting(pages, "Барлығы")[0] == ["612"]


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
