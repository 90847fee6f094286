"""The repair report as a PDF register (app.preservation.repair counts the repairs; the
registers draw them): headings in Kazakh or Russian."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.library import library_info
from app.preservation.repair import RepairReportRow, repair_report, repaired_copies
from app.registers.pdf import PORTRAIT, Column, labels, open_document, period_text
from db.session import Database


def render_repair_report(
    db: Database,
    out: Path,
    by: str = "type",
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "kk",
) -> list[RepairReportRow]:
    """The report as a PDF register (headings in Kazakh or Russian)."""
    rows = repair_report(db, by, date_from, date_to)
    t = labels(language)
    doc = open_document(
        out, library_info(db).name, t["repair.title"], period_text(t, date_from, date_to), t,
        PORTRAIT,
    )  # fmt: skip
    columns = [
        Column(t[f"repair.key.{by}"], 3.0), Column(t["repair.repairs"], 1.0, "right"),
        Column(t["copies"], 1.0, "right"), Column(t["repair.minutes"], 1.0, "right"),
    ]  # fmt: skip
    doc.table(
        columns,
        [[t.get(f"repair.type.{r.key}", r.key), str(r.repairs), str(r.copies), str(r.minutes)]
         for r in rows],
        total=[t["total"], str(sum(r.repairs for r in rows)),
               str(repaired_copies(db, date_from, date_to)), str(sum(r.minutes for r in rows))],
    )  # fmt: skip
    doc.close()
    return rows
