"""The catalog search: a query field, a sort chooser, the total and the results table.

Searches run in the thread pool; typing starts a new search after a short pause (Enter at
once), and the results model drops answers to queries that are no longer current.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalog.search import SearchResult
from app.desk import Workstation
from ui.catalog.results_model import PAGE, ResultsModel
from ui.common.locale import current_language
from ui.common.worker import Worker, WorkerSet, alive

TYPING_PAUSE_MS = 300


def _search_page(
    ws: Workstation,
    query: str,
    offset: int,
    sort: str,
    language: str,
    *,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> SearchResult:
    return ws.catalog.search(query, limit=PAGE, offset=offset, sort=sort, language=language)


def format_count(count: int) -> str:
    """1234 → "1 234" (a thin grouping space, as Kazakh and Russian texts write numbers)."""
    return f"{count:,}".replace(",", "\u00a0")


class SearchPanel(QWidget):
    record_selected = Signal(object)  # record id, or None when nothing is selected
    results_shown = Signal(int)  # generation, after its first page is in the model
    search_failed = Signal(str)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.workers = WorkerSet()
        self.model = ResultsModel(self)
        self.model.more_wanted.connect(self._fetch_page)

        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search: words of title, author, subject; ISBN; 001; ti: au: year: …")
        )
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search_now)
        self.query.textEdited.connect(self._typed)

        self.sort = QComboBox()
        for key, label in (
            ("recent", self.tr("Most recent")),
            ("title", self.tr("Title")),
            ("author", self.tr("Author")),
            ("year", self.tr("Year")),
        ):
            self.sort.addItem(label, key)
        self.sort.currentIndexChanged.connect(self.search_now)

        self.count = QLabel()
        self.count.setMinimumWidth(120)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 180), (2, 50), (3, 120), (4, 95)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search_now)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(QLabel(self.tr("Sort:")))
        top.addWidget(self.sort)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    # --- Searching ----------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._typing.start()

    def search_now(self) -> None:
        self._typing.stop()
        self.workers.cancel_all()
        generation = self.model.start_search()
        self.count.setText(self.tr("Searching…"))
        worker = Worker(
            _search_page, self.ws, self.query.text(), 0, self.sort_key(), current_language()
        )
        worker.signals.finished.connect(alive(self, lambda r: self._first_page(generation, r)))
        worker.signals.failed.connect(alive(self, lambda m: self._failed(generation, m)))
        self.workers.start(worker)

    def sort_key(self) -> str:
        return str(self.sort.currentData())

    def _first_page(self, generation: int, result: SearchResult) -> None:
        if not self.model.set_first_page(generation, result.total, result.hits):
            return
        self.count.setText(self.count_text(result.total))
        self.record_selected.emit(None)
        self.results_shown.emit(generation)

    def count_text(self, total: int) -> str:
        if total == 1:
            return self.tr("1 record")
        return self.tr("%s records") % format_count(total)

    def _fetch_page(self, generation: int, offset: int) -> None:
        worker = Worker(
            _search_page, self.ws, self.query.text(), offset, self.sort_key(), current_language()
        )
        worker.signals.finished.connect(
            alive(self, lambda result: self.model.add_page(generation, offset, result.hits))
        )
        worker.signals.failed.connect(alive(self, lambda _m: self.model.page_failed(generation)))
        self.workers.start(worker)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self.model.generation:
            return
        self.model.page_failed(generation)
        self.count.setText(self.tr("Search failed"))
        self.query.setToolTip(message)
        self.search_failed.emit(message)

    # --- Selection ----------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.record_selected.emit(self.current_id())

    def current_id(self) -> int | None:
        """The record the user is on: the current row if selected, else the first selected."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if not rows:
            return None
        current = self.table.currentIndex().row()
        hit = self.model.hit(current if current in rows else min(rows))
        return hit.id if hit is not None else None

    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            hit = self.model.hit(index.row())
            if hit is not None:
                ids.append(hit.id)
        return ids

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
