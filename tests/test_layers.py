"""The layers a newcomer can count on (DESIGN: ui → app → db): the GUI reaches the data only
through the one object of app.desk it holds (never the database, never a service that takes
it), app/ runs without Qt, and a migration does not change when the application's code does.
Read from the source's import statements, including those inside functions."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def offenders(
    folder: str, forbidden: tuple[str, ...], allowed: frozenset[tuple[str, str]] = frozenset()
) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        hits = sorted(
            name
            for name in imports(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
            and (where, name) not in allowed
        )
        if hits:
            bad[where] = hits
    return bad


def test_the_gui_reaches_the_data_only_through_app() -> None:
    assert offenders("ui", ("db", "sqlalchemy", "alembic")) == {}


def test_app_runs_without_qt_and_never_calls_the_gui() -> None:
    # The command line is the program's entry: with no command it starts the GUI.
    entry = frozenset({("app/cli.py", "ui.app")})
    assert offenders("app", ("PySide6", "shiboken6", "ui"), entry) == {}


def test_db_knows_neither_app_nor_the_gui() -> None:
    assert offenders("db", ("app", "ui", "PySide6")) == {}


def test_the_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "late.py"
    module.write_text("def f():\n    from db.session import Database\n    import PySide6.QtCore\n")
    assert imports(module) == {"db.session", "PySide6.QtCore"}


def test_registers_build_on_preservation_not_the_other_way() -> None:
    """Registers write off copies at the bindery and draw the repair report; preservation's
    services know nothing of registers (its CLI shell reaches the report's PDF)."""
    shell = frozenset({("app/preservation/commands.py", "app.registers.repair_report")})
    assert offenders("app/preservation", ("app.registers",), shell) == {}


def names_from_app(path: Path) -> set[tuple[str, str]]:
    """Every (module, name) `path` imports from app/, at any depth of its code."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and (node.module == "app" or node.module.startswith("app."))
        ):
            found.update((node.module, alias.name) for alias in node.names)
    return found


def takes_the_database(obj: object) -> bool:
    """A service: a callable whose first parameter is the database (`db`, or annotated
    `Database`)."""
    if isinstance(obj, type) or not callable(obj):
        return False
    try:
        first = next(iter(inspect.signature(obj).parameters.values()), None)
    except (TypeError, ValueError):
        return False
    if first is None:
        return False
    annotation = first.annotation
    named = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return first.name == "db" or named == "Database"


def gui_reaching_past_the_workstation() -> dict[str, list[str]]:
    """What each ui/ module imports from app/ that is the database or a service taking it."""
    bad: dict[str, list[str]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        hits = []
        for module, name in sorted(names_from_app(path)):
            try:
                obj = getattr(importlib.import_module(module), name)
            except AttributeError:
                continue  # a submodule (`from app.x import y` with y a module)
            if name == "Database" or takes_the_database(obj):
                hits.append(f"{module}.{name}")
        if hits:
            bad[path.relative_to(ROOT).as_posix()] = hits
    return bad


def test_the_gui_holds_one_object_and_calls_only_it() -> None:
    """ui/ reaches the data through `app.desk` (the `Entrance`, then the `Workstation`): no
    screen holds the `Database` or calls a service with it (issue 14, calibre's `Cache`)."""
    assert gui_reaching_past_the_workstation() == {}


def test_the_check_knows_a_service_when_it_sees_one() -> None:
    from app.intake.copies import CopyInfo, add_copies
    from app.workstation import Database

    def annotated(database: Database) -> None: ...

    assert takes_the_database(add_copies) and takes_the_database(annotated)
    assert not takes_the_database(CopyInfo) and not takes_the_database(len)
