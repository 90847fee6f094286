"""File → Export: write the selected records, or the whole catalog, to a MARC file in the
background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.exporting import SkippedRecord
from app.desk import Workstation
from ui.catalog.search_panel import format_count
from ui.common.worker import Worker, WorkerSet

FORMATS = (
    ("iso2709", "ISO 2709 (.mrc)", ".mrc"),
    ("marcxml", "MARCXML (.xml)", ".xml"),
    ("mrk", "MarcEdit (.mrk)", ".mrk"),
)


def _export(
    ws: Workstation,
    out: Path,
    format: str,
    ids: Sequence[int] | None,
    scheme: str = "marc21",
    *,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> tuple[int, list[SkippedRecord]]:
    skipped: list[SkippedRecord] = []
    count = ws.catalog.export_records(out, format=format, ids=ids, scheme=scheme, skipped=skipped)
    return count, skipped


class ExportDialog(QDialog):
    exported = Signal(int)

    def __init__(
        self,
        ws: Workstation,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.selected_ids = list(selected_ids)
        self.workers = WorkerSet()
        self.written: int | None = None
        self.skipped: list[SkippedRecord] = []
        self.setWindowTitle(self.tr("Export records"))
        self.setMinimumWidth(560)
        form = self._build_form()
        buttons = self._build_result_and_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

    def _build_form(self) -> QFormLayout:
        """What to write: the file format, the bibliographic format, which records, where."""
        self.format = QComboBox()
        for key, label, _suffix in FORMATS:
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._suffix_follows_format)
        # RUSMARC for exchange partners who take it; records imported from RUSMARC give their
        # own fields back.
        self.scheme = QComboBox()
        self.scheme.addItem("MARC 21", "marc21")
        self.scheme.addItem("RUSMARC", "rusmarc")
        self._build_scope()
        self.output = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_output)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Bibliographic format:"), self.scheme)
        form.addRow(self.tr("Records:"), self.selected)
        form.addRow("", self.everything)
        form.addRow(self.tr("Output file:"), out_row)
        return form

    def _build_scope(self) -> None:
        """The records selected in the search (when there are any) or the whole catalog."""
        self.selected = QRadioButton(
            self.tr("Selected records ({n})").format(n=len(self.selected_ids))
        )
        self.everything = QRadioButton(self.tr("All records of the catalog"))
        scope = QButtonGroup(self)
        scope.addButton(self.selected)
        scope.addButton(self.everything)
        self.selected.setEnabled(bool(self.selected_ids))
        (self.selected if self.selected_ids else self.everything).setChecked(True)

    def _build_result_and_buttons(self) -> QHBoxLayout:
        """The progress bar and what the export did, then Export and Close."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        return buttons

    def format_key(self) -> str:
        return str(self.format.currentData())

    def _suffix_follows_format(self) -> None:
        text = self.output.text()
        if text:
            suffix = FORMATS[self.format.currentIndex()][2]
            self.output.setText(str(Path(text).with_suffix(suffix)))

    def choose_output(self) -> None:
        suffix = FORMATS[self.format.currentIndex()][2]
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"catalog{suffix}", f"*{suffix}"
        )
        if name:
            self.output.setText(name)

    def start(self) -> None:
        if not self.output.text().strip():
            self.result_label.setText(self.tr("Choose the output file."))
            return
        ids = self.selected_ids if self.selected.isChecked() else None
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.result_label.setText(self.tr("Exporting…"))
        worker = Worker(
            _export,
            self.ws,
            Path(self.output.text().strip()),
            self.format_key(),
            ids,
            str(self.scheme.currentData()),
        )
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self.workers.start(worker)

    def _finished(self, result: tuple[int, list[SkippedRecord]]) -> None:
        written, skipped = result
        self.written = written
        self.skipped = skipped
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        text = self.tr("{n} records written to {path}.").format(
            n=format_count(written), path=self.output.text()
        )
        if skipped:
            text += "\n" + self.tr(
                "{n} records cannot be written in this format and were skipped:"
            ).format(n=format_count(len(skipped)))
            shown = self.tr("record {id}: {reason}")
            text += "".join(
                "\n" + shown.format(id=s.record_id, reason=s.reason) for s in skipped[:10]
            )
            if len(skipped) > 10:
                text += "\n…"
        self.result_label.setText(text)
        self.exported.emit(written)

    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.export_button.setEnabled(True)
        self.result_label.setText(self.tr("The export failed: {message}").format(message=message))
