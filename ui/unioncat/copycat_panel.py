"""The copy-cataloging panel: search a union catalog or another library, see who holds each
record, take one into the local catalog (through the import's duplicate check), and go on to
add its copies to an accession batch (the intake desk's own dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.accession import AccessionInfo
from app.intake.copies import CopyInfo
from app.unioncat.config import ConfiguredTarget
from app.unioncat.copycat import (
    SEARCH_INDEXES,
    CopyHit,
    CopyImport,
    CopySearch,
    search_target,
)
from ui.common import messages
from ui.common.choices import fill_choices
from ui.common.keyboard import give_key
from ui.common.tables import RowsModel, resizable_table
from ui.common.worker import Worker, WorkerSet
from ui.intake.add_copies_dialog import AddCopiesDialog

RECENT_BATCHES = 30  # the batches offered for the copies, newest first


class CopyCatPanel(QWidget):
    """Emits `record_imported(record_id)` when a record was taken (or found already there),
    and `copies_added(copies)` when its copies were added from here."""

    record_imported = Signal(int)
    copies_added = Signal(list)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.workers = WorkerSet()
        self.last: CopyImport | None = None
        self.copies_dialog: AddCopiesDialog | None = None
        top = self._build_search_bar()
        self._build_results()
        bottom = self._build_outcome_bar()
        self._lay_out(top, bottom)
        self._connect()
        self.refresh()

    def _build_search_bar(self) -> QHBoxLayout:
        """The target (a configured one, or an address typed in), the index and the query."""
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setMinimumWidth(280)
        line = self.target.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("z3950://HOST:PORT/DB or http://HOST:PORT/PATH"))
        self.index = QComboBox()
        fill_choices(self.index, SEARCH_INDEXES)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Title, author, ISBN or subject"))
        self.search_button = QPushButton(self.tr("Search"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Target:")))
        top.addWidget(self.target, 1)
        top.addWidget(self.index)
        top.addWidget(self.query, 2)
        top.addWidget(self.search_button)
        return top

    def _build_results(self) -> None:
        """The records found, with the libraries holding each, and the search's status."""
        self.results_model = RowsModel(
            [
                (self.tr("Record"), lambda h: h.identity),
                (self.tr("Title"), lambda h: h.title),
                (self.tr("Author"), lambda h: h.author),
                (self.tr("Year"), lambda h: h.year),
                (self.tr("ISBN"), lambda h: h.isbn),
                (self.tr("Held by"), lambda h: ", ".join(h.libraries)),
            ]
        )
        self.results_view = resizable_table(self.results_model)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _build_outcome_bar(self) -> QHBoxLayout:
        """What the import did, the Import button, and the batch the copies go into."""
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        give_key(self.import_button, "Ctrl+S")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.batch = QComboBox()
        self.batch.setMinimumWidth(200)
        self.batch.setToolTip(self.tr("The accession batch the copies join"))
        self.add_copies_button = QPushButton(self.tr("Add copies…"))
        self.add_copies_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(QLabel(self.tr("Batch:")))
        bottom.addWidget(self.batch)
        bottom.addWidget(self.add_copies_button)
        return bottom

    def _lay_out(self, top: QHBoxLayout, bottom: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.results_view, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.search_button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        self.import_button.clicked.connect(self.import_selected)
        self.add_copies_button.clicked.connect(self.add_copies)
        self.results_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.import_button.setEnabled(current.isValid())
        )

    def refresh(self) -> None:
        current = self.target.currentText()
        self.target.clear()
        # The configured targets: a settings table of a few rows, read inline.
        targets: list[ConfiguredTarget] = self.ws.unioncat.list_targets()
        for t in targets:
            self.target.addItem(t.name, t)
        if current:
            self.target.setEditText(current)
        self.refresh_batches()

    def refresh_batches(self) -> None:
        chosen = self.batch.currentData()
        self.batch.clear()
        # Only the newest batches are read (one bounded query, inline): a batch for new copies
        # is a recent one, and the intake desk lists them all.
        for info in self.ws.intake.list_accessions(latest=RECENT_BATCHES):
            self.batch.addItem(
                self.tr("{number} of {date}").format(
                    number=info.number, date=info.received_on.isoformat()
                ),
                info,
            )
        if isinstance(chosen, AccessionInfo):
            found = next(
                (i for i in range(self.batch.count()) if self.batch.itemData(i).id == chosen.id),
                0,
            )
            self.batch.setCurrentIndex(found)

    def search(self) -> None:
        try:  # one target's row (or a typed address): inline; the search runs in a worker
            target = self.ws.unioncat.resolve_search_target(self.target.currentText().strip())
        except QorError as exc:
            messages.show_error(self, exc)
            return
        index, term = str(self.index.currentData()), self.query.text()

        def run(progress: object, is_cancelled: object) -> CopySearch:
            return search_target(target, index, term)

        self._start(Worker(run), self._show_results)
        self.status.setText(self.tr("Searching {target}…").format(target=target.name))

    def _show_results(self, found: CopySearch) -> None:
        self.results_model.set_rows(found.hits)
        self.results_view.resizeColumnsToContents()
        shown = len(found.hits)
        self.status.setText(
            self.tr("{total} found in {target}, {shown} shown.").format(
                total=found.total, target=found.target, shown=shown
            )
        )
        if found.hits:
            self.results_view.selectRow(0)

    def import_selected(self) -> None:
        row = self.results_view.currentIndex().row()
        if row < 0 or row >= len(self.results_model.rows):
            return
        hit: CopyHit = self.results_model.rows[row]
        ws = self.ws

        def run(progress: object, is_cancelled: object) -> CopyImport:
            return ws.unioncat.import_hit(hit)

        self._start(Worker(run), self._imported)

    def _imported(self, outcome: CopyImport) -> None:
        self.last = outcome
        self.outcome.setText(outcome.message)
        self.add_copies_button.setEnabled(True)
        self.add_copies_button.setFocus()  # the next step: Enter adds its copies
        self.record_imported.emit(outcome.record_id)

    def add_copies(self) -> None:
        """Opens the intake desk's dialog for copies of the record just taken."""
        if self.last is None:
            return
        self.refresh_batches()
        batch = self.batch.currentData()
        if not isinstance(batch, AccessionInfo):
            messages.show_error(
                self,
                self.tr("There is no accession batch for the copies: open one at the intake desk."),
            )
            return
        try:  # one record: inline
            record = self.ws.catalog.get_record(self.last.record_id).summary
        except QorError as exc:
            messages.show_error(self, exc)
            return
        dialog = AddCopiesDialog(self.ws, record, batch, self)
        self.copies_dialog = dialog
        dialog.accepted.connect(lambda: self._copies_added(dialog.added))
        dialog.open()

    def _copies_added(self, added: list[CopyInfo]) -> None:
        self.outcome.setText(
            self.tr("{n} copies added: {numbers}").format(
                n=len(added), numbers=", ".join(c.inventory_number for c in added)
            )
        )
        self.copies_added.emit(added)

    def _start(self, worker: Worker, on_finished: Any) -> None:
        self.search_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def done(result: object) -> None:
            self.search_button.setEnabled(True)
            self.import_button.setEnabled(self.results_view.currentIndex().isValid())
            on_finished(result)

        def failed(message: str) -> None:
            self.search_button.setEnabled(True)
            self.status.setText(message)
            messages.show_error(self, message)

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        self.workers.start(worker)
