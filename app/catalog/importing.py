"""Importing MARC files into the catalog, in batches, with duplicate detection.

A bad record is reported (file, record number, reason) and skipped; the good ones around it
are imported. Each batch is one transaction, so cancelling keeps what was committed. Duplicates
are found by source identity (003:001, also from 035), by normalised ISBN/ISSN, and by folded
title + first author + year; the user chooses to skip them, overlay them (the local record keeps
its 001 and its copies) or add them as new records. A large ISO 2709 file is read, and its
access points extracted, in a process of its own while this one stores the records
(app.catalog.import_pipeline).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog import wordindex
from app.catalog.access_points import DISPLAY_COLUMNS
from app.catalog.import_pipeline import Batch, PreparedRecord, batches_of
from app.catalog.indexing import (
    driver_value,
    insert_many,
    keys_with_local,
    marc_timestamp,
    preserve_source_identity_flat,
    stamp_flat,
    write_index_many,
)
from app.catalog.records import CONTROL_COUNTER, format_control_number, replace_record
from app.catalog.wordindex import IndexedText
from app.errors import InvalidInput
from app.i18n import translate
from app.library import allocate, current_library
from app.marc.codec import encode_flat
from app.marc.rusmarc import parse_scheme
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue_new
from db.models import Record, RecordKey
from db.session import Database

BATCH = 1000
ProgressCallback = Callable[[int, int, str], None]  # records done, rejected so far, file


class OnDuplicate(StrEnum):
    SKIP = "skip"
    OVERLAY = "overlay"
    ADD = "add"


@dataclass(frozen=True)
class Rejection:
    file: str
    index: int
    reason: str


@dataclass(frozen=True)
class ImportWarning:
    """What the reader corrected in a record it kept (a miscounted length, a guessed
    encoding, NUL characters removed), shown next to the record."""

    file: str
    index: int
    message: str


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    overlaid: int = 0
    # Of the duplicates, those added as new records all the same (on_duplicate "add").
    added_anyway: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    record_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    # Records read as RUSMARC or UNIMARC and converted to MARC 21, by scheme.
    converted: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        text = (
            f"{self.imported} imported, {self.duplicates} matched as duplicates"
            f"{f' ({self.overlaid} overlaid)' if self.overlaid else ''}"
            f"{f' ({self.added_anyway} added anyway)' if self.added_anyway else ''}, "
            f"{len(self.rejected)} rejected"
        )
        if self.converted:
            text += "; converted to MARC 21: " + ", ".join(
                f"{n} from {scheme.upper()}" for scheme, n in sorted(self.converted.items())
            )
        if self.cancelled:
            text += "; cancelled: the records above were kept, the rest were not read"
        return text


# The record row's columns, in the order _insert gives them.
_RECORD_COLUMNS = (
    "id",
    "control_number",
    "original_encoding",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "marc",
    *DISPLAY_COLUMNS,
)


def _existing(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    by_kind: dict[str, set[str]] = {}
    for kind, value in keys:
        by_kind.setdefault(kind, set()).add(value)
    found: dict[tuple[str, str], int] = {}
    for kind, values in by_kind.items():
        ordered = sorted(values)
        for start in range(0, len(ordered), 500):
            # One id per key is enough to call the incoming record a duplicate.
            rows = session.execute(
                select(RecordKey.value, func.min(RecordKey.record_id))
                .where(RecordKey.kind == kind, RecordKey.value.in_(ordered[start : start + 500]))
                .group_by(RecordKey.value)
            )
            for value, record_id in rows:
                found[(kind, value)] = record_id
    return found


class _Importer:
    def __init__(self, db: Database, actor: Actor, on_duplicate: OnDuplicate) -> None:
        self.db, self.actor, self.on_duplicate = db, actor, on_duplicate
        self.summary = ImportSummary()

    def run_batch(self, file: str, batch: list[PreparedRecord]) -> None:
        with self.db.write() as session:
            sigla = current_library(session).sigla
            known = _existing(session, (k for c in batch for k in c.duplicate_keys))
            new: list[PreparedRecord] = []
            overlaid: list[int] = []
            batch_keys: dict[tuple[str, str], int] = {}
            for cand in batch:
                match = next(
                    (
                        known.get(k) or batch_keys.get(k)
                        for k in cand.duplicate_keys
                        if k in known or k in batch_keys
                    ),
                    None,
                )
                if match is not None:
                    self.summary.duplicates += 1
                    if self.on_duplicate is OnDuplicate.ADD:
                        self.summary.added_anyway += 1
                    else:
                        overlay = self.on_duplicate is OnDuplicate.OVERLAY and match > 0
                        if overlay and self._overlay(session, match, cand, sigla, file):
                            overlaid.append(match)
                        continue
                for k in cand.duplicate_keys:
                    batch_keys.setdefault(k, -1)  # a later twin in this batch is a duplicate
                new.append(cand)
            ids = self._insert(session, new, sigla)
            self.summary.imported += len(ids)
            self.summary.overlaid += len(overlaid)
            self.summary.record_ids.extend(ids)
            if ids or overlaid:
                record_event(
                    session,
                    self.actor,
                    "record.import",
                    "import",
                    Path(file).name,
                    after={
                        "file": file,
                        "records": ids,
                        "overlaid": overlaid,
                        "from_index": batch[0].position,
                        "to_index": batch[-1].position,
                    },
                )

    def _overlay(
        self, session: Session, record_id: int, cand: PreparedRecord, sigla: str, file: str
    ) -> bool:
        """Replace the catalog's record by the incoming one, logging both: an overlay throws
        away the cataloger's work, so the event log must be able to give it back."""
        row = session.get(Record, record_id)
        if row is None:
            return False
        before = {"title": row.title, "marc": row.marc}
        replace_record(session, row, cand.record(), sigla, self.actor.name)
        session.refresh(row)
        record_event(
            session,
            self.actor,
            "record.overlay",
            "record",
            row.id,
            before=before,
            after={
                "title": row.title,
                "marc": row.marc,
                "file": Path(file).name,
                "index": cand.position,
            },
        )
        return True

    def _insert(self, session: Session, new: list[PreparedRecord], sigla: str) -> list[int]:
        if not new:
            return []
        first = allocate(session, CONTROL_COUNTER, len(new))
        connection = session.connection()
        now = driver_value(connection, Record.__table__.c.created_at, datetime.now(UTC))
        timestamp = marc_timestamp()
        name = self.actor.name
        rows: list[tuple] = []
        keys: list[tuple[str, str, int]] = []
        words, outbox = [], []
        for number, cand in enumerate(new, start=first):
            control_number = format_control_number(number)
            fields = cand.fields
            preserve_source_identity_flat(fields, sigla)
            leader = stamp_flat(cand.leader, fields, control_number, sigla, timestamp)
            rows.append(
                (
                    number,
                    control_number,
                    cand.encoding,
                    now,
                    now,
                    name,
                    name,
                    encode_flat(leader, fields),
                    *cand.columns,
                )
            )
            keys += keys_with_local(number, cand.index_keys, control_number, sigla)
            words.append(IndexedText(number, *cand.words))
            outbox.append((number, control_number))
        insert_many(connection, Record.__table__, _RECORD_COLUMNS, rows)
        write_index_many(session, keys, words)
        enqueue_new(session, outbox)
        return [row[0] for row in rows]


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Import allocates millions of short-lived objects (fields, subfields, rows) while
    thousands of records stay alive per batch, so the cyclic collector keeps rescanning live
    objects that refcounting frees anyway: it cost about half the import's CPU. The collector
    is process-wide and imports may overlap (GUI worker, CLI), so the last import out restores
    it and frees the few cycles (sessions, transactions) the import left behind."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            restore = _gc_holders == 0 and _gc_was_enabled
            if restore:
                gc.enable()
        if restore:
            gc.collect()


