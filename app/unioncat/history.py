"""The record of sync runs: the report one run returns, the run opened and closed in the
runs table (with its event), and the past runs and their per-record entries read back."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from app.i18n import translate
from app.security.eventlog import record_event
from app.security.roles import Actor
from app.unioncat.outgoing import PendingChange
from app.unioncat.states import PendingAction, RunStatus, SyncOutcome
from db.models import SyncOutbox, SyncRun, SyncRunEntry
from db.session import Database


@dataclass(frozen=True)
class SyncEntry:
    """What happened to one record: sent (new there), updated, withdrawn, unchanged, failed."""

    record_id: int
    identity: str
    title: str
    outcome: SyncOutcome
    reason: str = ""


@dataclass
class SyncReport:
    target: str
    run_id: int | None = None
    dry_run: bool = False
    entries: list[SyncEntry] = field(default_factory=list)
    pending: list[PendingChange] = field(default_factory=list)
    error: str = ""  # why the run stopped early: server down, wrong password, connection lost
    error_kind: str = ""
    cancelled: bool = False
    remaining: int = 0  # outbox rows left after the run

    def count(self, outcome: SyncOutcome) -> int:
        return sum(1 for e in self.entries if e.outcome == outcome)

    @property
    def failed(self) -> list[SyncEntry]:
        return [e for e in self.entries if e.outcome == SyncOutcome.FAILED]

    @property
    def ok(self) -> bool:
        return not self.error and not self.failed

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "sent": self.count(SyncOutcome.SENT),
            "updated": self.count(SyncOutcome.UPDATED),
            "deleted": self.count(SyncOutcome.WITHDRAWN),
            "failed": [{"record": e.identity, "reason": e.reason} for e in self.failed],
            "unchanged": self.count(SyncOutcome.UNCHANGED),
            "remaining": self.remaining,
            "run": self.run_id,
        }
        if self.dry_run:
            data["pending"] = [
                {
                    "record": p.identity,
                    "id": p.record_id,
                    "title": p.title,
                    "action": p.action,
                    "changes": list(p.changes),
                }
                for p in self.pending
            ]
        if self.error:
            data["error"] = self.error
        if self.cancelled:
            data["cancelled"] = True
        return data

    def describe(self) -> str:
        """The run in a line, in the user's language."""
        if self.dry_run:
            actions = Counter(p.action for p in self.pending)
            return translate(
                "unioncat",
                "Would send: {new} new, {changed} changed, {withdraw} to withdraw, "
                "{unchanged} unchanged",
            ).format(
                new=actions[PendingAction.NEW],
                changed=actions[PendingAction.CHANGED],
                withdraw=actions[PendingAction.WITHDRAW],
                unchanged=actions[PendingAction.UNCHANGED],
            )
        text = translate(
            "unioncat",
            "{sent} sent, {updated} updated, {withdrawn} withdrawn, {failed} failed, "
            "{unchanged} unchanged; {remaining} left in the outbox",
        ).format(
            sent=self.count(SyncOutcome.SENT),
            updated=self.count(SyncOutcome.UPDATED),
            withdrawn=self.count(SyncOutcome.WITHDRAWN),
            failed=len(self.failed),
            unchanged=self.count(SyncOutcome.UNCHANGED),
            remaining=self.remaining,
        )
        if self.cancelled:
            text += translate("unioncat", "; cancelled")
        if self.error:
            text += translate("unioncat", "; stopped: {error}").format(error=self.error)
        return text


@dataclass(frozen=True)
class RunSummary:
    id: int
    target: str
    actor: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    sent: int
    updated: int
    deleted: int
    failed: int
    unchanged: int
    error: str


def open_run(db: Database, actor: Actor, target_name: str) -> tuple[int, int]:
    """Starts a run: its id, and how many records the outbox holds at the start."""
    with db.write() as session:
        # A run still "running" belongs to a program that died mid-sync.
        session.execute(
            update(SyncRun)
            .where(SyncRun.status == RunStatus.RUNNING)
            .values(
                status=RunStatus.INTERRUPTED,
                error=translate("unioncat", "the program stopped during the sync"),
            )
        )
        run = SyncRun(
            target=target_name,
            actor=actor.name,
            status=RunStatus.RUNNING,
            started_at=datetime.now(UTC),
            sent=0,
            updated=0,
            deleted=0,
            failed=0,
            unchanged=0,
            error="",
        )
        session.add(run)
        session.flush()
        total = session.execute(select(func.count()).select_from(SyncOutbox)).scalar_one()
        return run.id, int(total)


def close_run(db: Database, actor: Actor, report: SyncReport, status: RunStatus) -> None:
    """Ends the report's run with its tallies and what the outbox still holds."""
    with db.write() as session:
        report.remaining = int(
            session.execute(select(func.count()).select_from(SyncOutbox)).scalar_one()
        )
        session.execute(
            update(SyncRun)
            .where(SyncRun.id == report.run_id)
            .values(
                status=status,
                finished_at=datetime.now(UTC),
                sent=report.count(SyncOutcome.SENT),
                updated=report.count(SyncOutcome.UPDATED),
                deleted=report.count(SyncOutcome.WITHDRAWN),
                failed=len(report.failed),
                unchanged=report.count(SyncOutcome.UNCHANGED),
                error=report.error,
            )
        )
        record_event(
            session,
            actor,
            "unioncat.sync",
            "sync_run",
            report.run_id,
            after={
                "target": report.target,
                "status": status,
                **{k: v for k, v in report.as_json().items() if k not in ("failed", "run")},
                "failed": len(report.failed),
            },
        )


def sync_runs(db: Database, limit: int = 50) -> list[RunSummary]:
    with db.read() as session:
        rows = session.execute(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)).scalars()
        return [
            RunSummary(
                r.id,
                r.target,
                r.actor,
                r.started_at,
                r.finished_at,
                r.status,
                r.sent,
                r.updated,
                r.deleted,
                r.failed,
                r.unchanged,
                r.error,
            )
            for r in rows
        ]


def run_entries(db: Database, run_id: int) -> list[SyncEntry]:
    with db.read() as session:
        rows = session.execute(
            select(SyncRunEntry).where(SyncRunEntry.run_id == run_id).order_by(SyncRunEntry.id)
        ).scalars()
        return [
            SyncEntry(r.record_id, r.identity, r.title, SyncOutcome(r.outcome), r.reason)
            for r in rows
        ]
