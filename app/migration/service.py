"""Migrating an IRBIS64 fund: records (converted to MARC 21), copies from 910 with their
legacy numbers, group holdings, locations and accession batches, in batches of records, one
transaction each, with a ledger row per record written in the same transaction — a run killed
half-way resumes where it stopped, and running it again adds nothing.

Legacy inventory numbers are kept verbatim. Two flagged cases cannot keep them as the copy's
stored number, because every copy's number is unique in Qor (the rule every lookup, label and
register relies on): a number the source uses twice (records-10.txt: 2223) and copies without
a number («б/н»). The first copy with a number keeps it; a later copy with the same number is
stored as ``2223*2`` (then ``*3`` …) and «б/н» copies as ``б/н*1``, ``б/н*2`` … — the source's
text, then a mark no IRBIS number and no Qor format gives. Each such copy is flagged in
item_legacy (which keeps the number exactly as the source wrote it) and listed in the report
for the librarian to settle; nothing is renumbered silently, and Qor's own numbering skips
every number a copy has (app.intake.numbering.allocate_inventory_numbers).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.catalog import wordindex
from app.catalog.import_pipeline import PreparedRecord, prepare
from app.catalog.importing import OnDuplicate, _Importer
from app.errors import InvalidInput
from app.i18n import translate
from app.intake.barcodes import BarcodeScheme
from app.intake.copies import generated_barcode
from app.intake.locations import shelf_with_barcode
from app.intake.numbering import (
    _ensure_counter,
    allocate_from,
    allocate_inventory_numbers,
    current_settings,
)
from app.intake.status import ItemStatus, missing_for_release
from app.library import current_library
from app.marc.reading import ReadRecord
from app.marc.rusmarc import Scheme
from app.migration.copies import (
    AWAITED,
    GROUP,
    KNOWN_OTHER,
    NEAREST,
    SKIP,
    CopySpec,
    read_copy,
    status_for,
)
from app.migration.irbis import IrbisRecord, database_name, read_any
from app.migration.marc import shelf_mark, to_marc21
from app.security.eventlog import EventEntry, record_event, record_events
from app.security.roles import Actor, Role, require
from db.models import (
    AccessionBatch,
    GroupHolding,
    Item,
    ItemLegacy,
    Location,
    MigrationLedger,
)
from db.models import (
    Counter as CounterRow,
)
from db.session import Database

BATCH = 200
# Entries of a list the report holds (flagged copies, worklist, warnings); the counts always
# cover everything, the report says how many more there are, and the worklist CSV (qor
# migrate worklist, the wizard's Save the worklist…) lists every copy from the catalog.
LIST_LIMIT = 500
MIGRATED_SOURCE = "migrated"  # accession source of rebuilt and opening-balance batches
_KSU = re.compile(r"^\s*(\d{4})\s*/\s*0*(\d{1,6})\s*$")
_LOCATION_CODE = re.compile(r"^[^\s@]{1,32}$")

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass
class MigrationReport:
    """What a migration created (or, dry, would create), and everything a librarian must
    look at. `records` counts records brought in by this run; `already` those a previous run
    brought in (skipped now)."""

    dry_run: bool = False
    database: str = ""
    kind: str = "IRBIS"
    records: int = 0
    already: int = 0
    copies: int = 0
    group_holdings: int = 0
    group_amount: int = 0
    skipped: int = 0  # logically deleted records
    awaited: int = 0  # status 2: ordered, not yet in the fund
    rejected: list[dict[str, str]] = field(default_factory=list)
    # Copies brought in with a value that could not be read (kept as text with the copy), and
    # what the conversion to MARC 21 guessed or could not convert in a record.
    warnings: list[dict[str, str]] = field(default_factory=list)
    unmapped: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)  # Qor status -> copies
    codes: Counter[str] = field(default_factory=Counter)  # IRBIS ^A -> copies
    unknown_codes: Counter[str] = field(default_factory=Counter)
    skipped_copies: Counter[str] = field(default_factory=Counter)  # code -> left out by choice
    nearest: dict[str, str] = field(default_factory=dict)
    locations: list[str] = field(default_factory=list)  # created
    batches: list[str] = field(default_factory=list)  # documents of the batches created
    kept_subfields: Counter[str] = field(default_factory=Counter)  # "910^t" -> copies
    flagged: list[dict[str, str]] = field(default_factory=list)
    flags: Counter[str] = field(default_factory=Counter)
    worklist: list[dict[str, Any]] = field(default_factory=list)
    lacking: Counter[str] = field(default_factory=Counter)  # "no barcode" -> copies
    worklist_total: int = 0  # copies on the worklist, of which `worklist` holds the first
    cancelled: bool = False

    @property
    def flagged_more(self) -> int:
        """Flagged copies the report does not list (the worklist CSV does)."""
        return sum(self.flags.values()) - len(self.flagged)

    @property
    def worklist_more(self) -> int:
        return self.worklist_total - len(self.worklist)

    @property
    def warnings_more(self) -> int:
        return max(0, len(self.warnings) - LIST_LIMIT)

    def as_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "database": self.database,
            "records": self.records,
            "already": self.already,
            "copies": self.copies,
            "group_holdings": self.group_holdings,
            "group_amount": self.group_amount,
            "skipped": self.skipped,
            "awaited": self.awaited,
            "rejected": self.rejected,
            "warnings": self.warnings[:LIST_LIMIT],
            "warnings_more": self.warnings_more,
            "unmapped": dict(sorted(self.unmapped.items(), key=_tag_order)),
            "statuses": dict(self.statuses),
            "codes": dict(self.codes),
            "unknown_codes": dict(self.unknown_codes),
            "skipped_copies": dict(self.skipped_copies),
            "nearest": self.nearest,
            "locations": self.locations,
            "batches": self.batches,
            "kept_subfields": dict(sorted(self.kept_subfields.items())),
            "flags": dict(self.flags),
            "flagged": self.flagged,
            "flagged_more": self.flagged_more,
            "lacking": dict(self.lacking),
            "worklist": self.worklist,
            "worklist_more": self.worklist_more,
            "cancelled": self.cancelled,
        }

    def describe(self) -> str:
        verb = "would create" if self.dry_run else "created"
        lines = [
            f"{self.kind} {self.database}: {verb} {self.records} records, {self.copies} copies, "
            f"{self.group_holdings} group holdings ({self.group_amount} copies counted by "
            f"amount), {len(self.locations)} locations, {len(self.batches)} accession batches.",
            f"  skipped {self.skipped} logically deleted records; {self.already} already "
            f"migrated; {self.awaited} awaited copies (status 2) left out.",
        ]
        if self.statuses:
            lines.append(
                "  statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items()))
            )
        for code, note in sorted(self.nearest.items()):
            lines.append(f"  status {code}: {note}")
        for code, n in sorted(self.unknown_codes.items()):
            what = KNOWN_OTHER.get(code, "a code Qor does not know")
            lines.append(
                f"  status {code} ({what}): {n} copies; choose with --status-map {code}=STATUS"
            )
        if self.unmapped:
            lines.append(
                "  kept in 887 (no MARC 21 home): "
                + ", ".join(f"{t} {n}" for t, n in sorted(self.unmapped.items(), key=_tag_order))
            )
        if self.kept_subfields:
            lines.append(
                "  copy subfields kept with the copies: "
                + ", ".join(f"{k} {n}" for k, n in sorted(self.kept_subfields.items()))
            )
        for flag in self.flagged[:LIST_LIMIT]:
            lines.append(f"  flagged: {flag['record']}: {flag['inventory_number']}: {flag['flag']}")
        if self.flagged_more:
            lines.append(
                f"  ... and {self.flagged_more} more flagged copies: the worklist CSV lists "
                "every one (qor migrate worklist OUT.csv)"
            )
        if self.lacking:
            lines.append(
                "  labelling worklist: "
                + ", ".join(f"{k}: {n}" for k, n in sorted(self.lacking.items()))
            )
        for r in self.rejected[:LIST_LIMIT]:
            lines.append(f"  rejected: {r['record']}: {r['reason']}")
        for r in self.warnings[:LIST_LIMIT]:
            lines.append(f"  warning: {r['record']}: {r['reason']}")
        if self.warnings_more:
            lines.append(f"  ... and {self.warnings_more} more warnings (qor migrate --json)")
        if self.cancelled:
            lines.append("  cancelled: what was committed stays; run again to resume.")
        return "\n".join(lines)


def _tag_order(item: tuple[str, int]) -> tuple[int, str]:
    tag = item[0]
    return (int(tag) if tag.isdigit() else 99999, tag)


def read_location_map(path: Path) -> dict[str, str]:
    """`source code,Qor location code` per line (a header line is allowed)."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) < 2:
                raise InvalidInput(
                    translate(
                        "errors", "{file}, line {line}: give the source code and the Qor code."
                    ).format(file=path.name, line=lineno)
                )
            source, target = row[0].strip(), row[1].strip()
            if lineno == 1 and source.lower() in ("source", "irbis", "from"):
                continue
            if not _LOCATION_CODE.match(target):
                raise InvalidInput(
                    translate(
                        "errors", "{file}, line {line}: '{code}' is not a location code."
                    ).format(file=path.name, line=lineno, code=target)
                )
            out[source] = target
    return out


