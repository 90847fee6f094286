"""What the GUI benches share."""

from __future__ import annotations


def desk(db: object, actor: object, library: object) -> tuple[object, ...]:
    """What a screen is built from: the Workstation the GUI holds (app/desk.py), or, so that
    the same bench measures a Qor from before it, the database, user and library."""
    try:
        from app.desk import Workstation
    except ImportError:
        return (db, actor, library)
    return (Workstation(db, actor, library),)  # type: ignore[arg-type]
