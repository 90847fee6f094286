"""One entry point for every register PDF — what `qor report` and the Registers screen call.
The audit act is drawn by the audit desk (app.audit.act) when it is installed."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, ReportNotAvailable
from app.i18n import translate
from app.registers.acts import render_accession_act, render_writeoff_act
from app.registers.inventory_book import render_inventory_book
from app.registers.kazneb import render_kazneb_application
from app.registers.ksu import render_summary_book
from app.security.roles import Actor
from db.session import Database

REPORTS = (
    "ksu",
    "inventory-book",
    "accession-act",
    "writeoff-act",
    "audit-act",
    "kazneb-application",
)

Progress = Callable[[int, int, str], None]


def render_report(
    db: Database,
    actor: Actor,
    kind: str,
    out: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "kk",
    ref: int | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    chair: str = "",
    members: Sequence[str] = (),
    notes: str = "",
) -> dict[str, Any]:
    """Write register `kind` to `out`; returns what it counted (copies, lines, ...)."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(
            translate(
                "errors", "The period starts ({date_from}) after it ends ({date_to})."
            ).format(date_from=date_from, date_to=date_to)
        )
    if kind == "ksu":
        book = render_summary_book(db, out, date_from, date_to, language, progress, is_cancelled)
        total = book.total
        return {"received": total.received.copies, "withdrawn": total.withdrawn.copies,
                "start": total.start.copies, "end": total.end.copies}  # fmt: skip
    if kind == "inventory-book":
        summary = render_inventory_book(
            db, out, date_from, date_to, language, progress, is_cancelled
        )
        return {"lines": summary.lines, "withdrawn": summary.withdrawn, "pages": summary.pages}
    if kind == "kazneb-application":
        objects = render_kazneb_application(db, out, date_from, date_to, language)
        return {"objects": len(objects), "pages": sum(o.pages or 0 for o in objects)}
    if ref is None:
        raise InvalidInput(
            translate("errors", "The {kind} needs the act's number (id).").format(kind=kind)
        )
    if kind == "accession-act":
        copies, value = render_accession_act(db, ref, out, language, chair, members, notes)
        return {"copies": copies, "total": str(value)}
    if kind == "writeoff-act":
        act = render_writeoff_act(db, ref, out, language)
        return {"copies": act.count, "total": str(act.total_value)}
    if kind == "audit-act":
        return _audit_act(db, actor, ref, out, language)
    raise InvalidInput(
        translate("errors", "Unknown register '{kind}'; use one of: {p1}.").format(
            kind=kind, p1=", ".join(REPORTS)
        )
    )


def _audit_act(
    db: Database, actor: Actor, audit_id: int, out: Path, language: str
) -> dict[str, Any]:
    try:
        act = importlib.import_module("app.audit.act")
        results = importlib.import_module("app.audit.results")
    except ImportError:
        raise ReportNotAvailable(
            translate("errors", "The audit act is not available: the audit desk is not installed.")
        ) from None
    report = results.audit_report(db, actor, audit_id)
    act.write_act(db, report, out, language)
    return {"audit": audit_id}
