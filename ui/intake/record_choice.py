"""Choosing among the local records that carry one ISBN (a reprint, a duplicate import, a
set's volumes): the operator picks the record the copies belong to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog.records import RecordSummary


class RecordChoiceDialog(QDialog):
    """`chosen` is the record picked, once accepted. `held` gives each record's copy count."""

    def __init__(
        self,
        isbn: str,
        records: list[RecordSummary],
        held: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.chosen: RecordSummary | None = None
        self.setWindowTitle(self.tr("Choose the record"))
        self.setMinimumWidth(640)
        heading = QLabel(
            self.tr("{n} records in the catalog have ISBN {isbn}. Which is this book?").format(
                n=len(records), isbn=isbn
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        for record in records:
            self.list.addItem(
                self.tr("{title} — {author} · {publisher} {year} · record {control} · "
                        "{held} copies held").format(
                    title=record.title, author=record.author, publisher=record.publisher,
                    year=record.year, control=record.control_number,
                    held=held.get(record.id, 0),
                )
            )  # fmt: skip
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.choose())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def choose(self, row: int | None = None) -> None:
        index = self.list.currentRow() if row is None else row
        if 0 <= index < len(self.records):
            self.chosen = self.records[index]
            self.accept()
