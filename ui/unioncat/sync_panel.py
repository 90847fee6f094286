"""The sync panel: what would go up to the union catalog (dry run), sending it in a worker with
progress and Cancel, the per-record report, and the history of past runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.i18n import QT_TRANSLATE_NOOP
from app.unioncat.config import ConfiguredTarget
from app.unioncat.history import RunSummary, SyncEntry, SyncReport
from app.unioncat.outgoing import PendingChange
from app.unioncat.sync import BATCH
from app.unioncat.targets import load_password
from ui.common import messages
from ui.common.choices import choice_name
from ui.common.keyboard import give_key
from ui.common.tables import RowsModel, resizable_table
from ui.common.worker import Worker, WorkerSet, alive

# What a sync would do with a record (PendingChange.action), as the Action column says it.
ACTION_NAMES = {
    "new": QT_TRANSLATE_NOOP("SyncPanel", "new"),
    "changed": QT_TRANSLATE_NOOP("SyncPanel", "changed"),
    "withdraw": QT_TRANSLATE_NOOP("SyncPanel", "withdraw"),
    "unchanged": QT_TRANSLATE_NOOP("SyncPanel", "unchanged"),
}
# The waiting records listed when the panel is refreshed (the count says how many in all).
LISTED = 1000


def _waiting(
    ws: Workstation, target: ConfiguredTarget | None, **_: object
) -> tuple[int, list[PendingChange]]:
    """How many records wait in the outbox, and the first LISTED of them as a sync to
    `target` would send them (none listed without a target: the changes are against it)."""
    size = ws.unioncat.outbox_size()
    if target is None or size == 0:
        return size, []
    return size, ws.unioncat.pending_changes(target.union_target(), limit=LISTED)[:LISTED]


def action_name(action: str) -> str:
    name = ACTION_NAMES.get(action)
    return QCoreApplication.translate("SyncPanel", name) if name else action


def _when(run: RunSummary) -> str:
    return run.started_at.strftime("%Y-%m-%d %H:%M:%S")


class SyncPanel(QWidget):
    """Send the outbox to a union catalog. Emits `synced(report)` when a run ends, and
    `targets_wanted` when a password is missing: passwords are set in the targets dialog,
    which keeps them in the keyring (this panel has no password field that could not)."""

    synced = Signal(object)
    targets_wanted = Signal()

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.waiting_loaded = False  # the list of waiting records matches the count shown
        self._reading = (
            0  # which outbox reading is the newest: an older one arriving late is dropped
        )
        self._listed_for = ""  # the union catalog the waiting list was read for
        self.batch_size = BATCH  # records sent and verified between two cancel checks
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m records"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self._build_tables(), 1)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel)
        self.pending_view.selectionModel().currentRowChanged.connect(self._show_changes)
        self.history_view.selectionModel().currentRowChanged.connect(self._show_run)
        self.refresh()
        # Connected after the first filling of the list, so refresh() does not read twice.
        self.target.activated.connect(lambda _index: self._target_changed())
        line = self.target.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._target_changed)

    def _build_controls(self) -> QHBoxLayout:
        """The target, the commit choice and the run's buttons."""
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setMinimumWidth(320)
        line = self.target.lineEdit()
        assert line is not None
        line.setPlaceholderText("z3950://USER@HOST:PORT/DB")
        self.commit = QCheckBox(self.tr("Commit (shadow registers)"))
        self.dry_run_button = QPushButton(self.tr("Dry run"))
        self.sync_button = QPushButton(self.tr("Sync"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        give_key(self.dry_run_button, "F5")
        give_key(self.sync_button, "Ctrl+S")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Union catalog:")))
        top.addWidget(self.target, 1)
        top.addWidget(self.commit)
        top.addWidget(self.dry_run_button)
        top.addWidget(self.sync_button)
        top.addWidget(self.cancel_button)
        return top

    def _build_tables(self) -> QSplitter:
        """Pending changes and their fields above; the last run's report and the history
        of runs below."""
        self.pending_model = RowsModel(
            [
                (self.tr("Record"), lambda p: p.identity),
                (self.tr("Title"), lambda p: p.title),
                (self.tr("Action"), lambda p: action_name(p.action)),
                (self.tr("Changes"), _changes_summary),
            ]
        )
        self.pending_view = resizable_table(self.pending_model)
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setPlaceholderText(self.tr("The fields changed in the selected record"))
        self.report_model = RowsModel(
            [
                (self.tr("Record"), lambda e: e.identity),
                (self.tr("Title"), lambda e: e.title),
                (self.tr("Outcome"), lambda e: choice_name(e.outcome)),
                (self.tr("Reason"), lambda e: e.reason),
            ]
        )
        self.report_view = resizable_table(self.report_model)
        self.history_model = RowsModel(
            [
                (self.tr("Run"), lambda r: r.id),
                (self.tr("Started"), _when),
                (self.tr("Target"), lambda r: r.target),
                (self.tr("Status"), lambda r: choice_name(r.status)),
                (self.tr("Sent"), lambda r: r.sent),
                (self.tr("Updated"), lambda r: r.updated),
                (self.tr("Withdrawn"), lambda r: r.deleted),
                (self.tr("Failed"), lambda r: r.failed),
                (self.tr("Error"), lambda r: r.error),
            ]
        )
        self.history_view = resizable_table(self.history_model)

        pending_box = QSplitter(Qt.Orientation.Horizontal)
        pending_box.addWidget(_titled(self.tr("Pending changes"), self.pending_view))
        pending_box.addWidget(_titled(self.tr("Fields"), self.changes))
        pending_box.setSizes([700, 400])
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(_titled(self.tr("Report"), self.report_view))
        lower.addWidget(_titled(self.tr("History"), self.history_view))
        lower.setSizes([550, 550])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(pending_box)
        body.addWidget(lower)
        return body

    # --- state shown ---------------------------------------------------------------------

    def refresh(self, last_run: str = "") -> Worker:
        """Reload the configured targets and the history, then (in a worker) the records
        waiting in the outbox: the list and the count shown over it come from one reading,
        so they agree. `last_run` (a run's summary) is kept in front of the count."""
        current = self.target.currentText()
        targets: list[ConfiguredTarget] = self.ws.unioncat.list_targets("union")
        self.target.clear()
        for t in targets:
            self.target.addItem(t.name, t)
        if current:
            self.target.setEditText(current)
        self.history_model.set_rows(self.ws.unioncat.sync_runs())
        self.history_view.resizeColumnsToContents()
        return self.reload_waiting(last_run)

    def _target_changed(self) -> None:
        """Another union catalog chosen (or typed and confirmed): what would go up to it."""
        if self.target.currentText().strip() != self._listed_for and self.worker is None:
            self.reload_waiting()

    def reload_waiting(self, last_run: str = "") -> Worker:
        """Read the outbox again as a sync to the union catalog now chosen would send it."""
        self._listed_for = self.target.currentText().strip()
        try:
            text = self.target.currentText().strip()
            target = self.ws.unioncat.resolve_union_target(text) if text else None
        except QorError:
            target = None
        self.waiting_loaded = False
        self.pending_model.set_rows([])
        self.changes.clear()
        self.status.setText(self.tr("Reading the outbox…"))
        self._reading += 1
        reading = self._reading
        worker = Worker(_waiting, self.ws, target)
        worker.signals.finished.connect(
            alive(self, lambda r: self._show_waiting(r, last_run, reading))
        )
        worker.signals.failed.connect(alive(self, lambda m: self.status.setText(m)))
        return self.workers.start(worker)

    def _show_waiting(
        self, answer: tuple[int, list[PendingChange]], last_run: str, reading: int
    ) -> None:
        if reading != self._reading:  # a newer reading is on its way: this one is stale
            return
        size, waiting = answer
        self.pending_model.set_rows(waiting)
        self.pending_view.resizeColumnsToContents()
        text = self.tr("{n} record(s) waiting to go up.").format(n=size)
        if size and not waiting:
            text += " " + self.tr("Choose a union catalog to list them.")
        elif size > len(waiting):
            text += " " + self.tr("The first {n} are listed.").format(n=len(waiting))
        self.status.setText(f"{last_run}\n{text}" if last_run else text)
        self.waiting_loaded = True
        if waiting:
            self.pending_view.selectRow(0)

    def _chosen(self) -> ConfiguredTarget:
        text = self.target.currentText().strip()
        if not text:
            raise QorError(self.tr("Choose a union catalog or type its z3950:// address."))
        target = self.ws.unioncat.resolve_union_target(text)
        if target.needs_commit:
            self.commit.setChecked(True)
        return target

    def _busy(self, busy: bool) -> None:
        self.dry_run_button.setEnabled(not busy)
        self.sync_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.target.setEnabled(not busy)

    # --- dry run -------------------------------------------------------------------------

    def dry_run(self) -> None:
        try:
            target = self._chosen()
        except QorError as exc:
            messages.show_error(self, exc)
            return
        ws, commit = self.ws, self.commit.isChecked()

        def plan(progress: object, is_cancelled: object) -> SyncReport:
            return ws.unioncat.sync(target.union_target(), None, commit=commit, dry_run=True)

        self._run(Worker(plan), self._show_pending)
        self.status.setText(self.tr("Reading the outbox…"))

    def _show_pending(self, report: SyncReport) -> None:
        self.pending_model.set_rows(report.pending)
        self.pending_view.resizeColumnsToContents()
        self.status.setText(report.describe())
        if report.pending:
            self.pending_view.selectRow(0)

    def _show_changes(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.pending_model.rows):
            self.changes.clear()
            return
        change: PendingChange = self.pending_model.rows[current.row()]
        lines = list(change.changes) or [change.reason or action_name(change.action)]
        self.changes.setPlainText("\n".join(lines))

    # --- sync ----------------------------------------------------------------------------

    def start_sync(self) -> None:
        try:
            target = self._chosen()
            password = load_password(target.name, target.user)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        if password is None and target.user:
            messages.show_error(
                self,
                self.tr(
                    "No password for {user} at {target} in the keyring: set it under Targets."
                ).format(user=target.user, target=target.name),
            )
            self.targets_wanted.emit()
            return
        self.progress.setRange(0, max(self.ws.unioncat.outbox_size(), 1))
        self.progress.setValue(0)
        worker = Worker(
            self.ws.unioncat.sync, target.union_target(), password,
            commit=self.commit.isChecked(), batch_size=self.batch_size,
        )  # fmt: skip
        worker.signals.progress.connect(self._progress)
        self._run(worker, self._finished)
        self.status.setText(self.tr("Sending to {target}…").format(target=target.url()))

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Sent and checked {done} of {total}: {label}").format(
            done=done, total=total, label=label))  # fmt: skip

    def _finished(self, report: SyncReport) -> None:
        self.report_model.set_rows(report.entries)
        self.report_view.resizeColumnsToContents()
        # What is left in the outbox (failed, cancelled, changed meanwhile) is listed again.
        self.refresh(report.describe())
        if report.error:
            messages.show_error(self, report.error)
        self.synced.emit(report)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling after the current batch…"))

    def _run(self, worker: Worker, on_finished: Callable[[Any], None]) -> None:
        self.worker = worker
        self._busy(True)

        def done(result: object) -> None:
            self.worker = None
            self._busy(False)
            on_finished(result)

        def failed(message: str) -> None:
            self.worker = None
            self._busy(False)
            self.status.setText(message)
            messages.show_error(self, message)

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        self.workers.start(worker)

    # --- history -------------------------------------------------------------------------

    def _show_run(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.history_model.rows):
            return
        run: RunSummary = self.history_model.rows[current.row()]
        entries: list[SyncEntry] = self.ws.unioncat.run_entries(run.id)
        self.report_model.set_rows(entries)
        self.report_view.resizeColumnsToContents()


def _changes_summary(change: PendingChange) -> str:
    if change.action in ("withdraw", "unchanged"):
        return change.reason
    added = sum(1 for c in change.changes if c.startswith("+"))
    removed = sum(1 for c in change.changes if c.startswith("-"))
    return f"+{added} −{removed}"


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
