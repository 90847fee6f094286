"""The configured union catalog and search targets, and the sync password kept in the system
keyring (never in a file): `qor sync --target z3950://USER@HOST:PORT/DB`."""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Literal

import keyring
import keyring.backend
import keyring.errors

from app.errors import InvalidInput, QorError
from app.i18n import translate
from app.unioncat.zoom import Target

KEYRING_SERVICE = "qor-unioncat"
PASSWORD_ENV = "QOR_SYNC_PASSWORD"
Z3950_PORT = 210


class KeyringUnavailable(QorError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "errors",
                "No secure password store is available here ({detail}). Qor does not keep "
                "passwords in plain text: set the environment variable {variable} for the "
                "sync instead, or install a keyring service (GNOME Keyring, KWallet).",
            ).format(detail=detail, variable=PASSWORD_ENV)
        )


@dataclass(frozen=True)
class UnionCatalogTarget:
    """The union catalog records are sent to over Z39.50 Extended Services. `name` keys the
    password in the keyring."""

    name: str
    host: str
    port: int
    database: str
    user: str | None = None

    def url(self) -> str:
        user = f"{urllib.parse.quote(self.user, safe='')}@" if self.user else ""
        return f"z3950://{user}{self.host}:{self.port}/{self.database}"

    def connection_target(self, password: str | None, timeout: int = 30) -> Target:
        return Target(self.host, self.port, self.database, self.user, password, timeout)


@dataclass(frozen=True)
class SearchTarget:
    """A catalog searched for copy cataloging. `indexes` is its profile: which of Qor's indexes
    (title, author, isbn, local, date, subject, any) it has, mapped to what it calls them there:
    bib-1 use attributes for Z39.50 ("4"), CQL index names for SRU ("dc.title")."""

    name: str
    protocol: Literal["z3950", "sru"]
    host: str
    port: int
    database: str
    path: str = ""
    indexes: dict[str, str] = field(default_factory=dict)

    def sru_url(self) -> str:
        path = self.path or f"/{self.database}"
        return f"http://{self.host}:{self.port}{path}"


def parse_target_url(url: str) -> UnionCatalogTarget:
    """Reads "z3950://USER@HOST:PORT/DB" (user and port optional; the port defaults to 210).
    A password in the URL is refused: it would end up in shell history and logs."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("z3950", "z39.50", "tcp"):
        raise InvalidInput(
            translate(
                "errors", "A union catalog target is z3950://USER@HOST:PORT/DB, not {url}"
            ).format(url=repr(url))
        )
    if parts.password is not None:
        raise InvalidInput(
            translate(
                "errors",
                "Do not put the password in the target URL; use the keyring or {PASSWORD_ENV}",
            ).format(PASSWORD_ENV=PASSWORD_ENV)
        )
    try:
        port = parts.port or Z3950_PORT
    except ValueError:
        raise InvalidInput(
            translate("errors", "The port in {url} is not a number from 1 to 65535").format(
                url=repr(url)
            )
        ) from None
    database = urllib.parse.unquote(parts.path.strip("/"))
    if not parts.hostname or not database or "/" in database:
        raise InvalidInput(
            translate(
                "errors", "A union catalog target is z3950://USER@HOST:PORT/DB, not {url}"
            ).format(url=repr(url))
        )
    user = urllib.parse.unquote(parts.username) if parts.username else None
    return UnionCatalogTarget(
        name=f"{parts.hostname}:{port}/{database}",
        host=parts.hostname,
        port=port,
        database=database,
        user=user,
    )


def _secure_backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    first = chained[0] if chained else backend
    module = type(first).__module__
    if module.startswith("keyring.backends.fail") or (chained is not None and not chained):
        raise KeyringUnavailable(translate("errors", "no keyring service is installed or running"))
    # keyrings.alt's file stores are plain text or weakly protected; refuse them.
    if module.startswith("keyrings.alt") or "Plaintext" in type(first).__name__:
        raise KeyringUnavailable(
            translate("errors", "the only keyring is a file store ({kind})").format(
                kind=type(first).__name__
            )
        )
    return backend


def _username(target_name: str, user: str | None) -> str:
    # one entry per user and target: the same account name may exist on two catalogs
    return f"{user or 'anonymous'}@{target_name}"


def store_password(target_name: str, user: str | None, password: str) -> None:
    """Keeps the sync password in the system keyring (service "qor-unioncat"). Raises
    KeyringUnavailable where there is none, rather than writing it anywhere else."""
    backend = _secure_backend()
    try:
        backend.set_password(KEYRING_SERVICE, _username(target_name, user), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def _stored(target_name: str, user: str | None) -> str | None:
    """The keyring's entry alone (not QOR_SYNC_PASSWORD); None where there is no keyring."""
    try:
        return keyring.get_password(KEYRING_SERVICE, _username(target_name, user))
    except keyring.errors.NoKeyringError:
        return None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def delete_password(target_name: str, user: str | None) -> None:
    """Forgets the stored password of a target. Nothing to forget (no entry, or no keyring,
    where nothing can have been stored) is not an error; a keyring that refuses is."""
    try:
        if keyring.get_password(KEYRING_SERVICE, _username(target_name, user)) is None:
            return
        keyring.delete_password(KEYRING_SERVICE, _username(target_name, user))
    except (keyring.errors.NoKeyringError, keyring.errors.PasswordDeleteError):
        return
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def move_password(old_name: str, old_user: str | None, new_name: str, new_user: str | None) -> None:
    """Keeps a stored password with its target when the target's name or user changes."""
    if (old_name, old_user) == (new_name, new_user):
        return
    secret = _stored(old_name, old_user)
    if secret is None:
        return
    store_password(new_name, new_user, secret)
    delete_password(old_name, old_user)


def has_password(target_name: str, user: str | None) -> bool:
    """Whether the keyring holds a password for the target (for screens: never the secret)."""
    try:
        return _stored(target_name, user) is not None
    except KeyringUnavailable:
        return False


def load_password(target_name: str, user: str | None) -> str | None:
    """The sync password: QOR_SYNC_PASSWORD if set, else the keyring's, else None."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        return keyring.get_password(KEYRING_SERVICE, _username(target_name, user))
    except keyring.errors.NoKeyringError:
        # The normal headless case: nothing can have been stored, so there is no password.
        return None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc
