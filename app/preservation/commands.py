"""Command-line commands of the preservation desk: binding orders (`qor binding`), the repair
log (`qor repair`), the digitisation log (`qor digitise`) and a copy's history."""

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
from app.intake.copies import copy_by_barcode
from app.preservation.binding import (
    BindingOrderInfo,
    BindingType,
    add_to_order,
    add_to_waiting_list,
    bind_copies,
    get_order,
    list_orders,
    open_binding_order,
    receive_copies,
    send_order,
    waiting_list,
)
from app.preservation.digitisation import (
    DigitisationKind,
    DigitisationReason,
    record_outcome,
    send_for_digitisation,
)
from app.preservation.history import copy_history
from app.preservation.repair import (
    RepairInfo,
    RepairType,
    ReportGrouping,
    finish_repair,
    record_repair,
    repair_report,
    repaired_copies,
    start_repair,
    write_repair_report_csv,
)
from app.preservation.scanning import ScanTally
from app.registers.repair_report import render_repair_report


def register(subparsers: Any) -> None:
    binding = subparsers.add_parser("binding", help="binding orders")
    b_sub = binding.add_subparsers(dest="binding_command", metavar="ACTION", required=True)
    send = b_sub.add_parser("send", help="send copies (or a collected order) to the bindery")
    send.add_argument("--order", type=int, default=None, help="send this collected order")
    send.add_argument("--barcodes", nargs="+", default=[], metavar="B")
    send.add_argument("--bindery", default="")
    send.add_argument("--type", default="hard-cover", choices=[t.value for t in BindingType])
    send.add_argument("--instructions", default="")
    send.add_argument("--sent", type=iso_date, default=None, help="date sent (default today)")
    send.add_argument("--due", type=iso_date, default=None)
    send.add_argument("--cost", default=None)
    add_json_flag(send)
    send.set_defaults(handler=_binding_send)

    back = b_sub.add_parser("return", help="copies scanned back from the bindery")
    back.add_argument("barcodes", nargs="+", metavar="BARCODE")
    back.add_argument("--order", type=int, default=None)
    back.add_argument("--date", type=iso_date, default=None)
    add_json_flag(back)
    back.set_defaults(handler=_binding_return)

    wait = b_sub.add_parser("wait", help="put copies on the binding waiting list")
    wait.add_argument("barcodes", nargs="+", metavar="BARCODE")
    wait.add_argument("--type", default="hard-cover", choices=[t.value for t in BindingType])
    wait.add_argument("--note", default="")
    add_json_flag(wait)
    wait.set_defaults(handler=_binding_wait)

    waiting = b_sub.add_parser("waiting", help="the copies on the binding waiting list")
    waiting.add_argument("--type", default=None, choices=[t.value for t in BindingType])
    add_json_flag(waiting)
    waiting.set_defaults(handler=_binding_waiting)

    order = b_sub.add_parser(
        "order", help="make up an order (from the waiting list and/or scans), to send later"
    )
    order.add_argument("--bindery", required=True)
    order.add_argument("--type", default="hard-cover", choices=[t.value for t in BindingType])
    order.add_argument(
        "--from-waiting-list", action="store_true",
        help="take the waiting copies of this binding type",
    )  # fmt: skip
    order.add_argument("--barcodes", nargs="+", default=[], metavar="B")
    order.add_argument("--instructions", default="")
    order.add_argument("--due", type=iso_date, default=None)
    order.add_argument("--cost", default=None)
    add_json_flag(order)
    order.set_defaults(handler=_binding_order)

    orders = b_sub.add_parser("list", help="binding orders (overdue ones flagged)")
    orders.add_argument("--open", action="store_true", help="leave out returned orders")
    orders.add_argument("--overdue", action="store_true", help="only overdue orders")
    add_json_flag(orders)
    orders.set_defaults(handler=_binding_list)

    repair = subparsers.add_parser("repair", help="the repair log")
    r_sub = repair.add_subparsers(dest="repair_command", metavar="ACTION", required=True)
    add = r_sub.add_parser("add", help="log a repair of a copy")
    add.add_argument("--barcode", required=True)
    add.add_argument("--type", required=True, choices=[t.value for t in RepairType])
    add.add_argument("--by", default="", help="who did it (default: you)")
    add.add_argument("--date", type=iso_date, default=None)
    add.add_argument("--materials", default="")
    add.add_argument("--minutes", type=int, default=0)
    add.add_argument("--before", default="", help="condition before")
    add.add_argument("--after", default="", help="condition after")
    add.add_argument("--notes", default="")
    add.add_argument("--open", action="store_true", help="the copy stays in repair")
    add_json_flag(add)
    add.set_defaults(handler=_repair_add)

    finish = r_sub.add_parser("finish", help="finish an open repair")
    finish.add_argument("entry_id", type=int, metavar="REPAIR_ID")
    finish.add_argument("--date", type=iso_date, default=None)
    finish.add_argument("--minutes", type=int, default=0)
    finish.add_argument("--after", default="", help="condition after")
    add_json_flag(finish)
    finish.set_defaults(handler=_repair_finish)

    report = r_sub.add_parser("report", help="repairs by type, period or staff")
    report.add_argument("--by", default="type", choices=[g.value for g in ReportGrouping])
    report.add_argument("--from", dest="date_from", type=iso_date, default=None)
    report.add_argument("--to", dest="date_to", type=iso_date, default=None)
    report.add_argument("--csv", type=Path, default=None, metavar="OUT.csv")
    report.add_argument("--pdf", type=Path, default=None, metavar="OUT.pdf")
    report.add_argument("--language", default="kk", choices=["kk", "ru"])
    add_json_flag(report)
    report.set_defaults(handler=_repair_report)

    digi = subparsers.add_parser("digitise", help="the digitisation and copying log")
    d_sub = digi.add_subparsers(dest="digitise_command", metavar="ACTION", required=True)
    dsend = d_sub.add_parser("send", help="send copies to be digitised or copied")
    dsend.add_argument("barcodes", nargs="+", metavar="BARCODE")
    dsend.add_argument("--kind", default="digitise", choices=[k.value for k in DigitisationKind])
    dsend.add_argument("--reason", required=True, choices=[r.value for r in DigitisationReason])
    dsend.add_argument("--date", type=iso_date, default=None)
    add_json_flag(dsend)
    dsend.set_defaults(handler=_digitise_send)
    done = d_sub.add_parser("done", help="a copy is back, with the file made of it")
    done.add_argument("barcode", metavar="BARCODE")
    done.add_argument("--file", required=True, help="the file's reference")
    done.add_argument("--pages", type=int, default=None)
    done.add_argument("--date", type=iso_date, default=None)
    add_json_flag(done)
    done.set_defaults(handler=_digitise_done)

    history = subparsers.add_parser("history", help="a copy's binding, repair, status history")
    history.add_argument("barcode", metavar="BARCODE")
    add_json_flag(history)
    history.set_defaults(handler=_history)