def import_files(
    db: Database,
    actor: Actor,
    paths: Sequence[Path],
    *,
    format: str = "auto",
    encoding: str = "auto",
    on_duplicate: OnDuplicate | str = OnDuplicate.SKIP,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    scheme: str = "auto",
) -> ImportSummary:
    """Import every record of `paths` that can be read; report the rest. `scheme` is the
    records' bibliographic format: auto (each record's shape decides), marc21, rusmarc or
    unimarc; RUSMARC and UNIMARC records are stored converted to MARC 21 (app.marc.rusmarc)."""
    require(actor, "import records", Role.CATALOGER)
    try:
        parse_scheme(scheme)
    except ValueError:
        raise InvalidInput(
            translate(
                "errors", "Unknown scheme '{scheme}'; use auto, marc21, rusmarc or unimarc."
            ).format(scheme=scheme)
        ) from None
    try:
        policy = OnDuplicate(on_duplicate)
    except ValueError:
        raise InvalidInput(
            translate(
                "errors", "Unknown duplicate policy '{policy}'; use skip, overlay or add."
            ).format(policy=on_duplicate)
        ) from None
    importer = _Importer(db, actor, policy)
    with _cyclic_gc_paused():
        _import_paths(importer, paths, format, encoding, progress, is_cancelled, scheme)
    if importer.summary.imported:
        wordindex.keep_bands(db)
    return importer.summary


