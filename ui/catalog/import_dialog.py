"""File → Import MARC: choose files and how to read them, import in the background with a
progress bar and Cancel, then show what was imported, matched and rejected (and why)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.importing import ImportSummary
from app.desk import Workstation
from app.marc.reading import count_records
from ui.catalog.search_panel import format_count
from ui.common.worker import Worker, WorkerSet

FORMATS = ("auto", "iso2709", "marcxml", "mrk")
ENCODINGS = ("auto", "utf-8", "marc-8", "cp1251", "cp866", "iso5426")
SCHEMES = ("auto", "marc21", "rusmarc", "unimarc")
DUPLICATES = ("skip", "overlay", "add")


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportSummary, once the import ended (or was cancelled)
    # How many records the files hold, counted by the worker before it imports; emitted from
    # the worker's thread, so the progress bar is set in the GUI thread (a queued connection).
    total_counted = Signal(int)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.summary: ImportSummary | None = None
        self.total = 0
        self.total_counted.connect(self._set_total)
        self.setWindowTitle(self.tr("Import MARC records"))
        self.resize(820, 560)

        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        choose = QPushButton(self.tr("Add files…"))
        choose.clicked.connect(self.choose_files)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.files.clear)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(choose)
        file_buttons.addWidget(clear)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)

        self.format = self._combo(
            FORMATS, (self.tr("Detect"), "ISO 2709", "MARCXML", self.tr("MarcEdit .mrk"))
        )
        self.encoding = self._combo(
            ENCODINGS,
            (self.tr("Detect"), "UTF-8", "MARC-8", "Windows-1251", "CP866 (DOS)", "ISO 5426"),
        )
        # RUSMARC and UNIMARC records are converted to MARC 21 as they come in.
        self.scheme = self._combo(
            SCHEMES, (self.tr("Detect by the records"), "MARC 21", "RUSMARC", "UNIMARC")
        )
        self.duplicates = self._combo(
            DUPLICATES,
            (
                self.tr("Skip them"),
                self.tr("Overlay the catalog's record (keeps its 001 and copies)"),
                self.tr("Add them as new records"),
            ),
        )
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Bibliographic format:"), self.scheme)
        form.addRow(self.tr("Duplicates:"), self.duplicates)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.rejected_table = QTableWidget(0, 3)
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Record"), self.tr("Reason")]
        )
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejected_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.rejected_table.setColumnWidth(0, 180)
        self.rejected_table.setColumnWidth(1, 70)
        self.rejected_table.hide()

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files:")))
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rejected_table, 1)
        layout.addLayout(buttons)

    def _combo(self, keys: tuple[str, ...], labels: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        for key, label in zip(keys, labels, strict=True):
            combo.addItem(label, key)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, key: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose MARC files"),
            "",
            self.tr("MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;All files (*)"),
        )
        self.set_files([Path(n) for n in names], keep=True)

    def set_files(
        self,
        paths: list[Path],
        *,
        keep: bool = False,
        format: str | None = None,
        encoding: str | None = None,
        on_duplicate: str | None = None,
        scheme: str | None = None,
    ) -> None:
        if not keep:
            self.files.clear()
        for path in paths:
            self.files.addItem(str(path))
        if format:
            self._choose(self.format, format)
        if encoding:
            self._choose(self.encoding, encoding)
        if on_duplicate:
            self._choose(self.duplicates, on_duplicate)
        if scheme:
            self._choose(self.scheme, scheme)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    # --- Running ------------------------------------------------------------------------
    def start(self) -> None:
        paths = self.paths()
        if not paths:
            self.summary_label.setText(self.tr("Add at least one file to import."))
            return
        self.summary = None
        self.rejected_table.hide()
        self.summary_label.clear()
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.total = 0
        self.progress.setRange(0, 0)  # busy until the worker has counted the records
        self.progress_label.setText(self.tr("Reading…"))
        worker = Worker(
            self._count_and_import,
            paths,
            format=str(self.format.currentData()),
            encoding=str(self.encoding.currentData()),
            on_duplicate=str(self.duplicates.currentData()),
            scheme=str(self.scheme.currentData()),
        )
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self.worker = worker
        self.workers.start(worker)

    def _count_and_import(
        self, paths: list[Path], progress: Callable[[int, int, str], None], **options: Any
    ) -> ImportSummary:
        """Runs in the worker: counts the records first (a fast pass over the bytes), so the
        progress bar can show how far the import is. The import reports (read, rejected,
        file); the worker's progress is (records handled, of the total, what to show)."""
        counts = [count_records(path, str(options.get("format", "auto"))) for path in paths]
        total = 0
        if all(count is not None for count in counts):
            total = sum(count or 0 for count in counts)
            self.total_counted.emit(total)
        line = self.tr("{done} records read, {rejected} rejected — {file}")

        def report(done: int, rejected: int, file: str) -> None:
            text = line.format(
                done=format_count(done), rejected=format_count(rejected), file=Path(file).name
            )
            progress(done + rejected, total, text)

        return self.ws.catalog.import_files(paths, progress=report, **options)

    def _set_total(self, total: int) -> None:
        self.total = total
        if total > 0 and self.running():
            self.progress.setRange(0, total)
            self.progress.setValue(0)

    def running(self) -> bool:
        # The worker is dropped as soon as its result arrives, before WorkerSet lets it go.
        return self.worker is not None

    def cancel(self) -> None:
        """Ask the import to stop after the batch it is on; what was committed is kept."""
        if self.worker is not None and self.running():
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling after the current batch…"))

    def cancel_or_close(self) -> None:
        if self.running():
            self.cancel()
        else:
            self.accept()

    def reject(self) -> None:
        """Esc: while importing, it cancels, and the dialog stays to show what was kept."""
        if self.running():
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running():
            # Closing mid-import would leave it running unseen and uncancellable.
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    def _progress(self, done: int, _total: int, label: str) -> None:
        if self.total > 0:
            self.progress.setValue(min(done, self.total))
        self.progress_label.setText(label)

    def _ended(self) -> None:
        self.worker = None
        self.total = 0
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _finished(self, summary: ImportSummary) -> None:
        self._ended()
        self.summary = summary
        self.progress_label.clear()
        if summary.added_anyway:
            text = self.tr(
                "Imported: {imported}. Duplicates: {duplicates} ({added} added anyway). "
                "Rejected: {rejected}."
            ).format(
                imported=format_count(summary.imported),
                duplicates=format_count(summary.duplicates),
                added=format_count(summary.added_anyway),
                rejected=format_count(len(summary.rejected)),
            )
        else:
            text = self.tr(
                "Imported: {imported}. Duplicates: {duplicates} ({overlaid} overlaid). "
                "Rejected: {rejected}."
            ).format(
                imported=format_count(summary.imported),
                duplicates=format_count(summary.duplicates),
                overlaid=format_count(summary.overlaid),
                rejected=format_count(len(summary.rejected)),
            )
        if summary.converted:
            text += " " + self.tr(
                "Converted to MARC 21: {rusmarc} from RUSMARC, {unimarc} from UNIMARC."
            ).format(
                rusmarc=format_count(summary.converted.get("rusmarc", 0)),
                unimarc=format_count(summary.converted.get("unimarc", 0)),
            )
        if summary.cancelled:
            text += " " + self.tr(
                "The import was cancelled: the {n} records imported before it stopped were "
                "kept; the rest of the files was not read."
            ).format(n=format_count(summary.imported))
        if summary.warnings:
            text += " " + self.tr(
                "Warnings: {n} (those records were imported; see the list)."
            ).format(n=format_count(len(summary.warnings)))
        self.summary_label.setText(text)
        # Rejected records first, then what the reader corrected in records it kept.
        rows = [(r.file, r.index, r.reason) for r in summary.rejected]
        kept = self.tr("Imported with a warning: {message}")
        rows += [(w.file, w.index, kept.format(message=w.message)) for w in summary.warnings]
        self.rejected_table.setRowCount(len(rows))
        for row, (file, index, reason) in enumerate(rows):
            cells = (Path(file).name, str(index), reason)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(file if column == 0 else value)
                self.rejected_table.setItem(row, column, item)
        self.rejected_table.resizeRowsToContents()
        self.rejected_table.setVisible(bool(rows))
        self.imported.emit(summary)

    def _failed(self, message: str) -> None:
        self._ended()
        self.progress_label.clear()
        self.summary_label.setText(self.tr("The import stopped: {message}").format(message=message))
        self.summary_label.setStyleSheet("color: #b00020;")
