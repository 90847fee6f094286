"""The intake screen: choose or open an accession batch, then scan. A book's ISBN finds its
record (or offers the remote catalogs and the blank book template) and leads to adding
copies; a copy's barcode shows the copy and, in release mode, releases it to the fund.
The scan field keeps the focus; every scan answers in colour, words and sound. Scans go
through a `ScanQueue` (ui/common/scan_queue.py): the look-up (and, in release mode, the
release) runs off the GUI thread, one scan after another, and each is answered in the order
it was scanned, so a burst of scans over a slow link never freezes the screen nor loses one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalog.records import RecordSummary
from app.catalog.templates import blank_book
from app.desk import Workstation
from app.errors import QorError
from app.i18n import translate
from app.intake.accession import AccessionInfo
from app.intake.barcodes import classify_scan, is_isbn_ean, normalise_scan
from app.intake.completion import missing_for
from app.intake.copies import (
    CopyInfo,
    ReleaseResult,
    scanned_isbn,
)
from app.intake.status import ItemStatus
from app.unioncat.copycat import CopyImport
from ui.catalog.marc_editor import MarcEditor
from ui.common import messages
from ui.common.feedback import Feedback, FeedbackBanner, SoundPlayer
from ui.common.locale import format_date, format_money
from ui.common.scan_field import ScanField, ScanSettings
from ui.common.scan_queue import ScanQueue
from ui.common.worker import Worker, WorkerSet, alive
from ui.intake.accession_dialog import AccessionDialog, deadline_text, source_names
from ui.intake.add_copies_dialog import AddCopiesDialog
from ui.intake.complete_copy_dialog import CompleteCopyDialog
from ui.intake.copies_model import CopiesModel
from ui.intake.locations_dialog import LocationsDialog
from ui.intake.record_choice import RecordChoiceDialog
from ui.intake.remote_lookup import RemoteHitsDialog, RemoteLookup, lookup_isbn

RECENT_BATCHES = 30


def _load_batches(
    ws: Workstation, current: int | None, **_: object
) -> tuple[list[AccessionInfo], int, list[CopyInfo]]:
    """The recent batches, newest first, which of them to show (`current` if it is among
    them, else the newest) and that batch's copies: read in a worker (a batch may hold
    thousands of copies)."""
    recent = ws.intake.list_accessions(latest=RECENT_BATCHES)  # a bounded query
    batches = [ws.intake.get_accession(b.id) for b in recent]
    index = next((i for i, b in enumerate(batches) if b.id == current), 0)
    copies = ws.intake.copies_of_accession(batches[index].id) if batches else []
    return batches, (index if batches else -1), copies


def _load_copies(ws: Workstation, batch_id: int, **_: object) -> list[CopyInfo]:
    return ws.intake.copies_of_accession(batch_id)


@dataclass(frozen=True)
class ScanAnswer:
    """What a scan found, read off the GUI thread: an ISBN's records with the copies held of
    each, or a copy (None: no copy has the code) and, in release mode, the release."""

    code: str
    isbn: str | None = None
    records: list[tuple[RecordSummary, int]] | None = None
    copy: CopyInfo | None = None
    released: ReleaseResult | None = None


def answer_scan(ws: Workstation, code: str, release: bool) -> ScanAnswer:
    """A scan's reads (one round trip for a copy or an ISBN), and its release in release
    mode; in the scan queue's thread."""
    isbn = scanned_isbn(code)
    # A typed ISBN-10 could be some copy's Code 128 barcode: the copy wins.
    copy = None if isbn is None or is_isbn_ean(code) else ws.intake.copy_by_barcode(code)
    if isbn is not None and copy is None:
        return ScanAnswer(code, isbn=isbn, records=ws.intake.records_held_by_isbn(isbn))
    if copy is None:
        copy = ws.intake.copy_by_barcode(code)
    if copy is not None and release:
        return ScanAnswer(code, copy=copy, released=ws.intake.release_scanned([copy])[0])
    return ScanAnswer(code, copy=copy)


