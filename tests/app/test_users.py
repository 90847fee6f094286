"""Changing passwords and deactivating users: who may, what is logged, who can sign in."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from app.security.roles import Role
from app.security.users import (
    LastAdministrator,
    UserNotFound,
    add_user,
    authenticate,
    change_password,
    list_users,
    set_active,
)
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _actions(db: Database) -> list[str]:
    """The logged changes to users (refused sign-ins, logged too, left out)."""
    with db.read() as session:
        actions = session.execute(text("select action from event_log order by id")).scalars()
        return [a for a in actions if not a.startswith("user.sign-in")]


def test_an_administrator_resets_a_password_and_a_user_changes_their_own(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "aigerim", "katalog1", [Role.CATALOGER])
    change_password(db, admin, "aigerim", "jana-kupia1")
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "aigerim", "katalog1")
    aigerim = authenticate(db, "aigerim", "jana-kupia1")
    # Her own: only with the current password.
    with pytest.raises(AuthenticationFailed):
        change_password(db, aigerim, "aigerim", "ozimniki1", current_password="wrong-one")
    change_password(db, aigerim, "aigerim", "ozimniki1", current_password="jana-kupia1")
    assert authenticate(db, "aigerim", "ozimniki1").name == "aigerim"
    # Nobody else's, and not a too-short one.
    with pytest.raises(PermissionDenied, match="admin"):
        change_password(db, aigerim, ADMIN, "takeover1")
    with pytest.raises(InvalidInput):
        change_password(db, admin, "aigerim", "123")
    with pytest.raises(UserNotFound):
        change_password(db, admin, "nobody", "password1")
    assert _actions(db)[-2:] == ["user.password", "user.password"]
    with db.read() as session:
        logged = " ".join(session.execute(text("select after from event_log")).scalars())
    assert "$argon2" not in logged and "ozimniki1" not in logged


def test_a_deactivated_user_cannot_sign_in_until_reactivated(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    add_user(db, admin, "bolat", "qabyldau1", [Role.INTAKE])
    bolat = authenticate(db, "bolat", "qabyldau1")
    with pytest.raises(PermissionDenied):
        set_active(db, bolat, ADMIN, False)
    info = set_active(db, admin, "bolat", False)
    assert not info.active
    assert [u.active for u in list_users(db, admin) if u.name == "bolat"] == [False]
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "bolat", "qabyldau1")
    set_active(db, admin, "bolat", True)
    assert authenticate(db, "bolat", "qabyldau1").name == "bolat"
    assert _actions(db)[-2:] == ["user.deactivate", "user.activate"]


def test_the_last_administrator_stays_active(db: Database) -> None:
    admin = authenticate(db, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(LastAdministrator):
        set_active(db, admin, ADMIN, False)
    add_user(db, admin, "second", "basqarushy1", [Role.ADMIN])
    set_active(db, admin, "second", False)
    with pytest.raises(LastAdministrator):
        set_active(db, admin, ADMIN, False)
    assert authenticate(db, ADMIN, ADMIN_PASSWORD).name == ADMIN
