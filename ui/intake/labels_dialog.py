"""Printing labels for copies: which copies (the batch, or those selected), the sheet
template and where on a partly used sheet to start, barcode and/or spine labels with the
spine lines editable, a live preview of the page, and the PDF saved for the printer."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorError
from app.i18n import QT_TRANSLATE_NOOP
from app.intake.barcodes import symbology_of
from app.intake.callnumbers import spine_lines
from app.intake.copies import CopyInfo
from app.intake.labels import (
    BarcodeLabel,
    LabelTemplate,
    SpineLabel,
    get_template,
    list_templates,
    preview_png,
    render_labels,
)
from app.library import LibraryInfo
from ui.common import messages

PREVIEW_DELAY_MS = 150  # edits in quick succession render one preview
MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 30, 150
TEMPLATE_DESCRIPTIONS = (  # resources/labels/templates.json, listed for lupdate
    QT_TRANSLATE_NOOP("LabelsDialog", "A4 sheet, 3 × 8 labels of 70 × 37 mm (24 per sheet)"),
    QT_TRANSLATE_NOOP("LabelsDialog", "A4 sheet, 3 × 7 labels of 70 × 42.3 mm (21 per sheet)"),
    QT_TRANSLATE_NOOP("LabelsDialog", "A4 sheet, 2 × 8 labels of 99.1 × 33.9 mm (16 per sheet)"),
    QT_TRANSLATE_NOOP("LabelsDialog", "Roll of 58 × 40 mm labels, one label per page"),
)


def default_spine(call_number: str) -> list[str]:
    try:
        return spine_lines(call_number) if call_number.strip() else []
    except QorError:
        return [call_number.strip()]


OUT_OF_FUND = ("written-off", "to-be-written-off")


class LabelsDialog(QDialog):
    def __init__(
        self,
        batch_copies: list[CopyInfo],
        selected: list[CopyInfo],
        library: LibraryInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.batch_copies, self.selected, self.library = batch_copies, selected, library
        self.spines: dict[int, list[str]] = {
            c.id: default_spine(c.call_number) for c in [*batch_copies, *selected]
        }
        self.saved_to: Path | None = None
        self.pages = 0
        self.setWindowTitle(self.tr("Labels"))
        self.resize(1060, 720)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_choices())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 660])
        self.save_button = QPushButton(self.tr("Save PDF…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._connect()
        close.clicked.connect(self.accept)
        self._template_changed()
        self._fill_copy_list()
        self.update_preview()

    def _build_choices(self) -> QWidget:
        """Left: which copies, which template and labels, and the chosen copy's spine."""
        batch_copies, selected = self.batch_copies, self.selected
        self.batch_choice = QRadioButton(self.tr("This batch ({n})").format(n=len(batch_copies)))
        self.selected_choice = QRadioButton(self.tr("Selected ({n})").format(n=len(selected)))
        self.selected_choice.setEnabled(bool(selected))
        (self.selected_choice if selected else self.batch_choice).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.batch_choice)
        group.addButton(self.selected_choice)
        which = QHBoxLayout()
        which.addWidget(self.batch_choice)
        which.addWidget(self.selected_choice)
        which.addStretch(1)

        self.template = QComboBox()
        for template in list_templates():
            description = self.tr(template.description)
            self.template.addItem(f"{template.name} — {description}", template.name)
        self.start = QSpinBox()
        self.start.setMinimum(1)
        self.barcode_labels = QCheckBox(self.tr("Barcode labels"))
        self.barcode_labels.setChecked(True)
        self.spine_labels = QCheckBox(self.tr("Spine labels"))
        self.spine_labels.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.barcode_labels)
        kinds.addWidget(self.spine_labels)
        kinds.addStretch(1)

        self.copy_list = QListWidget()
        self.spine_edit = QPlainTextEdit()
        self.spine_edit.setPlaceholderText(self.tr("One line of the spine label per line"))
        self.spine_edit.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("Copies:"), which)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Start at label:"), self.start)
        form.addRow(self.tr("Print:"), kinds)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("Spine lines of the copy chosen below:")))
        left_layout.addWidget(self.spine_edit)
        left_layout.addWidget(self.copy_list, 1)
        return left

    def _build_preview(self) -> QWidget:
        """Right: the page preview with its page number and status."""
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = QScrollArea()
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setMinimumWidth(420)
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        page_row = QHBoxLayout()
        page_row.addWidget(QLabel(self.tr("Page:")))
        page_row.addWidget(self.page)
        page_row.addWidget(self.status, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(page_row)
        right_layout.addWidget(self.preview_area, 1)
        return right

    def _connect(self) -> None:
        """Any change of what to print redraws the preview, a moment later."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for signal in (
            self.batch_choice.toggled,
            self.template.currentIndexChanged,
            self.start.valueChanged,
            self.page.valueChanged,
            self.barcode_labels.toggled,
            self.spine_labels.toggled,
        ):
            signal.connect(self.schedule_preview)
        self.batch_choice.toggled.connect(self._fill_copy_list)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.copy_list.currentRowChanged.connect(self._show_spine)
        self.spine_edit.textChanged.connect(self._spine_edited)
        self.save_button.clicked.connect(self.choose_pdf)

    # --- What to print ------------------------------------------------------------------
    def copies(self) -> list[CopyInfo]:
        return self.selected if self.selected_choice.isChecked() else self.batch_copies

    def current_template(self) -> LabelTemplate:
        return get_template(str(self.template.currentData()))

    def labels(self) -> list[BarcodeLabel | SpineLabel]:
        """Each copy's barcode label, then its spine label, so a book's pair sit together."""
        labels: list[BarcodeLabel | SpineLabel] = []
        for copy in self.copies():
            if self.barcode_labels.isChecked() and copy.barcode:
                labels.append(
                    BarcodeLabel(
                        copy.barcode,
                        symbology_of(copy.barcode),
                        copy.inventory_number,
                        self.library.name,
                        copy.title,
                    )
                )
            if self.spine_labels.isChecked():
                lines = self.spines.get(copy.id) or default_spine(copy.call_number)
                if lines:
                    labels.append(SpineLabel(list(lines), copy.inventory_number))
        return labels

    def _template_changed(self) -> None:
        self.start.setMaximum(self.current_template().cells_per_page)

    def _fill_copy_list(self) -> None:
        self.copy_list.clear()
        for copy in self.copies():
            self.copy_list.addItem(f"{copy.inventory_number} · {copy.call_number} · {copy.title}")
        if self.copy_list.count():
            self.copy_list.setCurrentRow(0)
        else:
            self.spine_edit.clear()

    def _show_spine(self, row: int) -> None:
        copies = self.copies()
        if not 0 <= row < len(copies):
            return
        self.spine_edit.blockSignals(True)
        self.spine_edit.setPlainText("\n".join(self.spines.get(copies[row].id, [])))
        self.spine_edit.blockSignals(False)

    def _spine_edited(self) -> None:
        row = self.copy_list.currentRow()
        copies = self.copies()
        if 0 <= row < len(copies):
            text = self.spine_edit.toPlainText()
            self.spines[copies[row].id] = [line for line in text.splitlines() if line.strip()]
            self.schedule_preview()

    def set_spine(self, copy_id: int, lines: list[str]) -> None:
        self.spines[copy_id] = list(lines)
        self._show_spine(self.copy_list.currentRow())
        self.schedule_preview()

    # --- Preview and PDF ----------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        self._timer.stop()
        labels = self.labels()
        template = self.current_template()
        if not labels:
            self.pages = 0
            self.preview.clear()
            self.status.setText(self.tr("Nothing to print: choose copies and label kinds."))
            self.save_button.setEnabled(False)
            return
        self.pages = math.ceil((self.start.value() - 1 + len(labels)) / template.cells_per_page)
        self.page.blockSignals(True)
        self.page.setMaximum(self.pages)
        self.page.blockSignals(False)
        try:
            png = preview_png(
                labels, template, self.start.value(), self.page.value() - 1, self.preview_dpi()
            )
        except ImportError:
            # pypdfium2 renders the preview; without it the PDF is still saved.
            self.status.setText(self.tr("Preview unavailable (pypdfium2 is not installed)."))
            self.save_button.setEnabled(True)
            return
        except QorError as exc:
            self.preview.clear()
            self.status.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)
        self.status.setText(
            self.tr("{labels} labels on {pages} page(s) of {template}.").format(
                labels=len(labels), pages=self.pages, template=template.name
            )
            + self.out_of_fund_warning()
        )
        self.save_button.setEnabled(True)

    def out_of_fund_copies(self) -> list[CopyInfo]:
        """Chosen copies that are written off (or held for it): a label on them is a mistake
        more often than not."""
        return [c for c in self.copies() if c.status in OUT_OF_FUND]

    def out_of_fund_warning(self) -> str:
        gone = self.out_of_fund_copies()
        if not gone:
            return ""
        return " " + self.tr("Warning: written off or to be written off: {numbers}.").format(
            numbers=", ".join(c.inventory_number for c in gone)
        )

    def preview_dpi(self) -> int:
        """The resolution at which the whole page's width fits the preview pane."""
        width = self.preview_area.viewport().width() - 8
        dpi = int(width * 25.4 / self.current_template().page_width_mm)
        return max(MIN_PREVIEW_DPI, min(MAX_PREVIEW_DPI, dpi))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_preview()

    def save_pdf(self, path: Path) -> int:
        """Write the labels to `path`; returns the number of pages."""
        pages = render_labels(path, self.labels(), self.current_template(), self.start.value())
        self.saved_to = path
        self.status.setText(self.tr("Saved {path} ({pages} page(s)).").format(
            path=path.name, pages=pages))  # fmt: skip
        return pages

    def choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), "labels.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        if self.out_of_fund_copies() and not messages.confirm(
            self,
            self.tr("Print labels for copies that are written off?") + self.out_of_fund_warning(),
        ):
            return
        try:
            self.save_pdf(Path(name))
        except (QorError, OSError) as exc:
            self.status.setText(str(exc))
