"""Reading a MARC file for import as batches of prepared records: in the importing process
for small files, in a reading process of its own for large ISO 2709 files, so that parsing and
extracting access points run on one core while the importer stores and indexes on another.

A prepared record is plain strings and lists (the flat fields of app.marc.codec and what the
catalog extracts from them), cheap to send between processes; the importer gives it its
identity (001/003/005/035) and stores it without building a pymarc record again.
"""

from __future__ import annotations

import gc
import logging
import marshal
import multiprocessing
import pickle
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import NamedTuple

import pymarc

from app import i18n
from app.catalog.access_points import extract
from app.errors import InvalidInput, os_reason
from app.i18n import translate
from app.marc.codec import flat_fields, record_from_flat
from app.marc.reading import ReadFailure, ReadRecord, detect_format, read_records
from app.marc.rusmarc import Scheme, detect_scheme, parse_scheme, to_marc21

log = logging.getLogger(__name__)

# ISO 2709 files larger than this are read in a process of their own: below it, starting the
# process (a new interpreter importing Qor) costs more than the overlap wins.
READER_PROCESS_MIN_BYTES = 5_000_000


class PreparedRecord(NamedTuple):
    position: int  # the record's number in the file, from 1
    encoding: str  # what the record was read as (stored as its original encoding)
    leader: str
    fields: list[list[str]]  # app.marc.codec.flat_fields
    columns: tuple[str | bytes, ...]  # AccessPoints.display_columns()
    duplicate_keys: list[tuple[str, str]]  # AccessPoints.duplicate_keys(), in order of trust
    match: str | None  # AccessPoints.match_key()
    index_keys: tuple[tuple[str, str], ...]  # AccessPoints.index_keys()
    words: tuple[str, str, str, str]  # AccessPoints.word_texts()
    scheme: str = "marc21"  # what the record came in as (Scheme): rusmarc/unimarc converted

    def record(self) -> pymarc.Record:
        """The pymarc record, as read (for an overlay, which goes through the editor's path)."""
        return record_from_flat(self.leader, self.fields)


class Batch(NamedTuple):
    failures: list[tuple[int, str]]  # (index, reason) of the records that could not be read
    records: list[PreparedRecord]  # read after the failures of this batch, or between them
    last: bool  # the end of the file: the records may be fewer than a batch
    # (index, message) of what the reader corrected in this batch's records, and what the
    # RUSMARC/UNIMARC conversion guessed or could not convert
    warnings: list[tuple[int, str]] = []  # noqa: RUF012 (never mutated: a new list per batch)


def prepare(
    read: ReadRecord, scheme: Scheme | None = None, warnings: list[str] | None = None
) -> PreparedRecord:
    """The record's stored form and access points; a RUSMARC or UNIMARC record (the `scheme`
    the user chose, or, with None, the one its shape shows) is converted to MARC 21 first,
    and what the conversion guessed or could not convert is added to `warnings`."""
    record = read.record
    scheme = scheme or detect_scheme(record)
    if scheme is not Scheme.MARC21:
        converted = to_marc21(record, scheme)
        record = converted.record
        if warnings is not None:
            warnings += converted.warnings
    ap = extract(record)
    match = ap.match_key()
    return PreparedRecord(
        read.index,
        read.encoding,
        str(record.leader),
        flat_fields(record),
        ap.display_columns(),
        ap.duplicate_keys(match),
        match,
        ap.index_keys(match),
        ap.word_texts(),
        scheme.value,
    )


def read_batches(
    path: Path, format: str, encoding: str, size: int, scheme: str = "auto"
) -> Iterator[Batch]:
    """The file's records, prepared, `size` to a batch; the failures that came before each
    batch's last record travel with it. A file that cannot be read at all (or stops being
    readable) is a failure at index 0."""
    failures: list[tuple[int, str]] = []
    records: list[PreparedRecord] = []
    chosen = parse_scheme(scheme)
    warnings: list[tuple[int, str]] = []
    seen = 0
    try:
        for item in read_records(path, format=format, encoding=encoding):
            seen += 1
            if isinstance(item, ReadFailure):
                failures.append((item.index, item.reason))
                continue
            converted: list[str] = []
            records.append(prepare(item, chosen, converted))
            # The reader's corrections, then the conversion's, each beside its record.
            warnings += [(item.index, message) for message in item.warnings]
            warnings += [(item.index, message) for message in converted]
            if len(records) >= size:
                yield Batch(failures, records, False, warnings)
                failures, records, warnings = [], [], []
        if not seen:
            failures.append((0, translate("errors", "the file holds no MARC record (it is empty)")))
    except InvalidInput as exc:
        failures.append((0, str(exc)))
    except OSError as exc:
        failures.append(
            (0, translate("errors", "cannot be read: {reason}").format(reason=os_reason(exc)))
        )
    yield Batch(failures, records, True, warnings)


