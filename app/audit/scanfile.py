"""Importing a handheld scanner's file into an audit as a bulk operation: the whole file is
parsed and its shelf contexts worked out first, then it is reconciled against the frozen
expected list chunk by chunk, each chunk one transaction: its lines staged into a temporary
table in one driver-level batch, then resolved and recorded by a few set-based statements.

A chunk commits before the next begins, so a run killed or cancelled midway keeps every
chunk before the stop and a re-run adds only the rest. Each line carries a key taken from
the file's own content (never from the workstation or the device name it is imported
under), so appending the same file twice, from anywhere, adds nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, DateTime, Table, bindparam, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit.audits import (
    CONFLICTING,
    MAX_CODE,
    AuditStatus,
    Outcome,
    audit_row,
    open_audit_for_scans,
    scan_context,
)
from app.errors import AuditClosed, InvalidInput, LocationNotFound, ScanFileContended, os_reason
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.security.roles import Actor, Role, require
from db.models import AuditFind, AuditLocation, AuditScan, Location
from db.session import Database

# Lines per transaction: a kill loses at most this many uncommitted lines (a re-run adds
# them). Each chunk reads the fund's indexes afresh (on PostgreSQL it hashes the whole
# fund), so a chunk is a handheld's whole dump of an audit of a large fund: 50,000-line
# chunks made a 300,000-line file 25 % slower than 200,000-line ones, and on PostgreSQL a
# second chunk of such a file still cost a second hash of a 1,000,000-copy fund and its
# frozen list (1.4 of 5.2 s of the server's time).
CHUNK = 400_000
# SQLite's page cache (negative: KiB; the default is 2 MiB) and memory map while a chunk is
# reconciled, set back after it.
BULK_PRAGMAS = {"main.cache_size": -256 * 1024, "main.mmap_size": 1 << 30}

# PostgreSQL's work_mem while a chunk is reconciled: a 1,000,000-copy fund's barcodes hash
# in some 80 MB; a bigger fund's spill in a few batches rather than take more of the server.
BULK_WORK_MEM = "128MB"

# Lines recorded after which PostgreSQL's statistics of the scans are refreshed.
ANALYZE_AFTER = 50_000

# Times a chunk is reconciled again when another workstation recorded or found some of it
# while it ran: each retry sees their work, so it collides again only with newer scans.
ATTEMPTS = 5

_SPACE = re.compile(r"\s")
_CODABAR_ENDS = frozenset("ABCDabcd")  # a code that may carry Codabar start/stop characters


@dataclass(frozen=True)
class RejectedLine:
    file: str
    line: int
    reason: str


@dataclass
class ScanImport:
    """What importing a scanner file did: scans recorded, lines already imported before,
    and the rejected lines with their numbers."""

    file: str
    device: str = ""
    recorded: int = 0
    already_imported: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)
    outcomes: Tally[str] = field(default_factory=Tally)
    cancelled: bool = False


class _FoundMeanwhile(Exception):
    """Another workstation found some of the chunk's copies after the chunk resolved them."""


class _Line(NamedTuple):
    number: int
    code: str  # "" for a '@LOC' line
    at: datetime | None
    shelf: str  # location code or shelf barcode, or ""
    prefix_key: str  # the running hash of the file up to and including this line


# A line ready to stage: (line number, code, time scanned as the driver takes it or None for
# "now", shelf context, 1 for a shelf line else 0, dedupe key, 1 when the file reads the
# same copy's code on other lines too else 0).
_Staged = tuple[int, str, Any, int | None, int, str, int]


def _timestamp(text: str) -> datetime:
    value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    try:
        value = value if value.tzinfo else value.astimezone()
        value.astimezone(UTC)  # the key and the database hold it in UTC
    except OverflowError:
        raise ValueError(text) from None  # year 1 east of Greenwich, year 9999 west of it
    return value


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        text = raw.decode("cp1251", errors="replace")
    return text[1:] if text[:1] == "\ufeff" else text  # a byte-order mark, as utf-8-sig


