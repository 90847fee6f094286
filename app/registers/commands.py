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
from app.errors import InvalidInput
from app.library import LibraryInfo, library_info, set_formal_parts
from app.registers.currency import set_tenge_value
from app.registers.exchange import (
    FORMATS,
    add_desideratum,
    offer_duplicates,
    write_exchange_list,
)
from app.registers.kazneb import KaznebCategory, mark_kazneb_candidate
from app.registers.reports import REPORTS, render_report
from app.registers.writeoff import (
    WriteOffActInfo,
    WriteOffReason,
    approve_write_off,
    cancel_write_off,
    draft_write_off,
    parse_group,
    update_write_off,
)


def register(subparsers: Any) -> None:
    writeoff = subparsers.add_parser("writeoff", help="write-off acts (акт списания)")
    w_sub = writeoff.add_subparsers(dest="writeoff_command", metavar="ACTION", required=True)
    new = w_sub.add_parser("new", help="draw up a draft act; its copies are held until approval")
    new.add_argument("--reason", required=True, choices=[r.value for r in WriteOffReason])
    new.add_argument("--barcodes", nargs="+", default=[], metavar="B",
                     help="barcodes or inventory numbers")  # fmt: skip
    new.add_argument("--group", dest="groups", action="append", default=[],
                     metavar="HOLDING_ID:AMOUNT",
                     help="an amount from a group holding (counted by amount; repeat)")  # fmt: skip
    new.add_argument("--act-date", type=iso_date, default=None)
    new.add_argument("--notes", default="")
    _commission_flags(new, "the act's own commission (default: the library's)")
    add_json_flag(new)
    new.set_defaults(handler=_writeoff_new)
    edit = w_sub.add_parser("edit", help="change a draft act")
    edit.add_argument("act_id", type=int, metavar="ID")
    edit.add_argument("--add", nargs="+", default=[], metavar="B")
    edit.add_argument("--remove", nargs="+", default=[], metavar="B")
    edit.add_argument(
        "--add-group",
        dest="add_groups",
        action="append",
        default=[],
        metavar="HOLDING_ID:AMOUNT",
        help="add an amount from a group holding",
    )
    edit.add_argument("--remove-group", dest="remove_groups", action="append", type=int,
                      default=[], metavar="HOLDING_ID",
                      help="take a group holding off the act")  # fmt: skip
    edit.add_argument("--reason", default=None, choices=[r.value for r in WriteOffReason])
    edit.add_argument("--act-date", type=iso_date, default=None)
    edit.add_argument("--notes", default=None)
    _commission_flags(edit, "the act's own commission")
    add_json_flag(edit)
    edit.set_defaults(handler=_writeoff_edit)
    approve = w_sub.add_parser("approve", help="the head approved the act: copies leave the fund")
    approve.add_argument("act_id", type=int, metavar="ID")
    approve.add_argument("--by", required=True, metavar="NAME", help="who approved it")
    approve.add_argument("--on", type=iso_date, default=None, help="approval date (today)")
    add_json_flag(approve)
    approve.set_defaults(handler=_writeoff_approve)
    cancel = w_sub.add_parser("cancel", help="drop a draft act: copies go back")
    cancel.add_argument("act_id", type=int, metavar="ID")
    add_json_flag(cancel)
    cancel.set_defaults(handler=_writeoff_cancel)

    rate = subparsers.add_parser(
        "rate", help="tenge value at receipt of an accession's copies priced in a currency"
    )
    rate.add_argument("accession_id", type=int, metavar="ACCESSION_ID")
    rate.add_argument("--currency", required=True, help="e.g. USD")
    rate.add_argument("--rate", required=True, help="tenge for one unit, e.g. 470.50")
    add_json_flag(rate)
    rate.set_defaults(handler=_rate)

    report = subparsers.add_parser("report", help="registers as PDF")
    report.add_argument("kind", choices=REPORTS, metavar="|".join(REPORTS))
    report.add_argument("out", type=Path, metavar="OUT.pdf")
    report.add_argument("--from", dest="date_from", type=iso_date, default=None)
    report.add_argument("--to", dest="date_to", type=iso_date, default=None)
    report.add_argument("--language", default="kk", choices=["kk", "ru"])
    report.add_argument("--id", type=int, default=None, help="the act's (or audit's) id")
    _commission_flags(report, "the accession act's own commission")
    report.add_argument("--notes", default="", help="notes printed with the accession act")
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
        listing.add_argument("--to", dest="partner", default="", help="the partner library")
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


def library_commands(lib_sub: Any, lib_set: Any, numbering: Any) -> None:
    """`qor library`'s formal parts (called by app.intake.commands, which owns `qor library`
    and its numbering settings): `set --head-name/--head-position/--record-url`,
    `commission --chair --member ...`, `show`."""
    lib_set.add_argument("--head-name", default=None, help="the head who approves acts")
    lib_set.add_argument("--head-position", default=None, help="e.g. 'Кітапхана директоры'")
    lib_set.add_argument(
        "--record-url", default=None, help="catalog record URL, e.g. https://lib.kz/record/{id}"
    )
    lib_set.set_defaults(handler=lambda ctx: _library_set(ctx, numbering))
    show = lib_sub.add_parser("show", help="the library's settings")
    add_json_flag(show)
    show.set_defaults(handler=_library_show)
    com = lib_sub.add_parser("commission", help="the standing commission that signs acts")
    _commission_flags(com, "the standing commission")
    add_json_flag(com)
    com.set_defaults(handler=_library_commission)


