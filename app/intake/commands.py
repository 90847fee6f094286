"""Command-line commands of the intake desk: accession batches, copies, labels, locations and
the library's numbering settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import app.intake.holdings  # noqa: F401  (registers the 852 holdings with the exporter)
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
from app.intake.accession import AccessionInfo, AccessionSource, Medium, open_accession
from app.intake.barcodes import BarcodeScheme, symbology_of
from app.intake.callnumbers import spine_lines
from app.intake.completion import complete_copy, find_copy, missing_for
from app.intake.copies import (
    CopyInfo,
    add_copies,
    copy_by_barcode,
    copy_by_inventory_number,
    release_copies,
)
from app.intake.labels import BarcodeLabel, SpineLabel, list_templates, render_labels
from app.intake.limits import check_confirm_above, set_confirm_above
from app.intake.loans import read_barcode_file, set_on_loan
from app.intake.locations import add_location
from app.intake.numbering import set_numbering
from app.intake.status import ItemStatus
from app.library import library_info
from app.migration.service import legacy_of
from app.security.roles import Role, require


def register(subparsers: Any) -> None:
    acc = subparsers.add_parser("accession", help="accession batches (акт приёма)")
    acc_sub = acc.add_subparsers(dest="accession_command", metavar="ACTION", required=True)
    new = acc_sub.add_parser("new", help="open an accession batch")
    new.add_argument("--source", required=True, choices=[s.value for s in AccessionSource])
    new.add_argument("--document", required=True, help="accompanying document's number")
    new.add_argument("--date", type=iso_date, default=None, help="date received (default today)")
    new.add_argument("--supplier", default="", help="supplier or partner")
    new.add_argument("--document-date", type=iso_date, default=None)
    new.add_argument("--print-date", type=iso_date, default=None, help="legal deposit only")
    new.add_argument("--medium", default="paper", choices=[m.value for m in Medium])
    new.add_argument("--notes", default="", help="notes printed with the acceptance act")
    add_json_flag(new)
    new.set_defaults(handler=_accession_new)

    items = subparsers.add_parser("items", help="copies: add, release, show")
    items_sub = items.add_subparsers(dest="items_command", metavar="ACTION", required=True)
    add = items_sub.add_parser("add", help="add copies of a record under an accession batch")
    add.add_argument("record_id", type=int, metavar="RECORD_ID")
    add.add_argument("--copies", type=int, required=True)
    add.add_argument("--accession", type=int, required=True, metavar="ID")
    add.add_argument("--location", required=True, metavar="CODE")
    add.add_argument("--price", default=None)
    add.add_argument("--currency", default="KZT")
    add.add_argument("--call-number", default=None)
    add.add_argument(
        "--barcode", nargs="+", action="extend", default=None, help="pre-printed labels"
    )
    add_json_flag(add)
    add.set_defaults(handler=_items_add)

    release = items_sub.add_parser("release", help="processing complete: copies to the fund")
    release.add_argument("barcodes", nargs="*", metavar="BARCODE")
    release.add_argument("--accession", type=int, default=None, metavar="ID")
    add_json_flag(release)
    release.set_defaults(handler=_items_release)

    show = items_sub.add_parser("show", help="the copy a barcode (or inventory number) is on")
    show.add_argument("barcode", metavar="BARCODE", nargs="?")
    show.add_argument("--inventory", metavar="NUMBER", default=None, help="by inventory number")
    add_json_flag(show)
    show.set_defaults(handler=_items_show)

    for name, lent, text in (
        ("on-loan", True, "copies the circulation system lent (one barcode a line)"),
        ("returned", False, "copies back from loan (one barcode a line)"),
    ):
        loan = items_sub.add_parser(name, help=text)
        loan.add_argument("file", type=Path, metavar="FILE")
        add_json_flag(loan)
        loan.set_defaults(handler=_items_loan, lent=lent)

    put = items_sub.add_parser("set", help="complete a copy: its label, call number or location")
    put.add_argument("ref", metavar="BARCODE_OR_INV", help="the copy's barcode or inventory number")
    put.add_argument("--call-number", default=None)
    put.add_argument("--location", default=None, metavar="CODE", help="move it to this location")
    _barcode_choice(put)
    add_json_flag(put)
    put.set_defaults(handler=_items_set)

    label = items_sub.add_parser("barcode", help="put a label on a copy in processing")
    label.add_argument("ref", metavar="INV_NUMBER", help="the copy's inventory number (or barcode)")
    _barcode_choice(label, required=True)
    add_json_flag(label)
    label.set_defaults(handler=_items_set)

    labels = subparsers.add_parser("labels", help="print barcode (and spine) labels to a PDF")
    labels.add_argument("out", metavar="OUT.pdf")
    labels.add_argument("--barcodes", nargs="+", required=True, metavar="B")
    labels.add_argument("--template", default="a4-3x8", choices=[t.name for t in list_templates()])
    labels.add_argument(
        "--spine", action="store_true", help="a spine label after each barcode label"
    )
    labels.add_argument("--start", type=int, default=1, help="first free cell of the sheet")
    add_json_flag(labels)
    labels.set_defaults(handler=_labels)

    loc = subparsers.add_parser("locations", help="departments, storages and shelf ranges")
    loc_sub = loc.add_subparsers(dest="locations_command", metavar="ACTION", required=True)
    loc_add = loc_sub.add_parser("add", help="add a location")
    loc_add.add_argument("code", metavar="CODE")
    loc_add.add_argument("--name", required=True)
    loc_add.add_argument("--department", default="")
    loc_add.add_argument("--shelf-from", default="")
    loc_add.add_argument("--shelf-to", default="")
    loc_add.add_argument("--barcode", default=None, help="the shelf's own barcode")
    add_json_flag(loc_add)
    loc_add.set_defaults(handler=_locations_add)

    lib = subparsers.add_parser("library", help="the library's settings")
    lib_sub = lib.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    lib_set = lib_sub.add_parser("set", help="how new copies are numbered (administrators)")
    lib_set.add_argument("--inventory-format", default=None, help="e.g. '{n}' or 'KZ-{n:06d}'")
    lib_set.add_argument("--barcode-scheme", default=None, choices=[s.value for s in BarcodeScheme])
    lib_set.add_argument("--barcode-prefix", default=None, help="4 digits (Codabar, EAN-13)")
    add_json_flag(lib_set)
    lib_set.set_defaults(handler=_library_set)
    lib_set.add_argument("--confirm-above", type=int, default=None, metavar="N")
    from app.registers.commands import library_commands  # the head, commission, record URL

    library_commands(lib_sub, lib_set, _library_set)
    rest = lib_set.get_default("handler")
    lib_set.set_defaults(handler=lambda ctx: _library_set_limit(ctx, rest))


def _barcode_choice(parser: Any, required: bool = False) -> None:
    choice = parser.add_mutually_exclusive_group(required=required)
    choice.add_argument("--barcode", default=None, metavar="B", help="a pre-printed label")
    choice.add_argument(
        "--generate", action="store_true", help="a barcode made by the library's scheme"
    )


def _accession_json(info: AccessionInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "number": info.number,
        "date": info.received_on.isoformat(),
        "source": info.source,
        "deadline": info.deadline.isoformat() if info.deadline else None,
        "deadline_met": info.deadline_met,
    }


def _accession_new(ctx: CliContext) -> int:
    a = ctx.args
    info = open_accession(
        ctx.db,
        ctx.actor(),
        a.source,
        a.document,
        date=a.date,
        supplier=a.supplier,
        document_date=a.document_date,
        print_date=a.print_date,
        medium=a.medium,
        notes=a.notes,
    )
    human = f"Accession {info.number} (id {info.id}) opened: {info.source}, {a.document}."
    if info.deadline is not None:
        verdict = "met" if info.deadline_met else "NOT met"
        human += f" Legal-deposit deadline {info.deadline}: {verdict}."
    ctx.emit(human, _accession_json(info))
    return EXIT_OK


def _copy_json(copy: CopyInfo) -> dict[str, Any]:
    return {
        "id": copy.id,
        "inventory_number": copy.inventory_number,
        "barcode": copy.barcode,
        "status": copy.status,
    }


def _items_add(ctx: CliContext) -> int:
    a = ctx.args
    added = add_copies(
        ctx.db,
        ctx.actor(),
        a.record_id,
        a.copies,
        a.accession,
        a.location,
        price=a.price,
        call_number=a.call_number,
        barcodes=a.barcode,
        currency=a.currency,
    )
    lines = [f"{len(added)} copies added to record {a.record_id}:"]
    lines += [f"  {c.inventory_number}  {c.barcode or '(no label yet)'}" for c in added]
    ctx.emit("\n".join(lines), {"items": [_copy_json(c) for c in added]})
    return EXIT_OK


def _items_release(ctx: CliContext) -> int:
    a = ctx.args
    if not a.barcodes and a.accession is None:
        raise UsageError("Give the barcodes to release, or --accession ID.")
    result = release_copies(ctx.db, ctx.actor(), a.barcodes, accession_id=a.accession)
    lines = [f"{len(result.released)} copies released to the fund."]
    lines += refused_lines(result.refused)
    ctx.emit(
        "\n".join(lines),
        {
            "released": [_copy_json(c) for c in result.released],
            "refused": refused_json(result.refused),
        },
    )
    return EXIT_REJECTED if result.refused else EXIT_OK


def _items_show(ctx: CliContext) -> int:
    ctx.actor()
    a = ctx.args
    if (a.barcode is None) == (a.inventory is None):
        raise UsageError("Give a BARCODE or --inventory NUMBER.")
    if a.inventory is not None:
        copy = copy_by_inventory_number(ctx.db, a.inventory)
        if copy is None:
            raise InvalidInput(f"No copy has inventory number {a.inventory}.")
    else:
        copy = copy_by_barcode(ctx.db, a.barcode)
        if copy is None:
            raise InvalidInput(f"No copy has barcode {a.barcode}.")
    legacy = legacy_of(ctx.db, copy.id)
    human = (
        f"{copy.inventory_number}  {copy.barcode}  [{copy.status}]  {copy.title}\n"
        f"  record {copy.record_id}, {copy.location_code}, {copy.call_number or 'no call number'}"
    )
    if legacy:
        human += (
            f"\n  migrated from {legacy['source']} as {legacy['legacy_number'] or '(no number)'}"
        )
        if legacy["flag"]:
            human += f"; flagged: {legacy['flag']}"
    ctx.emit(
        human,
        {
            "legacy": legacy,
            **_copy_json(copy),
            "record_id": copy.record_id,
            "title": copy.title,
            "location": copy.location_code,
            "call_number": copy.call_number,
            "price": str(copy.price) if copy.price is not None else None,
            "currency": copy.currency,
            "accession_id": copy.accession_id,
        },
    )
    return EXIT_OK


def _items_set(ctx: CliContext) -> int:
    a = ctx.args
    actor = ctx.actor()
    call_number = getattr(a, "call_number", None)
    location = getattr(a, "location", None)
    if a.barcode is None and not a.generate and call_number is None and location is None:
        raise UsageError("Give --barcode, --generate, --call-number or --location.")
    copy = complete_copy(
        ctx.db,
        actor,
        find_copy(ctx.db, a.ref).id,
        barcode=a.barcode,
        generate_barcode=a.generate,
        call_number=call_number,
        location_code=location,
    )
    missing = missing_for(copy) if copy.status == ItemStatus.IN_PROCESSING else []
    human = (
        f"Copy {copy.inventory_number}: barcode {copy.barcode or '(no label yet)'}, "
        f"{copy.location_code or 'no location'}, {copy.call_number or 'no call number'}."
    )
    if copy.status == ItemStatus.IN_PROCESSING:
        human += f" Missing: {', '.join(missing)}." if missing else " Ready for release."
    ctx.emit(
        human,
        {
            **_copy_json(copy),
            "location": copy.location_code,
            "call_number": copy.call_number,
            "missing": missing,
        },
    )
    return EXIT_OK


def _labels(ctx: CliContext) -> int:
    a = ctx.args
    require(ctx.actor(), "print labels", Role.INTAKE)
    library = library_info(ctx.db)
    labels: list[BarcodeLabel | SpineLabel] = []
    for scan in a.barcodes:
        copy = copy_by_barcode(ctx.db, scan)
        if copy is None or copy.barcode is None:
            raise InvalidInput(f"No copy has barcode {scan}; no labels were printed.")
        labels.append(
            BarcodeLabel(
                copy.barcode,
                symbology_of(copy.barcode),
                copy.inventory_number,
                library.name,
                copy.title,
            )
        )
        if a.spine:
            if not copy.call_number:
                raise InvalidInput(
                    f"Copy {copy.inventory_number} has no call number for its spine label; "
                    "no labels were printed."
                )
            labels.append(SpineLabel(spine_lines(copy.call_number), copy.inventory_number))
    pages = render_labels(Path(a.out), labels, a.template, a.start)
    # A label for a copy out of the fund is printed, but not silently.
    gone = [
        {"inventory_number": c.inventory_number, "status": c.status}
        for c in (copy_by_barcode(ctx.db, scan) for scan in a.barcodes)
        if c is not None and c.status in ("written-off", "to-be-written-off")
    ]
    warnings = [f"Warning: copy {g['inventory_number']} is {g['status']}." for g in gone]
    ctx.emit(
        "\n".join([f"{len(labels)} labels on {pages} page(s) written to {a.out}.", *warnings]),
        {"labels": len(labels), "pages": pages, "out": a.out, "out_of_fund": gone},
    )
    return EXIT_OK


def _locations_add(ctx: CliContext) -> int:
    a = ctx.args
    info = add_location(
        ctx.db,
        ctx.actor(),
        a.code,
        a.name,
        department=a.department,
        shelf_from=a.shelf_from,
        shelf_to=a.shelf_to,
        barcode=a.barcode,
    )
    ctx.emit(
        f"Location {info.code} ({info.name}) added.",
        {"id": info.id, "code": info.code, "name": info.name, "barcode": info.barcode},
    )
    return EXIT_OK


def _library_set_limit(ctx: CliContext, rest: Any) -> int:
    """`qor library set --confirm-above N` (with or without the other settings): the other
    settings are changed first, then the limit; one message (or JSON object) tells both."""
    a = ctx.args
    if a.confirm_above is None:
        return int(rest(ctx))
    check_confirm_above(a.confirm_above)
    line = f"Adding more than {a.confirm_above} copies at once asks for their number typed."
    others = (a.inventory_format, a.barcode_scheme, a.barcode_prefix, a.head_name,
              a.head_position, a.record_url)  # fmt: skip
    said: list[tuple[str, dict[str, Any]]] = []
    if any(v is not None for v in others):
        emit = ctx.emit
        ctx.emit = lambda human, data: said.append((human, data))  # type: ignore[method-assign]
        try:
            code = int(rest(ctx))
        finally:
            ctx.emit = emit  # type: ignore[method-assign]
        if code != EXIT_OK:
            return code
    limit = set_confirm_above(ctx.db, ctx.actor(), a.confirm_above)
    human, data = said[-1] if said else ("", {})
    ctx.emit("\n".join(filter(None, [human, line])), {**data, "confirm_above": limit})
    return EXIT_OK


def _library_set(ctx: CliContext) -> int:
    a = ctx.args
    if a.inventory_format is None and a.barcode_scheme is None and a.barcode_prefix is None:
        raise UsageError(
            "Give --inventory-format, --barcode-scheme, --barcode-prefix, --head-name, "
            "--head-position, --record-url or --confirm-above."
        )
    settings = set_numbering(
        ctx.db,
        ctx.actor(),
        inventory_format=a.inventory_format,
        barcode_scheme=a.barcode_scheme,
        barcode_prefix=a.barcode_prefix,
    )
    ctx.emit(
        f"New copies are numbered '{settings.inventory_format}' and labelled "
        f"{settings.barcode_scheme}"
        + (f" (prefix {settings.barcode_prefix})." if settings.barcode_prefix else "."),
        {
            "inventory_format": settings.inventory_format,
            "barcode_scheme": settings.barcode_scheme,
            "barcode_prefix": settings.barcode_prefix,
        },
    )
    return EXIT_OK


def _items_loan(ctx: CliContext) -> int:
    a = ctx.args
    result = set_on_loan(ctx.db, ctx.actor(), read_barcode_file(a.file), lent=a.lent)
    what = "on loan" if a.lent else "returned"
    lines = [f"{len(result.changed)} copies {what}; {len(result.unchanged)} already so."]
    lines += [f"  refused: line {n}: {code}: {reason}" for n, code, reason in result.refused]
    ctx.emit(
        "\n".join(lines),
        {
            "changed": result.changed,
            "unchanged": result.unchanged,
            "refused": [{"line": n, "barcode": c, "reason": r} for n, c, r in result.refused],
        },
    )
    return EXIT_REJECTED if result.refused else EXIT_OK
