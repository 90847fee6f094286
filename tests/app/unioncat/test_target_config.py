"""Configuring targets through the service: the password goes to the keyring only with a
target that was saved, follows it when it is edited, and goes when it is removed."""

from __future__ import annotations

import keyring.errors
import pytest

from app.security.roles import Actor
from app.unioncat.config import (
    ConfiguredTarget,
    TargetExists,
    TargetNotFound,
    add_target,
    get_target,
    list_targets,
    remove_target,
    update_target,
)
from app.unioncat.targets import KEYRING_SERVICE, KeyringUnavailable, load_password
from db.session import Database
from tests.app.unioncat.test_targets import MemoryKeyring, memory_keyring  # noqa: F401

NAB = ConfiguredTarget("НАБ", "union", "z3950", "127.0.0.1", 9311, "unioncat", "sync")


def test_re_adding_a_name_leaves_its_password_alone(
    db: Database,
    admin: Actor,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    add_target(db, admin, NAB, password="first")
    with pytest.raises(TargetExists):
        add_target(db, admin, NAB, password="second")
    assert load_password("НАБ", "sync") == "first"
    assert [t.name for t in list_targets(db)] == ["НАБ"]


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")


def test_a_keyring_that_refuses_saves_no_target(db: Database, admin: Actor) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        with pytest.raises(KeyringUnavailable):
            add_target(db, admin, NAB, password="secret")
    finally:
        keyring.set_keyring(previous)
    assert list_targets(db) == []


def test_remove_forgets_the_password(
    db: Database,
    admin: Actor,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    add_target(db, admin, NAB, password="secret")
    assert (KEYRING_SERVICE, "sync@НАБ") in memory_keyring.secrets
    remove_target(db, admin, "НАБ")
    assert memory_keyring.secrets == {}
    assert load_password("НАБ", "sync") is None
    with pytest.raises(TargetNotFound):
        get_target(db, "НАБ")
    # a target added again under the name starts without the old password
    add_target(db, admin, NAB)
    assert load_password("НАБ", "sync") is None


def test_an_edit_moves_or_replaces_the_password(
    db: Database,
    admin: Actor,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    add_target(db, admin, NAB, password="secret")
    renamed = ConfiguredTarget(
        "Жиынтық каталог", "union", "z3950", "127.0.0.1", 9312, "unioncat", "sync"
    )
    changed = update_target(db, admin, "НАБ", renamed)
    assert (changed.name, changed.port) == ("Жиынтық каталог", 9312)
    assert load_password("Жиынтық каталог", "sync") == "secret"
    assert load_password("НАБ", "sync") is None
    update_target(db, admin, "Жиынтық каталог", renamed, password="new")
    assert load_password("Жиынтық каталог", "sync") == "new"
    assert list(memory_keyring.secrets) == [(KEYRING_SERVICE, "sync@Жиынтық каталог")]

    add_target(db, admin, NAB)
    with pytest.raises(TargetExists):
        update_target(db, admin, "НАБ", renamed, password="lost")
    assert load_password("Жиынтық каталог", "sync") == "new"
