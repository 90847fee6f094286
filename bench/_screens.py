"""What the GUI benches share."""

from __future__ import annotations


def desk(db: object, actor: object, library: object) -> tuple[object, ...]:
    """What a screen is built from: the Workstation the GUI holds (app/desk.py), or, so that
    the same bench measures a Qor from before it, the database, user and library."""
    from pathlib import Path

    import app

    # (Asked of the app package in use: an editable install's finder would otherwise find
    # app/desk.py in another checkout.)
    if not (Path(app.__file__).parent / "desk.py").exists():
        return (db, actor, library)
    from app.desk import Workstation

    return (Workstation(db, actor, library),)  # type: ignore[arg-type]