def _not_a_barcode(field: str, code: str) -> str | None:
    """Why a line's first field, normalised to `code`, is no barcode (None: it is one)."""
    if not code:
        return "no barcode"
    if len(code) > MAX_CODE or _SPACE.search(code):
        return f"'{_shown(field)}' is not a barcode"
    if not code.isascii() or not code.isprintable():
        # What a scanner sends is printable ASCII (Qor's numbers are); control characters,
        # NUL, a UTF-16 or binary file's bytes are not a scan, and PostgreSQL refuses NUL.
        return f"'{_shown(field)}' is not a barcode"
    return None


def _shown(field: str) -> str:
    """The start of a line as a message can show it: control characters escaped."""
    text = field[:40]
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _parse(text: str, number: int, prefix_key: str) -> _Line | str:
    """One non-blank line of a scanner file, stripped: `CODE`, `CODE;TIMESTAMP`,
    `CODE,TIMESTAMP,LOCATION` or `@LOCATION`. Returns the line or a reason for rejecting it."""
    if text[0] == "@":
        shelf = text[1:].strip()
        if not shelf.isprintable():
            return f"'{_shown(text)}' holds control characters: not a barcode line"
        return _Line(number, "", None, shelf, prefix_key) if shelf else "no location after '@'"
    sep = ";" if ";" in text else "," if "," in text else "\t" if "\t" in text else None
    parts = [p.strip() for p in text.split(sep)] if sep else [text]
    if len(parts) > 3:
        return f"{len(parts)} fields; a line is CODE[;TIMESTAMP[;LOCATION]]"
    if not all(part.isprintable() for part in parts):
        return f"'{_shown(text)}' holds control characters: not a barcode line"
    code = normalise_scan(parts[0])
    if bad := _not_a_barcode(parts[0], code):
        return bad
    at = None
    if len(parts) > 1 and parts[1]:
        try:
            at = _timestamp(parts[1])
        except ValueError:
            return f"'{parts[1]}' is not a timestamp (YYYY-MM-DDTHH:MM:SS)"
    shelf = parts[2].lstrip("@") if len(parts) > 2 else ""
    return _Line(number, code, at, shelf, prefix_key)


_SEED = b"qor-scan-file\x1e"


def _legacy_seeds(file: str) -> tuple[bytes, bytes]:
    """The seeds of the keys Qor gave untimestamped lines before segments: the file's
    content alone, then the content seeded with the file's name."""
    return _SEED, _SEED + Path(file).name.encode() + b"\x1e"


def _key(line: _Line, shelf_code: str) -> str:
    """A timestamped scan is the same scan wherever it appears: its code, its time and the
    shelf it was made at. An untimestamped line gets "" here: it is known by its segment of
    the file (_plan), so the same file (or the same file grown by appended lines) imports
    once, while another pass over the same shelf, in another file, counts again."""
    if line.at is None:
        return line.prefix_key
    text = f"{line.code}\x1f{line.at.isoformat()}\x1f{shelf_code}"
    # Led by the time, so a file's keys enter the unique index nearly in order.
    return (
        f"t{line.at.astimezone(UTC):%Y%m%d%H%M%S}{hashlib.sha256(text.encode()).hexdigest()[:49]}"
    )