def _commission_flags(parser: Any, what: str) -> None:
    parser.add_argument("--chair", default=None, help=f"chair of {what}")
    parser.add_argument("--member", dest="members", action="append", default=None,
                        metavar="NAME", help=f"a member of {what} (repeat)")  # fmt: skip


def _act_lines(act: WriteOffActInfo) -> str:
    return (f"Write-off act {act.number} (id {act.id}, {act.state}): {act.count} copies, "
            f"{act.reason}, {act.total_value} KZT.")  # fmt: skip


def _act_json(act: WriteOffActInfo) -> dict[str, Any]:
    return {"id": act.id, "number": act.number, "date": act.act_date, "reason": act.reason,
            "state": act.state, "approved_by": act.approved_by, "approved_on": act.approved_on,
            "copies": [c.inventory_number for c in act.copies],
            "groups": [{"id": g.group_holding_id, "amount": g.amount} for g in act.groups],
            "count": act.count, "total": str(act.total_value)}  # fmt: skip


def _writeoff_new(ctx: CliContext) -> int:
    a = ctx.args
    if not a.barcodes and not a.groups:
        raise InvalidInput("Give --barcodes or --group HOLDING_ID:AMOUNT.")
    result = draft_write_off(ctx.db, ctx.actor(), a.reason, a.barcodes, a.act_date, a.notes,
                             a.chair or "", a.members or (),
                             [parse_group(g) for g in a.groups])  # fmt: skip
    lines = [_act_lines(result.act), *refused_lines(result.refused)]
    ctx.emit("\n".join(lines), {**_act_json(result.act), "refused": refused_json(result.refused)})
    return EXIT_REJECTED if result.refused else EXIT_OK


def _writeoff_edit(ctx: CliContext) -> int:
    a = ctx.args
    result = update_write_off(ctx.db, ctx.actor(), a.act_id, a.add, a.remove, a.reason, a.notes,
                              a.act_date, a.chair, a.members,
                              [parse_group(g) for g in a.add_groups], a.remove_groups)  # fmt: skip
    lines = [_act_lines(result.act), *refused_lines(result.refused)]
    ctx.emit("\n".join(lines), {**_act_json(result.act), "refused": refused_json(result.refused)})
    return EXIT_REJECTED if result.refused else EXIT_OK


def _writeoff_approve(ctx: CliContext) -> int:
    a = ctx.args
    act = approve_write_off(ctx.db, ctx.actor(), a.act_id, a.by, a.on)
    ctx.emit(_act_lines(act), _act_json(act))
    return EXIT_OK


def _writeoff_cancel(ctx: CliContext) -> int:
    act = cancel_write_off(ctx.db, ctx.actor(), ctx.args.act_id)
    ctx.emit(_act_lines(act), _act_json(act))
    return EXIT_OK


def _library_json(info: LibraryInfo) -> dict[str, Any]:
    return {"name": info.name, "sigla": info.sigla, "head_name": info.head_name,
            "head_position": info.head_position, "commission_chair": info.commission_chair,
            "commission_members": list(info.commission_members),
            "record_url": info.record_url}  # fmt: skip


def _library_text(info: LibraryInfo) -> str:
    return "\n".join([
        f"{info.name} ({info.sigla})",
        f"head: {info.head_position or '—'}: {info.head_name or '—'}",
        f"commission: chair {info.commission_chair or '—'}; "
        f"members {', '.join(info.commission_members) or '—'}",
        f"record URL: {info.record_url or '—'}",
    ])  # fmt: skip


def _library_show(ctx: CliContext) -> int:
    info = library_info(ctx.db)
    ctx.emit(_library_text(info), _library_json(info))
    return EXIT_OK


def _library_set(ctx: CliContext, numbering: Any) -> int:
    a = ctx.args
    formal = (a.head_name, a.head_position, a.record_url)
    numbered = (a.inventory_format, a.barcode_scheme, a.barcode_prefix)
    if all(v is None for v in formal):
        return int(numbering(ctx))
    info = set_formal_parts(ctx.db, ctx.actor(), head_name=a.head_name,
                            head_position=a.head_position, record_url=a.record_url)  # fmt: skip
    if any(v is not None for v in numbered):
        return int(numbering(ctx))
    ctx.emit(_library_text(info), _library_json(info))
    return EXIT_OK


def _library_commission(ctx: CliContext) -> int:
    a = ctx.args
    info = set_formal_parts(ctx.db, ctx.actor(), chair=a.chair, members=a.members)
    ctx.emit(_library_text(info), _library_json(info))
    return EXIT_OK


def _report(ctx: CliContext) -> int:
    a = ctx.args
    actor = ctx.actor()
    if a.kind in ("accession-act", "writeoff-act", "audit-act") and a.id is None:
        raise UsageError(f"'{a.kind}' needs --id N.")
    summary = render_report(ctx.db, actor, a.kind, a.out, a.date_from, a.date_to, a.language,
                            a.id, chair=a.chair or "", members=a.members or (),
                            notes=a.notes)  # fmt: skip
    ctx.emit(f"{a.kind} written to {a.out}: {summary}", {"report": a.kind, "out": str(a.out),
                                                           **summary})  # fmt: skip
    return EXIT_OK


def _rate(ctx: CliContext) -> int:
    a = ctx.args
    count = set_tenge_value(ctx.db, ctx.actor(), a.accession_id, a.currency, a.rate)
    currency = a.currency.upper()
    ctx.emit(f"{count} copies priced in {currency} valued at {a.rate} KZT.",
             {"accession_id": a.accession_id, "currency": currency, "copies": count})  # fmt: skip
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
    count = write_exchange_list(ctx.db, a.which, a.out, a.format, a.language, a.date, a.partner)
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
