"""Group holdings (IRBIS "U" copies counted by amount) leave the fund by write-off acts: a
draft proposes an amount, approval takes it out of the fund (the holding holds less, the КСУ
withdraws it in part 2), cancelling gives it back, and more than is held is refused."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import InvalidInput
from app.migration.groups import group_holdings_at
from app.migration.service import migrate_irbis
from app.registers.acts import render_writeoff_act
from app.registers.ksu import summary_book
from app.registers.writeoff import (
    approve_write_off,
    cancel_write_off,
    draft_write_off,
    update_write_off,
)
from app.security.roles import Actor
from db.models import GroupHolding, Location
from db.session import Database
from tests.app.registers.conftest import pdf_text
from tests.conftest import ADMIN, ADMIN_PASSWORD, SHARED

UNIT = "экз."  # resources/registers/labels.json, Russian
TEN = SHARED / "data" / "irbis" / "records-10.txt"
YEAR = (date(date.today().year, 1, 1), date(date.today().year, 12, 31))


def _holding(db: Database) -> tuple[int, int, str, Decimal | None]:
    """The largest group holding records-10 brings: id, amount, location, price."""
    with db.read() as session:
        h, code = session.execute(
            select(GroupHolding, Location.code)
            .join(Location, Location.id == GroupHolding.location_id)
            .order_by(GroupHolding.amount.desc(), GroupHolding.id)
            .limit(1)
        ).one()
        return h.id, h.amount, code, h.price


def _held(db: Database, hid: int, code: str) -> int:
    return next((g["amount"] for g in group_holdings_at(db, [code]) if g["id"] == hid), 0)


def test_an_approved_act_takes_the_amount_out_of_the_fund(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    migrate_irbis(db, admin, TEN)
    hid, amount, code, price = _holding(db)
    assert amount >= 3
    before = summary_book(db, *YEAR)
    draft = draft_write_off(db, admin, "wear", [], groups=[(hid, 2)]).act
    assert draft.count == 2 and [g.amount for g in draft.groups] == [2]
    if price is not None:
        assert draft.total_value == (price * 2 / amount).quantize(Decimal("0.01"))
    # A draft only proposes: the copies are still in the fund and the КСУ has not moved.
    assert _held(db, hid, code) == amount
    assert summary_book(db, *YEAR).total.withdrawn.copies == 0

    act = approve_write_off(db, admin, draft.id, "Director")
    assert act.state == "approved" and act.count == 2
    assert _held(db, hid, code) == amount - 2
    book = summary_book(db, *YEAR)
    (line,) = book.withdrawals
    assert (line.number, line.copies) == (act.number, 2)
    assert book.total.withdrawn.copies == 2
    assert book.total.end.copies == before.total.end.copies - 2
    migrated = next(m for m in book.by_source if m.key == "migrated")
    assert migrated.withdrawn.copies == 2
    # The act on paper lists the amount on its own line, under the record's title.
    pdf = tmp_path / "act.pdf"
    render_writeoff_act(db, act.id, pdf, "ru")
    text = " ".join(" ".join(pdf_text(pdf)).split())
    assert f"2 {UNIT}" in text and " ".join(act.groups[0].title.split())[:15] in text


def test_more_than_is_held_is_refused_and_cancel_gives_it_back(db: Database, admin: Actor) -> None:
    migrate_irbis(db, admin, TEN)
    hid, amount, code, _ = _holding(db)
    with pytest.raises(InvalidInput, match=rf"{amount} copies left.*{amount + 1} asked"):
        draft_write_off(db, admin, "loss", [], groups=[(hid, amount + 1)])
    first = draft_write_off(db, admin, "loss", [], groups=[(hid, amount - 1)]).act
    # The other draft's amount is spoken for: one copy is left to propose.
    with pytest.raises(InvalidInput, match=r"1 copies left.*2 asked"):
        draft_write_off(db, admin, "wear", [], groups=[(hid, 2)])
    with pytest.raises(InvalidInput, match="left"):
        update_write_off(db, admin, first.id, add_groups=[(hid, 2)])
    with pytest.raises(InvalidInput):
        draft_write_off(db, admin, "wear", [], groups=[(hid, 0)])
    cancel_write_off(db, admin, first.id)
    second = draft_write_off(db, admin, "wear", [], groups=[(hid, 2)]).act
    approve_write_off(db, admin, second.id, "Director")
    assert _held(db, hid, code) == amount - 2
    with pytest.raises(InvalidInput, match=f"{amount - 2} copies left"):
        draft_write_off(db, admin, "wear", [], groups=[(hid, amount - 1)])
    # Taking the group holding off a draft leaves an empty act: refused, cancel it instead.
    third = draft_write_off(db, admin, "wear", [], groups=[(hid, 1)]).act
    with pytest.raises(InvalidInput, match="cancel it"):
        update_write_off(db, admin, third.id, remove_groups=[hid])


def test_the_cli_writes_off_an_amount(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    migrate_irbis(db, admin, TEN)
    hid, amount, code, _ = _holding(db)
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def run(*args: str) -> tuple[int, dict]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out.strip().splitlines()[-1]) if out.strip() else {}

    code_, act = run("writeoff", "new", "--reason", "wear", "--group", f"{hid}:3")
    assert code_ == 0 and act["groups"] == [{"id": hid, "amount": 3}] and act["count"] == 3
    code_, act = run("writeoff", "approve", str(act["id"]), "--by", "Director")
    assert code_ == 0 and act["state"] == "approved"
    assert _held(db, hid, code) == amount - 3
    code_, _ = run("writeoff", "new", "--reason", "wear", "--group", f"{hid}:{amount}")
    assert code_ != 0
    code_, _ = run("writeoff", "new", "--reason", "wear", "--group", "x:1")
    assert code_ != 0
