"""The audit act (қорды тексеру актісі / акт проверки фонда) as a PDF in Kazakh or Russian:
scope, reason, dates, members, totals by location, the lists of missing and misplaced copies
with inventory numbers, call numbers, titles and prices, the total value missing (in figures
and in words), and the signature lines with the names.

Laid out by the registers' document (app.registers.pdf), like the library's other acts:
the same fonts, number format (7 000,00) and headings (resources/registers/labels.json).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.audit.results import AuditedCopy, AuditReport
from app.library import library_info
from app.registers.pdf import PORTRAIT, Column, RegisterDocument, labels, money, open_document
from app.registers.words import long_date, sum_in_words
from db.session import Database


def _status(t: dict[str, str], status: str) -> str:
    return t.get(f"status.{status}", status)


def _copy_columns(t: dict[str, str], *extra: Column) -> list[Column]:
    return [
        Column(t["number"], 0.5, "right"), Column(t["inventory_number"], 1.4),
        Column(t["audit.call_number"], 1.5), Column(t["audit.title_column"], 3.6),
        Column(t["audit.location"], 1.1), *extra,
    ]  # fmt: skip


def _missing(doc: RegisterDocument, t: dict[str, str], copies: list[AuditedCopy]) -> None:
    columns = _copy_columns(t, Column(t["price"], 1.2, "right"))
    rows = (
        [str(i), c.inventory_number, c.call_number, c.title, c.location, money(c.price) or "—"]
        for i, c in enumerate(copies, 1)
    )
    doc.table(columns, rows)


def _misplaced(doc: RegisterDocument, t: dict[str, str], copies: list[AuditedCopy]) -> None:
    columns = _copy_columns(t, Column(t["audit.found_at"], 1.1), Column(t["price"], 1.2, "right"))
    rows = (
        [str(i), c.inventory_number, c.call_number, c.title, c.location, c.found_location,
         money(c.price) or "—"]
        for i, c in enumerate(copies, 1)
    )  # fmt: skip
    doc.table(columns, rows)


def _left(doc: RegisterDocument, t: dict[str, str], copies: list[AuditedCopy]) -> None:
    columns = _copy_columns(t, Column(t["audit.status"], 1.4))
    rows = (
        [str(i), c.inventory_number, c.call_number, c.title, c.location,
         _status(t, c.current_status)]
        for i, c in enumerate(copies, 1)
    )  # fmt: skip
    doc.table(columns, rows)


def write_act(db: Database, report: AuditReport, out: Path | str, language: str = "kk") -> Path:
    """Write the act of `report` to `out` (A4) in `language` ("kk" or "ru")."""
    t = labels(language)
    library = library_info(db)
    audit = report.audit
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    opened = long_date(audit.opened_at.date(), language)
    closed = (
        long_date(audit.closed_at.date(), language) if audit.closed_at else t["audit.still_open"]
    )
    doc = open_document(
        path, library.name, t["audit.title"].format(number=audit.id), opened, t, PORTRAIT
    )
    scope = ", ".join(f"{p.code} ({p.name})" for p in report.locations) or ", ".join(
        audit.locations
    )
    reason = t.get(f"audit.reason.{audit.reason}", audit.reason)
    for key, value in (
        ("audit.reason", reason),
        ("audit.scope", scope),
        ("audit.opened", opened),
        ("audit.closed", closed),
        ("audit.responsible", audit.responsible or "—"),
        ("audit.commission", ", ".join(audit.members) or "—"),
    ):
        doc.paragraph(f"{t[key]}: {value}")

    doc.heading(t["audit.by_location"])
    missing_value: dict[str, Decimal] = {}
    missing_count: dict[str, int] = {}
    for c in report.missing:
        missing_value[c.location] = missing_value.get(c.location, Decimal(0)) + (c.price or 0)
        missing_count[c.location] = missing_count.get(c.location, 0) + 1
    left_count: dict[str, int] = {}
    for c in report.left:
        left_count[c.location] = left_count.get(c.location, 0) + 1
    # Copies that left during the audit are counted apart, as close did, never as missing.
    rows = [
        [p.code, p.name, str(p.expected), str(p.found), str(missing_count.get(p.code, 0)),
         str(p.apart + left_count.get(p.code, 0)),
         money(missing_value.get(p.code, Decimal("0.00")))]
        for p in report.locations
    ]  # fmt: skip
    total = [
        t["total"], "", str(report.expected), str(len(report.found)), str(len(report.missing)),
        str(len(report.apart) + len(report.left)), money(report.missing_value),
    ]  # fmt: skip
    doc.table(
        [
            Column(t["audit.location"], 1.0), Column(t["audit.location_name"], 2.4),
            Column(t["audit.expected"], 1.0, "right"), Column(t["audit.found"], 1.0, "right"),
            Column(t["audit.missing_count"], 1.0, "right"),
            Column(t["audit.apart_count"], 1.0, "right"),
            Column(t["audit.missing_value"], 1.4, "right"),
        ],
        rows,
        total=total,
    )  # fmt: skip
    doc.paragraph(
        t["audit.apart_note"].format(
            apart=len(report.apart), left=len(report.left), unknown=len(report.unknown),
            conflicts=len(report.status_conflicts),
        )
    )  # fmt: skip

    doc.heading(t["audit.missing"].format(count=len(report.missing)))
    if report.missing:
        _missing(doc, t, report.missing)
    doc.paragraph(
        t["audit.missing_total"].format(value=sum_in_words(report.missing_value, language)),
        bold=True,
    )
    doc.heading(t["audit.misplaced"].format(count=len(report.misplaced)))
    if report.misplaced:
        _misplaced(doc, t, report.misplaced)
    if report.left:
        doc.heading(t["audit.left"].format(count=len(report.left)))
        _left(doc, t, report.left)
    people = [(t["audit.responsible"], audit.responsible)]
    people += [(t["audit.sign.member"], m) for m in audit.members]
    doc.signatures(people)
    doc.close()
    return path
