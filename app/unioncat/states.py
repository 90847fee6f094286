"""The states a sync keeps, by name: what one record's send came to (a run's entry), where a
record stands with the union catalog (sync_state.status) and how a run ended (sync_run.status).
The values are what the tables store; the GUI shows them through ui/common/choices."""

from __future__ import annotations

from enum import StrEnum


class OutboxChange(StrEnum):
    """Why a record waits in the outbox (sync_outbox.change): the service that changed it
    says which, and the sync sends or withdraws it accordingly."""

    UPSERT = "upsert"  # created or changed: to be sent
    DELETE = "delete"  # deleted here: to be withdrawn there


class SyncOutcome(StrEnum):
    """What sending one record came to (a run's report entry, sync_run_entry.outcome)."""

    SENT = "sent"  # new at the union catalog, and found there
    UPDATED = "updated"  # sent before; the new version found there
    WITHDRAWN = "withdrawn"  # deleted there, and gone
    FAILED = "failed"  # refused, or not found as sent: tried again next run
    UNCHANGED = "unchanged"  # the same as what was sent last: not sent again


class SyncStatus(StrEnum):
    """Where one record stands with the union catalog (sync_state.status)."""

    PENDING = "pending"  # never sent
    SENT = "sent"  # the union catalog holds the version in content_hash
    WITHDRAWN = "withdrawn"  # deleted there
    FAILED = "failed"  # never got there; tried again next run


class RunStatus(StrEnum):
    """How a sync run stands or ended (sync_run.status)."""

    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # the user stopped it between batches
    FAILED = "failed"  # the session failed: server down, wrong password, connection lost
    INTERRUPTED = "interrupted"  # the program stopped during the run (found at the next run)


class SendAction(StrEnum):
    """What a sync does with one outgoing record (Outgoing.action)."""

    UPSERT = "upsert"  # send it, new or changed
    WITHDRAW = "withdraw"  # delete it there
    SKIP = "skip"  # nothing to send: already there, or never there


class PendingAction(StrEnum):
    """What the next sync would do with a record, as the waiting list shows it."""

    NEW = "new"
    CHANGED = "changed"
    WITHDRAW = "withdraw"
    UNCHANGED = "unchanged"
