"""The MARC record editor: a grid of fields (tag, indicators, "$a value $b value") and the same
record as .mrk text, switchable without loss; validation marks the rows it concerns, errors
block saving and warnings ask first. Saving goes through the catalog services."""

from __future__ import annotations

import re

import pymarc
from pymarc import Field, Indicators, Leader, Subfield
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog.records import RecordSummary
from app.desk import Workstation
from app.errors import InvalidInput, QorError
from app.marc.mrk import mrk_to_record, record_to_mrk
from app.marc.validation import Problem, Severity, validate
from ui.common import messages

TAG, IND1, IND2, DATA = range(4)
READ_ONLY_TAGS = frozenset({"001", "003"})
VALIDATE_DELAY_MS = 400  # problems are marked once the typing pauses this long
ERROR_COLOUR = QColor("#f6c6c6")
WARNING_COLOUR = QColor("#fbe9a7")
_ESCAPES = {"$": "{dollar}", "{": "{lcub}", "}": "{rcub}"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}
_ESCAPED = re.compile(r"\{(?:dollar|lcub|rcub)\}")


# --- One field as grid cells, and back ----------------------------------------------------
def is_control_tag(tag: str) -> bool:
    return tag.isdigit() and tag < "010"


def subfields_text(subfields: list[Subfield]) -> str:
    """`$a value $b value`, with '$', '{' and '}' in values written as .mrk mnemonics."""
    return " ".join(
        f"${sub.code} {re.sub(r'[${}]', lambda m: _ESCAPES[m.group(0)], sub.value)}"
        for sub in subfields
    )


def parse_subfields(text: str) -> list[Subfield]:
    """The inverse of subfields_text: one space after the code and one before the next '$'
    are separators, every other character is the value's own."""
    body = text.lstrip()
    if not body.startswith("$"):
        raise ValueError("a data field starts with '$' and a subfield code, e.g. '$a Title'")
    chunks = body[1:].split("$")
    subfields = []
    for number, chunk in enumerate(chunks):
        if not chunk or chunk[0] == " ":
            raise ValueError("a '$' is not followed by a subfield code")
        value = chunk[1:]
        if value.startswith(" "):
            value = value[1:]
        if number < len(chunks) - 1 and value.endswith(" "):
            value = value[:-1]
        value = _ESCAPED.sub(lambda m: _UNESCAPES[m.group(0)], value)
        subfields.append(Subfield(code=chunk[0], value=value))
    return subfields


def indicator_text(value: str) -> str:
    return "\\" if value in (" ", "") else value


def parse_indicator(text: str) -> str:
    if text in ("", " ", "\\", "#"):
        return " "
    if len(text) != 1:
        raise ValueError(f"an indicator is one character, not '{text}'")
    return text


