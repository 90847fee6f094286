"""A choice the user typed (a binding or repair type, a write-off reason, a KazNEB category)
read as the value of its StrEnum, or refused with a message that lists the choices."""

from __future__ import annotations

from enum import StrEnum

from app.errors import InvalidInput
from app.i18n import translate


def parse_choice(enum: type[StrEnum], value: str, what: str) -> str:
    """`value` as one of `enum`'s values, whatever its case and surrounding spaces; `what` names
    the choice in the message ("repair type")."""
    try:
        return enum(value.strip().lower()).value
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise InvalidInput(
            translate("errors", "Unknown {what} '{value}'; use one of: {known}.").format(
                what=what, value=value, known=known
            )
        ) from None
