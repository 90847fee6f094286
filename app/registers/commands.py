"""Command-line commands of the registers: write-off acts (`qor writeoff`), the register PDFs
(`qor report`), KazNEB candidates (`qor kazneb`) and the exchange lists (`qor exchange`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli import (
    EXIT_OK,
    EXIT_REJECTED,
    CliContext,
    UsageError,
    add_json_flag,
    iso_date,
    refused_json,
    refused_lines,
)
from app.registers.exchange import (
    FORMATS,
    add_desideratum,
    offer_duplicates,
    write_exchange_list,
)
from app.registers.kazneb import KaznebCategory, mark_kazneb_candidate
from app.registers.reports import REPORTS, render_report
from app.registers.writeoff import WriteOffReason, write_off


def register(subparsers: Any) -> None:
    writeoff = subparsers.add_parser("writeoff", help="write-off acts (акт списания)")
    w_sub = writeoff.add_subparsers(dest="writeoff_command", metavar="ACTION", required=True)
    new = w_sub.add_parser("new", help="write copies off by one act")
    new.add_argument("--reason", required=True, choices=[r.value for r in WriteOffReason])
    new.add_argument("--barcodes", nargs="+", required=True, metavar="B",
                     help="barcodes or inventory numbers")  # fmt: skip
    new.add_argument("--act-date", type=iso_date, default=None)
    new.add_argument("--notes", default="")
    add_json_flag(new)
    new.set_defaults(handler=_writeoff_new)

    report = subparsers.add_parser("report", help="registers as PDF")
    report.add_argument("kind", choices=REPORTS, metavar="|".join(REPORTS))
    report.add_argument("out", type=Path, metavar="OUT.pdf")
    report.add_argument("--from", dest="date_from", type=iso_date, default=None)
    report.add_argument("--to", dest="date_to", type=iso_date, default=None)
    report.add_argument("--language", default="kk", choices=["kk", "ru"])
    report.add_argument("--id", type=int, default=None, help="the act's (or audit's) id")
    add_json_flag(report)
    report.set_defaults(handler=_report)

    kazneb = subparsers.add_parser("kazneb", help="candidates for the national e-library")
    k_sub = kazneb.add_subparsers(dest="kazneb_command", metavar="ACTION", required=True)
    mark = k_sub.add_parser("mark", help="mark a record as a KazNEB candidate")
    mark.add_argument("record_id", type=int, metavar="RECORD_ID")
    mark.add_argument("--category", required=True, choices=[c.value for c in KaznebCategory])
    mark.add_argument("--agreement", default="", help="the author's agreement (copyrighted)")
    mark.add_argument("--pages", type=int, default=None)
    add_json_flag(mark)
    mark.set_defaults(handler=_kazneb_mark)

    exchange = subparsers.add_parser("exchange", help="exchange lists for partner libraries")
    e_sub = exchange.add_subparsers(dest="exchange_command", metavar="LIST", required=True)
    for which in ("desiderata", "offers"):
        listing = e_sub.add_parser(which, help=f"write the {which} list")
        listing.add_argument("out", type=Path, metavar="OUT")
        listing.add_argument("--format", default="pdf", choices=FORMATS)
        listing.add_argument("--language", default="kk", choices=["kk", "ru"])
        listing.add_argument("--date", type=iso_date, default=None, help="list date (today)")
        add_json_flag(listing)
        listing.set_defaults(handler=_exchange_list, which=which)
    want = e_sub.add_parser("want", help="add a desideratum (free entry or record)")
    want.add_argument("--title", default="")
    want.add_argument("--author", default="")
    want.add_argument("--year", default="")
    want.add_argument("--isbn", default="")
    want.add_argument("--record", type=int, default=None, metavar="RECORD_ID")
    want.add_argument("--copies", type=int, default=1)
    add_json_flag(want)
    want.set_defaults(handler=_exchange_want)
    offer = e_sub.add_parser("offer", help="offer duplicates for exchange")
    offer.add_argument("barcodes", nargs="*", metavar="BARCODE")
    offer.add_argument("--record", type=int, default=None, metavar="RECORD_ID")
    offer.add_argument("--copies", type=int, default=1)
    add_json_flag(offer)
    offer.set_defaults(handler=_exchange_offer)


def _writeoff_new(ctx: CliContext) -> int:
    a = ctx.args
    result = write_off(ctx.db, ctx.actor(), a.reason, a.barcodes, a.act_date, a.notes)
    act = result.act
    lines = [f"Write-off act {act.number} (id {act.id}): {act.count} copies, {act.reason}, "
             f"{act.total_value} KZT."]  # fmt: skip
    lines += refused_lines(result.refused)
    ctx.emit(
        "\n".join(lines),
        {"id": act.id, "number": act.number, "date": act.act_date, "reason": act.reason,
         "copies": [c.inventory_number for c in act.copies], "total": str(act.total_value),
         "refused": refused_json(result.refused)},
    )  # fmt: skip
    return EXIT_REJECTED if result.refused else EXIT_OK


def _report(ctx: CliContext) -> int:
    a = ctx.args
    actor = ctx.actor()
    if a.kind in ("accession-act", "writeoff-act", "audit-act") and a.id is None:
        raise UsageError(f"'{a.kind}' needs --id N.")
    summary = render_report(ctx.db, actor, a.kind, a.out, a.date_from, a.date_to, a.language,
                            a.id)  # fmt: skip
    ctx.emit(f"{a.kind} written to {a.out}: {summary}", {"report": a.kind, "out": str(a.out),
                                                           **summary})  # fmt: skip
    return EXIT_OK


def _kazneb_mark(ctx: CliContext) -> int:
    a = ctx.args
    obj = mark_kazneb_candidate(ctx.db, ctx.actor(), a.record_id, a.category, a.agreement, a.pages)
    data = {"record_id": obj.record_id, "category": obj.category, "pages": obj.pages}
    ctx.emit(
        f"Record {obj.record_id} is a KazNEB candidate ({obj.category}, {obj.pages} p.).", data
    )
    return EXIT_OK


def _exchange_list(ctx: CliContext) -> int:
    a = ctx.args
    ctx.actor()
    count = write_exchange_list(ctx.db, a.which, a.out, a.format, a.language, a.date)
    ctx.emit(f"{count} entries written to {a.out} ({a.format}).",
             {"list": a.which, "entries": count, "out": str(a.out)})  # fmt: skip
    return EXIT_OK


def _exchange_want(ctx: CliContext) -> int:
    a = ctx.args
    entry = add_desideratum(ctx.db, ctx.actor(), a.title, a.author, a.year, a.isbn, a.record,
                            a.copies)  # fmt: skip
    ctx.emit(f"Desideratum {entry.id}: {entry.title}.", {"id": entry.id, "title": entry.title})
    return EXIT_OK


def _exchange_offer(ctx: CliContext) -> int:
    a = ctx.args
    entries = offer_duplicates(ctx.db, ctx.actor(), a.barcodes, a.record, a.copies)
    offers = [{"record_id": e.record_id, "copies": e.copies} for e in entries]
    ctx.emit(f"{sum(e.copies for e in entries)} copies offered for exchange.", {"offers": offers})
    return EXIT_OK
