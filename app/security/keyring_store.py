"""Secrets kept in the system keyring (GNOME Keyring, KWallet, the Windows credential store),
never in a file: the union catalog's sync password (app.unioncat.targets) and the PostgreSQL
workstation role's (app.security.dbpassword) go through these functions.

A keyring that cannot keep a secret safely (none installed, or only keyrings.alt's plain-text
file stores) refuses to store one; each caller says what to do instead, through the exception
its `unavailable(detail)` builds. Reading where there is no keyring at all is not an error:
nothing can have been stored there."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from app.i18n import translate

Unavailable = Callable[[str], Exception]


def _configured() -> bool:
    """Whether a keyring was chosen for this process or by the user's configuration (then
    keyring's own discovery, which honours it, decides)."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    if getattr(keyring.core, "_keyring_backend", None) is not None:  # set_keyring, or found
        return True
    from keyring.util import platform_

    return (Path(platform_.config_root()) / "keyringrc.cfg").exists()


def _linux_keyring() -> keyring.backend.KeyringBackend:
    """The viable keyring of highest priority among those that run on Linux (the Secret
    Service, libsecret, KWallet), else keyring's "no keyring". keyring's own discovery loads
    every backend plugin first, the macOS one among them, whose import runs ctypes'
    find_library (gcc and ldconfig) three times: 0.1-0.25 s of every start-up of a
    PostgreSQL workstation, before it can connect."""
    from keyring.backends import fail

    found: list[keyring.backend.KeyringBackend] = []
    for module, names in (
        ("keyring.backends.SecretService", ("Keyring",)),
        ("keyring.backends.libsecret", ("Keyring",)),
        ("keyring.backends.kwallet", ("DBusKeyring", "DBusKeyringKWallet4")),
    ):
        try:
            loaded = importlib.import_module(module)
        except Exception:  # a backend whose own imports fail is not there
            continue
        for name in names:
            kind = getattr(loaded, name, None)
            if kind is not None and getattr(kind, "viable", False):
                found.append(kind())
    return max(found, key=lambda b: b.priority) if found else fail.Keyring()


def _keyring() -> keyring.backend.KeyringBackend:
    """The process's keyring: keyring's own choice where one is configured or the system is
    not Linux; on Linux with nothing configured, `_linux_keyring()`, kept for the process."""
    if sys.platform.startswith("linux") and not _configured():
        keyring.set_keyring(_linux_keyring())
    return keyring.get_keyring()


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def secure_backend(unavailable: Unavailable) -> keyring.backend.KeyringBackend:
    """The keyring to store a secret in, or `unavailable(detail)` raised where there is none
    that keeps it safely."""
    backend = _keyring()
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
        return _keyring().get_password(service, username)
    except keyring.errors.NoKeyringError:
        return None
    except keyring.errors.KeyringError as exc:
        raise unavailable(_reason(exc)) from exc


def delete_secret(service: str, username: str, unavailable: Unavailable) -> bool:
    """Forgets the secret under (service, username); whether there was one. Nothing to forget
    (no entry, or no keyring, where nothing can have been stored) is not an error; a keyring
    that refuses is."""
    try:
        backend = _keyring()
        if backend.get_password(service, username) is None:
            return False
        backend.delete_password(service, username)
    except (keyring.errors.NoKeyringError, keyring.errors.PasswordDeleteError):
        return False
    except keyring.errors.KeyringError as exc:
        raise unavailable(_reason(exc)) from exc
    return True
