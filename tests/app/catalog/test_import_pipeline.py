"""Large ISO 2709 files are read in a process of their own: the import must come out exactly as
when the importing process reads them itself, cancel cleanly and report a reading process that
fails."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.catalog import import_pipeline, importing
from app.catalog.import_pipeline import ReaderProcess, ReaderProcessFailed
from app.catalog.importing import ImportSummary, import_files
from app.catalog.records import get_record
from app.catalog.search import search
from app.security.users import authenticate
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD, DatabaseFactory

BATCH = 40  # the file's 298 readable records in 8 batches


@pytest.fixture
def twin(db: Database, _factories: dict[str, DatabaseFactory]) -> Iterator[Database]:
    """A second empty library on the same engine as `db`."""
    database = _factories[db.engine.dialect.name].new()
    yield database
    database.dispose()


@pytest.fixture
def readers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every file goes to a reading process, in small batches; the processes' ids."""
    started: list[int] = []

    class Spy(ReaderProcess):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            assert self._process.pid is not None
            started.append(self._process.pid)

    monkeypatch.setattr(importing, "BATCH", BATCH)
    monkeypatch.setattr(import_pipeline, "READER_PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(import_pipeline, "ReaderProcess", Spy)
    return started


def _import(
    db: Database, path: Path, cancel_after: int | None = None, **kwargs: str
) -> tuple[ImportSummary, list[tuple[int, int]]]:
    actor = authenticate(db, ADMIN, ADMIN_PASSWORD)
    calls: list[tuple[int, int]] = []
    summary = import_files(
        db,
        actor,
        [path],
        progress=lambda done, rejected, file: calls.append((done, rejected)),
        is_cancelled=None if cancel_after is None else lambda: len(calls) >= cancel_after,
        **kwargs,
    )
    return summary, calls


def _catalog(db: Database, ids: list[int]) -> list[tuple[str, str, list[str]]]:
    """What a cataloger sees of each record: title, original encoding, fields but 005."""
    out = []
    for record_id in ids:
        detail = get_record(db, record_id)
        fields = [str(f) for f in detail.record.fields if f.tag != "005"]
        out.append((detail.summary.title, detail.original_encoding, fields))
    return out


def _reaped(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # a zombie still answers
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("policy", ["skip", "overlay", "add"])
def test_a_file_read_in_a_process_imports_as_when_read_in_place(
    db: Database,
    twin: Database,
    marc_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers: list[int],
    policy: str,
) -> None:
    path = marc_data / "marc4j" / "pride-and-prejudice-with-many-errors.mrc"
    with monkeypatch.context() as in_place:
        in_place.setattr(import_pipeline, "READER_PROCESS_MIN_BYTES", 10**12)
        expected, expected_calls = _import(db, path)
        again, again_calls = _import(db, path, on_duplicate=policy)
    assert readers == []
    summary, calls = _import(twin, path)
    summary_again, calls_again = _import(twin, path, on_duplicate=policy)
    assert len(readers) == 2 and all(_reaped(pid) for pid in readers)
    # Rejections in order with their index and reason, duplicates, new records' numbers.
    assert summary == expected and summary_again == again
    assert (calls, calls_again) == (expected_calls, again_calls)
    assert len(calls) == 10 and summary.rejected and summary.duplicates
    ids = summary.record_ids + summary_again.record_ids
    assert _catalog(twin, ids) == _catalog(db, ids)
    assert search(twin, "pride").total == search(db, "pride").total > 0


def test_cancel_while_a_process_reads_keeps_the_batches_written(
    db: Database,
    twin: Database,
    marc_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers: list[int],
) -> None:
    path = marc_data / "marc4j" / "pride-and-prejudice-with-many-errors.mrc"
    summary, calls = _import(twin, path, cancel_after=2)
    assert summary.cancelled and len(calls) == 2
    assert len(readers) == 1 and _reaped(readers[0])
    assert search(twin, "").total == summary.imported == len(summary.record_ids) > 0
    # The same as cancelling a file read in place, rejections past the last batch dropped.
    monkeypatch.setattr(import_pipeline, "READER_PROCESS_MIN_BYTES", 10**12)
    expected, expected_calls = _import(db, path, cancel_after=2)
    assert (summary, calls) == (expected, expected_calls)


def test_a_reading_process_that_dies_is_reported(marc_data: Path) -> None:
    path = marc_data / "marc4j" / "pride-and-prejudice-with-many-errors.mrc"
    reader = ReaderProcess(path, "auto", "auto", BATCH)
    reader._process.kill()
    with pytest.raises(ReaderProcessFailed, match="stopped"):
        list(reader.batches())
    reader.stop()


def test_an_error_in_the_reading_process_is_raised_in_the_importer(marc_data: Path) -> None:
    path = marc_data / "marc4j" / "pride-and-prejudice-with-many-errors.mrc"
    reader = ReaderProcess(path, "auto", "auto", "forty")  # type: ignore[arg-type]
    with pytest.raises(TypeError) as raised:
        list(reader.batches())
    assert "In the import's reading process" in "".join(raised.value.__notes__)
    reader.stop()
