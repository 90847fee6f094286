"""The `qor` command line end to end: the contract scripts depend on (JSON shapes, exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.tampering import guards_dropped


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict | str]:
        code = main(["--db", db.url, "--user", ADMIN, *args])
        out = capsys.readouterr().out
        if "--json" in args:
            return code, json.loads(out)
        return code, out

    return _run


def test_import_search_export_round_trip(run, marc_data: Path, tmp_path: Path) -> None:
    code, result = run("import", str(marc_data / "pymarc" / "test.dat"), "--json")
    assert code == 0
    assert result["imported"] == 10 and result["duplicates"] == 0 and result["rejected"] == []
    assert len(result["records"]) == 10

    code, found = run("search", "perl", "--json")
    assert code == 0 and found["total"] == 10
    assert set(found["records"][0]) == {"id", "title", "author", "year", "isbn"}

    out = tmp_path / "out.xml"
    code, exported = run("export", str(out), "--format", "marcxml", "--json")
    assert code == 0 and exported["exported"] == 10
    code, again = run("import", str(out), "--json")
    assert code == 0 and again["duplicates"] == 10 and again["imported"] == 0


def test_rejected_records_exit_1_with_file_index_reason(run, marc_data: Path) -> None:
    path = marc_data / "pymarc" / "bad_records.mrc"
    code, result = run("import", str(path), "--json")
    assert code == 1
    assert result["imported"] >= 1
    rejected = result["rejected"][0]
    assert rejected["file"] == str(path) and rejected["index"] >= 1 and rejected["reason"]


def test_forced_encoding(run, marc_data: Path) -> None:
    code, result = run(
        "import", str(marc_data / "pymarc" / "1251.dat"), "--encoding", "cp1251", "--json"
    )
    assert code == 0 and result["imported"] == 6
    code, found = run("search", "гидравлического", "--json")
    assert found["records"][0]["title"].startswith("Основы гидравлического")


def test_wrong_password_and_usage_errors_exit_2(db: Database, monkeypatch, capsys) -> None:
    monkeypatch.setenv("QOR_PASSWORD", "wrong")
    assert main(["--db", db.url, "--user", ADMIN, "search", "x"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    assert main(["--db", db.url, "--user", ADMIN, "import"]) == 2  # no FILE
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", db.url, "--user", ADMIN, "export", "x.mrc", "--ids", "424242"]) == 2
    assert "424242" in capsys.readouterr().err


def test_log_verify(run) -> None:
    code, verdict = run("log", "verify", "--json")
    assert code == 0 and verdict["intact"] and verdict["entries"] >= 2


def test_init_and_installed_entry_point(tmp_path: Path) -> None:
    """The installed `qor` script creates a library headless and reports it."""
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    env = {**os.environ, "QOR_PASSWORD": "first-admin"}
    qor = [sys.executable, "-m", "app.cli"]
    done = subprocess.run(
        [
            *qor,
            "--db",
            url,
            "--json",
            "init",
            "--library",
            "Қарағанды ОҒК",
            "--sigla",
            "KZ-KRG",
            "--admin",
            "boss",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "library": "Қарағанды ОҒК",
        "sigla": "KZ-KRG",
        "admin": "boss",
    }
    again = subprocess.run(
        [*qor, "--db", url, "init", "--library", "X", "--sigla", "KZ-X", "--admin", "boss"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    # Run again (after installing a new Qor): the schema is upgraded, the library kept.
    assert again.returncode == 0, again.stderr
    assert "already has the library 'Қарағанды ОҒК' (KZ-KRG)" in again.stdout
    assert "up to date" in again.stdout
    version = subprocess.run([*qor, "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.startswith("qor ")


def test_unreachable_database_is_a_message_not_a_traceback(monkeypatch, capsys) -> None:
    monkeypatch.setenv("QOR_PASSWORD", "whatever")
    url = "postgresql+psycopg://postgres:secret@127.0.0.1:1/nowhere"
    assert main(["--db", url, "--user", ADMIN, "search", "абай"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qor: the database postgresql+psycopg://postgres:***@127.0.0.1:1/nowhere")
    assert "Traceback" not in err and "secret" not in err
    assert "that its server is running" in err  # what to do


def test_a_database_without_a_catalog_says_how_to_make_one(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", "whatever")
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    assert main(["--db", url, "--user", ADMIN, "search", "абай"]) == 2
    err = capsys.readouterr().err
    assert "holds no Qor catalog yet" in err and "qor init --library" in err


def _actions(db: Database) -> list[str]:
    from sqlalchemy import text

    with db.read() as session:
        return list(session.execute(text("select action from event_log order by id")).scalars())


def test_users_add_passwd_deactivate(run, db: Database, monkeypatch, capsys) -> None:
    monkeypatch.setenv("QOR_NEW_PASSWORD", "katalog1")
    code, added = run("users", "add", "aigerim", "--role", "cataloger", "--json")
    assert code == 0 and added["name"] == "aigerim" and added["roles"] == ["cataloger"]
    assert _actions(db)[-1] == "user.add"
    monkeypatch.setenv("QOR_NEW_PASSWORD", "jana-kupia1")
    code, changed = run("users", "passwd", "aigerim", "--json")
    assert code == 0 and changed == {"name": "aigerim"}
    code, state = run("users", "deactivate", "aigerim", "--json")
    assert code == 0 and state == {"name": "aigerim", "active": False}
    assert _actions(db)[-2:] == ["user.password", "user.deactivate"]
    monkeypatch.setenv("QOR_PASSWORD", "jana-kupia1")
    assert main(["--db", db.url, "--user", "aigerim", "search", "x"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    code, state = run("users", "activate", "aigerim", "--json")
    assert code == 0 and state["active"] is True
    monkeypatch.setenv("QOR_PASSWORD", "jana-kupia1")
    assert main(["--db", db.url, "--user", "aigerim", "search", "x"]) == 0


def test_backup_is_a_working_copy_and_for_administrators_only(
    run, db: Database, monkeypatch, capsys, tmp_path: Path, marc_data: Path
) -> None:
    if not db.is_sqlite:
        code = main(["--db", db.url, "--user", ADMIN, "backup", str(tmp_path / "copy.sqlite")])
        assert code == 2 and "pg_dump" in capsys.readouterr().err
        return
    code, _ = run("import", str(marc_data / "pymarc" / "test.dat"), "--json")
    assert code == 0
    out = tmp_path / "copy.sqlite"
    code, result = run("backup", str(out), "--json")
    assert code == 0 and result["out"] == str(out) and result["bytes"] == out.stat().st_size
    # The copy is a catalog Qor opens: the same records, and the log says who backed it up.
    copy = Database(f"sqlite:///{out}")
    code = main(["--db", copy.url, "--user", ADMIN, "search", "perl", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["total"] == 10
    assert _actions(copy)[-1] == "catalog.backup"
    copy.engine.dispose()
    monkeypatch.setenv("QOR_NEW_PASSWORD", "katalog1")
    run("users", "add", "aigerim", "--role", "cataloger")
    monkeypatch.setenv("QOR_PASSWORD", "katalog1")
    code = main(["--db", db.url, "--user", "aigerim", "backup", str(tmp_path / "no.sqlite")])
    assert code == 2 and "may not make backups" in capsys.readouterr().err
    assert not (tmp_path / "no.sqlite").exists()


def test_import_and_user_add_are_in_the_event_log(run, db: Database, marc_data: Path) -> None:
    code, result = run("import", str(marc_data / "pymarc" / "test.dat"), "--json")
    assert code == 0
    from sqlalchemy import text

    with db.read() as session:
        entry = session.execute(
            text("select actor, after from event_log where action = 'record.import'")
        ).one()
    assert entry.actor == ADMIN
    assert json.loads(entry.after)["records"] == result["records"]
    code, verdict = run("log", "verify", "--json")
    assert code == 0 and verdict["intact"]


def test_every_role_may_export(run, db: Database, monkeypatch, tmp_path: Path, marc_data: Path):
    run("import", str(marc_data / "pymarc" / "test.dat"))
    monkeypatch.setenv("QOR_NEW_PASSWORD", "tekseru1")
    run("users", "add", "dana", "--role", "stock-checker")
    monkeypatch.setenv("QOR_PASSWORD", "tekseru1")
    out = tmp_path / "out.mrk"
    assert main(["--db", db.url, "--user", "dana", "export", str(out), "--format", "mrk"]) == 0
    assert out.read_text(encoding="utf-8").count("=LDR  ") == 10


def test_log_checkpoint_and_verify_against_it(run, db: Database, tmp_path: Path) -> None:
    from sqlalchemy import text

    mark = tmp_path / "log-checkpoint.json"
    code, result = run("log", "checkpoint", str(mark), "--json")
    assert code == 0 and result["entries"] >= 1 and mark.exists()
    code, result = run("log", "verify", "--checkpoint", str(mark), "--json")
    assert code == 0 and result["intact"] and result["head"] == result["head"].lower()
    with guards_dropped(db) as session:  # as one with the owner's rights does
        session.execute(text("delete from event_log where id = (select max(id) from event_log)"))
        session.execute(text("update counter set value = value - 1 where name = 'event_log_head'"))
    code, result = run("log", "verify", "--json")
    assert code == 0  # the chain alone cannot tell
    code, result = run("log", "verify", "--checkpoint", str(mark), "--json")
    assert code == 2 and not result["intact"]
    mark.write_text("{}", encoding="utf-8")
    code, _out = run("log", "verify", "--checkpoint", str(mark))
    assert code == 2


def _arguments(parser, path: str = "qor"):  # type: ignore[no-untyped-def]
    """(command, argument, help) for every argument of every command and subcommand."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield path, "/".join(action.option_strings) or action.dest, action.help


