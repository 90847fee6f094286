"""Sign-ins in the event log (issue 17; the information-security rules of
../shared/regulations/004: security events are logged and the log audited): every refused
sign-in, from the GUI or the CLI, and every sign-in at a workstation."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cli import main
from app.desk import Entrance
from app.errors import AuthenticationFailed
from app.security.roles import Actor, Role
from app.security.users import add_user, authenticate, set_active
from db.models import Event
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from ui.setup.sign_in import SignInDialog


def _sign_ins(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(Event.action, Event.entity_id, Event.after)
            .where(Event.action.like("user.sign-in%"))
            .order_by(Event.id)
        ).all()
    return [(a, e, after) for a, e, after in rows]


def test_refused_sign_ins_are_logged_with_their_reason(db: Database, admin: Actor) -> None:
    add_user(db, admin, "aigerim", "password1", [Role.CATALOGER])
    set_active(db, admin, "aigerim", False)
    for name, password in [(ADMIN, "wrong"), ("aigerim", "password1"), ("nobody", "x")]:
        with pytest.raises(AuthenticationFailed):
            authenticate(db, name, password)
    logged = _sign_ins(db)
    assert [(a, e) for a, e, _ in logged] == [
        ("user.sign-in-refused", ADMIN),
        ("user.sign-in-refused", "aigerim"),
        ("user.sign-in-refused", "nobody"),
    ]
    assert "wrong password" in logged[0][2] and "deactivated" in logged[1][2]
    authenticate(db, ADMIN, ADMIN_PASSWORD)  # a service call's own check: not a sign-in
    assert len(_sign_ins(db)) == 3


def test_a_refused_cli_sign_in_is_logged(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", "not-the-password")
    assert main(["--db", db.url, "--user", ADMIN, "search", "абай"]) != 0
    capsys.readouterr()
    assert [(a, e) for a, e, _ in _sign_ins(db)] == [("user.sign-in-refused", ADMIN)]


def test_a_gui_sign_in_is_logged(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = SignInDialog(Entrance(sqlite_db), "Кітапхана", ADMIN)
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    dialog.sign_in()
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.sign_in()
    assert dialog.actor is not None
    assert [(a, e) for a, e, _ in _sign_ins(sqlite_db)] == [
        ("user.sign-in-refused", ADMIN),
        ("user.sign-in", ADMIN),
    ]
