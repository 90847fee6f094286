"""Signing in and managing users. Passwords are kept only as argon2 hashes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AuthenticationFailed, InvalidInput, QorError, UserExists
from app.i18n import translate
from app.security.eventlog import log_event, record_event
from app.security.roles import Actor, Role, require
from db.models import User
from db.session import Database

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    full_name: str
    roles: tuple[str, ...]
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.name, user.full_name, tuple(user.roles.split()), user.active)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.name, frozenset(Role(r) for r in user.roles.split()))


def validate_password(password: str) -> None:
    if len(password) < 6:
        raise InvalidInput(translate("errors", "The password must have at least 6 characters."))


def create_user(
    session: Session,
    by: Actor | str,
    name: str,
    password: str,
    roles: Iterable[Role],
    full_name: str = "",
) -> User:
    """Add a user inside the caller's transaction (used by setup and by add_user)."""
    name = name.strip()
    if not name:
        raise InvalidInput(translate("errors", "The user name is empty."))
    validate_password(password)
    role_list = sorted({Role(r) for r in roles})
    if not role_list:
        raise InvalidInput(translate("errors", "A user needs at least one role."))
    if session.execute(select(User.id).where(User.name == name)).first():
        raise UserExists(name)
    user = User(
        name=name,
        full_name=full_name,
        password_hash=_hasher.hash(password),
        roles=" ".join(r.value for r in role_list),
        active=True,
    )
    session.add(user)
    session.flush()
    record_event(
        session,
        by,
        "user.add",
        "user",
        user.id,
        after={"name": name, "roles": [r.value for r in role_list]},
    )
    return user


def add_user(
    db: Database, actor: Actor, name: str, password: str, roles: Iterable[Role], full_name: str = ""
) -> UserInfo:
    require(actor, "add users", Role.ADMIN)
    with db.write() as session:
        return _info(create_user(session, actor, name, password, roles, full_name))


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(actor, "list users", Role.ADMIN)
    with db.read() as session:
        return [_info(u) for u in session.execute(select(User).order_by(User.name)).scalars()]


def authenticate(db: Database, name: str, password: str, *, log_success: bool = False) -> Actor:
    """The signed-in actor, or AuthenticationFailed with no hint of which part was wrong.
    Every refused sign-in is written to the event log with its reason (the information
    security rules: security events are logged and the log audited); a successful one when
    `log_success` (the workstation's sign-in; read-only commands of the CLI need not)."""
    refused = ""
    with db.read() as session:
        user = session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()
        if user is None:
            refused = "no such user"
        elif not user.active:
            refused = "the user is deactivated"
        else:
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                refused = "wrong password"
            else:
                actor = _actor(user)
    shown = name.strip()[:64]
    if refused:
        log_event(db, shown, "user.sign-in-refused", "user", shown, after={"reason": refused})
        raise AuthenticationFailed(name)
    if log_success:
        log_event(db, actor, "user.sign-in", "user", actor.name)
    return actor


class UserNotFound(QorError):
    def __init__(self, name: str) -> None:
        super().__init__(translate("errors", "No user named '{name}'.").format(name=name))


class LastAdministrator(QorError):
    """Deactivating this user would leave no one able to manage users or back up."""

    def __init__(self, name: str) -> None:
        super().__init__(
            translate(
                "errors",
                "'{name}' is the last active administrator and cannot be deactivated.",
            ).format(name=name)
        )


def _user(session: Session, name: str) -> User:
    user = session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()
    if user is None:
        raise UserNotFound(name)
    return user


def change_password(
    db: Database,
    actor: Actor,
    name: str,
    new_password: str,
    current_password: str | None = None,
) -> None:
    """Set a user's password. Administrators may set anyone's; any user may change their own,
    given the current one, so that a workstation left signed in does not give the account."""
    own = name.strip() == actor.name
    if not own:
        require(actor, "change other users' passwords", Role.ADMIN)
    validate_password(new_password)
    with db.write() as session:
        user = _user(session, name)
        if own and not actor.has(Role.ADMIN):
            try:
                _hasher.verify(user.password_hash, current_password or "")
            except (VerificationError, InvalidHashError):
                raise AuthenticationFailed(name) from None
        user.password_hash = _hasher.hash(new_password)
        # The log says that and by whom, never the hash: it is readable by every verifier.
        record_event(session, actor, "user.password", "user", user.id, after={"name": user.name})


def set_active(db: Database, actor: Actor, name: str, active: bool) -> UserInfo:
    """Deactivate a user (they can no longer sign in; their name stays on what they did) or
    reactivate them. The last active administrator stays, or nobody could manage users."""
    require(actor, "deactivate users", Role.ADMIN)
    with db.write() as session:
        user = _user(session, name)
        if user.active == active:
            return _info(user)
        if not active and Role.ADMIN.value in user.roles.split():
            others = [
                u
                for u in session.execute(select(User).where(User.active.is_(True))).scalars()
                if u.id != user.id and Role.ADMIN.value in u.roles.split()
            ]
            if not others:
                raise LastAdministrator(user.name)
        before = {"name": user.name, "active": user.active}
        user.active = active
        record_event(
            session,
            actor,
            "user.activate" if active else "user.deactivate",
            "user",
            user.id,
            before=before,
            after={"name": user.name, "active": active},
        )
        return _info(user)
