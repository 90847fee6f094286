"""Turning a MARC record into the rows the catalog stores: the record row with its display
columns, its exact-match keys and its word index. Used by single edits and by bulk import."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pymarc
from sqlalchemy import Connection, delete, insert
from sqlalchemy.orm import Session

from app.catalog import wordindex
from app.catalog.access_points import DISPLAY_COLUMNS, AccessPoints
from app.catalog.wordindex import IndexedText
from app.marc.codec import to_json
from db.models import RecordKey


def marc_timestamp(moment: datetime | None = None) -> str:
    """005: date and time of latest transaction, yyyymmddhhmmss.f."""
    moment = moment or datetime.now(UTC)
    return moment.strftime("%Y%m%d%H%M%S") + f".{moment.microsecond // 100000}"


def stamp(
    record: pymarc.Record, control_number: str, sigla: str, timestamp: str | None = None
) -> None:
    """Give the record its local identity (001, 003) and a current 005, keeping field order.
    Import passes one `timestamp` (marc_timestamp()) for a batch instead of one per record."""
    values = (("001", control_number), ("003", sigla), ("005", timestamp or marc_timestamp()))
    found: dict[str, pymarc.Field] = {}
    for f in record.fields:  # one pass: the first field of each tag takes the value
        if f.tag in _STAMPED and f.tag not in found:
            found[f.tag] = f
    for tag, value in values:
        existing = found.get(tag)
        if existing is not None:
            existing.data = value
            continue
        new = pymarc.Field(tag=tag, data=value)
        index = next((i for i, f in enumerate(record.fields) if f.tag > tag), len(record.fields))
        record.fields.insert(index, new)
    leader = str(record.leader)
    record.leader = pymarc.Leader(leader[:9] + "a" + leader[10:])


_STAMPED = frozenset(("001", "003", "005"))


def preserve_source_identity(record: pymarc.Record, sigla: str) -> None:
    """Before a foreign record takes our 001/003, keep its own as 035 $a (ORG)number, the
    MARC 21 way of remembering where a copied record came from."""
    control = origin = None
    system_numbers: list[pymarc.Field] = []
    for f in record.fields:  # one pass instead of one per tag: import calls this per record
        tag = f.tag
        if tag == "001":
            if control is None:
                control = f
        elif tag == "003":
            if origin is None:
                origin = f
        elif tag == "035":
            system_numbers.append(f)
    if control is None or not control.data or not control.data.strip():
        return
    org = origin.data.strip() if origin is not None and origin.data else ""
    if org == sigla:
        return
    value = f"({org}){control.data.strip()}" if org else control.data.strip()
    for f in system_numbers:
        if value in f.get_subfields("a"):
            return
    field = pymarc.Field(
        tag="035",
        indicators=pymarc.Indicators(" ", " "),
        subfields=[pymarc.Subfield("a", value)],
    )
    index = next((i for i, f in enumerate(record.fields) if f.tag > "035"), len(record.fields))
    record.fields.insert(index, field)


def stamp_flat(
    leader: str, fields: list[list[str]], control_number: str, sigla: str, timestamp: str
) -> str:
    """stamp() on a record held as codec.flat_fields (bulk import): the fields are changed in
    place and the leader is returned."""
    found: dict[str, list[str]] = {}
    for f in fields:
        if f[0] in _STAMPED and f[0] not in found:
            found[f[0]] = f
            if len(found) == 3:
                break
    for tag, value in (("001", control_number), ("003", sigla), ("005", timestamp)):
        existing = found.get(tag)
        if existing is not None:
            existing[:] = (tag, value)
            continue
        index = next((i for i, f in enumerate(fields) if f[0] > tag), len(fields))
        fields.insert(index, [tag, value])
    return leader[:9] + "a" + leader[10:]


def preserve_source_identity_flat(fields: list[list[str]], sigla: str) -> None:
    """preserve_source_identity() on a record held as codec.flat_fields (bulk import)."""
    control = origin = None
    system_numbers: list[list[str]] = []
    for f in fields:
        tag = f[0]
        if tag == "001":
            if control is None:
                control = f
        elif tag == "003":
            if origin is None:
                origin = f
        elif tag == "035":
            system_numbers.append(f)
    if control is None or len(control) != 2 or not control[1].strip():
        return
    org = origin[1].strip() if origin is not None and len(origin) == 2 else ""
    if org == sigla:
        return
    number = control[1].strip()
    value = f"({org}){number}" if org else number
    for f in system_numbers:
        if any(code == "a" and v == value for code, v in zip(f[3::2], f[4::2], strict=False)):
            return
    index = next((i for i, f in enumerate(fields) if f[0] > "035"), len(fields))
    fields.insert(index, ["035", " ", " ", "a", value])


def record_columns(record: pymarc.Record, ap: AccessPoints) -> dict[str, Any]:
    return {
        "marc": to_json(record),
        **dict(zip(DISPLAY_COLUMNS, ap.display_columns(), strict=True)),
    }


def key_rows(record_id: int, ap: AccessPoints, control_number: str, sigla: str) -> list[dict]:
    return [
        {"kind": k, "value": v, "record_id": record_id}
        for k, v, _ in key_tuples(record_id, ap, control_number, sigla, ap.match_key())
    ]


def key_tuples(
    record_id: int,
    ap: AccessPoints,
    control_number: str,
    sigla: str,
    match: str | None,
) -> list[tuple[str, str, int]]:
    """(kind, value, record_id) rows of the record's exact-match keys; `match` is
    ap.match_key(), which import has already computed for the duplicate check."""
    return keys_with_local(record_id, ap.index_keys(match), control_number, sigla)


def keys_with_local(
    record_id: int, index_keys: tuple[tuple[str, str], ...], control_number: str, sigla: str
) -> list[tuple[str, str, int]]:
    """key_tuples from AccessPoints.index_keys, with the record's local identity added."""
    local = ("ctl", f"{sigla}:{control_number}")
    rows = [(k, v, record_id) for k, v in index_keys]
    if local not in index_keys:
        rows.append((*local, record_id))
    return rows


