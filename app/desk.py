"""The one object the GUI holds (DESIGN: ui → app → db): the library's data as the signed-in
user may reach it, in the way calibre's GUI holds its `db.cache.Cache`.

`Entrance` is the workstation before anyone signs in: it opens the database, asks whether
the library and its schema are there, brings the schema up to date, sets up a new library and
checks a password. Signing in gives the `Workstation`: the database, the `Actor` and the
`LibraryInfo`, and the services a screen may call, grouped by the job they do
(`ws.catalog.search(...)`, `ws.intake.add_copies(...)`, `ws.audits`, `ws.preservation`,
`ws.registers`, `ws.unioncat`, `ws.users`, `ws.migration`, `ws.settings`). Each method is
a thin call of the service of the same name in app/ (named in its docstring), the database
and, where the service takes one, the signed-in actor given; the services stay the API of the
command line and of the tests.

A screen's workers call these methods from their threads as they called the services: the
objects here hold only what they were built with and never change it. The services' modules
are imported at the first call, so that starting the workstation imports only what the
catalog screen needs (bench/bench_startup.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.library import LibraryInfo
from app.security.roles import Actor
from app.workstation import (
    Database,
    StartState,
    open_database,
    schema_is_current,
    shown_url,
    start_state,
    upgrade_schema,
)

if TYPE_CHECKING:
    import pymarc

    from app.audit.audits import AuditInfo, AuditProgress, AuditReason, ScanFinding
    from app.audit.closing import ClosedAudit
    from app.audit.corrections import BatchResult
    from app.audit.live import Scan, ScanAnswer
    from app.audit.results import AuditReport, LongLists
    from app.audit.scanfile import ScanImport
    from app.catalog.exporting import SkippedRecord
    from app.catalog.importing import ImportSummary, OnDuplicate, ProgressCallback
    from app.catalog.records import RecordDetail, RecordSummary
    from app.catalog.search import SearchResult
    from app.demo import DemoSummary
    from app.intake.accession import AccessionInfo
    from app.intake.copies import CopyInfo, ReleaseResult
    from app.intake.locations import LocationInfo
    from app.migration.service import Cancelled, MigrationReport
    from app.migration.service import Progress as MigrationProgress
    from app.preservation.binding import BindingOrderInfo, WaitingCopy
    from app.preservation.digitisation import DigitisationInfo
    from app.preservation.repair import RepairInfo, RepairReportRow
    from app.preservation.scanning import ScanTally
    from app.registers.currency import ForeignPriced
    from app.registers.kazneb import KaznebObject
    from app.registers.reports import Progress
    from app.registers.writeoff import GroupLeft, WriteOffActInfo, WriteOffResult
    from app.security.roles import Role
    from app.security.users import UserInfo
    from app.unioncat.config import ConfiguredTarget, Role_
    from app.unioncat.copycat import CopyHit, CopyImport
    from app.unioncat.history import RunSummary, SyncEntry, SyncReport
    from app.unioncat.outgoing import PendingChange
    from app.unioncat.sync import SyncProgress
    from app.unioncat.targets import UnionCatalogTarget

__all__ = [
    "Audits",
    "Catalog",
    "Entrance",
    "Intake",
    "Migration",
    "Preservation",
    "Registers",
    "Settings",
    "Unioncat",
    "Users",
    "Workstation",
]


def _given(**options: Any) -> dict[str, Any]:
    """The options a caller gave: None leaves the service's own default (a constant of a
    module this one imports only when called)."""
    return {name: value for name, value in options.items() if value is not None}


class Entrance:
    """The workstation before sign-in: one database, no user yet."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @classmethod
    def open(cls, url: str | None = None) -> Entrance:
        """`app.workstation.open_database`: the library at `url` (None: QOR_DB, else the
        workstation's own SQLite file); nothing is read yet."""
        return cls(open_database(url))

    def start_state(self) -> StartState:
        """`app.workstation.start_state`: is there a library, is its schema this Qor's."""
        return start_state(self._db)

    def schema_is_current(self) -> bool:
        """`app.workstation.schema_is_current`."""
        return schema_is_current(self._db)

    def upgrade_schema(self) -> None:
        """`app.workstation.upgrade_schema` (Alembic loads here, on first use)."""
        upgrade_schema(self._db)

    def shown_url(self) -> str:
        """`app.workstation.shown_url`: the database's address, its password hidden."""
        return shown_url(self._db)

    def initialise(
        self, name: str, sigla: str, admin: str, password: str, owner: str | None = None
    ) -> LibraryInfo:
        """`app.library.initialise`: a new library with its first administrator."""
        from app.library import initialise

        return initialise(self._db, name, sigla, admin, password, owner)

    def library_info(self) -> LibraryInfo:
        """`app.library.library_info`."""
        from app.library import library_info

        return library_info(self._db)

    def authenticate(self, name: str, password: str, *, log_success: bool = False) -> Actor:
        """`app.security.users.authenticate`: the user, if the password is theirs."""
        from app.security.users import authenticate

        return authenticate(self._db, name, password, log_success=log_success)

    def load_demo(self, actor: Actor, today: date | None = None) -> DemoSummary:
        """`app.demo.load_demo`: the demo catalog, loaded as `actor`."""
        from app.demo import load_demo

        return load_demo(self._db, actor, today)

    def sign_in(self, actor: Actor, library: LibraryInfo) -> Workstation:
        """The workstation of `actor` (whom `authenticate` let in) at `library`."""
        return Workstation(self._db, actor, library)

    def close(self) -> None:
        """Let the database's connections go (the workstation is closing)."""
        self._db.dispose()


