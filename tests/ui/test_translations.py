"""Every visible string is translated: the catalogue lupdate extracts from the sources now is
in the committed qor_{kk,ru,en}.ts with a finished translation, the .qm files are compiled
from them, and no widget is handed an English literal that bypasses tr()."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
PLACEHOLDER = re.compile(r"\{\w*\}|%[svmn]|<[^>]+>")

Key = tuple[str, str, str]  # context, source, disambiguation


def sources() -> list[Path]:
    return [
        path
        for folder in ("ui", "app")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "__pycache__" not in path.parts
    ]


def messages(ts: Path) -> dict[Key, str | None]:
    """Each message and its finished translation (None when unfinished or empty)."""
    found: dict[Key, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = translation.text if translation is not None else None
            found[key] = text if finished and text and text.strip() else None
    return found


def tool(name: str) -> str:
    """PySide6's tool beside the Python that runs the tests (`.venv/bin/python -m pytest` needs
    no activated environment), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is neither beside {sys.executable} nor on PATH (PySide6 has it)")
    return path


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, str | None]:
    """The catalogue as the sources are now, extracted by pyside6-lupdate."""
    folder = tmp_path_factory.mktemp("lupdate")
    listing = folder / "sources.lst"
    listing.write_text("\n".join(str(p) for p in sources()), encoding="utf-8")
    ts = folder / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", f"@{listing}", "-ts", str(ts)],
        check=True,
    )
    return messages(ts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_string_has_a_finished_translation(
    fresh: dict[Key, str | None], language: str
) -> None:
    assert len(fresh) > 400  # the extraction really read the screens
    committed = messages(TRANSLATIONS / f"qor_{language}.ts")
    untranslated = [f"[{c}] {s!r}" for (c, s, d) in fresh if committed.get((c, s, d)) is None]
    assert not untranslated, (
        f"qor_{language}.ts lacks {len(untranslated)} translation(s); run "
        "scripts/update-translations and translate them:\n" + "\n".join(untranslated)
    )


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_placeholders_and_markup(language: str) -> None:
    for (context, source, _), text in messages(TRANSLATIONS / f"qor_{language}.ts").items():
        if text is None:
            continue
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"[{context}] {source!r} -> {text!r}"
        )
        assert ("&" in source) == ("&" in text), f"mnemonic lost: {source!r} -> {text!r}"
        if language == "kk":
            prose = PLACEHOLDER.sub("", source)
            assert text != source or not re.search("[a-z]{4}", prose), (
                f"[{context}] {source!r} is left in English"
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_ts(tmp_path: Path, language: str) -> None:
    ts, qm = TRANSLATIONS / f"qor_{language}.ts", TRANSLATIONS / f"qor_{language}.qm"
    built = tmp_path / qm.name
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(built)],
        check=True,
    )
    assert qm.exists(), f"{qm.name} is missing: run scripts/update-translations"
    assert built.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run update-translations"


# Calls whose string arguments a user reads. A literal with words in it must come from tr().
_SHOWN = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle", "addTab",
    "insertTab", "setTabText", "setStatusTip", "showMessage", "setLabelText", "addMenu",
    "setInformativeText", "setWhatsThis", "setPrefix", "setSuffix", "setSpecialValueText",
    "setHorizontalHeaderLabels", "setHeaderLabels", "addRow", "critical", "warning",
    "information", "question", "about", "show_error", "show_info", "confirm", "show_result",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QCommandLinkButton",
}  # fmt: skip
_WORDS = re.compile(r"[A-Za-z]{2,}")
_NOT_PROSE = re.compile(r"^\s*$|\(\*\.|://|^[\w.-]+\.\w{2,4}$|^[A-Z0-9-]{1,5}$")


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def untranslated_literals(path: Path) -> list[str]:
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in _SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
            for item in items:
                text = _literal_text(item)
                prose = re.sub(r"<[^>]*>", "", text or "")  # markup is not prose
                if prose and _WORDS.search(prose) and not _NOT_PROSE.search(prose):
                    found.append(f"{where}:{node.lineno}: {name}({text!r})")
    return found


def test_no_english_literal_reaches_a_widget_without_tr() -> None:
    found = [hit for path in sorted((ROOT / "ui").rglob("*.py")) for hit in
             untranslated_literals(path)]  # fmt: skip
    assert not found, "wrap these in self.tr():\n" + "\n".join(found)


def test_the_scan_catches_a_bare_literal(tmp_path: Path) -> None:
    sample = tmp_path / "screen.py"
    sample.write_text('label = QLabel("Inventory number")\nok = QLabel(self.tr("Fine"))\n')
    assert [h.split(": ", 1)[1] for h in untranslated_literals(sample)] == [
        "QLabel('Inventory number')"
    ]


def test_every_permission_action_is_in_the_catalogue() -> None:
    """PermissionDenied names the action by value: each require(actor, "action", ...) of app/
    must be listed in app/i18n.RUNTIME_WORDS so its translation exists."""
    listed = set(i18n.RUNTIME_WORDS)
    actions = set()
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "require"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                actions.add(node.args[1].value)
    assert actions and not actions - listed, f"add to app/i18n.py: {sorted(actions - listed)}"


def test_every_label_template_description_is_in_the_catalogue() -> None:
    """The labels dialog shows each template's description from resources/labels, translated
    by value: each must be listed for lupdate in ui/intake/labels_dialog.py."""
    from app.intake.labels import list_templates
    from ui.intake.labels_dialog import TEMPLATE_DESCRIPTIONS

    missing = {t.description for t in list_templates()} - set(TEMPLATE_DESCRIPTIONS)
    assert not missing, f"add to TEMPLATE_DESCRIPTIONS: {sorted(missing)}"


def test_no_tr_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a tr() there is never extracted."""
    found = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in ("tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not found, "move these tr() calls out of f-strings:\n" + "\n".join(found)