def _chunks(values: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@dataclass(frozen=True)
class _Shelves:
    """Every location by code and by shelf barcode: a library has hundreds, not millions."""

    by_name: dict[str, tuple[int, str]]  # what may follow '@': a code, or a shelf barcode
    by_barcode: dict[str, tuple[int, str]]
    codes: dict[int, str]


def _shelves(session: Session) -> _Shelves:
    by_code: dict[str, tuple[int, str]] = {}
    by_barcode: dict[str, tuple[int, str]] = {}
    codes: dict[int, str] = {}
    for location_id, code, barcode in session.execute(
        select(Location.id, Location.code, Location.barcode)
    ):
        codes[location_id] = code
        by_code[code] = (location_id, code)
        if barcode:
            by_barcode[barcode] = (location_id, code)
    # A line's '@X' may name a shelf by its barcode too; its code wins when both match.
    return _Shelves({**by_barcode, **by_code}, by_barcode, codes)


def _plan(
    raw_lines: Sequence[bytes],
    shelves: _Shelves,
    context: int | None,
    stamp: Callable[[datetime], Any],
    file: str,
    result: ScanImport,
    earlier_ends: Set[str] = frozenset(),
    legacy_seed: bytes | None = None,
) -> list[_Staged]:
    """Walk the file in order, as the handheld was carried: shelf lines set the context of
    the lines after them. Bad lines, and lines naming an unknown shelf, are rejected and
    change nothing; a line met twice (the same timestamped scan) is staged once. Lines of a
    code read more than once in the file are flagged, so the database sorts only those to
    find each copy's first scan.

    An untimestamped line is known by its number and the content of the file up to the end
    of its segment: segments end where an earlier import of the audit ended (its end key in
    `earlier_ends`: the same file, or the file it grew from), at each chunk's last such line
    and at the file's. With `legacy_seed`, the keys are those Qor gave before segments: the
    file's hash up to the line itself, seeded so (see _legacy_seeds)."""
    running = hashlib.sha256(_SEED if legacy_seed is None else legacy_seed)
    staged: list[_Staged] = []
    stamped: set[str] = set()
    first_of: dict[str, int] = {}  # a copy's code -> where its first line is in `staged`
    pending: list[int] = []  # staged lines (indexes) whose segment has not ended yet
    rejected = result.rejected
    by_barcode = shelves.by_barcode
    codes = shelves.codes
    update, hexdigest = running.update, running.hexdigest
    legacy = legacy_seed is not None
    hashed = [0]  # the lines the running digest holds (all of them so far when legacy)

    def digest_upto(end: int) -> str:
        """The file's hash up to line `end` (ends only grow): the lines since the last one
        asked for are hashed in one piece, not line by line."""
        if hashed[0] < end:
            update(b"\n".join(raw_lines[hashed[0] : end]))
            update(b"\n")
            hashed[0] = end
        return hexdigest()[:54]

    # Where earlier imports ended: only there is the running digest wanted line by line.
    end_lines = {int(k[1:10]) for k in earlier_ends if k[1:10].isdigit()}

    def end_segment(digest: str | None = None) -> None:
        last = pending[-1]
        end = staged[last][0]
        if digest is None:  # the file's hash up to the segment's last line
            digest = digest_upto(end)
        for index in pending:
            row = staged[index]
            marker = "e" if index == last else "f"
            staged[index] = (*row[:5], f"{marker}{row[0]:09d}{digest}", row[6])
        pending.clear()

    count = 0  # len(staged)
    for number, raw in enumerate(raw_lines, start=1):
        if legacy:
            update(raw)
            update(b"\n")
        text = (raw.decode() if raw.isascii() else _decode(raw)).strip()
        if not text:
            continue
        if pending and count % CHUNK == 0:
            # The chunk before this line ends a segment, so a chunk's keys are final when
            # it commits: a run stopped midway and the same file re-run agree.
            end_segment()
        if text[0] != "@" and ";" not in text and "," not in text and "\t" not in text:
            # Nearly every line: a bare barcode, known by its segment of the file.
            code = text if text[0] not in _CODABAR_ENDS else normalise_scan(text)
            key, is_shelf = "", 0
            suspect = (
                not code
                or len(code) > MAX_CODE
                or " " in code
                or not code.isprintable()
                or not code.isascii()
            )
            if suspect and (bad := _not_a_barcode(text, code)):
                rejected.append(RejectedLine(file, number, bad))
                continue
            if (shelf := by_barcode.get(code)) is not None:
                context, is_shelf = shelf[0], 1
            at = None
        else:
            line = _parse(text, number, "")
            if isinstance(line, str):
                rejected.append(RejectedLine(file, number, line))
                continue
            code, is_shelf = line.code, 0
            if line.shelf:
                shelf = shelves.by_name.get(line.shelf)
                if shelf is None:
                    reason = str(LocationNotFound(line.shelf))
                    rejected.append(RejectedLine(file, number, reason))
                    continue
                context, key = shelf[0], _key(line, shelf[1])
                if not code:
                    code, is_shelf = f"@{line.shelf}", 1
            elif (shelf := by_barcode.get(code)) is not None:
                context, key, is_shelf = shelf[0], _key(line, shelf[1]), 1
            else:
                key = _key(line, codes.get(context, "") if context is not None else "")
            if line.at is not None:
                if key in stamped:
                    result.already_imported += 1
                    continue
                stamped.add(key)
            at = None if line.at is None else stamp(line.at)
        in_segment = not key and not legacy
        if not key and legacy:
            # Led by the line number, so one file's keys enter the unique index in order.
            key = f"f{number:09d}{hexdigest()[:54]}"
        repeated = 0
        if not is_shelf:
            first = first_of.setdefault(code, count)
            if first != count:
                if not staged[first][6]:
                    staged[first] = (*staged[first][:6], 1)
                repeated = 1
        if in_segment:
            pending.append(count)
        staged.append((number, code, at, context, is_shelf, key, repeated))
        count += 1
        if in_segment and number in end_lines:
            digest = digest_upto(number)
            if f"e{number:09d}{digest}" in earlier_ends:
                end_segment(digest)  # an earlier import of this audit ended here
    if pending:
        end_segment()
    rejected.sort(key=lambda r: r.line)
    return staged


def import_scan_file(
    db: Database,
    actor: Actor,
    audit_id: int,
    path: Path | str,
    device: str = "",
    *,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ScanImport:
    """Import a handheld scanner's file into the audit in chunks of CHUNK lines, each one
    transaction. `device` names the handheld (default: the file's name). Lines imported
    before, from this workstation or another, are skipped; bad lines are reported with file
    and line number and the rest imported."""
    require(actor, "scan in audits", Role.STOCK_CHECKER)
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("errors", "Cannot read {file}: {p1}").format(file=file, p1=os_reason(exc))
        ) from None
    device = device.strip() or file.name
    result = ScanImport(str(file), device)
    raw_lines = data.splitlines()
    with db.read() as session:
        if audit_row(session, audit_id).status != AuditStatus.OPEN:
            raise AuditClosed(audit_id)
        context = scan_context(session, audit_id, actor.name, device)
        shelves = _shelves(session)
        stamp = _driver_time(session)
        ends = _earlier_ends(session, audit_id)
        staged = _plan(raw_lines, shelves, context, stamp, str(file), result, ends)
        if (seed := _legacy(session, audit_id, raw_lines, staged, file.name)) is not None:
            # This file was imported into the audit by a Qor before segments: its keys then.
            result.rejected.clear()
            result.already_imported = 0
            staged = _plan(raw_lines, shelves, context, stamp, str(file), result, frozenset(), seed)
    now = datetime.now(UTC)  # the time of every line that carries none
    for chunk in _chunks(staged, CHUNK):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        _import_chunk(db, actor.name, audit_id, device, file.name, now, chunk, result)
        if progress is not None:
            done = chunk[-1][0]
            progress(done, len(result.rejected), f"{done} / {len(raw_lines)}")
    if result.recorded >= ANALYZE_AFTER and not db.is_sqlite:
        # Until autovacuum gets round to it, the planner takes the new scans and finds for
        # a handful and plans the results that usually follow at once row by row.
        with db.write() as session:
            session.execute(text("ANALYZE audit_scan, audit_find"))
    if progress is not None and not result.cancelled:
        progress(len(raw_lines), len(result.rejected), "done")
    return result


def _earlier_ends(session: Session, audit_id: int) -> set[str]:
    """The keys of the last lines of the file segments imported into the audit: one per
    chunk of each file, found on the unique key index."""
    return set(
        session.execute(
            text(
                "SELECT dedupe_key FROM audit_scan WHERE audit_id = :audit "
                "AND dedupe_key > 'e' AND dedupe_key < 'f'"
            ),
            {"audit": audit_id},
        ).scalars()
    )


def _legacy(
    session: Session,
    audit_id: int,
    raw_lines: Sequence[bytes],
    staged: Sequence[_Staged],
    name: str,
) -> bytes | None:
    """The seed of the keys an earlier Qor gave this file's lines in the audit, when it
    imported the file before (its first untimestamped line's key tells); else None."""
    first = next((row[0] for row in staged if row[5][:1] in ("e", "f")), None)
    if first is None:
        return None
    keys: dict[str, bytes] = {}
    for seed in _legacy_seeds(name):
        running = hashlib.sha256(seed)
        for raw in raw_lines[:first]:
            running.update(raw)
            running.update(b"\n")
        keys[f"f{first:09d}{running.hexdigest()[:54]}"] = seed
    found = session.execute(
        text(
            "SELECT dedupe_key FROM audit_scan WHERE audit_id = :audit AND dedupe_key IN :keys"
        ).bindparams(bindparam("keys", expanding=True)),
        {"audit": audit_id, "keys": list(keys)},
    ).scalar()
    return None if found is None else keys[found]


def _driver_time(session: Session) -> Callable[[datetime], Any]:
    """How a scan's time goes to the driver when staged below the ORM: as the scan table's
    column type writes it (SQLite keeps text), so staged and ORM-written times compare."""
    dialect = session.get_bind().dialect
    column = AuditScan.__table__.c.scanned_at.type
    process = column.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda value: value)