def _batches(records: Iterable[IrbisRecord], size: int) -> Iterator[list[IrbisRecord]]:
    batch: list[IrbisRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Run:
    def __init__(
        self,
        actor: Actor,
        database: str,
        report: MigrationReport,
        location_map: dict[str, str],
        status_map: dict[str, str],
    ) -> None:
        self.actor = actor
        self.database = database
        self.report = report
        self.location_map = location_map
        self.location_map_folded = {k.upper(): v for k, v in location_map.items()}
        self.status_map = status_map
        self.locations: dict[str, int] = {}  # Qor code -> id (-1: would be created)
        self.accessions: dict[tuple[str, str], int] = {}
        self.suffix: dict[str, int] = {}  # base -> last "*k" given
        # What this batch (a dry run: the whole run) has given, and what the batch's
        # numbers and barcodes were found to be in the database, asked once a batch.
        self.dry_numbers: set[str] = set()
        self.dry_barcodes: set[str] = set()
        self.free_numbers: set[str] = set()
        self.free_barcodes: set[str] = set()
        self.pending: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
        self.today = date.today()
        self.prefix = "IRBIS"
        # Copies without a number: flagged «б/н» (a migration), or numbered by Qor's own
        # numbering (holdings of an import, where the source never numbered them).
        self.number_missing = False
        self.importer: _Importer

    def source(self, record: IrbisRecord) -> str:
        return f"{self.prefix}:{self.database}#{record.mfn}"

    # --- locations and batches ---------------------------------------------------------

    def location_code(self, raw: str) -> str:
        raw = raw.strip()
        if raw in self.location_map:
            return self.location_map[raw]
        if raw.upper() in self.location_map_folded:
            return self.location_map_folded[raw.upper()]
        return re.sub(r"\s+", "-", raw.upper())[:32]

    def location(self, session: Session, raw: str) -> int | None:
        if not raw.strip():
            return None
        code = self.location_code(raw)
        if code in self.locations:
            return self.locations[code]
        found = session.execute(select(Location.id).where(Location.code == code)).scalar()
        if found is None:
            self.report.locations.append(code)
            if self.report.dry_run:
                found = -1
            else:
                row = Location(code=code, name=raw.strip() or code)
                session.add(row)
                session.flush()
                found = row.id
                record_event(
                    session,
                    self.actor,
                    "location.add",
                    "location",
                    row.id,
                    after={"code": code, "name": row.name, "migrated_from": raw},
                )
        self.locations[code] = found
        return found

    def accession(self, session: Session, spec: CopySpec, location_id: int | None) -> int:
        """The batch a copy came in: rebuilt from its КСУ number and date, or the location's
        opening-balance batch."""
        if spec.ksu:
            key = ("ksu", spec.ksu.strip())
        else:
            key = ("opening", self.location_code(spec.location) if spec.location.strip() else "")
        if key in self.accessions:
            return self.accessions[key]
        if key[0] == "ksu":
            document = f"КСУ {spec.ksu.strip()}"
        else:
            document = f"opening balance: {key[1] or '-'}"
        existing = session.execute(
            select(AccessionBatch.id).where(
                AccessionBatch.source == MIGRATED_SOURCE,
                AccessionBatch.document_number == document,
            )
        ).scalar()
        if existing is not None:
            self.accessions[key] = existing
            return existing
        match = _KSU.match(spec.ksu) if spec.ksu else None
        if match:
            year, sequence = int(match.group(1)), int(match.group(2))
            received = spec.received or date(year, 1, 1)
        else:
            year, sequence = (spec.received or self.today).year, 0
            received = spec.received if key[0] == "ksu" and spec.received else self.today
        number = f"{year}/{sequence}"
        taken = sequence == 0 or (
            session.execute(
                select(AccessionBatch.id).where(
                    AccessionBatch.year == year, AccessionBatch.sequence == sequence
                )
            ).scalar()
            is not None
        )
        if self.report.dry_run:
            self.report.batches.append(document)
            self.accessions[key] = -1
            return -1
        counter = f"accession:{year}"
        if taken:
            sequence = allocate_from(session, counter, 1)
            number = f"{year}/{sequence}"
        else:
            # The rebuilt batch keeps its КСУ number; the year's counter moves past it.
            _ensure_counter(session, counter)
            session.execute(
                update(CounterRow)
                .where(CounterRow.name == counter, CounterRow.value < sequence)
                .values(value=sequence)
            )
        row = AccessionBatch(
            year=year,
            sequence=sequence,
            number=number,
            received_on=received,
            source=MIGRATED_SOURCE,
            document_number=document,
            created_by=self.actor.name,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            self.actor,
            "accession.open",
            "accession",
            row.id,
            after={"number": number, "source": MIGRATED_SOURCE, "document": document},
        )
        self.report.batches.append(document)
        self.accessions[key] = row.id
        return row.id

    # --- numbers -----------------------------------------------------------------------

    def prefetch(self, session: Session, batch: list[IrbisRecord]) -> None:
        """Ask the database once for the batch's legacy numbers and barcodes."""
        numbers: set[str] = set()
        barcodes: set[str] = set()
        for record in batch:
            for f in record.all("910"):
                numbers.add(f.get("b")[:32])
                barcodes.add(f.get("h"))
        numbers.discard("")
        barcodes.discard("")
        self.free_numbers = numbers - _existing(session, Item.inventory_number, numbers)
        taken = _existing(session, Item.barcode, barcodes) | _existing(
            session, Location.barcode, barcodes
        )
        self.free_barcodes = barcodes - taken
        if not self.report.dry_run:
            self.dry_numbers.clear()
            self.dry_barcodes.clear()

    def flush(self, session: Session) -> list[EventEntry]:
        """Store the batch's copies: one insert of the copies, one of their origins."""
        if not self.pending:
            return []
        ids = (
            session.execute(
                insert(Item).returning(Item.id, sort_by_parameter_order=True),
                [row for row, _, _ in self.pending],
            )
            .scalars()
            .all()
        )
        session.execute(
            insert(ItemLegacy),
            [{**legacy, "item_id": i} for i, (_, legacy, _) in zip(ids, self.pending, strict=True)],
        )
        events = [
            EventEntry("item.migrate", "item", i, after=after)
            for i, (_, _, after) in zip(ids, self.pending, strict=True)
        ]
        self.pending = []
        return events

    def _number_taken(self, session: Session, number: str) -> bool:
        if number in self.dry_numbers:
            return True
        if number in self.free_numbers:
            return False
        return (
            session.execute(select(Item.id).where(Item.inventory_number == number)).first()
            is not None
        )

    def stored_number(self, session: Session, spec: CopySpec) -> tuple[str, str]:
        """(the number the copy is stored under, its flag)."""
        if spec.has_no_number and self.number_missing and not self.report.dry_run:
            settings = current_settings(session)
            return allocate_inventory_numbers(session, settings.inventory_format, 1)[0], ""
        if spec.has_no_number:
            base, flag, k = "б/н", "no-number", self.suffix.get("б/н", 0) + 1
        else:
            base = spec.number[:32]
            if not self._number_taken(session, base):
                return base, ""
            flag, k = "duplicate", max(self.suffix.get(base, 1), 1) + 1
        while True:
            candidate = f"{base[: 30 - len(str(k))]}*{k}"
            if not self._number_taken(session, candidate):
                self.suffix[base] = k
                return candidate, flag
            k += 1

    def barcode(
        self, session: Session, spec: CopySpec, number: str, flag: str
    ) -> tuple[str | None, str]:
        code = spec.barcode.strip()
        if code:
            taken = code in self.dry_barcodes or code not in self.free_barcodes
            if taken:
                return None, "barcode-taken"
            return code, ""
        if flag or number.isascii():
            return None, ""
        # A legacy number Code 128 cannot print ("ЗИ-1"): its label comes from the scheme.
        settings = current_settings(session)
        scheme = BarcodeScheme(settings.barcode_scheme)
        if scheme is BarcodeScheme.CODE128_INVENTORY:
            return _transliterated_barcode(session, number, self.dry_barcodes), ""
        if self.report.dry_run:
            return f"({scheme.value})", ""  # drawn from the scheme's sequence on the real run
        return generated_barcode(session, settings, number, None), ""

    # --- one record --------------------------------------------------------------------

    def copies(
        self, session: Session, record: IrbisRecord, record_id: int, sigla: str
    ) -> tuple[int, int, list[EventEntry]]:
        shelf = shelf_mark(record)
        copies = groups = 0
        events: list[EventEntry] = []
        source = self.source(record)
        for occurrence, f in enumerate(record.all("910"), start=1):
            spec = read_copy(f, occurrence)
            self.report.codes[spec.code or "?"] += 1
            for code, value in spec.extra:
                # Holdings of an import carry their own names: "~852$x=…" is kept as 852$x.
                name = value.split("=", 1)[0] if code == "~" else f"910^{code}"
                self.report.kept_subfields[name] += 1
            where = f"{source}/910#{occurrence}"
            for problem in spec.problems:
                self.report.warnings.append({"record": where, "reason": problem})
            if spec.code == AWAITED:
                self.report.awaited += 1
                continue
            location_id = self.location(session, spec.location)
            if spec.code == GROUP:
                amount = spec.amount if spec.amount is not None else 1
                groups += 1
                self.report.group_holdings += 1
                self.report.group_amount += amount
                if not self.report.dry_run:
                    accession_id = self.accession(session, spec, location_id)
                    session.add(
                        GroupHolding(
                            record_id=record_id,
                            location_id=location_id,
                            accession_id=accession_id,
                            amount=amount,
                            received_on=spec.received,
                            designation=spec.number,
                            price=spec.price,
                            source=where,
                            notes=json.dumps(spec.extra, ensure_ascii=False),
                            created_by=self.actor.name,
                        )
                    )
                else:
                    self.accession(session, spec, location_id)
                continue
            status, unknown = status_for(spec.code, self.status_map)
            if unknown:
                self.report.unknown_codes[spec.code or "?"] += 1
            if spec.code in NEAREST and spec.code not in self.status_map:
                self.report.nearest[spec.code] = NEAREST[spec.code]
            if status == SKIP:
                self.report.skipped_copies[spec.code] += 1
                continue
            number, flag = self.stored_number(session, spec)
            if unknown and not flag and spec.code not in self.status_map:
                flag = "status-unknown"
            barcode, barcode_flag = self.barcode(session, spec, number, flag)
            extra = list(spec.extra)
            if barcode_flag:
                flag = flag or barcode_flag
                extra.append(("h", spec.barcode))
            accession_id = self.accession(session, spec, location_id)
            call_number = spec.shelf_mark or shelf
            copies += 1
            self.report.copies += 1
            self.report.statuses[status] += 1
            act = spec.act
            if spec.code == "6":
                act = next((v for c, v in spec.extra if c == "v"), act)
            if flag:
                self.report.flags[flag] += 1
                if len(self.report.flagged) < LIST_LIMIT:
                    self.report.flagged.append(
                        {
                            "record": where,
                            "inventory_number": number,
                            "legacy_number": spec.number,
                            "flag": flag,
                        }
                    )
            item = Item(
                record_id=record_id,
                inventory_number=number,
                barcode=barcode,
                location_id=None if location_id == -1 else location_id,
                call_number=call_number,
                price=spec.price,
                currency="KZT",
                accession_id=accession_id,
                status=status,
                created_by=self.actor.name,
            )
            lacks = missing_for_release(item)
            if location_id == -1:
                lacks = [x for x in lacks if x != "no location"]
            if status != ItemStatus.WRITTEN_OFF.value and (lacks or flag):
                for lack in lacks:
                    self.report.lacking[lack] += 1
                self.report.worklist_total += 1
                if len(self.report.worklist) < LIST_LIMIT:
                    self.report.worklist.append(
                        {
                            "record": where,
                            "inventory_number": number,
                            "status": status,
                            "lacks": lacks + ([flag] if flag else []),
                        }
                    )
            self.dry_numbers.add(number)
            if barcode:
                self.dry_barcodes.add(barcode)
            if self.report.dry_run:
                continue
            now = datetime.now(UTC)
            self.pending.append(
                (
                    {
                        "record_id": record_id,
                        "inventory_number": number,
                        "barcode": barcode,
                        "location_id": location_id,
                        "call_number": call_number,
                        "price": spec.price,
                        "currency": "KZT",
                        "accession_id": accession_id,
                        "status": status,
                        "condition_notes": "",
                        "created_at": now,
                        "updated_at": now,
                        "created_by": self.actor.name,
                    },
                    {
                        "source": where,
                        "legacy_number": spec.number,
                        "legacy_status": spec.code,
                        "flag": flag,
                        "ksu_number": spec.ksu,
                        "act_number": act,
                        "fields": json.dumps(extra, ensure_ascii=False),
                    },
                    {
                        "inventory_number": number,
                        "legacy_number": spec.number,
                        "barcode": barcode,
                        "status": status,
                        "record": record_id,
                        "source": where,
                        "flag": flag,
                    },
                )
            )
        return copies, groups, events


def _existing(session: Session, column: Any, values: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(values)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found.update(session.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def _transliterated_barcode(session: Session, number: str, given: set[str]) -> str:
    """A Code 128 label for a number in Cyrillic: its Latin transliteration, then a free
    "-2", "-3" … if another copy or shelf already carries it."""
    base = "".join(_TRANSLIT.get(c, c) for c in number)
    base = "".join(c for c in base if "\x20" <= c <= "\x7e")[:28] or "X"
    candidate, k = base, 1
    while (
        candidate in given
        or session.execute(
            select(Item.id).where(
                (Item.barcode == candidate) | (Item.inventory_number == candidate)
            )
        ).first()
        is not None
        or shelf_with_barcode(session, candidate) is not None
    ):
        k += 1
        candidate = f"{base}-{k}"
    return candidate


_CYRILLIC = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
_LATIN = (
    "A A B V G G D E E ZH Z I I K Q L M N N O O P R S T U U U F KH H TS CH SH SHCH - Y I - E YU YA"
)
_TRANSLIT = {c: ("" if t == "-" else t) for c, t in zip(_CYRILLIC, _LATIN.split(), strict=True)}
_TRANSLIT.update({k.lower(): v.lower() for k, v in list(_TRANSLIT.items())})


def migrate_irbis(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    location_map: dict[str, str] | None = None,
    status_map: dict[str, str] | None = None,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MigrationReport:
    """Bring in an IRBIS64 database (or export) at `path`. Administrators only: it creates
    records, copies, locations and accession batches. A dry run writes nothing and reports
    what a real run would create."""
    require(actor, "migrate a fund", Role.ADMIN)
    database = database_name(path)
    report = MigrationReport(dry_run=dry_run, database=database)
    run = _Run(actor, database, report, location_map or {}, status_map or {})
    run.importer = _Importer(db, actor, OnDuplicate.ADD)
    done = 0
    for batch in _batches(read_any(path), batch_size):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if dry_run:
            with db.read() as session:
                _migrate_batch(session, run, batch, dry=True)
        else:
            with db.write() as session:
                _migrate_batch(session, run, batch, dry=False)
        done += len(batch)
        if progress is not None:
            progress(done)
    if not dry_run and report.records:
        wordindex.keep_bands(db)
    return report


def _migrate_batch(session: Session, run: _Run, batch: list[IrbisRecord], dry: bool) -> None:
    report = run.report
    sources = [run.source(r) for r in batch]
    done = set(
        session.execute(
            select(MigrationLedger.source).where(MigrationLedger.source.in_(sources))
        ).scalars()
    )
    sigla = current_library(session).sigla
    run.prefetch(session, batch)
    converted: list[tuple[IrbisRecord, str, PreparedRecord]] = []
    for record, source in zip(batch, sources, strict=True):
        if source in done:
            report.already += 1
            continue
        if record.deleted:
            report.skipped += 1
            continue
        if record.problems:
            report.rejected.append({"record": source, "reason": "; ".join(record.problems)})
            continue
        try:
            guessed: list[str] = []
            marc, unmapped = to_marc21(record, run.database, guessed)
            prepared = prepare(ReadRecord(record.mfn, marc, "utf-8"), Scheme.MARC21)
        except (ValueError, KeyError, IndexError) as exc:
            report.rejected.append({"record": source, "reason": f"cannot be converted: {exc}"})
            continue
        report.warnings += [{"record": source, "reason": w} for w in guessed]
        report.unmapped.update(unmapped)
        report.records += 1
        converted.append((record, source, prepared))
    if dry:
        for record, _, _ in converted:
            run.copies(session, record, -1, sigla)
        return
    # The records as the importer stores them: one insert, their index, the outbox.
    ids = run.importer._insert(session, [p for _, _, p in converted], sigla)
    events: list[EventEntry] = []
    ledger: list[dict[str, Any]] = []
    for (record, source, prepared), record_id in zip(converted, ids, strict=True):
        copies, groups, copy_events = run.copies(session, record, record_id, sigla)
        title = prepared.columns[0] if prepared.columns else ""
        events.append(
            EventEntry(
                "record.migrate", "record", record_id, after={"title": title, "source": source}
            )
        )
        events.extend(copy_events)
        ledger.append(
            {
                "source": source,
                "record_id": record_id,
                "copies": copies,
                "group_holdings": groups,
                "created_at": datetime.now(UTC),
            }
        )
    events.extend(run.flush(session))
    if ledger:
        session.execute(insert(MigrationLedger), ledger)
    session.flush()
    if events:
        record_events(session, run.actor, events)


def legacy_of(db: Database, item_id: int) -> dict[str, Any] | None:
    """Where a migrated copy came from: its number as the source wrote it, its IRBIS status,
    flag, КСУ and act numbers, and the source subfields kept with it; None for Qor's own."""
    with db.read() as session:
        row = session.get(ItemLegacy, item_id)
        if row is None:
            return None
        return {
            "source": row.source,
            "legacy_number": row.legacy_number,
            "legacy_status": row.legacy_status,
            "flag": row.flag,
            "ksu_number": row.ksu_number,
            "act_number": row.act_number,
            "fields": json.loads(row.fields or "[]"),
        }


WORKLIST_COLUMNS = (
    "inventory_number",
    "legacy_number",
    "barcode",
    "status",
    "location",
    "call_number",
    "lacks",
    "flag",
    "source",
    "title",
)


def labelling_worklist(db: Database) -> Iterator[dict[str, str]]:
    """Every migrated copy still in the fund that lacks what Qor's release asks (a barcode,
    a location, a call number) or carries a flag for the librarian, in inventory order, read
    in pages (a fund of a million copies streams)."""
    from db.models import Record

    query = (
        select(Item, ItemLegacy.legacy_number, ItemLegacy.flag, ItemLegacy.source, Record.title)
        .join(ItemLegacy, ItemLegacy.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(Item.status != ItemStatus.WRITTEN_OFF.value)
        .order_by(Item.id)
    )
    last = 0
    while True:
        with db.read() as session:
            rows = session.execute(query.where(Item.id > last).limit(2000)).all()
            codes: dict[int, str] = {
                lid: code for lid, code in session.execute(select(Location.id, Location.code))
            }
            page = []
            for item, legacy, flag, source, title in rows:
                lacks = [x for x in missing_for_release(item) if x != "no record"]
                if lacks or flag:
                    page.append(
                        {
                            "inventory_number": item.inventory_number,
                            "legacy_number": legacy,
                            "barcode": item.barcode or "",
                            "status": item.status,
                            "location": codes.get(item.location_id, "") if item.location_id else "",
                            "call_number": item.call_number,
                            "lacks": "; ".join(lacks),
                            "flag": flag,
                            "source": source,
                            "title": title,
                        }
                    )
            if not rows:
                return
            last = rows[-1][0].id
        yield from page


def write_worklist(db: Database, out: Path) -> int:
    """The labelling worklist as CSV (UTF-8 with a BOM, so spreadsheets read Cyrillic)."""
    count = 0
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=WORKLIST_COLUMNS)
        writer.writeheader()
        for row in labelling_worklist(db):
            writer.writerow(row)
            count += 1
    return count
