"""Looking a scanned ISBN up in the configured remote catalogs (union catalog, other
libraries; Z39.50 or SRU), off the GUI thread, and choosing the record to import."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorError
from app.unioncat.config import ConfiguredTarget
from app.unioncat.copycat import CopyHit, search_target


@dataclass(frozen=True)
class FoundRemotely:
    target: str
    hit: CopyHit


@dataclass
class RemoteLookup:
    isbn: str
    found: list[FoundRemotely] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "target: what went wrong"


def lookup_isbn(
    targets: list[ConfiguredTarget],
    isbn: str,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> RemoteLookup:
    """Search every target by ISBN (run in a Worker). One unreachable target does not stop
    the others: its failure is reported beside what the others found."""
    lookup = RemoteLookup(isbn)
    for done, target in enumerate(targets):
        if is_cancelled():
            break
        progress(done, len(lookup.failures), target.name)
        if "isbn" not in target.indexes:
            continue
        try:
            result = search_target(target, "isbn", isbn, limit=10)
        except QorError as exc:
            lookup.failures.append(f"{target.name}: {exc}")
            continue
        lookup.found.extend(FoundRemotely(target.name, hit) for hit in result.hits)
    return lookup


class RemoteHitsDialog(QDialog):
    """The records the remote catalogs have for an ISBN; `chosen` is the one to import."""

    def __init__(self, lookup: RemoteLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.setWindowTitle(self.tr("ISBN {isbn} in remote catalogs").format(isbn=lookup.isbn))
        self.resize(820, 360)
        self.table = QTableWidget(len(lookup.found), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Catalog"),
                self.tr("Title"),
                self.tr("Author"),
                self.tr("Year"),
                self.tr("ISBN"),
                self.tr("Held by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, found in enumerate(lookup.found):
            hit = found.hit
            values = (found.target, hit.title, hit.author, hit.year, hit.isbn)
            for column, value in enumerate((*values, ", ".join(hit.libraries))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if lookup.found:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())

        summary = QLabel(
            self.tr("{n} record(s) found.").format(n=len(lookup.found))
            + "".join(
                f"<br><span style='color:#b00020'>{html.escape(f)}</span>" for f in lookup.failures
            )
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import and add copies"))
        ok.setEnabled(bool(lookup.found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> CopyHit | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lookup.found):
            return self.lookup.found[row].hit
        return None
