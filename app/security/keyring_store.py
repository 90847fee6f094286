"""Secrets kept in the system keyring (GNOME Keyring, KWallet, the Windows credential store),
never in a file: the union catalog's sync password (app.unioncat.targets) and the PostgreSQL
workstation role's (app.security.dbpassword) go through these functions.

A keyring that cannot keep a secret safely (none installed, or only keyrings.alt's plain-text
file stores) refuses to store one; each caller says what to do instead, through the exception
its `unavailable(detail)` builds. Reading where there is no keyring at all is not an error:
nothing can have been stored there."""

from __future__ import annotations

from collections.abc import Callable

import keyring
import keyring.backend
import keyring.errors

from app.i18n import translate

Unavailable = Callable[[str], Exception]


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def secure_backend(unavailable: Unavailable) -> keyring.backend.KeyringBackend:
    """The keyring to store a secret in, or `unavailable(detail)` raised where there is none
    that keeps it safely."""
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    first = chained[0] if chained else backend
    module = type(first).__module__
    if module.startswith("keyring.backends.fail") or (chained is not None and not chained):
        raise unavailable(translate("errors", "no keyring service is installed or running"))
    # keyrings.alt's file stores are plain text or weakly protected; refuse them.
    if module.startswith("keyrings.alt") or "Plaintext" in type(first).__name__:
        raise unavailable(
            translate("errors", "the only keyring is a file store ({kind})").format(
                kind=type(first).__name__
            )
        )
    return backend


def store_secret(service: str, username: str, secret: str, unavailable: Unavailable) -> None:
    """Keeps `secret` under (service, username). Raises `unavailable(detail)` where there is
    no safe keyring or it refuses (locked, no D-Bus), rather than writing it anywhere else."""
    backend = secure_backend(unavailable)
    try:
        backend.set_password(service, username, secret)
    except keyring.errors.KeyringError as exc:
        raise unavailable(_reason(exc)) from exc


def stored_secret(service: str, username: str, unavailable: Unavailable) -> str | None:
    """The secret under (service, username); None where there is none, or no keyring at all
    (the normal headless case). A keyring that is there but refuses (locked) raises
    `unavailable(detail)`."""
    try:
        return keyring.get_password(service, username)
    except keyring.errors.NoKeyringError:
        return None
    except keyring.errors.KeyringError as exc:
        raise unavailable(_reason(exc)) from exc


def delete_secret(service: str, username: str, unavailable: Unavailable) -> bool:
    """Forgets the secret under (service, username); whether there was one. Nothing to forget
    (no entry, or no keyring, where nothing can have been stored) is not an error; a keyring
    that refuses is."""
    try:
        if keyring.get_password(service, username) is None:
            return False
        keyring.delete_password(service, username)
    except (keyring.errors.NoKeyringError, keyring.errors.PasswordDeleteError):
        return False
    except keyring.errors.KeyringError as exc:
        raise unavailable(_reason(exc)) from exc
    return True
