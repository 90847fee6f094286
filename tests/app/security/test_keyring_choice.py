"""Which keyring a workstation asks for its PostgreSQL password, and how fast it finds it:
keyring's own discovery imports every backend plugin (the macOS one runs gcc and ldconfig
through ctypes' find_library), a quarter of a second of each start-up. On Linux with no
keyring configured Qor asks the backends that run there directly; a configured one is
honoured. Each case runs in a fresh process, as a start-up does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

ASK = """
import sys
from app.security.keyring_store import stored_secret
print(stored_secret("qor-postgresql", "role@host/db", RuntimeError))
import keyring
print(type(keyring.get_keyring()).__module__)
print("keyring.backends.macOS" in sys.modules)
"""


def ask(tmp_path: Path, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    clean.update(XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT), **env)
    done = subprocess.run(
        [sys.executable, "-c", ASK], env=clean, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux path")
def test_linux_finds_its_keyring_without_loading_every_plugin(tmp_path: Path) -> None:
    secret, backend, macos_loaded = ask(tmp_path, DBUS_SESSION_BUS_ADDRESS="unix:path=/nowhere")
    assert secret == "None"  # no keyring service here: nothing stored, no error
    assert backend == "keyring.backends.fail"
    assert macos_loaded == "False"


def test_a_configured_keyring_is_honoured(tmp_path: Path) -> None:
    secret, backend, _ = ask(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert (secret, backend) == ("None", "keyring.backends.null")
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.null.Keyring\n"
    )
    secret, backend, _ = ask(tmp_path)
    assert (secret, backend) == ("None", "keyring.backends.null")
