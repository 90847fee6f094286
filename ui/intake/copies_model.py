"""The table of an accession batch's copies: inventory number, barcode, title, call number,
location, price and status (in processing shown amber, available green)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.intake.copies import CopyInfo
from app.intake.status import ItemStatus
from ui.common.locale import format_money

INVENTORY, BARCODE, TITLE, CALL_NUMBER, LOCATION, PRICE, STATUS = range(7)
STATUS_COLOURS = {
    ItemStatus.IN_PROCESSING.value: QColor("#fff1b8"),
    ItemStatus.AVAILABLE.value: QColor("#cdeccd"),
}

_Index = QModelIndex | QPersistentModelIndex


def status_names(owner: QObject) -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        ItemStatus.IN_PROCESSING: translate("CopiesModel", "in processing"),
        ItemStatus.AVAILABLE: translate("CopiesModel", "available"),
        ItemStatus.ON_LOAN: translate("CopiesModel", "on loan"),
        ItemStatus.AT_BINDERY: translate("CopiesModel", "at the bindery"),
        ItemStatus.IN_REPAIR: translate("CopiesModel", "in repair"),
        ItemStatus.BEING_DIGITISED: translate("CopiesModel", "being digitised"),
        ItemStatus.MISSING: translate("CopiesModel", "missing"),
        ItemStatus.WRITTEN_OFF: translate("CopiesModel", "written off"),
        ItemStatus.TO_BE_WRITTEN_OFF: translate("CopiesModel", "to be written off"),
    }


class CopiesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.copies: list[CopyInfo] = []
        self._rows: dict[int, int] = {}  # copy id -> row
        self._status = status_names(self)
        self._headers = [
            self.tr("Inventory No."),
            self.tr("Barcode"),
            self.tr("Title"),
            self.tr("Call number"),
            self.tr("Location"),
            self.tr("Price"),
            self.tr("Status"),
        ]

    def set_copies(self, copies: list[CopyInfo]) -> None:
        self.beginResetModel()
        self.copies = list(copies)
        self._rows = {c.id: row for row, c in enumerate(self.copies)}
        self.endResetModel()

    def add_copies(self, copies: list[CopyInfo]) -> None:
        fresh = [c for c in copies if c.id not in self._rows]
        if not fresh:
            return
        first = len(self.copies)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for copy in fresh:
            self._rows[copy.id] = len(self.copies)
            self.copies.append(copy)
        self.endInsertRows()

    def update_copy(self, copy: CopyInfo) -> None:
        row = self._rows.get(copy.id)
        if row is None:
            return
        self.copies[row] = copy
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    def row_of(self, copy_id: int) -> int | None:
        return self._rows.get(copy_id)

    def status_name(self, status: str) -> str:
        return self._status.get(status, status)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.copies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        copy = self.copies[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(copy, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            colour = STATUS_COLOURS.get(copy.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, copy: CopyInfo, column: int) -> str:
        if column == INVENTORY:
            return copy.inventory_number
        if column == BARCODE:
            return copy.barcode or self.tr("(no label)")
        if column == TITLE:
            return copy.title
        if column == CALL_NUMBER:
            return copy.call_number
        if column == LOCATION:
            return copy.location_code
        if column == PRICE:
            return format_money(copy.price, copy.currency) if copy.price else ""
        return self.status_name(copy.status)
