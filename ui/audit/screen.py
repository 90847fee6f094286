"""The Audits screen: scan shelf by shelf into an open audit with feedback per scan, live
counters and per-location progress, result lists with CSV export and batch actions, scanner
file import and closing with the act PDF. As ui.common.worker's rule says: the audit's own
row is read inline (one row); its counters, shelf, results, exports, batch actions, imports
and closing run in workers. Scans, and the counters read on choosing an audit, go through a
one-thread pool so they keep their order (the counters, a shelf's barcode, then its copies)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QSysInfo,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.audit.audits import (
    AuditInfo,
    AuditProgress,
    LocationProgress,
    Outcome,
    ScanFinding,
)
from app.audit.corrections import BatchResult
from app.audit.export import write_csv
from app.audit.live import Scan, ScanAnswer
from app.audit.results import RESULT_LISTS, AuditedCopy, AuditReport, LongLists
from app.audit.scanfile import ScanImport
from app.catalog.isbn import is_isbn_query
from app.desk import Workstation
from ui.audit.dialogs import AuditsDialog
from ui.common import messages
from ui.common.choices import choice_name
from ui.common.feedback import Feedback, FeedbackBanner
from ui.common.keyboard import give_key
from ui.common.locale import format_money
from ui.common.scan_field import ScanField
from ui.common.scan_queue import ScanQueue
from ui.common.tables import LongTableView, RowsModel
from ui.common.worker import Worker, WorkerSet, alive

FEEDBACK_OF = {
    Outcome.FOUND: Feedback.FOUND,
    Outcome.LOCATION: Feedback.SHELF,
    Outcome.MISPLACED: Feedback.MISPLACED,
    Outcome.DUPLICATE: Feedback.DUPLICATE,
    Outcome.UNKNOWN: Feedback.UNKNOWN,
    Outcome.CONFLICT: Feedback.CONFLICT,
}
TABS = RESULT_LISTS  # a tab for every list the report has
# Lists as long as the fund: read only while their tab is shown.
LONG_TABS = ("found", "missing")
# After a scan the result tabs are reloaded this long after the last scan, and at the latest
# this long after the first scan not yet shown in them (a reload of a big audit costs a query).
REFRESH_PAUSE_MS = 1500
REFRESH_AT_MOST_MS = 8000


def _cell(key: str) -> Callable[[Any], object]:
    """A result list's column: the row's `as_row()` value, formatted when the view asks for
    it (a list of a million copies is shown at once); a status by its name."""

    def value(item: Any) -> object:
        # One cell, not the whole row formatted (a view asks for cells by the thousand).
        raw = item.cell(key) if isinstance(item, AuditedCopy) else item.as_row().get(key, "")
        if key == "price":
            return format_money(raw)  # the audit counts copies' prices in tenge
        return choice_name(raw) if key == "status" else raw

    return value


@dataclass
class _Tab:
    model: RowsModel
    view: QTableView


def _shelf_and_count(
    ws: Workstation, audit_id: int, device: str, **_: Any
) -> tuple[str, AuditProgress]:
    return ws.audits.current_location(audit_id, device), ws.audits.audit_progress(audit_id)


def _import_scans(
    ws: Workstation,
    audit_id: int,
    path: str,
    device: str,
    line: str,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> ScanImport:
    """The scanner file's import; its (line, rejected, label) progress told as the worker's
    (done, total, label), the rejected count in the label."""

    def report(done: int, rejected: int, label: str) -> None:
        progress(done, 0, line.format(label=label, rejected=rejected))

    return ws.audits.import_scan_file(
        audit_id, path, device, progress=report, is_cancelled=is_cancelled
    )


def _close_and_act(ws: Workstation, audit_id: int, out: Path, **_: Any) -> tuple[int, Path]:
    closed = ws.audits.close_audit(audit_id)
    report = ws.audits.audit_report(audit_id, shelf_order=False)
    from ui.common.locale import current_language

    # The act in the interface's language (Kazakh for an English interface: an act is filed
    # in Kazakh or Russian).
    language = current_language() if current_language() in ("kk", "ru") else "kk"
    return len(closed.marked_missing), ws.audits.write_act(report, out, language)


class AuditScreen(QWidget):
    catalog_search = Signal(str)  # an unknown code that is an ISBN, for the catalog search
    new_record_requested = Signal(str)  # an unknown code to catalog a new record for
    scan_done = Signal(object)  # ScanFinding, after the widgets show it
    audit_loaded = Signal()  # the chosen audit's counters and shelf are shown

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.audit: AuditInfo | None = None
        self.device = QSysInfo.machineHostName() or "workstation"
        self.workers = WorkerSet()
        self.scans = ScanQueue(self)  # scans and the counters, in order, off the GUI thread
        self.report: AuditReport | None = None
        self.progress: AuditProgress | None = None

        top = self._build_buttons()
        self._build_scan_field()
        counters = self._build_counters()
        self._build_locations()
        self._build_result_tabs()
        self._build_refresh_timers()
        self._lay_out(top, counters)
        self._enable()

    # --- The screen's parts ------------------------------------------------------------
    def _build_buttons(self) -> QHBoxLayout:
        """The audit's title and its buttons: choose, import a scanner file, refresh, close."""
        self.title = QLabel(self.tr("No audit selected: choose or open one."))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.choose_button = QPushButton(self.tr("Audits…"))
        self.choose_button.clicked.connect(self.choose_audit)
        self.import_button = QPushButton(self.tr("Import scanner file…"))
        self.import_button.clicked.connect(self.import_file)
        self.refresh_button = QPushButton(self.tr("Refresh results"))
        self.refresh_button.clicked.connect(self.refresh_report)
        self.close_button = QPushButton(self.tr("Close audit…"))
        self.close_button.clicked.connect(self.close_current)
        give_key(self.choose_button, "Ctrl+O")
        give_key(self.import_button, "Ctrl+Shift+O")
        give_key(self.refresh_button, "F5")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (
            self.choose_button,
            self.import_button,
            self.refresh_button,
            self.close_button,
        ):
            top.addWidget(button)
        return top

    def _build_scan_field(self) -> None:
        """The scan field, its feedback banner and the shelf being scanned."""
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(
            self.tr("Scan a shelf's barcode, then its copies (or type and press Enter)")
        )
        self.scan_field.scanned.connect(self.scan)
        self.scan_field.typed.connect(self.scan)
        self.banner = FeedbackBanner()
        self.shelf = QLabel()

    def _build_counters(self) -> QGridLayout:
        """The live counters, large: expected, found, missing, misplaced, unknown, conflicts."""
        self.counters: dict[str, QLabel] = {}
        counters = QGridLayout()
        for column, (key, label) in enumerate(
            (
                ("expected", self.tr("Expected")),
                ("found", self.tr("Found")),
                ("missing", self.tr("Missing so far")),
                ("misplaced", self.tr("Misplaced")),
                ("unknown", self.tr("Unknown")),
                ("conflicts", self.tr("Status conflicts")),
            )
        ):
            value = QLabel("—")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counters.addWidget(value, 0, column)
            counters.addWidget(caption, 1, column)
            self.counters[key] = value
        return counters

    def _build_locations(self) -> None:
        """Each location's found / expected and progress."""
        self.locations = QTableWidget(0, 3)
        self.locations.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("Found / expected"), self.tr("Progress")]
        )
        self.locations.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):  # wide enough for the Kazakh and Russian headers
            self.locations.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.locations.verticalHeader().hide()
        self.locations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.locations.setMaximumHeight(170)
        self._shown_locations: list[LocationProgress] = []  # what the rows show now

    def _build_result_tabs(self) -> None:
        """A tab per result list (found, missing, misplaced, unknown, ...)."""
        self.tabs = QTabWidget()
        self.result_tabs: dict[str, _Tab] = {}
        copy_columns = [
            ("inventory_number", self.tr("Inv. No.")),
            ("barcode", self.tr("Barcode")),
            ("title", self.tr("Title")),
            ("call_number", self.tr("Call number")),
            ("location", self.tr("Belongs to")),
            ("found_location", self.tr("Found at")),
            ("status", self.tr("Status")),
            ("price", self.tr("Price")),
        ]
        specs: dict[str, tuple[str, list[tuple[str, str]]]] = {
            "found": (self.tr("Found"), copy_columns),
            "missing": (self.tr("Missing"), copy_columns),
            "misplaced": (self.tr("Misplaced"), copy_columns),
            "unknown": (
                self.tr("Unknown barcodes"),
                [
                    ("code", self.tr("Code")),
                    ("scans", self.tr("Scans")),
                    ("location", self.tr("Scanned at")),
                    ("scanned_by", self.tr("By")),
                    ("first_at", self.tr("First")),
                ],
            ),
            "status_conflicts": (self.tr("Status conflicts"), copy_columns),
            "apart": (self.tr("Set apart at opening"), copy_columns),
            "left": (self.tr("Left during the audit"), copy_columns),
            "shelf_order": (
                self.tr("Shelf order"),
                [
                    ("location", self.tr("Location")),
                    ("inventory_number", self.tr("Inv. No.")),
                    ("call_number", self.tr("Call number")),
                    ("after_call_number", self.tr("Scanned after")),
                    ("title", self.tr("Title")),
                ],
            ),
        }
        self.labels: dict[str, str] = {}
        for name in TABS:
            label, columns = specs[name]
            self.labels[name] = label
            self.tabs.addTab(self._result_tab(name, columns), label)
        # Opens on a short list, so the idle refresh of a big audit stays cheap.
        self.tabs.setCurrentIndex(TABS.index("misplaced"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def _build_refresh_timers(self) -> None:
        """The timers that reload the result tabs after scans."""
        # The result tabs follow the scans: each scan marks them stale; they are reloaded (in
        # a worker) when a tab is shown, a short pause after the last scan, and at the latest
        # every few seconds while scans keep coming.
        self._stale = False
        self._report_serial = 0  # the newest report asked for; older answers are dropped
        self._asked_long: LongLists = False  # which long lists it holds
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_PAUSE_MS)
        self._refresh_timer.timeout.connect(self.refresh_report)
        self._refresh_deadline = QTimer(self)
        self._refresh_deadline.setSingleShot(True)
        self._refresh_deadline.setInterval(REFRESH_AT_MOST_MS)
        self._refresh_deadline.timeout.connect(self.refresh_report)

    def _lay_out(self, top: QHBoxLayout, counters: QGridLayout) -> None:
        """Buttons, scan field, banner, shelf, counters, locations, then the tabs."""
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.banner)
        layout.addWidget(self.shelf)
        layout.addLayout(counters)
        layout.addWidget(self.locations)
        layout.addWidget(self.tabs, 1)

    # --- Building ------------------------------------------------------------------------
    def _result_tab(self, name: str, columns: list[tuple[str, str]]) -> QWidget:
        model = RowsModel([(header, _cell(key)) for key, header in columns], self)
        view = LongTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setDefaultSectionSize(110)
        title = next((i for i, (key, _) in enumerate(columns) if key == "title"), None)
        if title is not None:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self.result_tabs[name] = _Tab(model, view)
        buttons = QHBoxLayout()
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(lambda: self.export(name))
        buttons.addWidget(export)
        if name == "misplaced":
            self.move_button = QPushButton(self.tr("Move selected to where found"))
            self.move_button.clicked.connect(self.move_selected)
            buttons.addWidget(self.move_button)
        if name == "status_conflicts":
            self.restore_button = QPushButton(self.tr("Restore selected missing copies"))
            self.restore_button.clicked.connect(self.restore_selected)
            buttons.addWidget(self.restore_button)
        if name == "unknown":
            search = QPushButton(self.tr("Open a record for this code"))
            search.clicked.connect(self.search_unknown)
            buttons.addWidget(search)
        buttons.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(view, 1)
        box.addLayout(buttons)
        return page

    def _enable(self) -> None:
        is_open = self.audit is not None and self.audit.is_open
        for widget in (self.scan_field, self.import_button, self.close_button):
            widget.setEnabled(is_open)
        self.refresh_button.setEnabled(self.audit is not None)

    # --- Choosing ----------------------------------------------------------------------
    def choose_audit(self) -> None:
        dialog = AuditsDialog(self.ws, self)
        if dialog.exec() and dialog.chosen is not None:
            self.set_audit(dialog.chosen)

    def set_audit(self, audit_id: int) -> Worker:
        self.audit = self.ws.audits.get_audit(audit_id)  # one row: inline
        audit = self.audit
        self.title.setText(
            self.tr("Audit {id} ({status}): {scope} — responsible: {who}").format(
                id=audit.id,
                status=choice_name(audit.status),
                scope=", ".join(audit.locations),
                who=audit.responsible or "—",
            )
        )
        self._enable()
        self.refresh_report()
        self.scan_field.setFocus()
        # The counters grow with the audit: read in the scans' pool, so a scan made at once
        # is counted after them.
        worker = Worker(_shelf_and_count, self.ws, audit.id, self.device)
        worker.signals.finished.connect(alive(self, self._loaded))
        worker.signals.failed.connect(alive(self, lambda m: messages.show_error(self, m)))
        return self.scans.start(worker)

    def _loaded(self, answer: tuple[str, AuditProgress]) -> None:
        shelf, progress = answer
        self._show_shelf(shelf)
        self.show_progress(progress)
        self.audit_loaded.emit()

    def _show_shelf(self, code: str) -> None:
        self.shelf.setText(
            self.tr("Shelf: {code}   Device: {device}").format(
                code=code or self.tr("none yet — scan a shelf's barcode"), device=self.device
            )
        )

    # --- Scanning ----------------------------------------------------------------------
    def scan_refusal(self, code: str) -> str:
        """What a scan is told while no audit is open here (the window's scan router)."""
        return self.tr("Scan {code} not counted: choose or open an audit first.").format(code=code)

    def scan(self, code: str) -> None:
        if self.audit is None or not code.strip():
            return
        # Scans that come while earlier ones are on their way go to the server together
        # (one round trip on PostgreSQL); each is answered in its turn.
        self.scans.submit_batched(
            self._scan_batch, (self.audit.id, self.device, Scan(code)),
            answered=self._scanned,
            refused=lambda message: self.banner.show_result(Feedback.REFUSED, message),
        )  # fmt: skip

    def _scan_batch(self, items: list[tuple[int, str, Scan]]) -> list[ScanAnswer]:
        """The scan queue's thread: each run of scans for one audit and device in one call."""
        answers: list[ScanAnswer] = []
        for (audit_id, device), run in itertools.groupby(items, key=lambda i: (i[0], i[1])):
            scans = [scan for _audit, _device, scan in run]
            answers += self.ws.audits.scans_and_counts(audit_id, scans, device)
        return answers

    def _scanned(self, answer: tuple[ScanFinding, AuditProgress]) -> None:
        result, progress = answer
        self.banner.show_result(FEEDBACK_OF[result.outcome], self.describe(result))
        if result.outcome is Outcome.LOCATION:
            self._show_shelf(result.location)
        self.show_progress(progress)
        self.mark_stale()
        self.scan_done.emit(result)

    def mark_stale(self) -> None:
        """The result tabs no longer match the counters: reload them after a short pause (or
        at once when another tab is shown)."""
        self._stale = True
        self._refresh_timer.start()
        if not self._refresh_deadline.isActive():
            self._refresh_deadline.start()

    def describe(self, result: ScanFinding) -> str:
        copy = f"{result.inventory_number} «{result.title}» {result.call_number}".strip()
        texts = {
            Outcome.LOCATION: self.tr("Shelf {shelf}: scan its copies.").format(
                shelf=result.location
            ),
            Outcome.FOUND: self.tr("Found: {copy}").format(copy=copy),
            Outcome.MISPLACED: self.tr("Misplaced: {copy} belongs to {home}").format(
                copy=copy, home=result.belongs_to or "?"
            ),
            Outcome.UNKNOWN: self.tr("Unknown barcode {code}").format(code=result.code),
            Outcome.DUPLICATE: self.tr("Already scanned: {copy}").format(copy=copy),
            Outcome.CONFLICT: self.tr("Status conflict: {copy} is {status} in the books").format(
                copy=copy, status=choice_name(result.status)
            ),
        }
        return texts[result.outcome]

    def show_progress(self, progress: AuditProgress) -> None:
        self.progress = progress
        values = {
            "expected": progress.expected,
            "found": progress.found,
            "missing": progress.missing,
            "misplaced": progress.misplaced,
            "unknown": progress.unknown,
            "conflicts": progress.conflicts,
        }
        for key, value in values.items():
            self.counters[key].setText(f"{value:,}".replace(",", "\u00a0"))
        # Only the rows a scan changed are set again (a scan changes one or two shelves of a
        # library's tens or hundreds): each scan's answer is painted the sooner.
        if self.locations.rowCount() != len(progress.locations):
            self.locations.setRowCount(len(progress.locations))
            self._shown_locations = []
        shown = self._shown_locations
        changed = False
        for row, loc in enumerate(progress.locations):
            if row < len(shown) and shown[row] == loc:
                continue
            changed = True
            self.locations.setItem(row, 0, QTableWidgetItem(f"{loc.code} — {loc.name}"))
            self.locations.setItem(row, 1, QTableWidgetItem(f"{loc.found} / {loc.expected}"))
            bar = self.locations.cellWidget(row, 2)
            if not isinstance(bar, QProgressBar):
                bar = QProgressBar()
                self.locations.setCellWidget(row, 2, bar)
            bar.setMaximum(max(loc.expected, 1))
            bar.setValue(min(loc.found, max(loc.expected, 1)))
        self._shown_locations = list(progress.locations)
        if changed:
            self.locations.resizeColumnToContents(0)
            self.locations.resizeColumnToContents(1)

    # --- Results -----------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (another screen in front, the window closed): the pending refresh waits
        until the screen is shown again, rather than reading results nobody sees."""
        self._refresh_timer.stop()
        self._refresh_deadline.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.mark_stale()

    def _long_lists_shown(self) -> LongLists:
        """The long list the tab in front shows: found copies (a list that grows with the
        scans), missing copies (early in a big audit, nearly the whole fund: read only while
        its tab is in front), or neither."""
        name = TABS[self.tabs.currentIndex()]
        return True if name == "missing" else "found" if name == "found" else False

    def _tab_shown(self, _index: int) -> None:
        # Reloaded when scans came since the last one was asked for, or when the tab shows
        # a long list the last one asked for (perhaps still on its way) left out.
        wanted = self._long_lists_shown()
        if self._report_serial and (
            self._stale or (wanted and self._asked_long is not True and self._asked_long != wanted)
        ):
            self.refresh_report()

    def refresh_report(self) -> None:
        """Recompute the results in a worker. The lists of found and missing copies (as long
        as the fund) are read only while one of their tabs is shown."""
        if self.audit is None:
            return
        self._stale = False
        self._refresh_timer.stop()
        self._refresh_deadline.stop()
        self._report_serial += 1
        serial = self._report_serial
        audit_id, long_lists = self.audit_id(), self._long_lists_shown()
        self._asked_long = long_lists
        worker = Worker(lambda **_: self.ws.audits.audit_report(audit_id, long_lists=long_lists))
        worker.signals.finished.connect(
            alive(self, lambda r: self._report_arrived(serial, r, long_lists))
        )
        worker.signals.failed.connect(alive(self, lambda m: messages.show_error(self, m)))
        self.workers.start(worker)

    def _report_arrived(self, serial: int, report: AuditReport, long_lists: LongLists) -> None:
        if serial == self._report_serial:  # a slower, older report must not undo a newer one
            self.show_report(report, long_lists)

    def audit_id(self) -> int:
        assert self.audit is not None
        return self.audit.id

    def show_report(self, report: AuditReport, long_lists: LongLists = True) -> None:
        self.report = report
        counts = {"found": report.found_total, "missing": report.missing_total}
        for index, name in enumerate(TABS):
            items = getattr(report, name)
            if name in LONG_TABS and not (long_lists is True or long_lists == name):
                items = []
            self.result_tabs[name].model.set_rows(items)
            total = counts.get(name, len(items))
            self.tabs.setTabText(index, f"{self.labels[name]} ({total})")

    def selected(self, name: str) -> list[Any]:
        tab = self.result_tabs[name]
        rows = sorted({i.row() for i in tab.view.selectionModel().selectedRows()})
        return [tab.model.rows[r] for r in rows]

    def export(self, name: str, path: str | None = None) -> Worker | None:
        """Write a result list to CSV in a worker (a list may hold a million copies)."""
        if self.report is None:
            return None
        if not path:
            default = f"audit-{self.report.audit.id}-{name.replace('_', '-')}.csv"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export CSV"), default, "CSV (*.csv)"
            )
        if not path:
            return None
        rows, out = getattr(self.report, name), Path(path)
        busy = QProgressDialog(self.tr("Writing {file}…").format(file=out.name), "", 0, 0, self)
        busy.setCancelButton(None)  # a half-written file is worth nothing: it runs to the end
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        worker = Worker(lambda **_: write_csv(out, rows))
        worker.signals.finished.connect(alive(busy, lambda _r: busy.close()))
        worker.signals.failed.connect(alive(self, lambda m: self._busy_failed(busy, m)))
        self.export_worker = worker
        return self.workers.start(worker)

    def move_selected(self) -> Worker | None:
        copies = self.selected("misplaced")
        if not copies or self.audit is None:
            return None
        if not messages.confirm(
            self, self.tr("Move {n} copies to the shelf they were found on?").format(n=len(copies))
        ):
            return None
        ids, audit_id = [c.item_id for c in copies], self.audit.id
        return self._batch(lambda **_: self.ws.audits.move_to_found_location(audit_id, ids))

    def restore_selected(self) -> Worker | None:
        copies = self.selected("status_conflicts")
        if not copies or self.audit is None:
            return None
        ids = [c.item_id for c in copies]
        audit_id = self.audit.id
        return self._batch(lambda **_: self.ws.audits.restore_found(ids, audit_id=audit_id))

    def _batch(self, action: Any) -> Worker:
        """A batch action in a worker: a thousand moves must not freeze the screen."""
        worker = Worker(action)
        worker.signals.finished.connect(self._after_batch)
        worker.signals.failed.connect(alive(self, lambda m: messages.show_error(self, m)))
        self.batch_worker = worker
        return self.workers.start(worker)

    def _after_batch(self, result: BatchResult) -> None:
        text = self.tr("{n} copies done.").format(n=len(result.done))
        if result.refused:
            text += "\n" + "\n".join(f"{r.ref}: {r.reason}" for r in result.refused)
        messages.show_info(self, text)
        self.refresh_report()

    def search_unknown(self) -> None:
        """Open a record for the selected unknown code: an ISBN goes to the catalog search
        (`catalog_search`); any other code, once confirmed, asks for a new record from the
        book template (`new_record_requested`). The main window carries both out."""
        codes = self.selected("unknown")
        if not codes:
            return
        code = codes[0].code
        if is_isbn_query(code):
            self.catalog_search.emit(code)
            return
        if messages.confirm(
            self,
            self.tr(
                "No copy has the barcode {code}, and it is not an ISBN. Catalog a new record "
                "for it (book template)?"
            ).format(code=code),
        ):
            self.new_record_requested.emit(code)

    # --- Files and closing -------------------------------------------------------------
    def ask_device(self, path: str) -> str | None:
        """The handheld's name, recorded on its scans (default: the file's name)."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Scanner file"),
            self.tr("Name of the handheld scanner this file comes from:"),
            text=Path(path).name,
        )
        return name.strip() or Path(path).name if ok else None

    def import_file(self, path: str | None = None, device: str | None = None) -> Worker | None:
        if self.audit is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Scanner file"),
                "",
                self.tr("Scanner files (*.txt *.csv *.dat);;All (*)"),
            )
        if not path:
            return None
        if device is None:
            device = self.ask_device(path)
            if device is None:
                return None
        dialog = QProgressDialog(self.tr("Importing scans…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        line = self.tr("Line {label}; {rejected} rejected")
        worker = Worker(_import_scans, self.ws, self.audit.id, path, device, line)
        dialog.canceled.connect(worker.cancel)
        worker.signals.progress.connect(
            alive(dialog, lambda _done, _total, label: dialog.setLabelText(label))
        )
        worker.signals.finished.connect(alive(self, lambda r: self._imported(dialog, r)))
        worker.signals.failed.connect(alive(self, lambda m: self._busy_failed(dialog, m)))
        self.import_worker = worker
        return self.workers.start(worker)

    def _busy_failed(self, dialog: QProgressDialog, message: str) -> None:
        dialog.close()
        messages.show_error(self, message)

    def _imported(self, dialog: QProgressDialog, result: ScanImport) -> None:
        dialog.close()
        text = self.tr("{n} scans recorded, {old} lines imported before.").format(
            n=result.recorded, old=result.already_imported
        )
        if result.cancelled:
            text += " " + self.tr("Cancelled: every scan before the stop is kept.")
        if result.rejected:
            text += "\n" + "\n".join(f"{r.file}:{r.line}: {r.reason}" for r in result.rejected[:20])
        messages.show_info(self, text)
        if self.audit is not None:
            self.set_audit(self.audit.id)

    def close_current(self, out: str | None = None) -> Worker | None:
        if self.audit is None:
            return None
        if not messages.confirm(
            self,
            self.tr(
                "Close audit {id}? Copies not found become missing, and no more scans are taken."
            ).format(id=self.audit.id),
        ):
            return None
        if not out:
            out, _ = QFileDialog.getSaveFileName(
                self, self.tr("Audit act"), f"audit-act-{self.audit.id}.pdf", "PDF (*.pdf)"
            )
        if not out:
            return None
        worker = Worker(_close_and_act, self.ws, self.audit.id, Path(out))
        worker.signals.finished.connect(self._closed)
        worker.signals.failed.connect(alive(self, lambda m: messages.show_error(self, m)))
        return self.workers.start(worker)

    def _closed(self, answer: tuple[int, Path]) -> None:
        missing, path = answer
        messages.show_info(
            self,
            self.tr("Audit closed: {n} copies marked missing. The act is in {path}.").format(
                n=missing, path=path
            ),
        )
        if self.audit is not None:
            self.set_audit(self.audit.id)