class _Writer:
    """Writes batches on its own thread while the caller reads the next one: SQLite and
    PostgreSQL's drivers release the GIL while they store, index and commit, so the writes
    overlap parsing. Still one batch at a time, in order, and the caller settles a batch
    (progress, cancel) before the next is written, as if the two ran in turn.

    When another process reads the file, the batches are written in the caller's thread
    instead (`in_thread` False): a writing thread then only takes the GIL from the caller
    while it receives the next batch, which leaves the reading process waiting to send it."""

    def __init__(
        self,
        importer: _Importer,
        progress: ProgressCallback | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> None:
        self.importer, self.progress, self.is_cancelled = importer, progress, is_cancelled
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qor-import")
        self.pending: tuple[Future[None], str, int, int] | None = None
        self.done = 0
        self.in_thread = True

    def submit(self, file: str, batch: list[PreparedRecord]) -> None:
        rejected = len(self.importer.summary.rejected)
        if self.in_thread:
            future = self.pool.submit(self.importer.run_batch, file, batch)
        else:
            self.importer.run_batch(file, batch)
            future = Future()
            future.set_result(None)
        self.pending = (future, file, len(batch), rejected)

    def settle(self) -> bool:
        """Wait for the batch in flight and report it; False when the user cancelled."""
        if self.pending is None:
            return True
        future, file, size, rejected = self.pending
        self.pending = None
        future.result()
        self.done += size
        summary = self.importer.summary
        if self.progress:
            self.progress(self.done, rejected, file)
        if self.is_cancelled and self.is_cancelled():
            # What was read past the written batch counts as not read, as before the overlap.
            del summary.rejected[rejected:]
            summary.cancelled = True
            return False
        return True


def _import_paths(
    importer: _Importer,
    paths: Sequence[Path],
    format: str,
    encoding: str,
    progress: ProgressCallback | None,
    is_cancelled: Callable[[], bool] | None,
    scheme: str = "auto",
) -> None:
    writer = _Writer(importer, progress, is_cancelled)
    try:
        for path in paths:
            if not _import_file(writer, Path(path), str(path), format, encoding, scheme):
                return
    finally:
        writer.pool.shutdown(wait=True)


def _import_file(
    writer: _Writer, path: Path, name: str, format: str, encoding: str, scheme: str = "auto"
) -> bool:
    """Import one file; False when the import was cancelled."""
    summary = writer.importer.summary
    if path.is_dir():
        reason = "this is a folder, not a file: name the MARC files in it"
        summary.rejected.append(Rejection(name, 0, reason))
        return True
    if not path.is_file():
        summary.rejected.append(Rejection(name, 0, "the file does not exist"))
        return True
    with batches_of(path, format, encoding, BATCH, scheme) as (batches, read_elsewhere):
        writer.in_thread = not read_elsewhere
        for batch in batches:
            summary.rejected += [Rejection(name, index, reason) for index, reason in batch.failures]
            summary.warnings += [ImportWarning(name, index, text) for index, text in batch.warnings]
            for cand in batch.records:
                if cand.scheme != "marc21":
                    summary.converted[cand.scheme] = summary.converted.get(cand.scheme, 0) + 1
            if not batch.last:
                if not writer.settle():
                    return False
                writer.submit(name, batch.records)
                continue
            return _import_last(writer, name, batch)
    return True


def _import_last(writer: _Writer, name: str, batch: Batch) -> bool:
    """The end of a file: the batch in flight, then the records short of a full batch."""
    if not writer.settle():
        return False
    if batch.records:
        writer.submit(name, batch.records)
        if not writer.settle():
            return False
    elif writer.progress:
        writer.progress(writer.done, len(writer.importer.summary.rejected), name)
    if writer.is_cancelled and writer.is_cancelled():
        writer.importer.summary.cancelled = True
        return False
    return True
