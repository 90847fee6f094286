"""What the packaged application (build.spec, scripts/build-app, scripts/smoke-test-app) relies
on in the source: the bundled libyaz5 comes first when frozen, and the smoke test's delayed
exit closes the GUI as if cancelled. The build itself runs in CI (.ci/run), not here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app.unioncat import zoom
from ui.app import leave_after_env_delay

ROOT = Path(__file__).resolve().parent.parent


def bundled_yaz_name() -> str:
    return zoom._YAZ_FILES.get(sys.platform, "libyaz.so.5")


def test_frozen_qor_loads_the_libyaz_it_ships(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shipped = tmp_path / bundled_yaz_name()
    shipped.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert zoom._libyaz_name() == str(shipped)


def test_frozen_qor_without_a_shipped_libyaz_uses_the_systems(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "qor"))

    assert not zoom._libyaz_name().startswith(str(tmp_path))


def test_qor_from_source_ignores_a_libyaz_beside_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / bundled_yaz_name()).write_bytes(b"")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))

    assert not zoom._libyaz_name().startswith(str(tmp_path))


def test_smoke_exit_closes_the_dialog_as_cancelled(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOR_SMOKE_EXIT_AFTER_MS", "50")
    dialog = QDialog()
    leave_after_env_delay(qapp)

    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert "qor: shown QDialog" in capsys.readouterr().err


@pytest.mark.parametrize("script", ["scripts/build-app", "scripts/smoke-test-app"])
def test_packaging_scripts_parse(script: str) -> None:
    subprocess.run(["bash", "-n", str(ROOT / script)], check=True)
