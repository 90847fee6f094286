"""Reading a choice the user typed: any case and spacing, or a message listing the choices."""

from __future__ import annotations

import pytest

from app.choices import parse_choice
from app.errors import InvalidInput
from app.preservation.repair import RepairType
from app.registers.writeoff import WriteOffReason


def test_a_choice_is_read_whatever_its_case_and_spaces() -> None:
    assert parse_choice(RepairType, "  Gluing-COVER ", "repair type") == "gluing-cover"


def test_an_unknown_choice_names_what_was_asked_and_lists_the_choices() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_choice(WriteOffReason, "stolen?", "write-off reason")
    known = ", ".join(r.value for r in WriteOffReason)
    assert str(refused.value) == f"Unknown write-off reason 'stolen?'; use one of: {known}."
