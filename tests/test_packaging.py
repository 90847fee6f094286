"""What the packaged application (build.spec, scripts/build-app, scripts/smoke-test-app) relies
on in the source: the bundled libyaz5 comes first when frozen, and the smoke test's delayed
exit closes the GUI as if cancelled. The build itself runs in CI (.ci/run), not here."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app.unioncat import zoom
from ui.app import leave_after_env_delay

ROOT = Path(__file__).resolve().parent.parent
BUILD_EXCLUDES = re.compile(r"excludes=\[(.*?)\]", re.S)


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


def imported_top_level_modules() -> set[str]:
    """Every module the workstation's code (app/, ui/, db/) imports, by its top-level name."""
    found: set[str] = set()
    for folder in ("app", "ui", "db"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!~\[;(]", requirement, maxsplit=1)[0]).lower()


def runtime_requirements() -> set[str]:
    """pyproject.toml's runtime dependencies and what they bring with them (installed)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [_name(spec) for spec in project["dependencies"]]
    found: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in found:
            continue
        found.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        wanted.extend(_name(r) for r in requires if "extra ==" not in r)
    return found


def test_everything_the_workstation_imports_is_installed_with_it() -> None:
    """The README's plain `scripts/install` (no --dev) must bring every module the program
    imports, the label preview's PDF renderer included; and the packaged build keeps them."""
    first_party = {"app", "ui", "db", "resources", "__future__"}
    distributions = importlib.metadata.packages_distributions()
    required = runtime_requirements()
    excluded = set(re.findall(r'"(\w+)"', BUILD_EXCLUDES.search(
        (ROOT / "build.spec").read_text(encoding="utf-8")).group(1)))  # fmt: skip
    missing, left_out = [], []
    for module in sorted(imported_top_level_modules() - first_party):
        if module in sys.stdlib_module_names:
            continue
        providers = {_name(d) for d in distributions.get(module, [])}
        if not providers & required:
            missing.append(f"{module} (from {', '.join(sorted(providers)) or 'nothing installed'})")
        if module in excluded:
            left_out.append(module)
    assert not missing, f"imported but not a runtime dependency in pyproject.toml: {missing}"
    assert not left_out, f"imported but excluded from the packaged build: {left_out}"
