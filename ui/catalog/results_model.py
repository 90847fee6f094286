"""The search results as a Qt table model over SearchHit values, fetched a page at a time.

The model never queries anything itself: it asks for pages through `more_wanted(offset)` and
takes them back with `add_page`. Every answer carries the generation of the search it belongs
to, so a slow answer to an older query can never overwrite a newer one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.catalog.search import SearchHit

PAGE = 100

_COLUMNS = ("title", "author", "year", "isbn", "control_number")
_HEADERS = (
    QCoreApplication.translate("ResultsModel", "Title"),
    QCoreApplication.translate("ResultsModel", "Author"),
    QCoreApplication.translate("ResultsModel", "Year"),
    QCoreApplication.translate("ResultsModel", "ISBN"),
    QCoreApplication.translate("ResultsModel", "001"),
)

Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    more_wanted = Signal(int, int)  # generation, offset of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.total = 0
        self.generation = 0
        self._fetching = False

    # --- Answers from the search worker -------------------------------------------------
    def start_search(self) -> int:
        """A new query was asked: answers to earlier ones are stale from now on."""
        self.generation += 1
        self._fetching = False
        return self.generation

    def set_first_page(self, generation: int, total: int, hits: list[SearchHit]) -> bool:
        if generation != self.generation:
            return False
        self.beginResetModel()
        self.hits = list(hits)
        self.total = total
        self._fetching = False
        self.endResetModel()
        return True

    def add_page(self, generation: int, offset: int, hits: list[SearchHit]) -> bool:
        if generation != self.generation or offset != len(self.hits):
            return False
        self._fetching = False
        if hits:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self.hits.extend(hits)
            self.endInsertRows()
        else:
            # The catalog shrank under us: stop asking for more.
            self.total = len(self.hits)
        return True

    def page_failed(self, generation: int) -> None:
        if generation == self.generation:
            self._fetching = False

    def hit(self, row: int) -> SearchHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(hit, _COLUMNS[index.column()]) or ""
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ResultsModel", _HEADERS[section])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.hits) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(self.generation, len(self.hits))
