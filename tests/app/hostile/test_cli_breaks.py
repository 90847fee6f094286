"""What a user of `qor` sees of hostile input (issue 17): the reader's warnings, in the human
output and in --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict | str, str]:
        code = main(["--db", db.url, "--user", ADMIN, *args])
        captured = capsys.readouterr()
        out = json.loads(captured.out) if "--json" in args else captured.out
        return code, out, captured.err

    return _run


def test_import_shows_what_the_reader_corrected(run, marc_data: Path) -> None:
    path = marc_data / "pymarc" / "1251.dat"
    code, result, err = run("import", str(path), "--json")
    assert code == 0 and result["imported"] == 6 and err == ""
    assert result["warnings"][0] == {
        "file": str(path),
        "index": 1,
        "message": "leader/09 says MARC-8 but the bytes are cp1251",
    }
    code, text, _ = run("import", str(path), "--on-duplicate", "add")
    assert f"  warning: {path}, record 1: leader/09 says MARC-8 but the bytes are cp1251" in text
