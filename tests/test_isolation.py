"""The tests never touch the real user's settings, data or caches: a user who works in Kazakh,
with their own catalog, runs the tests and finds both as they were (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import USER_DIRS

ROOT = Path(__file__).resolve().parent.parent

AS_QOR = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from db.session import default_database_url
from ui.common.locale import save_language, saved_language
app = QCoreApplication([]); app.setOrganizationName("Qor"); app.setApplicationName("Qor")
if sys.argv[1:] == ["choose-kazakh"]:
    save_language("kk")
else:
    print(saved_language(), QSettings().fileName(), default_database_url(), sep="\\n")
    save_language("ru")
"""


def run(code: str, home: Path, *args: str) -> list[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("XDG_") and key != "QOR_DB"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_users_kazakh_settings_and_catalog_stay_out_of_the_tests(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    run(AS_QOR, home, "choose-kazakh")  # the user worked in Kazakh
    users_settings = home / ".config" / "Qor" / "Qor.conf"
    assert "kk" in users_settings.read_text()
    before = users_settings.read_bytes()

    # A test process (tests/conftest.py loaded first) neither sees nor changes that choice,
    # and its default catalog is not the user's.
    language, settings_file, catalog = run("import tests.conftest\n" + AS_QOR, home)
    assert language == "None"
    assert not settings_file.startswith(str(home)), settings_file
    assert str(home) not in catalog, catalog
    assert users_settings.read_bytes() == before


def test_the_session_and_its_subprocesses_use_the_sessions_folders(qapp: object) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    assert QSettings().fileName().startswith(str(USER_DIRS))
    for kind in (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.ConfigLocation,
    ):
        assert QStandardPaths.writableLocation(kind).startswith(str(USER_DIRS))
    child = subprocess.run(
        [sys.executable, "-c", "import platformdirs; print(platformdirs.user_data_dir('qor'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert child.stdout.startswith(str(USER_DIRS))
