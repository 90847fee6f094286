"""Adding copies of a record to the open accession batch: how many, where they live, price,
call number (the record's class number and author sign, editable) and, optionally, the
pre-printed barcode labels scanned one per copy."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalog.access_points import extract
from app.catalog.records import RecordSummary
from app.desk import Workstation
from app.errors import DuplicateBarcode, QorError
from app.intake.accession import AccessionInfo
from app.intake.barcodes import is_isbn_ean, normalise_scan
from app.intake.copies import MAX_COPIES, CopyInfo
from app.intake.numbering import default_call_number
from ui.common.feedback import Feedback, FeedbackBanner, SoundPlayer
from ui.common.scan_field import ScanField, ScanSettings
from ui.common.worker import Worker, WorkerSet, alive


def confirm_many(parent: QWidget, count: int, limit: int) -> bool:
    """Above the library's limit (`app.intake.limits`, set by an administrator; 20 by
    default), the operator types the number of copies: a scan's Enter (or a stray one)
    cannot confirm it."""
    if count <= limit:
        return True
    from ui.common.confirm import confirm_by_typing

    question = QCoreApplication.translate(
        "AddCopiesDialog",
        "Add {n} copies? Each gets an inventory number that cannot be deleted.",
    ).format(n=count)
    return confirm_by_typing(parent, question, str(count))


def record_call_number(ws: Workstation, record: RecordSummary) -> str:
    """The call number copies of `record` get unless the operator changes it."""
    try:
        classification = extract(ws.catalog.get_record(record.id).record).classification
    except QorError:
        classification = ""
    return default_call_number(classification, record.author, record.title)


class AddCopiesDialog(QDialog):
    """On OK the copies are added through the service; `added` holds them. A refusal
    (duplicate label, no intake role, unknown location) keeps the dialog open and says why."""

    def __init__(
        self,
        ws: Workstation,
        record: RecordSummary,
        batch: AccessionInfo,
        parent: QWidget | None = None,
        scan_settings: ScanSettings | None = None,
        player: SoundPlayer | None = None,
        location_code: str = "",
    ) -> None:
        super().__init__(parent)
        self.ws, self.record, self.batch = ws, record, batch
        self.added: list[CopyInfo] = []
        self.confirm_above = ws.settings.confirm_above()  # the library's, read as it opens
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Add copies"))
        self.setMinimumWidth(560)

        heading = QLabel(
            self.tr("<b>{title}</b><br>{author} {year} · batch {batch}").format(
                title=record.title, author=record.author, year=record.year, batch=batch.number
            )
        )
        heading.setWordWrap(True)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COPIES)
        self.location = QComboBox()
        for place in ws.intake.list_locations():
            self.location.addItem(f"{place.code} — {place.name}", place.code)
        if location_code:
            self.location.setCurrentIndex(max(0, self.location.findData(location_code)))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("e.g. 2500.00"))
        self.currency = QLineEdit("KZT")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency)
        self.call_number = QLineEdit(record_call_number(ws, record))

        self.label_scan = ScanField(scan_settings)
        self.label_scan.setPlaceholderText(self.tr("Scan pre-printed labels here (optional)"))
        self.labels = QListWidget()
        self.labels.setMaximumHeight(110)
        self.remove_label = QPushButton(self.tr("Remove label"))
        self.remove_label.clicked.connect(self._remove_label)
        labels_row = QHBoxLayout()
        labels_row.addWidget(self.labels, 1)
        labels_row.addWidget(self.remove_label, 0, Qt.AlignmentFlag.AlignTop)
        self.feedback = FeedbackBanner(player=player)
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("Without labels, barcodes are made by the library's scheme."),
            False,
        )

        form = QFormLayout()
        form.addRow(self.tr("Copies:"), self.count)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Price:"), price_row)
        form.addRow(self.tr("Call number:"), self.call_number)
        form.addRow(self.tr("Labels:"), self.label_scan)
        form.addRow("", labels_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add copies"))
        ok.setAutoDefault(False)
        ok.setDefault(False)  # Enter ends a label scan; it must not add the copies
        self.buttons.accepted.connect(self.add)
        ok.setToolTip(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        for key in ("Ctrl+Return", "Ctrl+Enter"):  # Enter alone ends a label scan
            QShortcut(QKeySequence(key), self, self.add)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)

        self.label_scan.scanned.connect(self.add_label)
        self.label_scan.typed.connect(self.add_label)
        self.label_scan.repeated.connect(self._label_repeated)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # no button answers a bare Enter
            button.setDefault(False)
        self.count.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter alone never adds (nor cancels): it ends a label scan, and a scan's Enter
        # could otherwise land here. Ctrl+Enter adds.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def scan_target(self) -> ScanField:
        """Where the window's scan router puts a scan made while this dialog is open."""
        return self.label_scan

    def _label_repeated(self, code: str) -> None:
        self.feedback.show_result(
            Feedback.DUPLICATE,
            self.tr("Label {code} was just scanned: counted once.").format(code=code),
        )

    def barcodes(self) -> list[str]:
        return [self.labels.item(i).text() for i in range(self.labels.count())]

    def add_label(self, scan: str) -> None:
        """A pre-printed label for the next copy; one already on another copy is refused."""
        code = normalise_scan(scan)
        if is_isbn_ean(code):
            self.feedback.show_result(
                Feedback.REFUSED,
                self.tr("{code} is the book's ISBN, not a copy label.").format(code=code),
            )
            return
        if code in self.barcodes():
            self.feedback.show_result(
                Feedback.DUPLICATE,
                self.tr("Label {code} is already in the list.").format(code=code),
            )
            return
        try:
            code = self.ws.intake.check_label(code)
        except DuplicateBarcode as exc:
            self.feedback.show_result(Feedback.DUPLICATE, str(exc))
            return
        except QorError as exc:
            # The wrong form for the scheme, a shelf's barcode, an inventory number's form.
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self.labels.addItem(code)
        if self.labels.count() > self.count.value():
            self.count.setValue(self.labels.count())
        self.feedback.show_result(
            Feedback.COPY_FOUND,
            self.tr("Label {n}: {code}").format(n=self.labels.count(), code=code),
        )

    def _remove_label(self) -> None:
        row = self.labels.currentRow()
        if row >= 0:
            self.labels.takeItem(row)

    def price_value(self) -> Decimal | None:
        text = self.price.text().strip().replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return None

    def add(self) -> Worker | None:
        """Add the copies in a worker (up to MAX_COPIES of them, each numbered and logged);
        the dialog stays, its buttons waiting, until the service answers."""
        if self.worker is not None:
            return None
        if self.location.currentIndex() < 0:
            self.feedback.show_result(
                Feedback.REFUSED, self.tr("Add a location first: copies must live somewhere.")
            )
            return None
        price = self.price_value()
        if self.price.text().strip() and price is None:
            self.feedback.show_result(
                Feedback.REFUSED,
                self.tr("Price '{price}' is not a number.").format(price=self.price.text()),
            )
            return None
        labels = self.barcodes()
        if not confirm_many(self, self.count.value(), self.confirm_above):
            return None
        ws, record_id, count, batch_id = (
            self.ws, self.record.id, self.count.value(), self.batch.id
        )  # fmt: skip
        location, call_number = str(self.location.currentData()), self.call_number.text()
        currency = self.currency.text() or "KZT"
        self.worker = Worker(
            lambda **_: ws.intake.add_copies(
                record_id,
                count,
                batch_id,
                location,
                price=price,
                call_number=call_number,
                barcodes=labels or None,
                currency=currency,
            )
        )
        self.worker.signals.finished.connect(alive(self, self._added))
        self.worker.signals.failed.connect(alive(self, self._refused))
        self.buttons.setEnabled(False)
        self.feedback.show_result(
            Feedback.INFO, self.tr("Adding {n} copies…").format(n=count), False
        )
        return self.workers.start(self.worker)

    def _refused(self, message: str, kind: type[BaseException]) -> None:
        self.worker = None
        self.buttons.setEnabled(True)
        duplicate = issubclass(kind, DuplicateBarcode)
        self.feedback.show_result(Feedback.DUPLICATE if duplicate else Feedback.REFUSED, message)

    def _added(self, copies: list[CopyInfo]) -> None:
        self.worker = None
        self.buttons.setEnabled(True)
        self.added = copies
        self.accept()

    def reject(self) -> None:
        if self.worker is None:  # copies being added are not left half-counted on screen
            super().reject()
