"""Read-only tables over service values (dataclasses): the item model, one column per (header,
getter), and the row-selecting views the screens show it in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table over service values: `columns` are (header, value-of-row) pairs."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Any], object]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`; a list is kept as it is (not copied: an audit's lists may hold a
        million copies), and cells are formatted only when the view asks for them."""
        self.beginResetModel()
        self.rows = rows if isinstance(rows, list) else list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


class LongTableView(QTableView):
    """A table that may show a million rows (an audit's lists): typing into it does not run
    Qt's type-ahead search, which reads every row's cell at each key that finds nothing. A
    scanner's burst into such a table (a stock-checker scanning with the focus on the found
    copies) froze the window about 0.3 s a scan at a few thousand rows, and delayed the
    scan's answer; typing the start of a cell is no way to find one copy among thousands."""

    def keyboardSearch(self, search: str) -> None:
        pass


def _row_table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    return view


def table_for(model: QAbstractTableModel, stretch: int = -1) -> QTableView:
    """A row-selecting table over `model`, columns fitted to their contents; column `stretch`
    takes the spare width."""
    view = _row_table(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def resizable_table(model: QAbstractTableModel) -> QTableView:
    """A row-selecting table over `model` whose columns the user resizes; the last takes the
    spare width and long values stay on one line."""
    view = _row_table(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view
