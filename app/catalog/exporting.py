"""Exporting catalog records to ISO 2709, MARCXML or .mrk, streamed so memory stays flat."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymarc
from sqlalchemy import select

from app.errors import InvalidInput
from app.i18n import translate
from app.library import current_library
from app.marc.codec import from_json
from app.marc.rusmarc import declare_utf8, to_rusmarc
from app.marc.writing import MarcWriter
from app.security.roles import Actor, Role, require
from db.models import Record
from db.session import Database

HoldingsHook = Callable[[Database, list[int]], dict[int, list[pymarc.Field]]]
_holdings_hooks: list[HoldingsHook] = []


@dataclass(frozen=True)
class SkippedRecord:
    """A record the export could not write in the chosen format, and why."""

    record_id: int
    reason: str


def register_holdings(hook: HoldingsHook) -> None:
    """Let the intake desk add 852 holdings fields to exported records."""
    _holdings_hooks.append(hook)


def export_records(
    db: Database,
    actor: Actor,
    out: Path,
    format: str = "iso2709",
    ids: Sequence[int] | None = None,
    with_holdings: bool = False,
    chunk: int = 1000,
    scheme: str = "marc21",
    skipped: list[SkippedRecord] | None = None,
) -> int:
    """Write the chosen records (all when `ids` is None) and return how many were written.
    A record the format cannot carry is skipped and added to `skipped` with its reason
    (without `skipped`, it stops the export); the file appears only when complete (see
    MarcWriter). Any signed-in role may export: every desk hands records on (to a union
    catalog, a partner, a report), and exporting changes nothing in the catalog. With `scheme`
    "rusmarc" the records go out in RUSMARC (exchange partners take it): a record imported
    from RUSMARC gives its source fields back, others are converted from MARC 21."""
    require(actor, "export records", *Role)
    if scheme not in ("marc21", "rusmarc"):
        raise InvalidInput(
            translate("errors", "Unknown export scheme '{scheme}'; use marc21 or rusmarc.").format(
                scheme=scheme
            )
        )
    if format not in ("iso2709", "marcxml", "mrk"):
        raise InvalidInput(
            translate(
                "errors", "Unknown export format '{format}'; use iso2709, marcxml or mrk."
            ).format(format=format)
        )
    written = 0
    last_id = 0
    wanted = sorted(set(ids)) if ids is not None else None
    if wanted is not None:
        with db.read() as session:
            present: set[int] = set()
            for start in range(0, len(wanted), 500):
                present.update(
                    session.execute(
                        select(Record.id).where(Record.id.in_(wanted[start : start + 500]))
                    ).scalars()
                )
        if missing := [i for i in wanted if i not in present]:
            raise InvalidInput(
                translate(
                    "errors", "No record with id {p0} in the catalog; nothing exported."
                ).format(p0=missing[0])
            )
    agency = ""
    if scheme == "rusmarc":
        with db.read() as session:
            agency = current_library(session).sigla  # 801 of the records 040 names no one
    with MarcWriter(out, format) as writer:
        while True:
            with db.read() as session:
                stmt = select(Record.id, Record.marc).order_by(Record.id).limit(chunk)
                if wanted is not None:
                    part = [i for i in wanted if i > last_id][:chunk]
                    if not part:
                        break
                    stmt = stmt.where(Record.id.in_(part))
                else:
                    stmt = stmt.where(Record.id > last_id)
                rows = session.execute(stmt).all()
            if not rows:
                break
            holdings: dict[int, list[pymarc.Field]] = {}
            if with_holdings:
                for hook in _holdings_hooks:
                    for rid, fields in hook(db, [r.id for r in rows]).items():
                        holdings.setdefault(rid, []).extend(fields)
            for row in rows:
                record = from_json(row.marc)
                for f in holdings.get(row.id, []):
                    record.add_ordered_field(f)
                try:
                    if scheme == "rusmarc":
                        record = declare_utf8(to_rusmarc(record, agency))
                    writer.write(record)
                except InvalidInput as exc:
                    if skipped is None:
                        raise
                    skipped.append(SkippedRecord(row.id, str(exc)))
                    continue
                written += 1
            last_id = rows[-1].id
    return written
