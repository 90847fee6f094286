"""The library's confirmation limit for adding copies: kept in the database (every
workstation reads the same value), set by an administrator, 20 until set."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.intake.limits import CONFIRM_ABOVE_DEFAULT, confirm_above, set_confirm_above
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate
from db.session import Database


def test_the_limit_is_the_librarys_and_only_an_administrator_changes_it(
    db: Database, admin: Actor
) -> None:
    assert confirm_above(db) == CONFIRM_ABOVE_DEFAULT == 20
    assert set_confirm_above(db, admin, 5) == 5
    # Another workstation (another connection to the same database) reads the same limit.
    other = Database(db.url)
    try:
        assert confirm_above(other) == 5
    finally:
        other.dispose()

    add_user(db, admin, "clerk", "secret-1", [Role.INTAKE])
    clerk = authenticate(db, "clerk", "secret-1")
    with pytest.raises(PermissionDenied):
        set_confirm_above(db, clerk, 500)
    for wrong in (0, -3, 1001):
        with pytest.raises(InvalidInput):
            set_confirm_above(db, admin, wrong)
    assert confirm_above(db) == 5