def answer_scans(ws: Workstation, items: list[tuple[str, bool]]) -> list[ScanAnswer]:
    """The answers of scans that came while the link was answering earlier ones, in their
    order: every copy barcode among them looked up in one query (one round trip, however
    many), then each answered as `answer_scan` would (an ISBN's records); in release mode the
    copies found are released together (one more round trip). A burst scanned partly in
    release mode and partly not is answered scan by scan, so that each sees the ones before."""
    modes = {release for _code, release in items}
    if len(items) == 1 or len(modes) > 1:
        return [answer_scan(ws, code, release) for code, release in items]
    copies = ws.intake.copies_by_barcodes(
        [code for code, _release in items if not is_isbn_ean(code)]
    )
    answers = []
    for code, _release in items:
        isbn = scanned_isbn(code)
        copy = None if isbn is not None and is_isbn_ean(code) else copies.get(normalise_scan(code))
        if isbn is not None and copy is None:
            records = ws.intake.records_held_by_isbn(isbn)
            answers.append(ScanAnswer(code, isbn=isbn, records=records))
        else:
            answers.append(ScanAnswer(code, copy=copy))
    if modes == {True}:
        found = [(n, answer.copy) for n, answer in enumerate(answers) if answer.copy is not None]
        released = ws.intake.release_scanned([copy for _n, copy in found])
        for (n, _copy), result in zip(found, released, strict=True):
            answers[n] = replace(answers[n], released=result)
    return answers


REPEAT_NOTE_MS = 1500  # how long the note on a swallowed double scan stays


def missing_of(copy: CopyInfo) -> list[str]:
    """What a copy still lacks for release, by the service's own rule, as the operator reads it."""
    return [translate("missing", what) for what in missing_for(copy)]