class MarcEditor(QDialog):
    """Edit `record` (a copy is edited). `record_id` None means a new record."""

    def __init__(
        self,
        ws: Workstation,
        record: pymarc.Record,
        record_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.record_id = ws, record_id
        self.saved: RecordSummary | None = None
        self.problems: list[Problem] = []
        self.setWindowTitle(self.tr("New record") if record_id is None else self.tr("Edit record"))
        self.resize(980, 680)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.modes = QTabWidget()
        self.modes.addTab(self._build_grid(mono), self.tr("Grid"))
        self.text = QPlainTextEdit()
        self.text.setFont(mono)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.modes.addTab(self.text, self.tr("Text (.mrk)"))
        self.modes.currentChanged.connect(self._mode_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.modes)
        splitter.addWidget(self._build_problems())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(self._build_buttons())
        self._loading = False
        self.load_grid(record)
        self._pristine = record_to_mrk(record)  # what Esc compares with: unsaved edits?
        self._build_revalidation()

    def _build_grid(self, mono: QFont) -> QWidget:
        """The grid page: the leader, one row per field, and the buttons that edit rows."""
        self.leader = QLineEdit()
        self.leader.setFont(mono)
        self.leader.setMaxLength(24)
        leader_row = QHBoxLayout()
        leader_row.addWidget(QLabel(self.tr("Leader:")))
        leader_row.addWidget(self.leader, 1)

        self.grid = QTableWidget(0, 4)
        self.grid.setFont(mono)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Ind1"), self.tr("Ind2"), self.tr("Subfields / data")]
        )
        self.grid.verticalHeader().setDefaultSectionSize(24)
        header = self.grid.horizontalHeader()
        for column, width in ((TAG, 48), (IND1, 44), (IND2, 44)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.grid.setColumnWidth(column, width)
        header.setSectionResizeMode(DATA, QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)

        self.add_button = QPushButton(self.tr("Add field"))
        self.remove_button = QPushButton(self.tr("Remove field"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_field)
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.addLayout(leader_row)
        grid_layout.addWidget(self.grid)
        grid_layout.addLayout(row_buttons)
        return grid_page

    def _build_problems(self) -> QWidget:
        """Below: what validation found (a click goes to the field) and the status."""
        self.problem_list = QListWidget()
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Problems:")))
        lower_layout.addWidget(self.problem_list)
        lower_layout.addWidget(self.status)
        return lower

    def _build_buttons(self) -> QHBoxLayout:
        """Validate, Save (also Ctrl+S) and Cancel."""
        self.validate_button = QPushButton(self.tr("Validate"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        self.validate_button.clicked.connect(self.run_validation)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.validate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        return buttons

    def _build_revalidation(self) -> None:
        """Problems are marked as the cataloger types, once the typing pauses."""
        self._revalidate = QTimer(self)
        self._revalidate.setSingleShot(True)
        self._revalidate.setInterval(VALIDATE_DELAY_MS)
        self._revalidate.timeout.connect(self._validate_quietly)
        self.grid.itemChanged.connect(self._edited)
        self.leader.textEdited.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.grid.model().rowsRemoved.connect(self._edited)
        self.grid.model().rowsMoved.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._revalidate.start()

    def _validate_quietly(self) -> None:
        """Mark the problems of what is on screen without moving the cataloger's cursor."""
        if self.modes.currentIndex() == 1:
            try:
                record = mrk_to_record(self.text.toPlainText())
            except QorError as exc:
                self.show_status(str(exc), error=True)
                return
            self.problems = validate(record)
            self._list_problems()
        else:
            self.run_validation()

    def unsaved(self) -> bool:
        """True when what is on screen differs from the record as it was opened."""
        if self.saved is not None:
            return False
        try:
            return record_to_mrk(self.record()) != self._pristine
        except QorError:
            return True  # something was typed that cannot even be read

    def cancel(self) -> None:
        """Esc or Cancel: with unsaved edits, ask first (the default answer keeps them)."""
        if self.unsaved() and not messages.confirm(
            self, self.tr("Discard the changes made to this record?")
        ):
            return
        self._revalidate.stop()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    # --- Grid <-> record ----------------------------------------------------------------
    def load_grid(self, record: pymarc.Record) -> None:
        self._loading = True
        try:
            self.leader.setText(str(record.leader))
            self.grid.setRowCount(0)
            for field in record.fields:
                self._insert_row(self.grid.rowCount(), field)
        finally:
            self._loading = False

    def _insert_row(self, row: int, field: Field) -> None:
        self.grid.insertRow(row)
        control = field.is_control_field()
        cells = [
            field.tag or "",
            "" if control else indicator_text(field.indicator1),
            "" if control else indicator_text(field.indicator2),
            (field.data or "") if control else subfields_text(field.subfields),
        ]
        locked = field.tag in READ_ONLY_TAGS
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if locked or (control and column in (IND1, IND2)):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setForeground(QBrush(QColor("#666")))
            if locked:
                item.setToolTip(self.tr("Kept by the catalog: the local control number and code."))
            self.grid.setItem(row, column, item)

    def _cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text() if item is not None else ""

    def grid_record(self) -> pymarc.Record:
        """The record the grid shows; InvalidInput names the row that cannot be read."""
        leader = self.leader.text()
        if len(leader) != 24:
            raise InvalidInput(
                self.tr("The leader has {n} characters instead of 24.").format(n=len(leader))
            )
        record = pymarc.Record()
        record.leader = Leader(leader)
        for row in range(self.grid.rowCount()):
            tag = self._cell(row, TAG).strip()
            if len(tag) != 3:
                raise InvalidInput(
                    self.tr("Row {row}: a tag has three characters, not '{tag}'.").format(
                        row=row + 1, tag=tag
                    )
                )
            data = self._cell(row, DATA)
            if is_control_tag(tag):
                record.add_field(Field(tag=tag, data=data))
                continue
            try:
                indicators = Indicators(
                    parse_indicator(self._cell(row, IND1)), parse_indicator(self._cell(row, IND2))
                )
                subfields = parse_subfields(data)
            except ValueError as exc:
                raise InvalidInput(
                    self.tr("Row {row}, field {tag}: {problem}.").format(
                        row=row + 1, tag=tag, problem=exc
                    )
                ) from exc
            record.add_field(Field(tag=tag, indicators=indicators, subfields=subfields))
        return record

    def record(self) -> pymarc.Record:
        """The record as the current mode shows it."""
        if self.modes.currentIndex() == 1:
            return mrk_to_record(self.text.toPlainText())
        return self.grid_record()

    # --- Switching modes ----------------------------------------------------------------
    def _mode_changed(self, index: int) -> None:
        try:
            if index == 1:
                self._loading = True
                try:
                    self.text.setPlainText(record_to_mrk(self.grid_record()))
                finally:
                    self._loading = False
            else:
                self.load_grid(mrk_to_record(self.text.toPlainText()))
                self._mark_rows()
        except QorError as exc:
            self.modes.blockSignals(True)
            self.modes.setCurrentIndex(1 - index)
            self.modes.blockSignals(False)
            self.show_status(str(exc), error=True)
            return
        self.show_status("")

    def show_grid(self) -> None:
        self.modes.setCurrentIndex(0)

    def show_text(self) -> None:
        self.modes.setCurrentIndex(1)

    # --- Row buttons --------------------------------------------------------------------
    def add_field(self) -> None:
        row = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else self.grid.rowCount()
        self._insert_row(row, Field(tag="", indicators=Indicators(" ", " "), subfields=[]))
        self.grid.setCurrentCell(row, TAG)
        item = self.grid.item(row, TAG)
        if item is not None:
            self.grid.editItem(item)

    def remove_field(self) -> None:
        row = self.grid.currentRow()
        if row < 0:
            return
        if self._cell(row, TAG) in READ_ONLY_TAGS:
            self.show_status(self.tr("001 and 003 are kept by the catalog."), error=True)
            return
        self.grid.removeRow(row)

    def move_field(self, step: int) -> None:
        row = self.grid.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.grid.rowCount():
            return
        upper = [self.grid.takeItem(row, c) for c in range(4)]
        lower = [self.grid.takeItem(target, c) for c in range(4)]
        for column in range(4):
            self.grid.setItem(target, column, upper[column])
            self.grid.setItem(row, column, lower[column])
        self.grid.setCurrentCell(target, self.grid.currentColumn())

    # --- Validation and saving ----------------------------------------------------------
    def run_validation(self) -> list[Problem] | None:
        """Validate what is on screen; None when the text or grid cannot even be read."""
        try:
            record = self.record()
        except QorError as exc:
            self.problems = []
            self.problem_list.clear()
            self.show_status(str(exc), error=True)
            return None
        if self.modes.currentIndex() == 1:
            self.modes.blockSignals(True)
            self.load_grid(record)
            self.modes.blockSignals(False)
        self.problems = validate(record)
        self._list_problems()
        self._mark_rows()
        errors = sum(p.severity is Severity.ERROR for p in self.problems)
        warnings = len(self.problems) - errors
        if not self.problems:
            self.show_status(self.tr("No problems found."))
        else:
            self.show_status(
                self.tr("{errors} error(s), {warnings} warning(s).").format(
                    errors=errors, warnings=warnings
                ),
                error=errors > 0,
            )
        return self.problems

    def _list_problems(self) -> None:
        self.problem_list.clear()
        for problem in self.problems:
            label = self.tr("Error") if problem.severity is Severity.ERROR else self.tr("Warning")
            where = problem.tag + (f" ${problem.code}" if problem.code else "")
            if problem.field_index is not None:
                where += " " + self.tr("(row {n})").format(n=problem.field_index + 1)
            item = QListWidgetItem(f"{label} — {where}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.field_index)
            item.setBackground(
                ERROR_COLOUR if problem.severity is Severity.ERROR else WARNING_COLOUR
            )
            self.problem_list.addItem(item)

    def _mark_rows(self) -> None:
        marks: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.field_index is not None:
                marks.setdefault(problem.field_index, []).append(problem)
        for row in range(self.grid.rowCount()):
            found = marks.get(row, [])
            colour: QColor | None = None
            if any(p.severity is Severity.ERROR for p in found):
                colour = ERROR_COLOUR
            elif found:
                colour = WARNING_COLOUR
            tip = "\n".join(p.message for p in found)
            for column in range(4):
                item = self.grid.item(row, column)
                if item is None:
                    continue
                item.setBackground(QBrush(colour) if colour else QBrush())
                item.setToolTip(tip)
        leader_errors = [p for p in self.problems if p.tag == "LDR"]
        self.leader.setStyleSheet(f"background: {ERROR_COLOUR.name()};" if leader_errors else "")
        self.leader.setToolTip("\n".join(p.message for p in leader_errors))

    def row_colour(self, row: int) -> QColor | None:
        """The mark a row carries (for tests and for the eye): error, warning or none."""
        item = self.grid.item(row, TAG)
        if item is None or item.background().style() == Qt.BrushStyle.NoBrush:
            return None
        return item.background().color()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < self.grid.rowCount():
            self.show_grid()
            self.grid.setCurrentCell(index, DATA)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "color: #333;")

    def save(self) -> None:
        problems = self.run_validation()
        if problems is None:
            return
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            messages.show_error(
                self,
                self.tr("The record has {n} error(s); correct them before saving.").format(
                    n=len(errors)
                ),
            )
            return
        if problems and not messages.confirm(
            self,
            self.tr("The record has {n} warning(s). Save it anyway?").format(n=len(problems)),
        ):
            return
        record = self.record()
        try:
            if self.record_id is None:
                self.saved = self.ws.catalog.create_record(record)
            else:
                self.saved = self.ws.catalog.update_record(self.record_id, record)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.accept()