def _import_chunk(
    db: Database,
    actor: str,
    audit_id: int,
    device: str,
    source: str,
    now: datetime,
    chunk: Sequence[_Staged],
    result: ScanImport,
) -> None:
    """Reconcile one chunk in one transaction. Another workstation recording some of its
    lines (the unique dedupe key) or finding some of its copies meanwhile rolls it back, and
    the retry resolves it against what the other one recorded."""
    for attempt in range(ATTEMPTS):
        outcome: Tally[str] = Tally()
        try:
            with db.write() as session:
                recorded = _reconcile(session, actor, audit_id, device, source, now, chunk, outcome)
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
            continue
        except _FoundMeanwhile:
            if attempt == ATTEMPTS - 1:
                raise ScanFileContended(source, chunk[0][0]) from None
            continue
        result.recorded += recorded
        result.already_imported += len(chunk) - recorded
        result.outcomes.update(outcome)
        return


# --- The chunk's set-based statements -------------------------------------------------------

STAGE = "audit_scan_stage"
FIRSTS = "audit_scan_first"
RESOLVED = "audit_scan_resolved"
# A first find of a copy marks it found; these are the outcomes it can have.
_FIND_OUTCOMES = (Outcome.FOUND, Outcome.MISPLACED, Outcome.CONFLICT)
_FINDS = "(" + ", ".join(f"'{outcome}'" for outcome in _FIND_OUTCOMES) + ")"
_CONFLICTING = ", ".join(f"'{s.value}'" for s in sorted(CONFLICTING))