def test_every_argument_of_every_command_is_described() -> None:
    from app.cli import build_parser

    bare = [f"{command} {arg}" for command, arg, text in _arguments(build_parser()) if not text]
    assert not bare, f"arguments without a description in --help: {bare}"


def help_of(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    assert main([*command, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())  # as one line, however argparse wraps


def test_help_says_what_each_command_needs_and_its_defaults(capsys) -> None:
    search = help_of(capsys, "search")
    for prefix in ("au:", "ti:", "su:", "pb:", "isbn:", "id:", "year:"):
        assert prefix in search
    assert "(default: 20)" in search and "(default: title)" in search
    assert "QOR_PASSWORD" in help_of(capsys, "init")
    report = help_of(capsys, "report")
    assert "--from YYYY-MM-DD" in report and "(default: kk)" in report
    assert "shadow registers" in help_of(capsys, "sync")
    items = help_of(capsys, "items", "add")
    assert "price" in items and "(default: KZT)" in items
    imported = help_of(capsys, "import")
    assert "overlay the local one" in imported and "(default: skip)" in imported
    assert "(default: None)" not in items + imported + search


def test_a_search_that_finds_nothing_says_so(run) -> None:
    code, out = run("search", "nothing-like-this-anywhere")
    assert code == 0 and out.strip() == "No records found."


def test_each_command_loads_only_the_module_that_registers_it() -> None:
    import argparse
    import importlib

    from app.cli import COMMAND_MODULES, COMMAND_OWNERS, _command_of

    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMAND_OWNERS
    assert _command_of(["--db", "sqlite://", "--user", "admin", "import", "f.mrc", "--json"]) == (
        "import"
    )
    assert _command_of(["--json", "items", "show", "--inventory", "7"]) == "items"
    assert _command_of(["--help"]) is None and _command_of(["nonsense"]) is None
