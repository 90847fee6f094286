"""The GUI's one object (app/desk.py) is a thin door: each method of a group names the
service it calls, takes that service's parameters but the database (and the signed-in actor,
which the workstation gives), with the same defaults, and the object does the work as the
service does (issue 14)."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import desk
from app.desk import Entrance, Workstation
from app.intake.accession import open_accession
from app.intake.locations import add_location
from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.records import book

GROUPS = ("catalog", "intake", "audits", "preservation", "registers", "unioncat", "users",
          "migration", "settings")  # fmt: skip


def methods() -> Iterator[tuple[str, str, Callable[..., object]]]:
    for group in GROUPS:
        cls = getattr(desk, group.capitalize())
        for name, fn in vars(cls).items():
            if inspect.isfunction(fn) and not name.startswith("_"):
                yield group, name, fn


def service_of(method: Callable[..., object]) -> Callable[..., object]:
    """The service a method imports (`from app.x import name`) and calls."""
    tree = ast.parse(inspect.getsource(method).strip().replace("\n    ", "\n"))
    found = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert len(found) == 1, method
    module, name = found[0].module, found[0].names[0].name
    assert module is not None and name == method.__name__
    service = getattr(importlib.import_module(module), name)
    assert callable(service)
    return service


@pytest.mark.parametrize(
    ("group", "name", "method"), list(methods()), ids=[f"{g}.{n}" for g, n, _ in methods()]
)
def test_each_method_is_its_service_with_the_database_and_actor_given(
    group: str, name: str, method: Callable[..., object]
) -> None:
    service = service_of(method)
    theirs = list(inspect.signature(service).parameters.values())
    assert theirs[0].name == "db"
    given = 2 if len(theirs) > 1 and theirs[1].name == "actor" else 1
    ours = list(inspect.signature(method).parameters.values())[1:]  # without self
    assert [(p.name, p.kind) for p in ours] == [(p.name, p.kind) for p in theirs[given:]]
    for mine, its in zip(ours, theirs[given:], strict=True):
        # None stands for a default the service takes from a module imported only when
        # called (`desk._given`).
        assert mine.default == its.default or mine.default is None, (name, mine.name)
    assert f"`{service.__module__}.{name}`" in (method.__doc__ or "")


def test_each_service_has_one_door() -> None:
    """A service is reached through one group only, so a screen never wonders which."""
    names = [name for _, name, _ in methods()]
    assert len(set(names)) == len(names)
    assert {"search", "add_copies", "scan_and_count", "sync", "render_report"} <= set(names)


def test_the_workstation_works_as_the_services_do(sqlite_db: Database, tmp_path: Path) -> None:
    entrance = Entrance(sqlite_db)
    state = entrance.start_state()
    assert state.initialised and state.schema_current and entrance.schema_is_current()
    actor: Actor = entrance.authenticate(ADMIN, ADMIN_PASSWORD)
    ws = entrance.sign_in(actor, entrance.library_info())
    assert isinstance(ws, Workstation) and ws.actor is actor
    assert ws.library == library_info(sqlite_db)
    add_location(sqlite_db, actor, "ABON", "Абонемент")
    batch = open_accession(sqlite_db, actor, "purchase", "ШФ-1")
    record = ws.catalog.create_record(book("Абай жолы", isbn="9786010000017"))
    copies = ws.intake.add_copies(record.id, 2, batch.id, "ABON")
    assert [c.id for c in ws.intake.copies_of_record(record.id)] == [c.id for c in copies]
    assert ws.catalog.search("Абай").total == 1
    assert ws.intake.list_accessions(latest=1)[0].id == batch.id
    assert "sqlite" in ws.shown_url() and not ws.connected_as_superuser()