_SKIP_IMPORTED = f"""
DELETE FROM {STAGE} WHERE EXISTS (
    SELECT 1 FROM audit_scan a WHERE a.audit_id = :audit AND a.dedupe_key = {STAGE}.dedupe_key
)
"""

# The first line of each copy the chunk reads more than once (only those lines are sorted).
_FIRST_LINES = f"""
INSERT INTO {FIRSTS} (code, line)
SELECT code, min(line) FROM {STAGE} WHERE repeated = 1 GROUP BY code
"""

# Each fresh line with what it meant, as record_scan decides it one scan at a time: the
# first line of a copy not found before finds it (in conflict when its status says it
# cannot be on a shelf; misplaced when read at a shelf it does not belong to, or, for a copy
# outside the frozen list, read with no shelf context); any later line of it is a duplicate.
# ({later} and {firsts}: the lines of a copy read more than once, when the chunk has some.)
_RESOLVE = f"""
INSERT INTO {RESOLVED} (line, code, scanned_at, context, dedupe_key, item_id, origin, home,
                        outcome)
SELECT s.line, s.code, coalesce(s.scanned_at, :now), s.context, s.dedupe_key, i.id, c.origin,
       c.location_id,
       CASE
         WHEN s.is_shelf = 1 THEN '{Outcome.LOCATION}'
         WHEN i.id IS NULL THEN '{Outcome.UNKNOWN}'
         WHEN d.item_id IS NOT NULL{{later}} THEN '{Outcome.DUPLICATE}'
         WHEN i.status IN ({_CONFLICTING}) THEN '{Outcome.CONFLICT}'
         WHEN s.context IS NOT NULL AND (
                (c.origin IS NULL AND (i.location_id IS NULL OR s.context <> i.location_id))
                OR (c.origin IS NOT NULL
                    AND (c.location_id IS NULL OR s.context <> c.location_id)))
           THEN '{Outcome.MISPLACED}'
         WHEN s.context IS NULL AND (c.origin IS NULL OR c.origin = 'extra')
           THEN '{Outcome.MISPLACED}'
         ELSE '{Outcome.FOUND}'
       END
FROM {STAGE} s
{{firsts}}LEFT JOIN item i ON s.is_shelf = 0 AND i.barcode = s.code
LEFT JOIN audit_copy c ON c.audit_id = :audit AND c.item_id = i.id
LEFT JOIN audit_find d ON d.audit_id = :audit AND d.item_id = i.id
"""


