"""A dropped database connection, without SQLAlchemy: app.errors subclasses it at import, and
processes that never open a database (the import's reading process) need not load
SQLAlchemy for it. db.session raises what `on_connection_lost` registered."""

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
