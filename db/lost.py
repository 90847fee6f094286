"""A dropped database connection, and a transaction the server gave up on because another
held what it needed (contention), without SQLAlchemy: app.errors subclasses both at import,
and processes that never open a database (the import's reading process) need not load
SQLAlchemy for them. db.session raises what `on_connection_lost` and `on_contention`
registered."""

from __future__ import annotations

from collections.abc import Callable


class ConnectionLost(Exception):
    """The database server's connection dropped; the next attempt opens a new one. db/ knows
    nothing of app/: app.errors registers its own, translated subclass of this, which is what
    a user then sees (`on_connection_lost`)."""

    def __init__(
        self, message: str = "The connection to the database server was lost: try again."
    ) -> None:
        super().__init__(message)


_lost: Callable[[], ConnectionLost] = ConnectionLost


def on_connection_lost(factory: Callable[[], ConnectionLost]) -> None:
    """Raise `factory()` (a ConnectionLost) when a connection drops."""
    global _lost
    _lost = factory


def lost() -> ConnectionLost:
    """The exception to raise for a dropped connection."""
    return _lost()


class Contention(Exception):
    """PostgreSQL rolled a transaction back because another one held what it needed: a
    deadlock between two workstations (each waiting on a row the other locked) or a
    serialisation failure. Nothing of it was saved, so the action may simply run again
    (`Database.contended`); app.errors registers a translated subclass for the user."""

    def __init__(
        self,
        message: str = "Another workstation was changing the same data at the same moment: "
        "nothing was saved; try again.",
    ) -> None:
        super().__init__(message)


_contention: Callable[[], Contention] = Contention


def on_contention(factory: Callable[[], Contention]) -> None:
    """Raise `factory()` (a Contention) when the server gives a transaction up."""
    global _contention
    _contention = factory


def contention() -> Contention:
    """The exception to raise for a transaction the server gave up."""
    return _contention()