def _resolve(repeats: bool) -> str:
    """The resolving statement; when the chunk reads no copy twice, without the first
    lines (the join of an empty table, and a test that is never true)."""
    if not repeats:
        return _RESOLVE.format(later="", firsts="")
    return _RESOLVE.format(
        later=" OR s.line > f.line",
        firsts=f"LEFT JOIN {FIRSTS} f ON s.repeated = 1 AND f.code = s.code\n",
    )


_RECORD = f"""
INSERT INTO audit_scan (audit_id, code, outcome, item_id, location_id, scanned_at, actor,
                        device, source, line, dedupe_key)
SELECT :audit, code, outcome, item_id, context, scanned_at, :actor, :device, :source, line,
       dedupe_key
FROM {RESOLVED} ORDER BY line
"""

# The copies' first finds, in key order. The key is the copy's: a find another workstation
# made since the resolve read (PostgreSQL) is kept, and this chunk is then resolved again.
# (On PostgreSQL the insert is plain: such a find fails it on the key, which costs no
# speculative insertion per row; on SQLite nothing writes while the chunk holds the lock.)
_FIND_WHERE = f"WHERE item_id IS NOT NULL AND outcome IN {_FINDS}"
_INSERT_FINDS = f"""
INSERT INTO audit_find (audit_id, item_id, found_at, found_location_id, found_by,
                        found_device, outcome)
SELECT :audit, item_id, scanned_at, context, :actor, :device, outcome FROM {RESOLVED}
{_FIND_WHERE}
ORDER BY item_id
"""
_MARK_FOUND = f"{_INSERT_FINDS}ON CONFLICT (audit_id, item_id) DO NOTHING\n"
_FIND_KEY = str(cast("Table", AuditFind.__table__).primary_key.name)

# What the chunk's lines came to, in one pass: the outcomes, the finds on the frozen list
# by their home shelf, and the copies found off it.
_SUMMARY = f"SELECT outcome, origin, home, count(*) FROM {RESOLVED} GROUP BY outcome, origin, home"