def _scan_json(result: ScanTally) -> dict[str, Any]:
    return {
        "copies": [
            {"id": c.item_id, "inventory_number": c.inventory_number, "barcode": c.barcode}
            for c in result.accepted
        ],
        "refused": refused_json(result.refused),
        "closed": refused_json(result.closed),
    }


def _scan_reply(ctx: CliContext, summary: str, result: ScanTally) -> int:
    """The summary with the refused copies under it; exit 1 if any copy was refused."""
    closed = [f"  closed {c.ref}: {c.reason}" for c in result.closed]
    ctx.emit("\n".join([summary, *closed, *refused_lines(result.refused)]), _scan_json(result))
    return EXIT_REJECTED if result.refused else EXIT_OK


def _order_json(order: BindingOrderInfo) -> dict[str, Any]:
    return {
        "id": order.id, "bindery": order.bindery, "type": order.binding_type,
        "status": order.status, "sent": order.sent_on, "due": order.due_on,
        "cost": str(order.cost) if order.cost is not None else None,
        "copies": len(order.copies), "out": order.out, "overdue": order.overdue,
    }  # fmt: skip


def _binding_send(ctx: CliContext) -> int:
    a = ctx.args
    actor = ctx.actor()
    if a.order is not None:
        order = send_order(ctx.db, actor, a.order, a.sent, a.due, a.cost)
        result = ScanTally()
    else:
        if not a.barcodes or not a.bindery:
            raise UsageError("Give --barcodes and --bindery (or --order ID of a collected order).")
        order, result = bind_copies(
            ctx.db, actor, a.barcodes, a.bindery, a.type, a.instructions, a.sent, a.due, a.cost
        )
    human = [f"Binding order {order.id}: {len(order.copies)} copies {order.status} "
             f"to {order.bindery}, due {order.due_on or '-'}."]  # fmt: skip
    ctx.emit("\n".join(human + refused_lines(result.refused)),
             {"order": _order_json(order), **_scan_json(result)})  # fmt: skip
    return EXIT_REJECTED if result.refused else EXIT_OK


def _binding_return(ctx: CliContext) -> int:
    a = ctx.args
    result = receive_copies(ctx.db, ctx.actor(), a.barcodes, a.order, a.date)
    return _scan_reply(ctx, f"{len(result.accepted)} copies back from the bindery.", result)


def _binding_wait(ctx: CliContext) -> int:
    a = ctx.args
    result = add_to_waiting_list(ctx.db, ctx.actor(), a.barcodes, a.type, a.note)
    return _scan_reply(ctx, f"{len(result.accepted)} copies on the waiting list.", result)


def _binding_waiting(ctx: CliContext) -> int:
    ctx.actor()
    rows = waiting_list(ctx.db, ctx.args.type)
    lines = [f"{w.inventory_number:>10}  {w.binding_type:<20} {w.title}" for w in rows]
    ctx.emit(
        "\n".join(lines) or "The waiting list is empty.",
        {"waiting": [{"id": w.id, "inventory_number": w.inventory_number, "barcode": w.barcode,
                      "type": w.binding_type, "note": w.note} for w in rows]},
    )  # fmt: skip
    return EXIT_OK


