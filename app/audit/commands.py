"""Command-line commands of the audit desk: `qor audit open|scan|report|close|list|restore|move`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.audit.act import write_act
from app.audit.audits import AuditReason, get_audit, list_audits, open_audit
from app.audit.closing import close_audit
from app.audit.corrections import restore_found
from app.audit.export import export_csv
from app.audit.results import audit_report
from app.audit.scanfile import import_scan_file
from app.cli import EXIT_OK, EXIT_REJECTED, CliContext, UsageError, add_json_flag


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="inventory audits of the fund")
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    open_ = sub.add_parser("open", help="open an audit; the expected list is frozen now")
    open_.add_argument(
        "--location",
        nargs="+",
        action="extend",
        default=[],
        metavar="CODE",
        help="location codes; CODE* takes every location whose code begins with CODE",
    )
    open_.add_argument("--prefix", nargs="+", action="extend", default=[], metavar="PREFIX")
    open_.add_argument(
        "--collection",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="every location of these collections (the locations' department)",
    )
    open_.add_argument("--responsible", default="", help="the materially responsible person")
    open_.add_argument(
        "--reason", default=AuditReason.SCHEDULED.value, choices=[r.value for r in AuditReason]
    )
    open_.add_argument("--member", nargs="+", action="extend", default=[], metavar="NAME")
    add_json_flag(open_)
    open_.set_defaults(handler=_open)

    scan = sub.add_parser("scan", help="import a scanner file: a barcode or @LOCATION a line")
    scan.add_argument("audit_id", type=int, metavar="AUDIT_ID")
    scan.add_argument("file", type=Path, metavar="FILE")
    scan.add_argument("--device", default="", help="the handheld scanner's name")
    add_json_flag(scan)
    scan.set_defaults(handler=_scan)

    report = sub.add_parser("report", help="the results so far")
    report.add_argument("audit_id", type=int, metavar="AUDIT_ID")
    report.add_argument("--csv", type=Path, default=None, metavar="DIR", help="write CSV lists")
    add_json_flag(report)
    report.set_defaults(handler=_report)

    close = sub.add_parser("close", help="close: copies not found become missing; the act PDF")
    close.add_argument("audit_id", type=int, metavar="AUDIT_ID")
    close.add_argument("out", type=Path, metavar="OUT.pdf")
    close.add_argument("--language", default="kk", choices=["kk", "ru"], help="the act's language")
    add_json_flag(close)
    close.set_defaults(handler=_close)

    listing = sub.add_parser("list", help="every audit, newest first")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    restore = sub.add_parser("restore", help="copies marked missing found again: back to the fund")
    restore.add_argument("barcodes", nargs="+", metavar="BARCODE")
    restore.add_argument("--audit", type=int, default=None, metavar="AUDIT_ID")
    add_json_flag(restore)
    restore.set_defaults(handler=_restore)


def _open(ctx: CliContext) -> int:
    a = ctx.args
    codes = [c for c in a.location if not c.endswith("*")]
    prefixes = [c.rstrip("*") for c in a.location if c.endswith("*")] + list(a.prefix)
    if not codes and not prefixes and not a.collection:
        raise UsageError(
            "Give the audit's scope: --location CODE... (CODE* for a prefix) or --collection NAME."
        )
    info = open_audit(
        ctx.db,
        ctx.actor(),
        codes,
        prefixes,
        reason=a.reason,
        responsible=a.responsible,
        members=a.member,
        departments=a.collection,
    )
    ctx.emit(
        f"Audit {info.id} opened over {', '.join(info.locations)}: {info.expected} copies "
        f"expected, {info.apart} listed apart.",
        {
            "id": info.id,
            "locations": list(info.locations),
            "expected": info.expected,
            "apart": info.apart,
        },
    )
    return EXIT_OK


def _scan(ctx: CliContext) -> int:
    a = ctx.args
    result = import_scan_file(ctx.db, ctx.actor(), a.audit_id, a.file, a.device)
    lines = [
        f"{result.recorded} scans recorded, {result.already_imported} lines imported before, "
        f"{len(result.rejected)} rejected."
    ]
    lines += [f"  {o}: {n}" for o, n in sorted(result.outcomes.items())]
    lines += [f"  {r.file}:{r.line}: {r.reason}" for r in result.rejected]
    ctx.emit(
        "\n".join(lines),
        {
            "recorded": result.recorded,
            "already_imported": result.already_imported,
            "outcomes": dict(result.outcomes),
            "rejected": [
                {"file": r.file, "line": r.line, "reason": r.reason} for r in result.rejected
            ],
        },
    )
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _report(ctx: CliContext) -> int:
    a = ctx.args
    report = audit_report(ctx.db, ctx.actor(), a.audit_id)
    data = report.as_json()
    human = [
        f"Audit {a.audit_id} ({report.audit.status}): {report.expected} expected, "
        f"{len(report.found)} found, {len(report.missing)} missing "
        f"(value {report.missing_value}), {len(report.misplaced)} misplaced, "
        f"{len(report.unknown)} unknown barcodes, {len(report.status_conflicts)} status "
        f"conflicts, {len(report.shelf_order)} shelf-order errors."
    ]
    # Copies counted by amount have no barcodes to scan: listed apart (app.migration.groups).
    from app.migration.groups import group_holdings_at

    groups = group_holdings_at(ctx.db, report.audit.locations)
    data["group_holdings"] = groups
    if groups:
        amount = sum(g["amount"] for g in groups)
        human.append(f"{len(groups)} group holdings ({amount} copies counted by amount) apart.")
    if a.csv is not None:
        files = export_csv(report, a.csv)
        data["csv"] = [str(f) for f in files]
        human.append(f"CSV lists written to {a.csv}.")
    ctx.emit("\n".join(human), data)
    return EXIT_OK


def _close(ctx: CliContext) -> int:
    a = ctx.args
    actor = ctx.actor()
    closed = close_audit(ctx.db, actor, a.audit_id)
    report = audit_report(ctx.db, actor, a.audit_id, shelf_order=False)
    write_act(ctx.db, report, a.out, a.language)
    ctx.emit(
        f"Audit {a.audit_id} closed: {len(closed.marked_missing)} copies marked missing; "
        f"the act is in {a.out}.",
        {
            "id": a.audit_id,
            "missing": closed.marked_missing,
            "not_marked": [{"inventory_number": n, "status": s} for n, s in closed.not_marked],
            "missing_value": str(report.missing_value),
            "act": str(a.out),
        },
    )
    return EXIT_OK


def _list(ctx: CliContext) -> int:
    ctx.actor()
    audits = list_audits(ctx.db)
    ctx.emit(
        "\n".join(
            f"{x.id}  {x.status:6}  {x.opened_at:%Y-%m-%d}  {x.reason:18} "
            f"{', '.join(x.locations)}  ({x.expected} expected)"
            for x in audits
        )
        or "No audits yet.",
        {
            "audits": [
                {
                    "id": x.id,
                    "status": x.status,
                    "reason": x.reason,
                    "locations": list(x.locations),
                    "opened_at": x.opened_at.isoformat(),
                    "expected": x.expected,
                }
                for x in audits
            ]
        },
    )
    return EXIT_OK


def _restore(ctx: CliContext) -> int:
    a = ctx.args
    if a.audit is not None:
        get_audit(ctx.db, a.audit)
    result = restore_found(ctx.db, ctx.actor(), barcodes=a.barcodes, audit_id=a.audit)
    lines = [f"{len(result.done)} copies back in the fund."]
    lines += [f"  refused: {r.ref}: {r.reason}" for r in result.refused]
    ctx.emit(
        "\n".join(lines),
        {
            "restored": result.done,
            "refused": [{"ref": r.ref, "reason": r.reason} for r in result.refused],
        },
    )
    return EXIT_REJECTED if result.refused else EXIT_OK
