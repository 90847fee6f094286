"""File → Migrate from IRBIS…: choose the IRBIS64 database (or an export) and the location
map, look at what a dry run would create, then migrate in the background with a progress bar
and Cancel; the dialog ends on the migration's report (what was created, statuses, what has
no MARC 21 home, the flagged copies and the labelling worklist)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.i18n import QT_TRANSLATE_NOOP
from app.migration.service import (
    MigrationReport,
    read_location_map,
)
from ui.common.choices import choice_name
from ui.common.worker import Worker, WorkerSet, alive

# Words of the report, extracted by lupdate and translated by value.
FLAGS = {
    "duplicate": QT_TRANSLATE_NOOP("MigrationWizard", "number used twice in the source"),
    "no-number": QT_TRANSLATE_NOOP("MigrationWizard", "no number (б/н)"),
    "status-unknown": QT_TRANSLATE_NOOP("MigrationWizard", "status Qor does not know"),
    "barcode-taken": QT_TRANSLATE_NOOP("MigrationWizard", "barcode another copy has"),
}
NEAREST = {
    "5": QT_TRANSLATE_NOOP(
        "MigrationWizard", "temporarily unavailable: in processing until released"
    ),
    "8": QT_TRANSLATE_NOOP("MigrationWizard", "in transit: available (still in the fund)"),
    "9": QT_TRANSLATE_NOOP("MigrationWizard", "reserved: available (on its shelf)"),
}


def _run(
    ws: Workstation,
    path: Path,
    location_map: Path | None,
    dry_run: bool,
    *,
    progress: Any,
    is_cancelled: Any,
) -> MigrationReport:
    mapping = read_location_map(location_map) if location_map else None
    return ws.migration.migrate_irbis(
        path,
        dry_run=dry_run,
        location_map=mapping,
        progress=lambda done: progress(done, 0, ""),
        cancelled=is_cancelled,
    )


class MigrationWizard(QDialog):
    migrated = Signal(object)  # the MigrationReport of a real run

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.report: MigrationReport | None = None
        self.setWindowTitle(self.tr("Migrate a fund from IRBIS64"))
        self.resize(860, 620)

        self.path = QLineEdit()
        self.path.setPlaceholderText(
            self.tr("an IRBIS64 database (.mst), its folder, or an export")
        )
        self.path.textChanged.connect(self._update_buttons)
        choose_file = QPushButton(self.tr("File…"))
        choose_file.clicked.connect(self.choose_file)
        choose_folder = QPushButton(self.tr("Folder…"))
        choose_folder.clicked.connect(self.choose_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose_file)
        path_row.addWidget(choose_folder)

        self.location_map = QLineEdit()
        self.location_map.setPlaceholderText(
            self.tr("optional: CSV of IRBIS place of storage, Qor location code")
        )
        choose_map = QPushButton(self.tr("Choose…"))
        choose_map.clicked.connect(self.choose_map)
        map_row = QHBoxLayout()
        map_row.addWidget(self.location_map, 1)
        map_row.addWidget(choose_map)

        form = QFormLayout()
        form.addRow(self.tr("Source:"), path_row)
        form.addRow(self.tr("Location map:"), map_row)

        self.status = QLabel(
            self.tr("Start with a dry run: it shows what would be created and changes nothing.")
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Count or detail")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 330)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.dry_button = QPushButton(self.tr("Dry run"))
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.run_button = QPushButton(self.tr("Migrate"))
        self.run_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        # Every copy to label or settle, from the catalog: the report lists the first ones.
        self.worklist_button = QPushButton(self.tr("Save the worklist…"))
        self.worklist_button.setToolTip(
            self.tr(
                "A CSV of every migrated copy that lacks a barcode, location or call number, "
                "or is flagged for the librarian"
            )
        )
        self.worklist_button.clicked.connect(self.save_worklist)
        self.worklist_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.worklist_button)
        buttons.addStretch(1)
        for button in (self.dry_button, self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- choosing ------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("IRBIS64 database or export"),
            "",
            self.tr("IRBIS64 (*.mst *.iso *.txt);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("IRBIS64 database folder"))
        if name:
            self.path.setText(name)

    def choose_map(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Location map"), "", self.tr("CSV (*.csv);;All files (*)")
        )
        if name:
            self.location_map.setText(name)

    def save_worklist(self, name: str = "") -> None:
        if not name:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the worklist"), "worklist.csv", self.tr("CSV (*.csv)")
            )
        if not name:
            return
        try:
            count = self.ws.migration.write_worklist(Path(name))
        except OSError as exc:
            self.status.setText(
                self.tr("The worklist was not saved: {reason}").replace(
                    "{reason}", exc.strerror or str(exc)
                )
            )
            return
        self.status.setText(
            self.tr("{n} copies on the worklist, saved to {file}")
            .replace("{n}", f"{count:,}")
            .replace("{file}", name)
        )

    def _update_buttons(self) -> None:
        running = self.worker is not None
        has_path = bool(self.path.text().strip())
        self.dry_button.setEnabled(has_path and not running)
        self.run_button.setEnabled(has_path and not running)
        self.cancel_button.setEnabled(running)

    # --- running -------------------------------------------------------------------------

    def start(self, dry_run: bool) -> None:
        path = Path(self.path.text().strip())
        mapping = self.location_map.text().strip()
        self.dry_run = dry_run
        self.status.setText(
            self.tr("Dry run: reading the source…") if dry_run else self.tr("Migrating…")
        )
        self.progress.setVisible(True)
        worker = Worker(_run, self.ws, path, Path(mapping) if mapping else None, dry_run)
        worker.signals.progress.connect(alive(self, self._progress))
        worker.signals.finished.connect(alive(self, self._finished))
        worker.signals.failed.connect(alive(self, self._failed))
        self.worker = worker
        self._update_buttons()
        self.workers.start(worker)

    def _progress(self, done: int, _rejected: int, _label: str) -> None:
        self.status.setText(self.tr("{n} records read…").replace("{n}", f"{done:,}"))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling after the current batch…"))

    def _done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._done()
        self.status.setText(self.tr("The migration stopped: {reason}").replace("{reason}", message))

    def _finished(self, report: MigrationReport) -> None:
        self._done()
        self.report = report
        if report.cancelled:
            text = self.tr(
                "Cancelled. What was committed stays; migrating again resumes where it stopped."
            )
        elif report.dry_run:
            text = self.tr("Dry run: nothing was changed. This is what a migration would create.")
        else:
            text = self.tr("Migration finished. Running it again adds nothing.")
            self.worklist_button.setEnabled(True)
            self.migrated.emit(report)
        self.status.setText(text)
        self.show_report(report)

    def show_report(self, report: MigrationReport) -> None:
        rows: list[tuple[str, str]] = [
            (self.tr("Records"), str(report.records)),
            (self.tr("Records migrated before (skipped now)"), str(report.already)),
            (self.tr("Logically deleted records (skipped)"), str(report.skipped)),
            (self.tr("Copies"), str(report.copies)),
            (
                self.tr("Group holdings (copies counted by amount)"),
                f"{report.group_holdings} ({report.group_amount})",
            ),
            (self.tr("Awaited copies (not in the fund yet, left out)"), str(report.awaited)),
            (self.tr("Locations created"), ", ".join(report.locations) or "—"),
            (self.tr("Accession batches"), str(len(report.batches))),
        ]
        for status, n in sorted(report.statuses.items()):
            rows.append(
                (
                    self.tr("Copies with status: {status}").replace("{status}", _status(status)),
                    str(n),
                )
            )
        for code in sorted(report.nearest):
            note = _word(NEAREST.get(code, report.nearest[code]))
            rows.append(
                (self.tr("IRBIS status {code}: nearest Qor status").replace("{code}", code), note)
            )
        for code, n in sorted(report.unknown_codes.items()):
            rows.append(
                (
                    self.tr("IRBIS status {code}: unknown to Qor, held in processing").replace(
                        "{code}", code
                    ),
                    str(n),
                )
            )
        for flag, n in sorted(report.flags.items()):
            what = _word(FLAGS.get(flag, flag))
            rows.append(
                (self.tr("Flagged for the librarian: {flag}").replace("{flag}", what), str(n))
            )
        for lack, n in sorted(report.lacking.items()):
            what = QCoreApplication.translate("missing", lack)
            rows.append((self.tr("Labelling worklist: {lack}").replace("{lack}", what), str(n)))
        if report.unmapped:
            kept = ", ".join(f"{t} ({n})" for t, n in sorted(report.unmapped.items()))
            rows.append((self.tr("Fields with no MARC 21 home (kept in 887)"), kept))
        if report.kept_subfields:
            kept = ", ".join(f"{t} ({n})" for t, n in sorted(report.kept_subfields.items()))
            rows.append((self.tr("Copy subfields kept with the copies"), kept))
        for rejected in report.rejected:
            rows.append(
                (
                    self.tr("Rejected: {record}").replace("{record}", rejected["record"]),
                    rejected["reason"],
                )
            )
        # Each flagged copy for the librarian to settle; past the first ones, how many more
        # and where they all are.
        for copy in report.flagged:
            rows.append(
                (
                    self.tr("Flagged: {record}, inventory number {number}")
                    .replace("{record}", copy["record"])
                    .replace("{number}", copy["inventory_number"]),
                    _word(FLAGS.get(copy["flag"], copy["flag"])),
                )
            )
        if report.flagged_more:
            rows.append(
                (
                    self.tr("{n} more flagged copies").replace("{n}", f"{report.flagged_more:,}"),
                    self.tr("the worklist CSV lists every one: Save the worklist…")
                    if not report.dry_run
                    else self.tr("the worklist CSV lists every one after the migration"),
                )
            )
        # What was kept as text or guessed, record by record (the report holds them all).
        for warning in report.warnings:
            rows.append(
                (
                    self.tr("Warning: {record}").replace("{record}", warning["record"]),
                    warning["reason"],
                )
            )
        self.table.setRowCount(len(rows))
        for i, (what, value) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(what))
            self.table.setItem(i, 1, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workers.cancel_all()
        super().closeEvent(event)


def _status(status: str) -> str:
    return choice_name(status)


def _word(text: str) -> str:
    return QCoreApplication.translate("MigrationWizard", text)