def _binding_order(ctx: CliContext) -> int:
    a = ctx.args
    if not a.from_waiting_list and not a.barcodes:
        raise UsageError("Give --from-waiting-list or --barcodes (or both).")
    actor = ctx.actor()
    order = open_binding_order(ctx.db, actor, a.bindery, a.type, a.instructions, a.due, a.cost,
                               from_waiting_list=a.from_waiting_list)  # fmt: skip
    result = add_to_order(ctx.db, actor, order.id, a.barcodes) if a.barcodes else ScanTally()
    order = get_order(ctx.db, order.id)
    human = [f"Binding order {order.id}: {len(order.copies)} copies collected for "
             f"{order.bindery}; send it with `qor binding send --order {order.id}`."]  # fmt: skip
    ctx.emit("\n".join(human + refused_lines(result.refused)),
             {"order": _order_json(order), **_scan_json(result)})  # fmt: skip
    return EXIT_REJECTED if result.refused else EXIT_OK


def _binding_list(ctx: CliContext) -> int:
    ctx.actor()
    orders = list_orders(ctx.db, open_only=ctx.args.open or ctx.args.overdue)
    if ctx.args.overdue:
        orders = [o for o in orders if o.overdue]
    lines = [
        f"{o.id:>5}  {o.status:<16} {o.bindery}  {len(o.copies)} copies, due {o.due_on or '-'}"
        + ("  OVERDUE" if o.overdue else "")
        for o in orders
    ]
    ctx.emit("\n".join(lines) or "No binding orders.", {"orders": [_order_json(o) for o in orders]})
    return EXIT_OK


def _repair_json(entry: RepairInfo) -> dict[str, Any]:
    return {
        "id": entry.id, "inventory_number": entry.inventory_number, "type": entry.repair_type,
        "by": entry.performed_by, "started": entry.started_on, "finished": entry.finished_on,
        "minutes": entry.minutes,
    }  # fmt: skip


def _repair_add(ctx: CliContext) -> int:
    a = ctx.args
    if a.open:
        entry = start_repair(ctx.db, ctx.actor(), a.barcode, a.type, a.by, a.date, a.materials,
                             a.before, a.notes)  # fmt: skip
    else:
        entry = record_repair(ctx.db, ctx.actor(), a.barcode, a.type, a.by, a.date, a.materials,
                              a.minutes, a.before, a.after, a.notes)  # fmt: skip
    state = "open (copy in repair)" if entry.finished_on is None else "done"
    ctx.emit(f"Repair {entry.id} of copy {entry.inventory_number}: {entry.repair_type}, {state}.",
             _repair_json(entry))  # fmt: skip
    return EXIT_OK


def _repair_finish(ctx: CliContext) -> int:
    a = ctx.args
    entry = finish_repair(ctx.db, ctx.actor(), a.entry_id, a.date, a.after, a.minutes)
    ctx.emit(f"Repair {entry.id} finished; copy {entry.inventory_number} is available.",
             _repair_json(entry))  # fmt: skip
    return EXIT_OK


def _repair_report(ctx: CliContext) -> int:
    a = ctx.args
    ctx.actor()
    if a.pdf is not None:
        rows = render_repair_report(ctx.db, a.pdf, a.by, a.date_from, a.date_to, a.language)
    else:
        rows = repair_report(ctx.db, a.by, a.date_from, a.date_to)
    if a.csv is not None:
        write_repair_report_csv(rows, a.csv, a.by, repaired_copies(ctx.db, a.date_from, a.date_to))
    lines = [f"{r.key:<30} {r.repairs:>5} repairs {r.copies:>5} copies {r.minutes:>6} min"
             for r in rows]  # fmt: skip
    ctx.emit("\n".join(lines) or "No repairs in that period.",
             {"by": a.by, "rows": [r.__dict__ for r in rows]})  # fmt: skip
    return EXIT_OK


def _digitise_send(ctx: CliContext) -> int:
    a = ctx.args
    result = send_for_digitisation(ctx.db, ctx.actor(), a.barcodes, a.kind, a.reason, a.date)
    return _scan_reply(ctx, f"{len(result.accepted)} copies sent ({a.kind}).", result)


def _digitise_done(ctx: CliContext) -> int:
    a = ctx.args
    entry = record_outcome(ctx.db, ctx.actor(), a.barcode, a.file, a.pages, a.date)
    ctx.emit(f"Copy {entry.inventory_number} back: {entry.file_reference}, {entry.pages} p.",
             {"id": entry.id, "file": entry.file_reference, "pages": entry.pages})  # fmt: skip
    return EXIT_OK


def _history(ctx: CliContext) -> int:
    ctx.actor()
    copy = copy_by_barcode(ctx.db, ctx.args.barcode)
    if copy is None:
        raise InvalidInput(f"No copy has barcode {ctx.args.barcode}.")
    entries = copy_history(ctx.db, copy.id)
    ctx.emit(
        "\n".join(f"{e.on}  {e.kind:<13} {e.summary}" for e in entries) or "No history.",
        {"inventory_number": copy.inventory_number,
         "history": [{"date": e.on, "kind": e.kind, "ref": e.ref, "summary": e.summary,
                      "details": e.details} for e in entries]},
    )  # fmt: skip
    return EXIT_OK