def word_row(record_id: int, ap: AccessPoints) -> IndexedText:
    return IndexedText(record_id, *ap.word_texts())


def write_index(session: Session, rows_keys: list[dict], rows_words: list[IndexedText]) -> None:
    if rows_keys:
        # Core executemany on the connection: the ORM's bulk path costs more than the write.
        session.connection().execute(insert(RecordKey), rows_keys)
    wordindex.write(session, rows_words)


def write_index_many(
    session: Session, keys: list[tuple[str, str, int]], rows_words: list[IndexedText]
) -> None:
    """write_index for bulk import: key rows as (kind, value, record_id) tuples."""
    insert_many(session.connection(), RecordKey.__table__, ("kind", "value", "record_id"), keys)
    wordindex.write(session, rows_words)


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_many(
    connection: Connection, table: Any, columns: Sequence[str], rows: Sequence[tuple]
) -> None:
    """INSERT rows given as tuples in the driver's own form (str, int, bytes, and column types
    with a bind processor already applied), straight to the driver's executemany: for bulk
    import, SQLAlchemy's per-row parameter processing cost more than SQLite's write. Column
    defaults are not applied, so every column must be given."""
    if not rows:
        return
    dialect = connection.dialect
    mark = _PLACEHOLDERS[dialect.paramstyle]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    connection.exec_driver_sql(sql, list(rows))


def driver_value(connection: Connection, column: Any, value: Any) -> Any:
    """`value` as the driver receives it for `column` (for insert_many), e.g. a datetime as
    SQLite's text form."""
    process = column.type.bind_processor(connection.dialect)
    return process(value) if process is not None else value


def clear_index(session: Session, record_ids: list[int]) -> None:
    if record_ids:
        session.execute(delete(RecordKey).where(RecordKey.record_id.in_(record_ids)))
        wordindex.delete(session, record_ids)