class _Part:
    """One group of the workstation's services: the database and the signed-in user."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor


class Catalog(_Part):
    """Records: search, read, create, change, delete, import and export."""

    def search(
        self,
        query: str,
        limit: int = 50,
        offset: int = 0,
        sort: str = "title",
        language: str = "kk",
    ) -> SearchResult:
        """`app.catalog.search.search`."""
        from app.catalog.search import search

        return search(self._db, query, limit, offset, sort, language)

    def get_record(self, record_id: int) -> RecordDetail:
        """`app.catalog.records.get_record`."""
        from app.catalog.records import get_record

        return get_record(self._db, record_id)

    def create_record(self, record: pymarc.Record) -> RecordSummary:
        """`app.catalog.records.create_record`, as the signed-in user."""
        from app.catalog.records import create_record

        return create_record(self._db, self._actor, record)

    def update_record(self, record_id: int, record: pymarc.Record) -> RecordSummary:
        """`app.catalog.records.update_record`, as the signed-in user."""
        from app.catalog.records import update_record

        return update_record(self._db, self._actor, record_id, record)

    def delete_record(self, record_id: int) -> None:
        """`app.catalog.records.delete_record`, as the signed-in user."""
        from app.catalog.records import delete_record

        return delete_record(self._db, self._actor, record_id)

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        format: str = "auto",
        encoding: str = "auto",
        on_duplicate: OnDuplicate | str | None = None,
        progress: ProgressCallback | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        scheme: str = "auto",
    ) -> ImportSummary:
        """`app.catalog.importing.import_files`, as the signed-in user."""
        from app.catalog.importing import import_files

        return import_files(
            self._db,
            self._actor,
            paths,
            format=format,
            encoding=encoding,
            progress=progress,
            is_cancelled=is_cancelled,
            scheme=scheme,
            **_given(on_duplicate=on_duplicate),
        )

    def export_records(
        self,
        out: Path,
        format: str = "iso2709",
        ids: Sequence[int] | None = None,
        with_holdings: bool = False,
        chunk: int = 1000,
        scheme: str = "marc21",
        skipped: list[SkippedRecord] | None = None,
    ) -> int:
        """`app.catalog.exporting.export_records`, as the signed-in user."""
        from app.catalog.exporting import export_records

        return export_records(
            self._db, self._actor, out, format, ids, with_holdings, chunk, scheme, skipped
        )


class Intake(_Part):
    """Receiving copies: accession batches, copies, completing, releasing, locations."""

    def list_accessions(
        self, year: int | None = None, latest: int | None = None
    ) -> list[AccessionInfo]:
        """`app.intake.accession.list_accessions`."""
        from app.intake.accession import list_accessions

        return list_accessions(self._db, year, latest)

    def get_accession(self, accession_id: int) -> AccessionInfo:
        """`app.intake.accession.get_accession`."""
        from app.intake.accession import get_accession

        return get_accession(self._db, accession_id)

    def open_accession(
        self,
        source: str,
        document_number: str,
        date: date | None = None,
        supplier: str = "",
        document_date: date | None = None,
        print_date: date | None = None,
        medium: str = "paper",
        notes: str = "",
    ) -> AccessionInfo:
        """`app.intake.accession.open_accession`, as the signed-in user."""
        from app.intake.accession import open_accession

        return open_accession(
            self._db,
            self._actor,
            source,
            document_number,
            date,
            supplier,
            document_date,
            print_date,
            medium,
            notes,
        )

    def add_copies(
        self,
        record_id: int,
        copies: int,
        accession_id: int,
        location_code: str,
        price: Decimal | str | float | None = None,
        call_number: str | None = None,
        barcodes: Sequence[str] | None = None,
        currency: str | None = None,
    ) -> list[CopyInfo]:
        """`app.intake.copies.add_copies`, as the signed-in user."""
        from app.intake.copies import add_copies

        return add_copies(
            self._db,
            self._actor,
            record_id,
            copies,
            accession_id,
            location_code,
            price,
            call_number,
            barcodes,
            **_given(currency=currency),
        )

    def check_label(self, barcode: str, own_number: str | None = None) -> str:
        """`app.intake.copies.check_label`."""
        from app.intake.copies import check_label

        return check_label(self._db, barcode, own_number)

    def copies_of_accession(self, accession_id: int) -> list[CopyInfo]:
        """`app.intake.copies.copies_of_accession`."""
        from app.intake.copies import copies_of_accession

        return copies_of_accession(self._db, accession_id)

    def copies_of_record(self, record_id: int) -> list[CopyInfo]:
        """`app.intake.copies.copies_of_record`."""
        from app.intake.copies import copies_of_record

        return copies_of_record(self._db, record_id)

    def copy_by_barcode(self, barcode: str) -> CopyInfo | None:
        """`app.intake.copies.copy_by_barcode`."""
        from app.intake.copies import copy_by_barcode

        return copy_by_barcode(self._db, barcode)

    def copies_by_barcodes(self, barcodes: Sequence[str]) -> dict[str, CopyInfo]:
        """`app.intake.copies.copies_by_barcodes`."""
        from app.intake.copies import copies_by_barcodes

        return copies_by_barcodes(self._db, barcodes)

    def get_copy(self, item_id: int) -> CopyInfo:
        """`app.intake.copies.get_copy`."""
        from app.intake.copies import get_copy

        return get_copy(self._db, item_id)

    def records_held_by_isbn(self, ean_or_isbn: str) -> list[tuple[RecordSummary, int]]:
        """`app.intake.copies.records_held_by_isbn`."""
        from app.intake.copies import records_held_by_isbn

        return records_held_by_isbn(self._db, ean_or_isbn)

    def release_copies(
        self, barcodes: Sequence[str] = (), accession_id: int | None = None
    ) -> ReleaseResult:
        """`app.intake.copies.release_copies`, as the signed-in user."""
        from app.intake.copies import release_copies

        return release_copies(self._db, self._actor, barcodes, accession_id)

    def release_scanned(self, copies: Sequence[CopyInfo]) -> list[ReleaseResult]:
        """`app.intake.completion.release_scanned`, as the signed-in user."""
        from app.intake.completion import release_scanned

        return release_scanned(self._db, self._actor, copies)

    def complete_copy(
        self,
        item_id: int,
        *,
        barcode: str | None = None,
        generate_barcode: bool = False,
        call_number: str | None = None,
        location_code: str | None = None,
    ) -> CopyInfo:
        """`app.intake.completion.complete_copy`, as the signed-in user."""
        from app.intake.completion import complete_copy

        return complete_copy(
            self._db,
            self._actor,
            item_id,
            barcode=barcode,
            generate_barcode=generate_barcode,
            call_number=call_number,
            location_code=location_code,
        )

    def list_locations(self) -> list[LocationInfo]:
        """`app.intake.locations.list_locations`."""
        from app.intake.locations import list_locations

        return list_locations(self._db)

    def add_location(
        self,
        code: str,
        name: str,
        department: str = "",
        shelf_from: str = "",
        shelf_to: str = "",
        barcode: str | None = None,
    ) -> LocationInfo:
        """`app.intake.locations.add_location`, as the signed-in user."""
        from app.intake.locations import add_location

        return add_location(
            self._db, self._actor, code, name, department, shelf_from, shelf_to, barcode
        )


class Audits(_Part):
    """Shelf audits: opening, scanning, results, corrections, closing, the act."""

    def list_audits(self) -> list[AuditInfo]:
        """`app.audit.audits.list_audits`."""
        from app.audit.audits import list_audits

        return list_audits(self._db)

    def get_audit(self, audit_id: int) -> AuditInfo:
        """`app.audit.audits.get_audit`."""
        from app.audit.audits import get_audit

        return get_audit(self._db, audit_id)

    def open_audit(
        self,
        locations: Sequence[str] = (),
        prefixes: Sequence[str] = (),
        reason: AuditReason | str | None = None,
        responsible: str = "",
        members: Sequence[str] = (),
        departments: Sequence[str] = (),
    ) -> AuditInfo:
        """`app.audit.audits.open_audit`, as the signed-in user."""
        from app.audit.audits import open_audit

        return open_audit(
            self._db,
            self._actor,
            locations,
            prefixes,
            responsible=responsible,
            members=members,
            departments=departments,
            **_given(reason=reason),
        )

    def audit_progress(self, audit_id: int, count_scans: bool = False) -> AuditProgress:
        """`app.audit.audits.audit_progress`."""
        from app.audit.audits import audit_progress

        return audit_progress(self._db, audit_id, count_scans)

    def current_location(self, audit_id: int, device: str = "") -> str:
        """`app.audit.audits.current_location`, as the signed-in user."""
        from app.audit.audits import current_location

        return current_location(self._db, self._actor, audit_id, device)

    def scan_and_count(
        self,
        audit_id: int,
        code: str,
        device: str = "",
        at: datetime | None = None,
        key: str | None = None,
    ) -> tuple[ScanFinding, AuditProgress]:
        """`app.audit.live.scan_and_count`, as the signed-in user."""
        from app.audit.live import scan_and_count

        return scan_and_count(self._db, self._actor, audit_id, code, device, at, key)

    def scans_and_counts(
        self, audit_id: int, scans: Sequence[Scan], device: str = ""
    ) -> list[ScanAnswer]:
        """`app.audit.live.scans_and_counts`, as the signed-in user."""
        from app.audit.live import scans_and_counts

        return scans_and_counts(self._db, self._actor, audit_id, scans, device)

    def import_scan_file(
        self,
        audit_id: int,
        path: Path | str,
        device: str = "",
        *,
        progress: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ScanImport:
        """`app.audit.scanfile.import_scan_file`, as the signed-in user."""
        from app.audit.scanfile import import_scan_file

        return import_scan_file(
            self._db,
            self._actor,
            audit_id,
            path,
            device,
            progress=progress,
            is_cancelled=is_cancelled,
        )

    def audit_report(
        self, audit_id: int, shelf_order: bool = True, long_lists: LongLists = True
    ) -> AuditReport:
        """`app.audit.results.audit_report`, as the signed-in user."""
        from app.audit.results import audit_report

        return audit_report(self._db, self._actor, audit_id, shelf_order, long_lists)

    def move_to_found_location(self, audit_id: int, item_ids: Sequence[int]) -> BatchResult:
        """`app.audit.corrections.move_to_found_location`, as the signed-in user."""
        from app.audit.corrections import move_to_found_location

        return move_to_found_location(self._db, self._actor, audit_id, item_ids)

    def restore_found(
        self,
        item_ids: Sequence[int] = (),
        barcodes: Sequence[str] = (),
        audit_id: int | None = None,
    ) -> BatchResult:
        """`app.audit.corrections.restore_found`, as the signed-in user."""
        from app.audit.corrections import restore_found

        return restore_found(self._db, self._actor, item_ids, barcodes, audit_id)

    def close_audit(self, audit_id: int) -> ClosedAudit:
        """`app.audit.closing.close_audit`, as the signed-in user."""
        from app.audit.closing import close_audit

        return close_audit(self._db, self._actor, audit_id)

    def write_act(self, report: AuditReport, out: Path | str, language: str = "kk") -> Path:
        """`app.audit.act.write_act`."""
        from app.audit.act import write_act

        return write_act(self._db, report, out, language)


class Preservation(_Part):
    """Binding, repair and digitisation."""

    def waiting_list(self, binding_type: str | None = None) -> list[WaitingCopy]:
        """`app.preservation.binding.waiting_list`."""
        from app.preservation.binding import waiting_list

        return waiting_list(self._db, binding_type)

    def add_to_waiting_list(
        self, barcodes: Sequence[str], binding_type: str, note: str = "", key: str | None = None
    ) -> ScanTally:
        """`app.preservation.binding.add_to_waiting_list`, as the signed-in user."""
        from app.preservation.binding import add_to_waiting_list

        return add_to_waiting_list(self._db, self._actor, barcodes, binding_type, note, key)

    def list_orders(
        self, today: date | None = None, open_only: bool = False
    ) -> list[BindingOrderInfo]:
        """`app.preservation.binding.list_orders`."""
        from app.preservation.binding import list_orders

        return list_orders(self._db, today, open_only)

    def get_order(self, order_id: int, today: date | None = None) -> BindingOrderInfo:
        """`app.preservation.binding.get_order`."""
        from app.preservation.binding import get_order

        return get_order(self._db, order_id, today)

    def open_binding_order(
        self,
        bindery: str,
        binding_type: str,
        instructions: str = "",
        due_on: date | None = None,
        cost: Decimal | str | float | None = None,
        from_waiting_list: bool = False,
    ) -> BindingOrderInfo:
        """`app.preservation.binding.open_binding_order`, as the signed-in user."""
        from app.preservation.binding import open_binding_order

        return open_binding_order(
            self._db,
            self._actor,
            bindery,
            binding_type,
            instructions,
            due_on,
            cost,
            from_waiting_list,
        )

    def add_to_order(
        self, order_id: int, barcodes: Sequence[str], key: str | None = None
    ) -> ScanTally:
        """`app.preservation.binding.add_to_order`, as the signed-in user."""
        from app.preservation.binding import add_to_order

        return add_to_order(self._db, self._actor, order_id, barcodes, key)

    def send_order(
        self,
        order_id: int,
        sent_on: date | None = None,
        due_on: date | None = None,
        cost: Decimal | str | float | None = None,
    ) -> BindingOrderInfo:
        """`app.preservation.binding.send_order`, as the signed-in user."""
        from app.preservation.binding import send_order

        return send_order(self._db, self._actor, order_id, sent_on, due_on, cost)

    def receive_copies(
        self,
        barcodes: Sequence[str],
        order_id: int | None = None,
        returned_on: date | None = None,
        key: str | None = None,
    ) -> ScanTally:
        """`app.preservation.binding.receive_copies`, as the signed-in user."""
        from app.preservation.binding import receive_copies

        return receive_copies(self._db, self._actor, barcodes, order_id, returned_on, key)

    def repairs(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> list[RepairInfo]:
        """`app.preservation.repair.repairs`."""
        from app.preservation.repair import repairs

        return repairs(self._db, date_from, date_to)

    def record_repair(
        self,
        barcode: str,
        repair_type: str,
        performed_by: str,
        on: date | None = None,
        materials: str = "",
        minutes: int = 0,
        condition_before: str = "",
        condition_after: str = "",
        notes: str = "",
    ) -> RepairInfo:
        """`app.preservation.repair.record_repair`, as the signed-in user."""
        from app.preservation.repair import record_repair

        return record_repair(
            self._db,
            self._actor,
            barcode,
            repair_type,
            performed_by,
            on,
            materials,
            minutes,
            condition_before,
            condition_after,
            notes,
        )

    def repair_report(
        self, by: str = "type", date_from: date | None = None, date_to: date | None = None
    ) -> list[RepairReportRow]:
        """`app.preservation.repair.repair_report`."""
        from app.preservation.repair import repair_report

        return repair_report(self._db, by, date_from, date_to)

    def digitisation_log(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> list[DigitisationInfo]:
        """`app.preservation.digitisation.digitisation_log`."""
        from app.preservation.digitisation import digitisation_log

        return digitisation_log(self._db, date_from, date_to)

    def send_for_digitisation(
        self,
        barcodes: Sequence[str],
        kind: str = "digitise",
        reason: str = "heavily-used",
        sent_on: date | None = None,
        notes: str = "",
        key: str | None = None,
    ) -> ScanTally:
        """`app.preservation.digitisation.send_for_digitisation`, as the signed-in user."""
        from app.preservation.digitisation import send_for_digitisation

        return send_for_digitisation(
            self._db, self._actor, barcodes, kind, reason, sent_on, notes, key
        )

    def record_outcome(
        self,
        barcode: str,
        file_reference: str,
        pages: int | None = None,
        returned_on: date | None = None,
        key: str | None = None,
    ) -> DigitisationInfo:
        """`app.preservation.digitisation.record_outcome`, as the signed-in user."""
        from app.preservation.digitisation import record_outcome

        return record_outcome(
            self._db, self._actor, barcode, file_reference, pages, returned_on, key
        )


class Registers(_Part):
    """The registers' reports, write-off acts, foreign prices and KazNEB candidates."""

    def render_report(
        self,
        kind: str,
        out: Path,
        date_from: date | None = None,
        date_to: date | None = None,
        language: str = "kk",
        ref: int | None = None,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        chair: str = "",
        members: Sequence[str] = (),
        notes: str = "",
    ) -> dict[str, Any]:
        """`app.registers.reports.render_report`, as the signed-in user."""
        from app.registers.reports import render_report

        return render_report(
            self._db,
            self._actor,
            kind,
            out,
            date_from,
            date_to,
            language,
            ref,
            progress,
            is_cancelled,
            chair,
            members,
            notes,
        )

    def render_repair_report(
        self,
        out: Path,
        by: str = "type",
        date_from: date | None = None,
        date_to: date | None = None,
        language: str = "kk",
    ) -> list[RepairReportRow]:
        """`app.registers.repair_report.render_repair_report`."""
        from app.registers.repair_report import render_repair_report

        return render_repair_report(self._db, out, by, date_from, date_to, language)

    def foreign_priced(self) -> list[ForeignPriced]:
        """`app.registers.currency.foreign_priced`."""
        from app.registers.currency import foreign_priced

        return foreign_priced(self._db)

    def set_tenge_value(self, accession_id: int, currency: str, rate: str | Decimal) -> int:
        """`app.registers.currency.set_tenge_value`, as the signed-in user."""
        from app.registers.currency import set_tenge_value

        return set_tenge_value(self._db, self._actor, accession_id, currency, rate)

    def kazneb_candidates(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        record_ids: Sequence[int] | None = None,
    ) -> list[KaznebObject]:
        """`app.registers.kazneb.kazneb_candidates`."""
        from app.registers.kazneb import kazneb_candidates

        return kazneb_candidates(self._db, date_from, date_to, record_ids)

    def mark_kazneb_candidate(
        self,
        record_id: int,
        category: str,
        agreement_reference: str = "",
        pages: int | None = None,
        marked_on: date | None = None,
        note: str = "",
    ) -> KaznebObject:
        """`app.registers.kazneb.mark_kazneb_candidate`, as the signed-in user."""
        from app.registers.kazneb import mark_kazneb_candidate

        return mark_kazneb_candidate(
            self._db, self._actor, record_id, category, agreement_reference, pages, marked_on, note
        )

    def draft_acts(self) -> list[WriteOffActInfo]:
        """`app.registers.writeoff.draft_acts`."""
        from app.registers.writeoff import draft_acts

        return draft_acts(self._db)

    def get_write_off_act(self, act_id: int) -> WriteOffActInfo:
        """`app.registers.writeoff.get_write_off_act`."""
        from app.registers.writeoff import get_write_off_act

        return get_write_off_act(self._db, act_id)

    def find_group_holdings(self, text: str = "", limit: int = 50) -> list[GroupLeft]:
        """`app.registers.writeoff.find_group_holdings`."""
        from app.registers.writeoff import find_group_holdings

        return find_group_holdings(self._db, text, limit)

    def draft_write_off(
        self,
        reason: str,
        barcodes: Sequence[str],
        act_date: date | None = None,
        notes: str = "",
        chair: str = "",
        members: Sequence[str] = (),
        groups: Sequence[tuple[int, int]] = (),
    ) -> WriteOffResult:
        """`app.registers.writeoff.draft_write_off`, as the signed-in user."""
        from app.registers.writeoff import draft_write_off

        return draft_write_off(
            self._db, self._actor, reason, barcodes, act_date, notes, chair, members, groups
        )

    def update_write_off(
        self,
        act_id: int,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        reason: str | None = None,
        notes: str | None = None,
        act_date: date | None = None,
        chair: str | None = None,
        members: Sequence[str] | None = None,
        add_groups: Sequence[tuple[int, int]] = (),
        remove_groups: Sequence[int] = (),
    ) -> WriteOffResult:
        """`app.registers.writeoff.update_write_off`, as the signed-in user."""
        from app.registers.writeoff import update_write_off

        return update_write_off(
            self._db,
            self._actor,
            act_id,
            add,
            remove,
            reason,
            notes,
            act_date,
            chair,
            members,
            add_groups,
            remove_groups,
        )

    def approve_write_off(self, act_id: int, by: str, on: date | None = None) -> WriteOffActInfo:
        """`app.registers.writeoff.approve_write_off`, as the signed-in user."""
        from app.registers.writeoff import approve_write_off

        return approve_write_off(self._db, self._actor, act_id, by, on)

    def cancel_write_off(self, act_id: int) -> WriteOffActInfo:
        """`app.registers.writeoff.cancel_write_off`, as the signed-in user."""
        from app.registers.writeoff import cancel_write_off

        return cancel_write_off(self._db, self._actor, act_id)


