"""Kazakhstan's public holidays, for counting working days (the electronic legal-deposit
copy is due within 3 working days of printing).

The fixed-date holidays of the Law on holidays in the Republic of Kazakhstan, with the rule of
the Labour Code that a holiday falling on a Saturday or Sunday moves the day off to the next
working day (not for the religious holidays). Kurban Ait follows the lunar calendar and the
government's yearly transfers of days off are decreed anew each year: neither is here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# (month, day, moved to the next working day when it falls on a weekend)
_FIXED = (
    (1, 1, True),  # New Year
    (1, 2, True),
    (1, 7, False),  # Orthodox Christmas (a religious holiday: not moved)
    (3, 8, True),  # International Women's Day
    (3, 21, True),  # Nauryz meyrami
    (3, 22, True),
    (3, 23, True),
    (5, 1, True),  # Unity Day of the people of Kazakhstan
    (5, 7, True),  # Defender of the Fatherland Day
    (5, 9, True),  # Victory Day
    (7, 6, True),  # Capital Day
    (8, 30, True),  # Constitution Day
    (10, 25, True),  # Republic Day
    (12, 16, True),  # Independence Day
)


@cache
def days_off(year: int) -> frozenset[date]:
    """The holidays of `year` and the weekdays their weekend occurrences moved to."""
    holidays = {date(year, month, day) for month, day, _ in _FIXED}
    off = set(holidays)
    for month, day, moves in _FIXED:
        holiday = date(year, month, day)
        if moves and holiday.weekday() >= 5:
            moved = holiday + timedelta(days=1)
            while moved.weekday() >= 5 or moved in off:
                moved += timedelta(days=1)
            off.add(moved)
    return frozenset(off)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in days_off(day.year)


def add_working_days(start: date, count: int) -> date:
    """The day `count` working days after `start`."""
    day = start
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day