# Copies found on a shelf that were not in the frozen list (rare).
_ADD_EXTRAS = f"""
INSERT INTO audit_copy (audit_id, item_id, origin, inventory_number, barcode, location_id,
                        call_number, title, price, status, outcome)
SELECT :audit, i.id, 'extra', i.inventory_number, i.barcode, i.location_id, i.call_number,
       rec.title, i.price, i.status, ''
FROM {RESOLVED} r
JOIN item i ON i.id = r.item_id
JOIN record rec ON rec.id = i.record_id
WHERE r.origin IS NULL AND r.outcome IN {_FINDS}
ON CONFLICT (audit_id, item_id) DO NOTHING
"""


def _temporary_tables(session: Session, sqlite: bool) -> None:
    time_type, drop = ("TEXT", "") if sqlite else ("timestamptz", " ON COMMIT DROP")
    # On SQLite the line is the rowid, free; PostgreSQL would keep a B-tree of it that no
    # statement reads (they hash and sort), while a chunk's 200,000 rows are written.
    line = "line integer PRIMARY KEY" if sqlite else "line integer NOT NULL"
    tables = {
        STAGE: f"{line}, code text NOT NULL, scanned_at {time_type}, "
        "context integer, is_shelf integer NOT NULL, dedupe_key text NOT NULL, "
        "repeated integer NOT NULL",
        FIRSTS: "code text PRIMARY KEY, line integer NOT NULL",
        RESOLVED: f"{line}, code text, scanned_at {time_type}, "
        "context integer, "
        "dedupe_key text, item_id bigint, origin text, home integer, outcome text",
    }
    for name, columns in tables.items():
        session.execute(text(f"DROP TABLE IF EXISTS {name}"))
        session.execute(text(f"CREATE TEMPORARY TABLE {name} ({columns}){drop}"))