class Unioncat(_Part):
    """The union catalog: targets, copy cataloging, the outbox and its synchronisation."""

    def list_targets(self, role: Role_ | None = None) -> list[ConfiguredTarget]:
        """`app.unioncat.config.list_targets`."""
        from app.unioncat.config import list_targets

        return list_targets(self._db, role)

    def add_target(
        self, target: ConfiguredTarget, *, password: str | None = None
    ) -> ConfiguredTarget:
        """`app.unioncat.config.add_target`, as the signed-in user."""
        from app.unioncat.config import add_target

        return add_target(self._db, self._actor, target, password=password)

    def update_target(
        self, name: str, target: ConfiguredTarget, *, password: str | None = None
    ) -> ConfiguredTarget:
        """`app.unioncat.config.update_target`, as the signed-in user."""
        from app.unioncat.config import update_target

        return update_target(self._db, self._actor, name, target, password=password)

    def remove_target(self, name: str) -> None:
        """`app.unioncat.config.remove_target`, as the signed-in user."""
        from app.unioncat.config import remove_target

        return remove_target(self._db, self._actor, name)

    def resolve_search_target(self, ref: str) -> ConfiguredTarget:
        """`app.unioncat.config.resolve_search_target`."""
        from app.unioncat.config import resolve_search_target

        return resolve_search_target(self._db, ref)

    def resolve_union_target(self, ref: str) -> ConfiguredTarget:
        """`app.unioncat.config.resolve_union_target`."""
        from app.unioncat.config import resolve_union_target

        return resolve_union_target(self._db, ref)

    def import_hit(
        self, hit: CopyHit, *, on_duplicate: OnDuplicate | str | None = None
    ) -> CopyImport:
        """`app.unioncat.copycat.import_hit`, as the signed-in user."""
        from app.unioncat.copycat import import_hit

        return import_hit(self._db, self._actor, hit, **_given(on_duplicate=on_duplicate))

    def sync(
        self,
        target: UnionCatalogTarget,
        password: str | None,
        *,
        commit: bool = False,
        dry_run: bool = False,
        progress: SyncProgress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        batch_size: int | None = None,
    ) -> SyncReport:
        """`app.unioncat.sync.sync`, as the signed-in user."""
        from app.unioncat.sync import sync

        return sync(
            self._db,
            self._actor,
            target,
            password,
            commit=commit,
            dry_run=dry_run,
            progress=progress,
            is_cancelled=is_cancelled,
            **_given(batch_size=batch_size),
        )

    def outbox_size(self) -> int:
        """`app.unioncat.outbox.outbox_size`."""
        from app.unioncat.outbox import outbox_size

        return outbox_size(self._db)

    def pending_changes(
        self, target: UnionCatalogTarget, *, limit: int | None = None
    ) -> list[PendingChange]:
        """`app.unioncat.outgoing.pending_changes`."""
        from app.unioncat.outgoing import pending_changes

        return pending_changes(self._db, target, limit=limit)

    def sync_runs(self, limit: int = 50) -> list[RunSummary]:
        """`app.unioncat.history.sync_runs`."""
        from app.unioncat.history import sync_runs

        return sync_runs(self._db, limit)

    def run_entries(self, run_id: int) -> list[SyncEntry]:
        """`app.unioncat.history.run_entries`."""
        from app.unioncat.history import run_entries

        return run_entries(self._db, run_id)


