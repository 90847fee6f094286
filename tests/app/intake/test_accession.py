"""Accession batches: numbering per year, legal-deposit deadlines, derived count and value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalog.records import create_record
from app.errors import InvalidInput, PermissionDenied
from app.intake.accession import (
    get_accession,
    legal_deposit_deadline,
    list_accessions,
    open_accession,
)
from app.intake.copies import add_copies
from app.intake.locations import add_location
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.models import Event
from db.session import Database
from tests.records import book


def test_batches_are_numbered_per_year(db: Database, admin: Actor) -> None:
    first = open_accession(db, admin, "purchase", "ТН-118", date=date(2026, 3, 2))
    second = open_accession(db, admin, "gift", "Хат 7", date=date(2026, 3, 3), supplier="Оқырман")
    older = open_accession(db, admin, "exchange", "A-1", date=date(2025, 12, 30))
    assert (first.number, second.number, older.number) == ("2026/1", "2026/2", "2025/1")
    assert second.supplier == "Оқырман" and second.source == "gift"
    assert first.deadline is None and first.deadline_met is None
    again = get_accession(db, second.id)
    assert again.number == "2026/2" and again.received_on == date(2026, 3, 3)
    with db.read() as session:
        actions = session.execute(select(Event.action)).scalars().all()
    assert actions.count("accession.open") == 3
    # A chooser of recent batches asks for the newest few only.
    assert [b.number for b in list_accessions(db, latest=2)] == ["2026/2", "2026/1"]
    assert [b.number for b in list_accessions(db)] == ["2026/2", "2026/1", "2025/1"]


def test_paper_legal_deposit_is_due_30_calendar_days_after_printing(
    db: Database, admin: Actor
) -> None:
    on_time = open_accession(
        db,
        admin,
        "legal-deposit",
        "МД-1",
        date=date(2026, 3, 31),
        print_date=date(2026, 3, 1),
        medium="paper",
    )
    assert on_time.deadline == date(2026, 3, 31) and on_time.deadline_met is True
    late = open_accession(
        db, admin, "legal-deposit", "МД-2", date=date(2026, 4, 1), print_date=date(2026, 3, 1)
    )
    assert late.deadline == date(2026, 3, 31) and late.deadline_met is False


def test_electronic_legal_deposit_counts_working_days_only() -> None:
    # Printed on Thursday 5 February 2026: Friday, (weekend), Monday, Tuesday.
    assert legal_deposit_deadline(date(2026, 2, 5), "electronic") == date(2026, 2, 10)
    # Printed on Friday: Monday, Tuesday, Wednesday.
    assert legal_deposit_deadline(date(2026, 2, 6), "electronic") == date(2026, 2, 11)
    # Printed on Saturday: the weekend does not count at all.
    assert legal_deposit_deadline(date(2026, 2, 7), "electronic") == date(2026, 2, 11)
    assert legal_deposit_deadline(date(2026, 2, 7), "paper") == date(2026, 3, 9)


def test_public_holidays_are_not_working_days() -> None:
    # 8 March 2026 is a Sunday: Monday 9 March is the day off instead.
    assert legal_deposit_deadline(date(2026, 3, 5), "electronic") == date(2026, 3, 11)
    # Nauryz, 21-23 March 2026 (Saturday to Monday): the weekend two move to 24 and 25 March.
    assert legal_deposit_deadline(date(2026, 3, 19), "electronic") == date(2026, 3, 27)
    # Independence Day, Wednesday 16 December 2026.
    assert legal_deposit_deadline(date(2026, 12, 15), "electronic") == date(2026, 12, 21)
    # Orthodox Christmas is not moved off a weekend: 7 January 2023 was a Saturday.
    assert legal_deposit_deadline(date(2023, 1, 6), "electronic") == date(2023, 1, 11)
    # Paper counts calendar days, holidays included.
    assert legal_deposit_deadline(date(2026, 3, 1), "paper") == date(2026, 3, 31)


def test_electronic_legal_deposit_met_and_missed(db: Database, admin: Actor) -> None:
    friday = date(2026, 3, 6)
    met = open_accession(
        db,
        admin,
        "legal-deposit",
        "E-1",
        date=date(2026, 3, 11),
        print_date=friday,
        medium="electronic",
    )
    # Due Thursday 12 March: Monday 9 March is the day off for Women's Day (a Sunday).
    assert met.deadline == date(2026, 3, 12) and met.deadline_met is True
    missed = open_accession(
        db,
        admin,
        "legal-deposit",
        "E-2",
        date=date(2026, 3, 13),
        print_date=friday,
        medium="electronic",
    )
    assert missed.deadline_met is False
    assert get_accession(db, missed.id).deadline == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"source": "legal-deposit"}, "print date"),
        ({"source": "legal-deposit", "print_date": date(2026, 5, 2)}, "after the date received"),
        ({"source": "purchase", "print_date": date(2026, 4, 1)}, "only for legal-deposit"),
        ({"source": "theft"}, "Unknown source"),
        ({"source": "purchase", "medium": "vinyl"}, "Unknown medium"),
        ({"source": "purchase", "document_number": "  "}, "document"),
    ],
)
def test_unusable_batches_are_refused(
    db: Database, admin: Actor, kwargs: dict[str, object], message: str
) -> None:
    args: dict[str, object] = {"document_number": "Д-1", "date": date(2026, 5, 1), **kwargs}
    with pytest.raises(InvalidInput, match=message):
        open_accession(db, admin, **args)  # type: ignore[arg-type]


def test_only_intake_operators_open_batches(db: Database, admin: Actor) -> None:
    add_user(db, admin, "cataloger", "secret-1", [Role.CATALOGER])
    cataloger = authenticate(db, "cataloger", "secret-1")
    with pytest.raises(PermissionDenied):
        open_accession(db, cataloger, "purchase", "Д-1")
    add_user(db, admin, "desk", "secret-2", [Role.INTAKE])
    desk = authenticate(db, "desk", "secret-2")
    assert open_accession(db, desk, "purchase", "Д-1").number.endswith("/1")


def test_item_count_and_total_value_come_from_the_copies(db: Database, admin: Actor) -> None:
    record = create_record(db, admin, book("Абай жолы", "Әуезов, Мұхтар"))
    add_location(db, admin, "ABON", "Абонемент")
    batch = open_accession(db, admin, "purchase", "ТН-5", date=date(2026, 2, 2))
    add_copies(db, admin, record.id, 3, batch.id, "ABON", price="2500.50")
    add_copies(db, admin, record.id, 1, batch.id, "ABON", price=Decimal("1000"))
    add_copies(db, admin, record.id, 2, batch.id, "ABON", price="12", currency="RUB")
    info = get_accession(db, batch.id)
    assert info.item_count == 6
    assert info.total_value == Decimal("8501.50")
    assert info.totals["RUB"] == Decimal("24.00")


def test_the_shipped_transfers_of_days_off() -> None:
    """The transfers the Minister of Labour ordered (resources/registers/holidays.json):
    Saturday 4 May 2024 worked for Wednesday 8 May; Sunday 5 January 2025 worked for Friday
    3 January. 2026 has only the Law's moves off a weekend."""
    from app.intake import holidays

    assert not holidays.is_working_day(date(2024, 5, 8))
    assert holidays.is_working_day(date(2024, 5, 4))
    assert not holidays.is_working_day(date(2025, 1, 3))
    assert holidays.is_working_day(date(2025, 1, 5))
    # Printed Monday 6 May 2024: the 7th, 8th and 9th off: 10, 13, 14.
    assert legal_deposit_deadline(date(2024, 5, 6), "electronic") == date(2024, 5, 14)
    # Printed Thursday 2 January 2025: the 3rd off, Sunday the 5th worked, the 7th off: 5, 6, 8.
    assert legal_deposit_deadline(date(2025, 1, 2), "electronic") == date(2025, 1, 8)
    saturdays_and_sundays_worked = [
        d for d in holidays.holiday_table().working_weekend_days if d.year == 2026
    ]
    assert saturdays_and_sundays_worked == []


