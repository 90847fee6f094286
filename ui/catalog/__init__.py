"""The Catalog screen: search the catalog, read a record's card and MARC, edit, create,
import, export and delete records. The editor and the import and export dialogs are
imported when first opened: the screen is up before them. A record is read, saved or
deleted in the slot (one row); searches, imports and exports run in workers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from app.desk import Workstation
from app.errors import QorError
from ui.catalog.record_view import RecordView
from ui.catalog.search_panel import SearchPanel
from ui.common import messages


class CatalogScreen(QWidget):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.search = SearchPanel(ws)
        self.view = RecordView()
        self.search.record_selected.connect(self.show_record)
        self.search.search_failed.connect(lambda message: messages.show_error(self, message))
        self.search.table.doubleClicked.connect(lambda _index: self.edit_record())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def start(self) -> None:
        """Show the most recent records (runs in the background)."""
        self.search.search_now()

    def show_record(self, record_id: int | None) -> None:
        if record_id is None:
            self.view.show_detail(None)
            return
        try:
            self.view.show_detail(self.ws.catalog.get_record(record_id))
        except QorError as exc:
            self.view.show_detail(None)
            messages.show_error(self, exc)

    def focus_search(self) -> None:
        self.search.focus_query()

    def take_scan(self, code: str) -> None:
        """A scan on the catalog searches for it (an ISBN, a barcode): the results answer."""
        self.search.query.setText(code)
        self.search.search_now()
        self.focus_search()

    # --- Record actions -----------------------------------------------------------------
    def new_record(self) -> None:
        from app.catalog.templates import blank_book
        from ui.catalog.marc_editor import MarcEditor

        editor = MarcEditor(self.ws, blank_book(self.ws.library.sigla), None, self)
        if editor.exec() and editor.saved is not None:
            self.search.search_now()

    def edit_record(self) -> None:
        record_id = self.search.current_id()
        if record_id is None:
            return
        try:
            detail = self.ws.catalog.get_record(record_id)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        from ui.catalog.marc_editor import MarcEditor

        editor = MarcEditor(self.ws, detail.record, record_id, self)
        if editor.exec() and editor.saved is not None:
            self.show_record(record_id)
            self.search.search_now()

    def delete_record(self) -> None:
        record_id = self.search.current_id()
        if record_id is None or self.view.detail is None:
            return
        title = self.view.detail.summary.title or self.view.detail.summary.control_number
        if not messages.confirm(
            self, self.tr("Delete the record «{title}»? This cannot be undone.").format(title=title)
        ):
            return
        try:
            self.ws.catalog.delete_record(record_id)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.search.search_now()

    def import_marc(self) -> None:
        from ui.catalog.import_dialog import ImportDialog

        dialog = ImportDialog(self.ws, self)
        dialog.imported.connect(lambda _summary: self.search.search_now())
        dialog.exec()

    def export(self) -> None:
        from ui.catalog.export_dialog import ExportDialog

        ExportDialog(self.ws, self.search.selected_ids(), self).exec()
