"""Copies from the holdings of imported MARC 21 records: MARC 21 852 with its item fields
876–878, and Koha's 952. Each holdings field is read as the IRBIS copy (910) it stands for and
goes the migration's way (app.migration.service): numbers kept verbatim, duplicates flagged,
locations created, one opening-balance batch per location, the labelling worklist.

| 952 (Koha) | 852 / 876–878 | 910 |
|---|---|---|
| $i stock number | 876 $a item number | ^B inventory number (none: Qor numbers the copy) |
| $p barcode | 852 $p, 876 $p | ^H barcode |
| $a home branch ($c shelving location kept) | 852 $b sublocation (else $c) | ^D location |
| $o call number | 852 $h $i (else $j) | ^R shelf mark |
| $g price (else $v) | 876 $c cost | ^E price |
| $d date accessioned | 876 $d date acquired | ^C date |
| $0 withdrawn, $1 lost, $q on loan | 876 $j status (kept) | ^A status |
| everything else | everything else | kept with the copy |

`auto` takes Koha's 952 when its fields are items (a barcode, call number, stock number,
item type or date), else the 852s of this library (no $a, or $a the library's sigla): other
libraries' 852s (a union catalog's record) are holdings of theirs, not copies of ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymarc
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import translate
from app.library import current_library
from app.marc.codec import from_json
from app.migration.irbis import IrbisField, IrbisRecord
from app.migration.service import MigrationReport, _Run
from app.security.eventlog import EventEntry, record_events
from app.security.roles import Actor, Role, require
from db.models import Record
from db.session import Database

MODES = ("auto", "852", "952", "none")
_KOHA_ITEM = frozenset("poiyd8")
_BATCH = 200


def _t(value: str) -> str:
    return value.replace("^", " ").strip()


def _date(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[:8] if len(digits) >= 8 else ""


def _copy(values: dict[str, str], extra: list[tuple[str, str]], tag: str) -> IrbisField:
    """A 910 standing for one holdings field: the placed values, then every other subfield
    as ``^~TAG$code=value`` (kept with the copy under its own name, never misread as 910's)."""
    parts = [f"^{code}{_t(v)}" for code, v in values.items() if v and _t(v)]
    parts += [f"^~{tag}${code}={_t(v)}" for code, v in extra if _t(v)]
    return IrbisField("910", "".join(parts))


def koha_items(record: pymarc.Record) -> list[IrbisField]:
    out = []
    for f in record.get_fields("952"):
        codes = {s.code for s in f.subfields}
        if not codes & _KOHA_ITEM:
            continue
        get = {s.code: s.value for s in reversed(f.subfields)}
        status = "0"
        if get.get("0", "0").strip() not in ("", "0"):
            status = "6"
        elif get.get("1", "0").strip() not in ("", "0"):
            status = "4"
        elif get.get("q", "").strip():
            status = "1"
        values = {
            "A": status,
            "B": get.get("i", ""),
            "H": get.get("p", ""),
            "D": get.get("a", "") or get.get("b", ""),
            "R": get.get("o", ""),
            "E": get.get("g", "") or get.get("v", ""),
            "C": _date(get.get("d", "")),
        }
        placed = set(["0", "1", "q", "i", "p", "a", "o", "g", "d"])
        extra = [(s.code, s.value) for s in f.subfields if s.code not in placed]
        if get.get("b") and get.get("a") and get.get("b") == get.get("a"):
            extra = [(c, v) for c, v in extra if c != "b"]
        out.append(_copy(values, extra, "952"))
    return out


def marc_holdings(record: pymarc.Record, sigla: str, ours_only: bool) -> list[IrbisField]:
    out = []
    f852s = [
        f
        for f in record.get_fields("852")
        if {s.code for s in f.subfields} - {"a", "6", "8"}
        and (not ours_only or (f.get("a") or "").strip() in ("", sigla))
    ]
    items = record.get_fields("876", "877", "878")
    for f in f852s:
        call = " ".join(x for x in (f.get("h"), f.get("i")) if x) or (f.get("j") or "")
        base = {
            "D": f.get("b") or f.get("c") or "",
            "R": call,
        }
        placed = {"b", "h", "i", "j", "p"} if f.get("b") else {"c", "h", "i", "j", "p"}
        extra = [(s.code, s.value) for s in f.subfields if s.code not in placed]
        linked = [i for i in items if len(f852s) == 1 or _link(i) == _link(f)]
        if not linked:
            out.append(_copy({"A": "0", "H": f.get("p") or "", **base}, extra, "852"))
            continue
        for item in linked:
            # Some systems put the library's name in 876 $a: a number has a digit.
            number = item.get("a") or ""
            values = {
                "A": "0",
                "B": number if any(c.isdigit() for c in number) else "",
                "H": item.get("p") or f.get("p") or "",
                "E": item.get("c") or "",
                "C": _date(item.get("d") or ""),
                **base,
            }
            taken = {"p", "c", "d"} | ({"a"} if values["B"] else set())
            kept = extra + [(s.code, s.value) for s in item.subfields if s.code not in taken]
            out.append(_copy(values, kept, item.tag))
    return out


def _link(f: pymarc.Field) -> str:
    return (f.get("8") or "").split(".")[0]


def holdings_of(record: pymarc.Record, mode: str, sigla: str) -> list[IrbisField]:
    if mode == "none":
        return []
    if mode == "952":
        return koha_items(record)
    if mode == "852":
        return marc_holdings(record, sigla, ours_only=False)
    return koha_items(record) or marc_holdings(record, sigla, ours_only=True)


def import_holdings(
    db: Database, actor: Actor, record_ids: Sequence[int], mode: str, source: str
) -> MigrationReport:
    """Copies from the holdings fields of the given (just imported) records."""
    if mode not in MODES:
        raise InvalidInput(
            translate(
                "errors", "The holdings mode '{mode}' is unknown; use one of: {modes}."
            ).format(mode=mode, modes=", ".join(MODES))
        )
    report = MigrationReport(database=source, kind="holdings")
    if mode == "none" or not record_ids:
        return report
    require(actor, "add copies", Role.INTAKE)
    run = _Run(actor, source, report, {}, {})
    run.prefix = "MARC"
    run.number_missing = True
    for start in range(0, len(record_ids), _BATCH):
        with db.write() as session:
            _holdings_batch(session, run, list(record_ids[start : start + _BATCH]), mode)
    return report


def _holdings_batch(session: Session, run: _Run, ids: list[int], mode: str) -> None:
    sigla = current_library(session).sigla
    rows = session.execute(select(Record.id, Record.marc).where(Record.id.in_(ids))).all()
    batch = [IrbisRecord(rid, holdings_of(from_json(marc), mode, sigla)) for rid, marc in rows]
    batch = [r for r in batch if r.fields]
    run.prefetch(session, batch)
    events: list[EventEntry] = []
    for record in batch:
        _, _, copy_events = run.copies(session, record, record.mfn, sigla)
        events.extend(copy_events)
    events.extend(run.flush(session))
    if events:
        record_events(session, run.actor, events)