def test_kurban_ait_and_the_yearly_transfers_come_from_the_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from app.intake import holidays

    # Kurban Ait, Wednesday 27 May 2026 (shipped): printed Tuesday, due Monday 1 June.
    assert not holidays.is_working_day(date(2026, 5, 27))
    assert legal_deposit_deadline(date(2026, 5, 26), "electronic") == date(2026, 6, 1)
    # The administrator's copy adds a transfer: Friday 2 January 2026 off, Saturday 10th worked.
    tables = tmp_path / "tables"
    tables.mkdir()
    data = json.loads((Path(holidays.__file__).parents[2] / "resources/registers/holidays.json")
                      .read_text("utf-8"))  # fmt: skip
    data["transfers"] = [{"day_off": "2026-01-05", "working": "2026-01-10"}]
    (tables / "holidays.json").write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv("QOR_TABLES", str(tables))
    holidays.holiday_table.cache_clear()
    holidays.days_off.cache_clear()
    try:
        assert not holidays.is_working_day(date(2026, 1, 5))
        assert holidays.is_working_day(date(2026, 1, 10))
        # Printed Friday 2 January: the 5th off by the transfer, the 7th Christmas: 6, 8, 9.
        assert legal_deposit_deadline(date(2026, 1, 2), "electronic") == date(2026, 1, 9)
    finally:
        holidays.holiday_table.cache_clear()
        holidays.days_off.cache_clear()