def _stage(session: Session, sqlite: bool, chunk: Sequence[_Staged]) -> None:
    """The chunk's lines into the staging table in one batch, below the ORM."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    if sqlite:
        driver.executemany(f"INSERT INTO {STAGE} VALUES (?, ?, ?, ?, ?, ?, ?)", chunk)
        return
    with driver.cursor() as cursor:
        with cursor.copy(f"COPY {STAGE} FROM STDIN") as copy:
            for row in chunk:
                copy.write_row(row)
        cursor.execute(f"ANALYZE {STAGE}")


@contextmanager
def _bulk_settings(session: Session, sqlite: bool) -> Iterator[None]:
    """The connection's settings for one chunk's transaction."""
    if not sqlite:
        # psycopg prepares a statement run five times, and PostgreSQL may then plan it once
        # for any audit: a generic plan for these joins can take the audit_id index and walk
        # every scan and copy of the audit. Planned for the audit at hand, each join probes
        # the unique indexes. (LOCAL: it ends with the transaction.)
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        # The chunk's joins hash the fund's copies and the audit's list (a million rows
        # each): at the default 4 MB they spill to disk in 8-16 batches, and the finds sort
        # on disk. Memory for one chunk's statements, back to the default at commit.
        session.execute(text(f"SET LOCAL work_mem = '{BULK_WORK_MEM}'"))
        yield
        return
    # The chunk touches pages all over the audit's copies and the scans' key index: a cache
    # that holds them writes each once. The pooled connection gets its own settings back.
    before = {p: session.execute(text(f"PRAGMA {p}")).scalar_one() for p in BULK_PRAGMAS}
    for pragma, value in BULK_PRAGMAS.items():
        session.execute(text(f"PRAGMA {pragma} = {value}"))
    try:
        yield
    finally:
        for pragma, value in before.items():
            session.execute(text(f"PRAGMA {pragma} = {int(value)}"))


def _reconcile(
    session: Session,
    actor: str,
    audit_id: int,
    device: str,
    source: str,
    now: datetime,
    chunk: Sequence[_Staged],
    outcomes: Tally[str],
) -> int:
    """Record the chunk's fresh lines with their outcomes, mark the copies they found and
    count them per location; returns the lines recorded."""
    open_audit_for_scans(session, audit_id)
    sqlite = session.get_bind().dialect.name == "sqlite"
    with _bulk_settings(session, sqlite):
        _temporary_tables(session, sqlite)
        _stage(session, sqlite, chunk)
        audit = {"audit": audit_id}
        who = {**audit, "actor": actor, "device": device}
        session.execute(text(_SKIP_IMPORTED), audit)
        repeats = any(row[6] for row in chunk)
        if repeats:
            session.execute(text(_FIRST_LINES))
        session.execute(
            text(_resolve(repeats)).bindparams(bindparam("now", type_=DateTime(timezone=True))),
            {**audit, "now": now},
        )
        if not sqlite:
            return _record_on_server(session, audit_id, who, source, outcomes)
        finds = session.execute(text(f"SELECT count(*) FROM {RESOLVED} {_FIND_WHERE}")).scalar()
        marked = session.execute(text(_MARK_FOUND), who)
        if cast("CursorResult[Any]", marked).rowcount != finds:
            raise _FoundMeanwhile
        session.execute(text(_RECORD), {**who, "source": source})
        session.execute(text(_ADD_EXTRAS), audit)
        found = session.execute(
            text(
                f"SELECT home, count(*) FROM {RESOLVED} WHERE origin = 'expected' "
                f"AND outcome IN {_FINDS} GROUP BY home ORDER BY home"
            )
        ).all()
        _count_found(session, audit_id, found)
        recorded = 0
        for outcome, count in session.execute(
            text(f"SELECT outcome, count(*) FROM {RESOLVED} GROUP BY outcome")
        ):
            outcomes[outcome] += int(count)
            recorded += int(count)
        # SQLite keeps a connection's temporary tables (PostgreSQL drops them at commit).
        for name in (STAGE, FIRSTS, RESOLVED):
            session.execute(text(f"DROP TABLE {name}"))
        return recorded


def _count_found(session: Session, audit_id: int, found: Sequence[Any]) -> None:
    """Add the chunk's finds on the frozen list to their shelves' counters, shelf by shelf
    in order (two chunks' transactions lock them in the same order)."""
    for location_id, count in found:
        session.execute(
            update(AuditLocation)
            .where(AuditLocation.audit_id == audit_id, AuditLocation.location_id == location_id)
            .values(found=AuditLocation.found + count)
        )


def _record_on_server(
    session: Session,
    audit_id: int,
    who: dict[str, Any],
    source: str,
    outcomes: Tally[str],
) -> int:
    """PostgreSQL's rest of a chunk once it is resolved: what it came to in one pass over
    the resolved lines, the finds (a copy another workstation found meanwhile fails their
    key), the scans, the copies found off the list (only when there are some: unanalysed,
    the resolved lines look few to the planner, which then probes the copies' keys row by
    row) and the shelves' counters."""
    finds = extras = recorded = 0
    found: Tally[int] = Tally()
    for outcome, origin, home, count in session.execute(text(_SUMMARY)):
        outcomes[outcome] += count
        recorded += count
        if outcome in _FIND_OUTCOMES:
            finds += count
            if origin is None:
                extras += count
            elif origin == "expected" and home is not None:
                found[home] += count
    try:
        marked = session.execute(text(_INSERT_FINDS), who)
    except IntegrityError as exc:
        if getattr(getattr(exc.orig, "diag", None), "constraint_name", None) == _FIND_KEY:
            raise _FoundMeanwhile from None
        raise
    if cast("CursorResult[Any]", marked).rowcount != finds:
        raise _FoundMeanwhile
    session.execute(text(_RECORD), {**who, "source": source})
    if extras:
        session.execute(text(_ADD_EXTRAS), {"audit": audit_id})
    _count_found(session, audit_id, sorted(found.items()))
    return recorded