def wants_reader_process(path: Path, format: str) -> bool:
    """Whether `path` is an ISO 2709 file large enough to be read in a process of its own."""
    try:
        if path.stat().st_size <= READER_PROCESS_MIN_BYTES:
            return False
        fmt = format.strip().lower()
        return fmt == "iso2709" or (fmt == "auto" and detect_format(path) == "iso2709")
    except (OSError, InvalidInput):
        return False  # the importer's own reading reports what is wrong with the file


class ReaderProcessFailed(RuntimeError):
    """The reading process stopped without telling why (killed, or crashed in C code)."""


# A message from the reading process: a batch in marshal's form (plain tuples, lists and
# strings; about three times cheaper to write and twice to read than pickle's, and both ends
# run the same interpreter) or an error, pickled.
_BATCH, _ERROR = b"B", b"E"


def _read_in_child(
    connection: Connection,
    path: str,
    format: str,
    encoding: str,
    size: int,
    scheme: str,
    language: i18n.Recipe | None = None,
) -> None:
    """The reading process: every batch of read_batches, in order, its warnings and failures
    in the importer's language (`language`, app.i18n.recipe()). An unexpected error is sent
    instead of the rest, for the importer to raise."""
    gc.disable()  # a short-lived process: refcounting frees what it allocates (see importing)
    try:
        i18n.install_recipe(language)
        for batch in read_batches(Path(path), format, encoding, size, scheme):
            records = [tuple(r) for r in batch.records]
            message = (batch.failures, records, batch.last, batch.warnings)
            connection.send_bytes(_BATCH + marshal.dumps(message))
    except Exception as exc:
        text = traceback.format_exc()
        sent: Exception | None = exc
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # an exception that does not survive pickling is sent as text
            sent = None
        connection.send_bytes(_ERROR + pickle.dumps((sent, text)))
    finally:
        connection.close()


class ReaderProcess:
    """read_batches in a child process ("spawn": no fork of a process with threads, database
    connections and a GUI; the frozen application's entry point calls freeze_support)."""

    def __init__(
        self, path: Path, format: str, encoding: str, size: int, scheme: str = "auto"
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_read_in_child,
            args=(child_end, str(path), format, encoding, size, scheme, i18n.recipe()),
            name="qor-import-reader",
            daemon=True,
        )
        self._finished = False
        try:
            self._process.start()
        except BaseException:
            self._connection.close()
            raise
        finally:
            # Only the child holds the sending end, so its death ends recv() with EOFError.
            child_end.close()

    def batches(self) -> Iterator[Batch]:
        """The child's batches as they come, up to the last; raises what the child raised."""
        while True:
            try:
                message = self._connection.recv_bytes()
            except EOFError:
                self._process.join()
                raise ReaderProcessFailed(
                    translate(
                        "errors", "The import's reading process stopped (exit code {code})."
                    ).format(code=self._process.exitcode)
                ) from None
            body = memoryview(message)[1:]
            if message[:1] == _BATCH:
                failures, records, last, warnings = marshal.loads(body)
                self._finished = last
                yield Batch(failures, list(map(PreparedRecord._make, records)), last, warnings)
                if last:
                    return
                continue
            exc, text = pickle.loads(body)
            if exc is None:
                raise ReaderProcessFailed(
                    translate("errors", "The import's reading process failed:\n{text}").format(
                        text=text
                    )
                )
            exc.add_note(f"In the import's reading process:\n{text}")
            raise exc

    def stop(self) -> None:
        """End the child (at once if it is still reading) and reap it."""
        if self._finished:
            self._process.join(timeout=10)  # it has sent everything and is exiting
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._process.close()
        self._connection.close()


@contextmanager
def batches_of(
    path: Path, format: str, encoding: str, size: int, scheme: str = "auto"
) -> Iterator[tuple[Iterator[Batch], bool]]:
    """The file's batches, and whether a child process reads them (a large ISO 2709 file).
    The child is stopped when the caller leaves, whether it read everything, cancelled or
    failed."""
    reader: ReaderProcess | None = None
    if wants_reader_process(path, format):
        try:
            reader = ReaderProcess(path, format, encoding, size, scheme)
        except OSError as exc:  # no processes left, or a policy that forbids starting one
            log.warning("Reading %s in the importing process: %s", path, exc)
    if reader is None:
        yield read_batches(path, format, encoding, size, scheme), False
        return
    try:
        yield reader.batches(), True
    finally:
        reader.stop()
