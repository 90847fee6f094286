"""The library's confirmation limit for adding copies: adding more than this many at once asks
the operator to type the number (a scan's Enter cannot give it). An administrator sets it for
the whole library; it is kept in the database with the library's other intake settings, so
every workstation reads the same value."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import translate
from app.intake.copies import MAX_COPIES
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import IntakeSetting
from db.session import Database

CONFIRM_ABOVE_SETTING = "confirm_above"
CONFIRM_ABOVE_DEFAULT = 20


def current_confirm_above(session: Session) -> int:
    """The limit the library set (the default when none was set or it is unreadable)."""
    setting = session.get(IntakeSetting, CONFIRM_ABOVE_SETTING)
    try:
        value = int(setting.value) if setting is not None else CONFIRM_ABOVE_DEFAULT
    except ValueError:
        return CONFIRM_ABOVE_DEFAULT
    return value if 1 <= value <= MAX_COPIES else CONFIRM_ABOVE_DEFAULT


def confirm_above(db: Database) -> int:
    """How many copies may be added at once without the typed confirmation."""
    with db.read() as session:
        return current_confirm_above(session)


def check_confirm_above(limit: int) -> None:
    """Refuse a limit outside 1 to MAX_COPIES (the most one action adds)."""
    if not 1 <= limit <= MAX_COPIES:
        raise InvalidInput(
            translate(
                "errors",
                "The confirmation limit must be a whole number from 1 to {most}, not {limit}.",
            ).format(most=MAX_COPIES, limit=limit)
        )


def set_confirm_above(db: Database, actor: Actor, limit: int) -> int:
    """Set the library's limit (administrators only); logged with the value it replaces."""
    require(actor, "change the library's settings", Role.ADMIN)
    check_confirm_above(limit)
    with db.write() as session:
        before = current_confirm_above(session)
        setting = session.get(IntakeSetting, CONFIRM_ABOVE_SETTING)
        if setting is None:
            session.add(IntakeSetting(name=CONFIRM_ABOVE_SETTING, value=str(limit)))
        else:
            setting.value = str(limit)
        record_event(
            session, actor, "library.confirm_above", "intake_setting", CONFIRM_ABOVE_SETTING,
            before={"confirm_above": before}, after={"confirm_above": limit},
        )  # fmt: skip
    return limit