class IntakeScreen(QWidget):
    loaded = Signal()  # the batch list or a batch's copies, read in a worker, are shown
    scan_answered = Signal()  # a scan's answer (or refusal) is shown

    def __init__(
        self,
        ws: Workstation,
        parent: QWidget | None = None,
        scan_settings: ScanSettings | None = None,
        player: SoundPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.scan_settings = scan_settings if scan_settings is not None else ScanSettings.load()
        self.player = player
        self.workers = WorkerSet()
        self.scans = ScanQueue(self)  # scans looked up in order, off the GUI thread
        self.batch: AccessionInfo | None = None
        self.record: RecordSummary | None = None  # the book last scanned by its ISBN
        self.copy: CopyInfo | None = None  # the copy last scanned
        self.pending_isbn: str | None = None  # scanned, not in the catalog
        self.dialog: QDialog | None = None  # the dialog open over the screen, if any
        self.open_add_copies = True  # a found ISBN goes straight on to "Add copies"
        self.last_lookup: RemoteLookup | None = None
        self.last_import: CopyImport | None = None
        # The batch list and a batch's copies are read in a worker. While one is on its way
        # the busy bar shows, and scans are held, then answered in order once it is shown
        # (a scan must count against the batch on screen, never be lost).
        self.loading = False
        self._load_serial = 0
        self._held: list[str] = []

        batch_row = self._build_batch_row()
        scan_row = self._build_scan_row()
        details_row = self._build_details_row()
        bottom = self._build_copies_table()
        layout = QVBoxLayout(self)
        layout.addLayout(batch_row)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback)
        layout.addLayout(details_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Only the scan field takes the keyboard: a click anywhere else leaves it focused.
        for widget in self.findChildren(QWidget):
            if widget is not self.scan:
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.scan)
        self._add_keys()

        self._connect()
        self.refresh_batches()
        self._update_actions()

    # --- The screen's parts ------------------------------------------------------------------
    def _build_batch_row(self) -> QHBoxLayout:
        """The accession batch chooser, its busy bar, deadline and "New batch"."""
        self.batches = QComboBox()
        self.batches.setMinimumWidth(420)
        self.new_batch_button = QPushButton(self.tr("New batch…"))
        self.deadline = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a busy bar: how long a read takes is not known
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip(self.tr("Loading the batch…"))
        self.busy.hide()
        batch_row = QHBoxLayout()
        batch_row.addWidget(QLabel(self.tr("Accession batch:")))
        batch_row.addWidget(self.batches, 1)
        batch_row.addWidget(self.busy)
        batch_row.addWidget(self.deadline)
        batch_row.addWidget(self.new_batch_button)
        return batch_row

    def _build_scan_row(self) -> QHBoxLayout:
        """The scan field, release mode and the feedback banner."""
        self.scan = ScanField(self.scan_settings)
        self.scan.setPlaceholderText(self.tr("Scan a book's ISBN or a copy's barcode"))
        font = self.scan.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.scan.setFont(font)
        self.release_mode = QCheckBox(self.tr("Release mode: a scanned copy is released"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Scan:")))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.release_mode)
        self.feedback = FeedbackBanner(player=self.player)
        return scan_row

    def _build_details_row(self) -> QHBoxLayout:
        """What was scanned, and the buttons for what can be done with it."""
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(70)
        self.add_copies_button = QPushButton(self.tr("Add copies…"))
        self.remote_button = QPushButton(self.tr("Look up in remote catalogs"))
        self.template_button = QPushButton(self.tr("New record from book template"))
        self.release_button = QPushButton(self.tr("Release this copy"))
        self.complete_button = QPushButton(self.tr("Complete copy…"))
        self.complete_button.setToolTip(
            self.tr("Put a label on the copy, edit its call number, choose its location")
        )
        actions = QVBoxLayout()
        for button in (
            self.add_copies_button,
            self.remote_button,
            self.template_button,
            self.complete_button,
            self.release_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        details_row.addLayout(actions)
        return details_row

    def _build_copies_table(self) -> QHBoxLayout:
        """The batch's copies, and the row of batch-wide buttons under them."""
        self.model = CopiesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4, 5, 6):  # headers are longer in Kazakh and Russian
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAlternatingRowColors(True)
        self.count = QLabel()
        self.release_batch_button = QPushButton(self.tr("Release whole batch"))
        self.labels_button = QPushButton(self.tr("Labels…"))
        self.locations_button = QPushButton(self.tr("Locations…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.locations_button)
        bottom.addWidget(self.labels_button)
        bottom.addWidget(self.release_batch_button)
        return bottom

    def _connect(self) -> None:
        """Scans, buttons, the batch chooser and the table to their slots."""
        self.scan.scanned.connect(self.handle_scan)
        self.scan.typed.connect(self.handle_scan)
        self.scan.repeated.connect(self._repeated)
        self.complete_button.clicked.connect(self.complete_copy)
        self.locations_button.clicked.connect(self.edit_locations)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.batches.currentIndexChanged.connect(self._batch_chosen)
        self.new_batch_button.clicked.connect(self.new_batch)
        self.add_copies_button.clicked.connect(self.add_copies)
        self.remote_button.clicked.connect(self.lookup_remote)
        self.template_button.clicked.connect(self.create_from_template)
        self.release_button.clicked.connect(self.release_current)
        self.release_batch_button.clicked.connect(self.release_batch)
        self.labels_button.clicked.connect(self.print_labels)
        self.release_mode.toggled.connect(lambda _on: self.focus_scan())

    # --- Focus and keys ---------------------------------------------------------------------
    def _add_keys(self) -> None:
        """The desk without a mouse: a key for every button (named in its tooltip), F6 to
        choose the batch, F8 for release mode; the scan field keeps the focus."""
        for button, key in (
            (self.new_batch_button, "Ctrl+B"),
            (self.add_copies_button, "Ctrl+D"),
            (self.remote_button, "Ctrl+L"),
            (self.template_button, "Ctrl+T"),
            (self.release_button, "Ctrl+R"),
            (self.complete_button, "Ctrl+K"),
            (self.locations_button, "Ctrl+Shift+L"),
            (self.release_batch_button, "Ctrl+Shift+R"),
            (self.labels_button, "Ctrl+P"),
            (self.release_mode, "F8"),
        ):
            sequence = QKeySequence(key)
            button.setShortcut(sequence)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        choose = QShortcut(QKeySequence("F6"), self, self.batches.showPopup)
        choose.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.batches.setToolTip("F6")

    def focus_scan(self) -> None:
        if self.dialog is None:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_scan()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.focus_scan()

    def _open(self, dialog: QDialog, on_finished: Callable[[int], None]) -> None:
        """Show `dialog` without blocking; when it closes, run `on_finished(result)` and put
        the focus back in the scan field."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            self.scan.forget_last_scan()
            on_finished(result)
            self.activateWindow()  # the desk's window gets the keys back, not the desktop
            self.focus_scan()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # --- Batches --------------------------------------------------------------------------
    def refresh_batches(self, select_id: int | None = None) -> Worker:
        """The recent batches, newest first, each with its count and value, and the chosen
        one's copies: read in a worker (`loaded` is emitted once they are shown)."""
        current = select_id if select_id is not None else (self.batch.id if self.batch else None)
        return self._load(Worker(_load_batches, self.ws, current), self._batches_loaded)

    def _batches_loaded(self, answer: tuple[list[AccessionInfo], int, list[CopyInfo]]) -> None:
        batches, index, copies = answer
        self.batches.blockSignals(True)
        self.batches.clear()
        for batch in batches:
            self.batches.addItem(self.batch_text(batch), batch)
        self.batches.setCurrentIndex(index)
        self.batches.blockSignals(False)
        self.batch = batches[index] if index >= 0 else None
        self._show_deadline()
        self._show_copies(copies)

    def _load(self, worker: Worker, on_loaded: Callable[[Any], None]) -> Worker:
        """Start a read of batches or copies; only the newest one's answer is shown."""
        self._load_serial += 1
        serial = self._load_serial
        self.loading = True
        self.busy.show()

        def loaded(answer: object) -> None:
            if serial == self._load_serial:
                on_loaded(answer)
                self._load_done()

        def failed(message: str) -> None:
            if serial == self._load_serial:
                self.feedback.show_result(Feedback.REFUSED, message)
                self._load_done()

        worker.signals.finished.connect(alive(self, loaded))
        worker.signals.failed.connect(alive(self, failed))
        return self.workers.start(worker)

    def _load_done(self) -> None:
        self.loading = False
        self.busy.hide()
        held, self._held = self._held, []
        for code in held:  # answered in the order they came, against the batch now shown
            self.handle_scan(code)
        self.loaded.emit()

    def batch_text(self, batch: AccessionInfo) -> str:
        source = source_names(self).get(batch.source, batch.source)
        parts = [f"{batch.number}", format_date(batch.received_on), source]
        if batch.supplier:
            parts.append(batch.supplier)
        parts.append(self.tr("{n} copies").format(n=batch.item_count))
        parts.extend(format_money(total, currency) for currency, total in
                     sorted(batch.totals.items()) if total)  # fmt: skip
        if batch.deadline_met is False:
            parts.append(self.tr("late"))
        return " · ".join(parts)

    def _batch_chosen(self, index: int) -> None:
        batch = self.batches.itemData(index) if index >= 0 else None
        self.batch = batch if isinstance(batch, AccessionInfo) else None
        self._show_deadline()
        self.model.set_copies([])  # not the last batch's copies under this one's name
        if self.batch is None:
            self._show_copies([])
            return
        self._load(Worker(_load_copies, self.ws, self.batch.id), self._show_copies)

    def _show_copies(self, copies: list[CopyInfo]) -> None:
        self.model.set_copies(copies)
        self._update_count()
        self._update_actions()
        self.focus_scan()

    def _show_deadline(self) -> None:
        batch = self.batch
        if batch is None or batch.deadline is None:
            self.deadline.setText("")
            return
        text, colour = deadline_text(self, batch.received_on, batch.deadline)
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _update_count(self) -> None:
        copies = self.model.copies
        waiting = sum(c.status == ItemStatus.IN_PROCESSING for c in copies)
        self.count.setText(
            self.tr("{n} copies in this batch, {waiting} in processing").format(
                n=len(copies), waiting=waiting
            )
        )

    def new_batch(self) -> None:
        dialog = AccessionDialog(self.ws, self)

        def done(result: int) -> None:
            if result and dialog.opened is not None:
                self.refresh_batches(dialog.opened.id)
                self.feedback.show_result(
                    Feedback.INFO,
                    self.tr("Batch {number} is open: scan the books.").format(
                        number=dialog.opened.number
                    ),
                    False,
                )

        self._open(dialog, done)

    # --- Scans ----------------------------------------------------------------------------
    def handle_scan(self, scan: str) -> None:
        """Answer a scan (or a typed code): never raises, always says what happened."""
        if self.loading:
            self._held.append(scan)
            self.feedback.show_result(
                Feedback.INFO,
                self.tr("Loading the batch: {code} is answered in a moment.").format(code=scan),
                False,
            )
            return
        code = normalise_scan(scan)
        # Scans that come while earlier ones are on their way are looked up together.
        self.scans.submit_batched(
            self._answer_scans, (code, self.release_mode.isChecked()),
            answered=self._scan_answered, refused=self._scan_refused,
        )  # fmt: skip

    def _answer_scans(self, items: list[tuple[str, bool]]) -> list[ScanAnswer]:
        return answer_scans(self.ws, items)

    def scans_answered(self) -> bool:
        """Every scan taken so far is answered (none held, none in the queue)."""
        return not self._held and self.scans.pending() == 0

    def _scan_answered(self, answer: ScanAnswer) -> None:
        try:
            if answer.isbn is not None:
                self._isbn_scanned(answer.isbn, answer.records or [])
            else:
                self._barcode_scanned(answer.code, answer.copy, answer.released)
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
        self._update_actions()
        self.scan_answered.emit()

    def _scan_refused(self, message: str) -> None:
        self.feedback.show_result(Feedback.REFUSED, message)
        self._update_actions()
        self.scan_answered.emit()

    def _repeated(self, code: str) -> None:
        """A double scan the field swallowed: say so briefly, without a sound, then show the
        scan's own answer again (unless another scan answered meanwhile)."""
        result, message = self.feedback.result, self.feedback.message
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("{code} scanned again within a second: counted once.").format(code=code),
            False,
        )
        serial = self.feedback.serial

        def restore() -> None:
            if self.feedback.serial == serial and result is not None:
                self.feedback.show_result(result, message, False)

        QTimer.singleShot(REPEAT_NOTE_MS, self, restore)

    def _isbn_scanned(self, isbn: str, found: list[tuple[RecordSummary, int]]) -> None:
        # `found`: the records and the copies held of each, read in one round trip.
        self.copy = None
        records = [r for r, _n in found]
        held = {r.id: n for r, n in found}
        if len(records) > 1:
            self._choose_record(isbn, records, held)
            return
        record = records[0] if records else None
        if record is None:
            self.record, self.pending_isbn = None, isbn
            self.feedback.show_result(
                Feedback.RECORD_NEW,
                self.tr("ISBN {isbn} is not in the catalog: look it up or make a record.").format(
                    isbn=isbn
                ),
            )
            self.details.setText(
                self.tr(
                    "New book <b>{isbn}</b>. <i>Look up in remote catalogs</i> to copy a record, "
                    "or start one from the book template."
                ).format(isbn=isbn)
            )
            return
        self._record_found(record, held[record.id])

    def _choose_record(self, isbn: str, records: list[RecordSummary], held: dict[int, int]) -> None:
        """Several local records carry the ISBN: the operator says which one the book is."""
        self.record, self.pending_isbn = None, None
        self.feedback.show_result(
            Feedback.RECORD_FOUND,
            self.tr("{n} records have ISBN {isbn}: choose one.").format(n=len(records), isbn=isbn),
        )
        dialog = RecordChoiceDialog(isbn, records, held, self)

        def done(result: int) -> None:
            if result and dialog.chosen is not None:
                try:
                    self._record_found(dialog.chosen, held.get(dialog.chosen.id))
                except QorError as exc:
                    self.feedback.show_result(Feedback.REFUSED, str(exc))
                self._update_actions()

        self._open(dialog, done)

    def _record_found(self, record: RecordSummary, held: int | None = None) -> None:
        self.record, self.pending_isbn = record, None
        if held is None:
            held = len(self.ws.intake.copies_of_record(record.id))
        self.feedback.show_result(
            Feedback.RECORD_FOUND,
            self.tr("«{title}» is in the catalog ({held} copies held).").format(
                title=record.title, held=held
            ),
        )
        self._show_record(record, held)
        if self.open_add_copies and self.batch is not None:
            self.add_copies()

    def _barcode_scanned(
        self, code: str, copy: CopyInfo | None, released: ReleaseResult | None = None
    ) -> None:
        if copy is None:
            kind = classify_scan(code, self.ws.library.barcode_scheme)
            if kind == "location":
                message = self.tr("{code} is a shelf location, not a copy.").format(code=code)
            elif kind == "item":
                message = self.tr("No copy has barcode {code}.").format(code=code)
            else:
                message = self.tr(
                    "{code} is neither a book's ISBN nor a barcode of this library."
                ).format(code=code)
            self.feedback.show_result(Feedback.REFUSED, message)
            return
        self.record, self.pending_isbn = None, None
        if released is not None:  # scanned in release mode
            self._released(released)
            return
        self.copy = copy
        missing = missing_of(copy) if copy.status == ItemStatus.IN_PROCESSING else []
        status = self.model.status_name(copy.status)
        text = self.tr("Copy {number} · «{title}» · {status}").format(
            number=copy.inventory_number, title=copy.title, status=status
        )
        if missing:
            text += " · " + self.tr("missing: {what}").format(what=", ".join(missing))
        self.feedback.show_result(Feedback.COPY_FOUND, text)
        self._show_copy(copy, missing)

    def _show_record(self, record: RecordSummary, held: int) -> None:
        self.details.setText(
            self.tr("<b>{title}</b><br>{author} · {publisher} {year} · ISBN {isbn}<br>"
                    "record {control} · {held} copies held").format(
                title=record.title, author=record.author, publisher=record.publisher,
                year=record.year, isbn=record.isbn, control=record.control_number, held=held,
            )
        )  # fmt: skip

    def _show_copy(self, copy: CopyInfo, missing: list[str]) -> None:
        lines = [
            f"<b>{copy.title}</b>",
            self.tr("Inventory No. {number} · barcode {barcode} · {status}").format(
                number=copy.inventory_number,
                barcode=copy.barcode or "—",
                status=self.model.status_name(copy.status),
            ),
            self.tr("Location {location} · call number {call}").format(
                location=copy.location_code or "—", call=copy.call_number or "—"
            ),
        ]
        if copy.status == ItemStatus.IN_PROCESSING:
            lines.append(
                self.tr("Missing for release: {what}").format(what=", ".join(missing))
                if missing
                else self.tr("Ready for release.")
            )
        self.details.setText("<br>".join(lines))
        row = self.model.row_of(copy.id)
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        has_batch = self.batch is not None
        self.add_copies_button.setEnabled(has_batch and self.record is not None)
        self.remote_button.setEnabled(self.pending_isbn is not None)
        self.template_button.setEnabled(self.pending_isbn is not None)
        self.release_button.setEnabled(
            self.copy is not None
            and self.copy.status == ItemStatus.IN_PROCESSING
            and not missing_of(self.copy)
        )
        self.complete_button.setEnabled(self.copy_to_complete() is not None)
        self.release_batch_button.setEnabled(has_batch)
        self.labels_button.setEnabled(bool(self.model.copies))

    # --- Adding copies -------------------------------------------------------------------
    def add_copies(self) -> None:
        record, batch = self.record, self.batch
        if record is None:
            return
        if batch is None:
            self.feedback.show_result(
                Feedback.REFUSED, self.tr("Choose or open an accession batch first.")
            )
            return
        location = self.model.copies[-1].location_code if self.model.copies else ""
        dialog = AddCopiesDialog(
            self.ws, record, batch, self, self.scan_settings, self.player, location
        )

        def done(result: int) -> None:
            if result and dialog.added:
                self._copies_added(dialog.added)

        self._open(dialog, done)

    def _copies_added(self, added: list[CopyInfo]) -> None:
        if self.record is not None:  # the book's panel counts the new copies at once
            self._show_record(self.record, len(self.ws.intake.copies_of_record(self.record.id)))
        self.model.add_copies(added)
        self.table.scrollToBottom()
        numbers = ", ".join(c.inventory_number for c in added)
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("{n} copies added: {numbers}").format(n=len(added), numbers=numbers),
            False,
        )
        self.refresh_batches()

    # --- A book the catalog does not have ----------------------------------------------------
    def lookup_remote(self) -> None:
        isbn = self.pending_isbn
        if isbn is None:
            return
        targets = [t for t in self.ws.unioncat.list_targets() if "isbn" in t.indexes]
        if not targets:
            self.feedback.show_result(
                Feedback.REFUSED,
                self.tr("No remote catalog is configured: add one on the Union catalog screen."),
            )
            return
        self.remote_button.setEnabled(False)
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("Looking up {isbn} in {n} catalog(s)…").format(isbn=isbn, n=len(targets)),
            False,
        )
        worker = Worker(lookup_isbn, targets, isbn)
        worker.signals.finished.connect(self._looked_up)
        worker.signals.failed.connect(self._remote_failed)
        self.workers.start(worker)

    def _remote_failed(self, message: str) -> None:
        self.feedback.show_result(Feedback.REFUSED, message)
        self._update_actions()

    def _looked_up(self, lookup: RemoteLookup) -> None:
        self.last_lookup = lookup
        self._update_actions()
        if not lookup.found:
            failures = "; ".join(lookup.failures)
            self.feedback.show_result(
                Feedback.REFUSED,
                self.tr("No remote catalog has ISBN {isbn}.").format(isbn=lookup.isbn)
                + (f" {failures}" if failures else ""),
            )
            return
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("{n} record(s) found for {isbn}: choose one.").format(
                n=len(lookup.found), isbn=lookup.isbn
            ),
            False,
        )
        dialog = RemoteHitsDialog(lookup, self)

        def done(result: int) -> None:
            hit = dialog.chosen
            if not result or hit is None:
                return
            ws = self.ws
            worker = Worker(lambda progress, is_cancelled: ws.unioncat.import_hit(hit))
            worker.signals.finished.connect(self._imported)
            worker.signals.failed.connect(self._remote_failed)
            self.workers.start(worker)

        self._open(dialog, done)

    def _imported(self, outcome: CopyImport) -> None:
        self.last_import = outcome
        try:
            record = self.ws.catalog.get_record(outcome.record_id).summary
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self.record, self.pending_isbn = record, None
        self.feedback.show_result(Feedback.RECORD_FOUND, outcome.message)
        self._show_record(record, len(self.ws.intake.copies_of_record(record.id)))
        self._update_actions()
        if self.open_add_copies and self.batch is not None:
            self.add_copies()

    def create_from_template(self) -> None:
        isbn = self.pending_isbn
        if isbn is None:
            return
        record = blank_book(self.ws.library.sigla, isbn=isbn)
        editor = MarcEditor(self.ws, record, None, self)

        def done(result: int) -> None:
            if result and editor.saved is not None:
                self.record, self.pending_isbn = editor.saved, None
                self.feedback.show_result(
                    Feedback.RECORD_FOUND,
                    self.tr("Record «{title}» created.").format(title=editor.saved.title),
                )
                self._show_record(editor.saved, 0)
                self._update_actions()
                if self.open_add_copies and self.batch is not None:
                    self.add_copies()

        self._open(editor, done)

    # --- Release ----------------------------------------------------------------------------
    def release_current(self) -> None:
        if self.copy is not None and self.copy.barcode:
            self._release([self.copy.barcode])
        self._update_actions()

    def release_batch(self) -> Worker | None:
        """Release every copy of the batch in a worker (a batch may hold thousands)."""
        if self.batch is None:
            return None
        waiting = sum(c.status == ItemStatus.IN_PROCESSING for c in self.model.copies)
        question = self.tr(
            "Release the {n} copies in processing of batch {number} to the fund?"
        ).format(n=waiting, number=self.batch.number)
        # The question's default answer is No: a scan's (or a stray) Enter cannot release.
        if not messages.confirm(self, question):
            self.focus_scan()
            return None
        ws, batch_id = self.ws, self.batch.id
        self.release_batch_button.setEnabled(False)
        self.feedback.show_result(Feedback.INFO, self.tr("Releasing the batch's copies…"), False)
        worker = Worker(lambda **_: ws.intake.release_copies(accession_id=batch_id))
        worker.signals.finished.connect(alive(self, self._released))
        worker.signals.failed.connect(alive(self, self._release_failed))
        return self.workers.start(worker)

    def _release_failed(self, message: str) -> None:
        self.feedback.show_result(Feedback.REFUSED, message)
        self._update_actions()

    def _release(self, barcodes: list[str]) -> None:
        try:
            result = self.ws.intake.release_copies(barcodes)
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self._released(result)

    def _released(self, result: ReleaseResult) -> None:
        for copy in result.released:
            self.model.update_copy(copy)
        if result.released:
            self.copy = result.released[-1]
            self._show_copy(self.copy, [])  # the details panel says "available" at once
        self._update_count()
        self._update_actions()
        refused = [r.reason for r in result.refused]  # each reason names its copy
        if not result.released and not refused:
            # A copy scanned again in release mode: said aloud, like every scan.
            self.feedback.show_result(
                Feedback.DUPLICATE, self.tr("Nothing in processing to release.")
            )
            return
        if result.released and len(result.released) == 1 and not refused:
            copy = result.released[0]
            message = self.tr("Released: copy {number} · «{title}»").format(
                number=copy.inventory_number, title=copy.title
            )
        else:
            message = self.tr("{n} copies released.").format(n=len(result.released))
            if refused:
                message += " " + self.tr("{n} refused.").format(n=len(refused))
        if refused:
            self.details.setText(
                self.tr("<b>Not released</b> (what is missing):") + "<br>" + "<br>".join(refused)
            )
        self.feedback.show_result(
            Feedback.RELEASED if result.released else Feedback.REFUSED,
            message
            if result.released
            else self.tr("Not released: {why}").format(why="; ".join(refused)),
        )
        self.refresh_batches()

    # --- Completing copies and locations ------------------------------------------------------
    def copy_to_complete(self) -> CopyInfo | None:
        """The one copy selected in the table, else the copy last scanned."""
        selected = self.selected_copies()
        if len(selected) == 1:
            return selected[0]
        return self.copy if not selected else None

    def complete_copy(self) -> None:
        copy = self.copy_to_complete()
        if copy is None:
            return
        dialog = CompleteCopyDialog(self.ws, copy, self, self.scan_settings, self.player)

        def done(result: int) -> None:
            if result and dialog.completed is not None:
                self._completed(dialog.completed)

        self._open(dialog, done)

    def _completed(self, copy: CopyInfo) -> None:
        self.model.update_copy(copy)
        self.copy, self.record, self.pending_isbn = copy, None, None
        missing = missing_of(copy) if copy.status == ItemStatus.IN_PROCESSING else []
        text = self.tr("Copy {number} saved.").format(number=copy.inventory_number)
        if missing:
            text += " " + self.tr("missing: {what}").format(what=", ".join(missing))
        elif copy.status == ItemStatus.IN_PROCESSING:
            text += " " + self.tr("Ready for release.")
        self.feedback.show_result(Feedback.INFO, text, False)
        self._show_copy(copy, missing)
        self._update_count()
        self._update_actions()

    def edit_locations(self) -> None:
        dialog = LocationsDialog(self.ws, self, self.player)

        def done(_result: int) -> None:
            if dialog.added:
                codes = ", ".join(p.code for p in dialog.added)
                self.feedback.show_result(
                    Feedback.INFO,
                    self.tr("Locations added: {codes}").format(codes=codes),
                    False,
                )

        self._open(dialog, done)

    # --- Labels -----------------------------------------------------------------------------
    def selected_copies(self) -> list[CopyInfo]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.copies[row] for row in rows]

    def print_labels(self) -> None:
        from ui.intake.labels_dialog import LabelsDialog  # reportlab loads when labels are made

        dialog = LabelsDialog(self.model.copies, self.selected_copies(), self.ws.library, self)
        self._open(dialog, lambda _result: None)
