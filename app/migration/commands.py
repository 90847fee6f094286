"""`qor migrate irbis PATH [--dry-run] [--location-map FILE] [--status-map CODE=STATUS]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, EXIT_REJECTED, CliContext, add_json_flag
from app.migration.copies import parse_status_map
from app.migration.service import migrate_irbis, read_location_map, write_worklist


def register(subparsers: Any) -> None:
    migrate = subparsers.add_parser("migrate", help="bring in a fund from another system")
    systems = migrate.add_subparsers(dest="system", metavar="SYSTEM", required=True)
    irbis = systems.add_parser(
        "irbis",
        help="an IRBIS64 database (.mst + .xrf, or its folder), ISO 2709 or text export",
    )
    irbis.add_argument("path", type=Path, metavar="PATH")
    irbis.add_argument(
        "--dry-run", action="store_true", help="report what would be created; write nothing"
    )
    irbis.add_argument(
        "--location-map",
        type=Path,
        default=None,
        metavar="FILE",
        help="CSV: IRBIS place of storage (910 ^D), Qor location code",
    )
    irbis.add_argument(
        "--status-map",
        action="append",
        default=[],
        metavar="CODE=STATUS",
        help="what a 910 ^A code Qor does not know becomes (a status, or 'skip'); repeatable",
    )
    irbis.add_argument("--batch", type=int, default=200, help=argparse.SUPPRESS)
    add_json_flag(irbis)
    irbis.set_defaults(handler=_migrate_irbis)

    worklist = systems.add_parser(
        "worklist",
        help="CSV of migrated copies lacking a barcode, location or call number, or flagged",
    )
    worklist.add_argument("out", type=Path, metavar="OUT.csv")
    add_json_flag(worklist)
    worklist.set_defaults(handler=_worklist)


def _migrate_irbis(ctx: CliContext) -> int:
    a = ctx.args
    location_map = read_location_map(a.location_map) if a.location_map else None
    report = migrate_irbis(
        ctx.db,
        ctx.actor(),
        a.path,
        dry_run=a.dry_run,
        location_map=location_map,
        status_map=parse_status_map(a.status_map),
        batch_size=max(1, a.batch),
    )
    ctx.emit(report.describe(), report.as_json())
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _worklist(ctx: CliContext) -> int:
    ctx.actor()
    count = write_worklist(ctx.db, ctx.args.out)
    ctx.emit(f"{count} copies on the labelling worklist: {ctx.args.out}", {"copies": count})
    return EXIT_OK
