"""The PostgreSQL workstation role's password, kept in the system keyring (never in a
configuration file): `qor --db postgresql+psycopg://qor_workstation@dbhost/qor db password`
stores it; opening a database whose URL names a user but no password looks it up there, and
where the keyring has none, libpq reads the user's ~/.pgpass (or PGPASSWORD) by itself.

An entry belongs to one role on one server's database: "qor_workstation@dbhost:5432/qor" in
the keyring service "qor-postgresql"."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import InvalidInput, QorError
from app.i18n import translate

KEYRING_SERVICE = "qor-postgresql"
POSTGRESQL_PORT = 5432

log = logging.getLogger(__name__)


class DatabaseKeyringUnavailable(QorError):
    """The keyring cannot keep, or would not give, the role's password."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "errors",
                "The system keyring cannot be used for the database password ({detail}). "
                "Unlock it or install a keyring service (GNOME Keyring, KWallet); or put the "
                "password in your ~/.pgpass file (mode 0600) instead.",
            ).format(detail=detail)
        )


def _postgresql_url(url: str) -> URL | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    return parsed if parsed.get_backend_name() == "postgresql" else None


def keyring_entry(url: URL) -> str:
    """The keyring's name for the role of `url` on its server and database."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or POSTGRESQL_PORT}/{url.database}"


def _libpq_has_another_source() -> bool:
    """Whether libpq could find a password without the keyring: PGPASSWORD, or a password
    file (PGPASSFILE, else ~/.pgpass)."""
    if os.environ.get("PGPASSWORD"):
        return True
    passfile = os.environ.get("PGPASSFILE") or str(Path.home() / ".pgpass")
    return Path(passfile).is_file()


def with_stored_password(url: str) -> str:
    """`url`, with the keyring's password for its role when it is a PostgreSQL URL that names
    a user but no password; else unchanged (libpq then tries ~/.pgpass). A keyring that is
    there but refuses (locked) raises DatabaseKeyringUnavailable, unless a .pgpass or
    PGPASSWORD can still serve: then it is only logged."""
    parsed = _postgresql_url(url)
    if parsed is None or not parsed.username or parsed.password is not None:
        return url
    # Imported here: a workstation on SQLite never loads the keyring (or D-Bus).
    from app.security.keyring_store import stored_secret

    try:
        secret = stored_secret(KEYRING_SERVICE, keyring_entry(parsed), DatabaseKeyringUnavailable)
    except DatabaseKeyringUnavailable as exc:
        if not _libpq_has_another_source():
            raise
        log.warning("%s", exc)
        return url
    if secret is None:
        return url
    return parsed.set(password=secret).render_as_string(hide_password=False)


def role_url(url: str) -> URL:
    """`url` parsed, if it names a PostgreSQL role without a password; else InvalidInput."""
    parsed = _postgresql_url(url)
    if parsed is None:
        raise InvalidInput(
            translate(
                "errors",
                "Only a PostgreSQL database has a password to keep: give --db "
                "postgresql+psycopg://ROLE@HOST/DATABASE (or set QOR_DB).",
            )
        )
    if not parsed.username:
        raise InvalidInput(
            translate(
                "errors",
                "The database address names no role: give it as "
                "postgresql+psycopg://ROLE@HOST/DATABASE.",
            )
        )
    if parsed.password is not None:
        raise InvalidInput(
            translate(
                "errors",
                "Do not put the password in the database address: it would stay in the shell's "
                "history. Give the address without it; the password is asked for.",
            )
        )
    return parsed


def store_database_password(url: str, password: str) -> str:
    """Keeps the password of the role `url` names in the system keyring; the entry's name.
    Raises DatabaseKeyringUnavailable where no safe keyring is, rather than writing a file."""
    from app.security.keyring_store import store_secret

    parsed = role_url(url)
    if not password:
        raise InvalidInput(translate("errors", "The password is empty."))
    entry = keyring_entry(parsed)
    store_secret(KEYRING_SERVICE, entry, password, DatabaseKeyringUnavailable)
    return entry


def forget_database_password(url: str) -> bool:
    """Removes the keyring's password of the role `url` names; whether there was one."""
    from app.security.keyring_store import delete_secret

    parsed = role_url(url)
    return delete_secret(KEYRING_SERVICE, keyring_entry(parsed), DatabaseKeyringUnavailable)
