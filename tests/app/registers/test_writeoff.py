"""Write-off acts: reasons, copies by scanning or by inventory number, the total; written-off
copies keep their inventory numbers for ever and the numbers are never given again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.intake.copies import add_copies, get_copy
from app.intake.numbering import INVENTORY_COUNTER
from app.preservation.history import copy_history
from app.registers.acts import render_accession_act, render_writeoff_act
from app.registers.writeoff import get_write_off_act, write_off
from db.models import Counter, Item
from tests.app.preservation.conftest import Fund
from tests.app.registers.conftest import figure, lines_starting, pdf_text


def _counter(fund: Fund) -> int:
    with fund.db.read() as session:
        return session.execute(
            select(Counter.value).where(Counter.name == INVENTORY_COUNTER)
        ).scalar_one()


def test_written_off_numbers_are_kept_and_never_reused(fund: Fund) -> None:
    db, admin = fund.db, fund.admin
    before = _counter(fund)
    result = write_off(
        db, admin, "reader-loss-replaced",
        [fund.barcodes[0], fund.copies[1].inventory_number, fund.barcodes[0], "NOPE"],
        act_date=date(2026, 5, 4),
    )  # fmt: skip
    act = result.act
    assert (act.number, act.reason, act.count) == ("2026/1", "reader-loss-replaced", 2)
    assert act.total_value == Decimal("3000.00")
    assert [r.ref for r in result.refused] == ["NOPE"]
    for copy in fund.copies[:2]:
        kept = get_copy(db, copy.id)
        assert (kept.status, kept.inventory_number) == ("written-off", copy.inventory_number)
    # Writing off again is refused; the counter did not move back, new copies get new numbers.
    with pytest.raises(InvalidInput, match="already written off"):
        write_off(db, admin, "wear", [fund.barcodes[0]])
    assert _counter(fund) == before
    batch = get_copy(db, fund.copies[0].id).accession_id
    new = add_copies(db, admin, fund.record_id, 2, batch, "ABON", price="100")
    assert [c.inventory_number for c in new] == [str(before + 1), str(before + 2)]
    assert _counter(fund) == before + 2
    with db.read() as session:
        numbers = session.execute(select(Item.inventory_number)).scalars().all()
    assert len(numbers) == len(set(numbers)) == len(fund.copies) + 2
    history = copy_history(db, fund.copies[0].id)
    assert [h.ref for h in history if h.kind == "write-off"] == [act.id]
    # Held by the act's draft, then written off when it was approved.
    assert [h.summary.split(" (")[0] for h in history[-2:]] == [
        "available → to-be-written-off",
        "to-be-written-off → written-off",
    ]


def test_reasons_are_checked(fund: Fund) -> None:
    with pytest.raises(InvalidInput, match="Unknown write-off reason"):
        write_off(fund.db, fund.admin, "boredom", fund.barcodes[:1])
    with pytest.raises(InvalidInput):
        write_off(fund.db, fund.admin, "wear", [])


def test_acts_as_pdf(fund: Fund, tmp_path: Path) -> None:
    db, admin = fund.db, fund.admin
    act = write_off(db, admin, "wear", fund.barcodes[2:5], act_date=date(2026, 6, 1)).act
    out = tmp_path / "act.pdf"
    render_writeoff_act(db, act.id, out, "kk")
    pages = pdf_text(out)
    text = "\n".join(pages)
    assert "Есептен шығару актісі № 2026/1" in text and "Себебі: тозу" in text
    assert lines_starting(pages, "Барлығы")[0] == ["3", "дана", "4 500,00"]
    assert get_write_off_act(db, act.id).total_value == Decimal("4500.00")

    accession = tmp_path / "accession.pdf"
    copies, value = render_accession_act(db, get_copy(db, fund.copies[0].id).accession_id,
                                         accession, "ru")  # fmt: skip
    pages = pdf_text(accession)
    assert "Акт приёма № 2026/1" in "\n".join(pages)
    assert lines_starting(pages, "Итого")[0] == [str(copies), "экз.", figure(value)] == [
        "6", "экз.", "9 000,00"
    ]  # fmt: skip


def test_act_dated_before_a_copy_was_received_or_in_the_future_is_refused(fund: Fund) -> None:
    """The fund was received on 15.01.2026: an act of 2025 for its copies, or one dated in
    2030, would put the КСУ out of balance; it is refused, naming the copy, and nothing moves."""
    db, admin = fund.db, fund.admin
    with pytest.raises(InvalidInput, match=r"copy 2 .*15\.01\.2026"):
        write_off(db, admin, "wear", fund.barcodes[1:2], act_date=date(2025, 12, 1))
    with pytest.raises(InvalidInput, match="future"):
        write_off(db, admin, "wear", fund.barcodes[1:2], act_date=date(2030, 1, 1))
    assert get_copy(db, fund.copies[1].id).status == "available"
    # Dated the day of receipt is fine.
    act = write_off(db, admin, "wear", fund.barcodes[1:2], act_date=date(2026, 1, 15)).act
    assert act.number == "2026/1"