class Users(_Part):
    """The library's users (the administrator's)."""

    def list_users(self) -> list[UserInfo]:
        """`app.security.users.list_users`, as the signed-in user."""
        from app.security.users import list_users

        return list_users(self._db, self._actor)

    def add_user(
        self, name: str, password: str, roles: Iterable[Role], full_name: str = ""
    ) -> UserInfo:
        """`app.security.users.add_user`, as the signed-in user."""
        from app.security.users import add_user

        return add_user(self._db, self._actor, name, password, roles, full_name)

    def change_password(
        self, name: str, new_password: str, current_password: str | None = None
    ) -> None:
        """`app.security.users.change_password`, as the signed-in user."""
        from app.security.users import change_password

        return change_password(self._db, self._actor, name, new_password, current_password)

    def set_active(self, name: str, active: bool) -> UserInfo:
        """`app.security.users.set_active`, as the signed-in user."""
        from app.security.users import set_active

        return set_active(self._db, self._actor, name, active)


class Migration(_Part):
    """Migrating a catalog from IRBIS."""

    def migrate_irbis(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        location_map: dict[str, str] | None = None,
        status_map: dict[str, str] | None = None,
        batch_size: int | None = None,
        progress: MigrationProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> MigrationReport:
        """`app.migration.service.migrate_irbis`, as the signed-in user."""
        from app.migration.service import migrate_irbis

        return migrate_irbis(
            self._db,
            self._actor,
            path,
            dry_run=dry_run,
            location_map=location_map,
            status_map=status_map,
            progress=progress,
            cancelled=cancelled,
            **_given(batch_size=batch_size),
        )

    def write_worklist(self, out: Path) -> int:
        """`app.migration.service.write_worklist`."""
        from app.migration.service import write_worklist

        return write_worklist(self._db, out)


class Settings(_Part):
    """The library's own settings: its formal parts and the intake's confirmation limit."""

    def library_info(self) -> LibraryInfo:
        """`app.library.library_info`."""
        from app.library import library_info

        return library_info(self._db)

    def set_formal_parts(
        self,
        *,
        head_name: str | None = None,
        head_position: str | None = None,
        chair: str | None = None,
        members: Sequence[str] | None = None,
        record_url: str | None = None,
    ) -> LibraryInfo:
        """`app.library.set_formal_parts`, as the signed-in user."""
        from app.library import set_formal_parts

        return set_formal_parts(
            self._db,
            self._actor,
            head_name=head_name,
            head_position=head_position,
            chair=chair,
            members=members,
            record_url=record_url,
        )

    def confirm_above(self) -> int:
        """`app.intake.limits.confirm_above`."""
        from app.intake.limits import confirm_above

        return confirm_above(self._db)

    def set_confirm_above(self, limit: int) -> int:
        """`app.intake.limits.set_confirm_above`, as the signed-in user."""
        from app.intake.limits import set_confirm_above

        return set_confirm_above(self._db, self._actor, limit)


class Workstation:
    """The signed-in workstation: who (`actor`), at which library (`library`, as read at
    sign-in), and the services grouped by job."""

    def __init__(self, db: Database, actor: Actor, library: LibraryInfo) -> None:
        self._db = db
        self.actor = actor
        self.library = library
        self.catalog = Catalog(db, actor)
        self.intake = Intake(db, actor)
        self.audits = Audits(db, actor)
        self.preservation = Preservation(db, actor)
        self.registers = Registers(db, actor)
        self.unioncat = Unioncat(db, actor)
        self.users = Users(db, actor)
        self.migration = Migration(db, actor)
        self.settings = Settings(db, actor)

    def shown_url(self) -> str:
        """`app.workstation.shown_url`: the database's address, its password hidden."""
        return shown_url(self._db)

    def connected_as_superuser(self) -> bool:
        """`app.security.dbrole.connected_as_superuser`."""
        from app.security.dbrole import connected_as_superuser

        return connected_as_superuser(self._db)
