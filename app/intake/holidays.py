"""Kazakhstan's public holidays, for counting working days (the electronic legal-deposit
copy is due within 3 working days of printing).

Read from a data file (resources/registers/holidays.json; an administrator's copy in Qor's
tables folder replaces it, see app.registers.tables): the fixed-date holidays of the Law on
holidays in the Republic of Kazakhstan, with the Labour Code's rule that a holiday falling on
a Saturday or Sunday moves its day off to the next working day (not the religious ones); the
holidays dated anew each year (Kurban Ait, by the lunar calendar); and the government's yearly
transfers of days off (a weekday off, a weekend day worked).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from app.errors import InvalidInput
from app.i18n import translate

TABLE = "holidays.json"


@dataclass(frozen=True)
class HolidayTable:
    fixed: tuple[tuple[int, int, bool], ...]
    dated: frozenset[date]
    extra_days_off: frozenset[date]  # weekdays a transfer made days off
    working_weekend_days: frozenset[date]  # weekend days a transfer made working days


@cache
def holiday_table() -> HolidayTable:
    from app.registers.tables import read_table, table_source

    try:
        data = json.loads(read_table(TABLE))
        fixed = tuple((int(m), int(d), bool(moves)) for m, d, moves, *_ in data["fixed"])
        dated = frozenset(date.fromisoformat(str(d[0])) for d in data.get("dated", ()))
        transfers = data.get("transfers", ())
        off = frozenset(date.fromisoformat(str(t["day_off"])) for t in transfers)
        working = frozenset(date.fromisoformat(str(t["working"])) for t in transfers)
        for month, day, _ in fixed:
            date(2024, month, day)  # a leap year: every real date exists
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            translate("errors", "The holiday table {source} is not valid: {error}").format(
                source=table_source(TABLE), error=exc
            )
        ) from exc
    return HolidayTable(fixed, dated, off, working)


@cache
def days_off(year: int) -> frozenset[date]:
    """The holidays of `year`, the weekdays their weekend occurrences moved to, and the
    weekdays the year's transfers made days off."""
    table = holiday_table()
    holidays = {date(year, month, day) for month, day, _ in table.fixed}
    holidays |= {d for d in table.dated if d.year == year}
    off = set(holidays)
    for month, day, moves in table.fixed:
        holiday = date(year, month, day)
        if moves and holiday.weekday() >= 5:
            moved = holiday + timedelta(days=1)
            while moved.weekday() >= 5 or moved in off:
                moved += timedelta(days=1)
            off.add(moved)
    off |= {d for d in table.extra_days_off if d.year == year}
    return frozenset(off)


def is_working_day(day: date) -> bool:
    if day in holiday_table().working_weekend_days:
        return True
    return day.weekday() < 5 and day not in days_off(day.year)


def add_working_days(start: date, count: int) -> date:
    """The day `count` working days after `start`."""
    day = start
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day
