"""An audit's result lists as CSV files (UTF-8 with BOM, so spreadsheet programs read
Kazakh titles right)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.audit.results import RESULT_LISTS, AuditedCopy, AuditReport, ShelfOrderError, UnknownCode


def export_csv(report: AuditReport, directory: Path | str) -> list[Path]:
    """Each result list as `audit-<id>-<list>.csv` (UTF-8 with BOM, so spreadsheet programs
    read Kazakh titles right); returns the files written."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in RESULT_LISTS:
        path = folder / f"audit-{report.audit.id}-{name.replace('_', '-')}.csv"
        write_csv(path, getattr(report, name))
        written.append(path)
    return written


HEADERS: dict[type, list[str]] = {
    AuditedCopy: list(
        AuditedCopy(0, "", None, "", "", None, "", "").as_row().keys()  # column order
    ),
    UnknownCode: ["code", "scans", "location", "first_at", "scanned_by"],
    ShelfOrderError: ["location", "inventory_number", "call_number", "after_call_number", "title"],
}


def write_csv(
    path: Path, rows: Sequence[AuditedCopy] | Sequence[UnknownCode] | Sequence[ShelfOrderError]
) -> None:
    kind = type(rows[0]) if rows else AuditedCopy
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=HEADERS[kind])
        writer.writeheader()
        for row in rows:
            writer.writerow(row.as_row())
