"""A period of dates, as registers and logs are asked for (from, to: both inclusive, either
left open), turned into conditions on a date column."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute


def within(
    column: InstrumentedAttribute[date] | ColumnElement[date],
    date_from: date | None,
    date_to: date | None,
) -> list[ColumnElement[bool]]:
    """The conditions that keep `column` inside the period; none for an open period."""
    conditions = []
    if date_from is not None:
        conditions.append(column >= date_from)
    if date_to is not None:
        conditions.append(column <= date_to)
    return conditions
