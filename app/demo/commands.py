"""`qor demo load`: the demo catalog for trying Qor out (see app.demo)."""

from __future__ import annotations

from typing import Any

from app.cli import EXIT_OK, CliContext, add_json_flag
from app.demo import load_demo


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="the demo catalog for a new library")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    load = demo_sub.add_parser(
        "load", help="import the demo records and receive demo copies (once per library)"
    )
    add_json_flag(load)
    load.set_defaults(handler=_load)


def _load(ctx: CliContext) -> int:
    summary = load_demo(ctx.db, ctx.actor())
    ctx.emit(
        summary.describe(),
        {
            "records": summary.records,
            "duplicates": summary.duplicates,
            "copies": summary.copies,
            "released": summary.released,
            "batches": summary.batches,
            "locations": summary.locations,
        },
    )
    return EXIT_OK
