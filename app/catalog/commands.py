"""Command-line commands of the catalog: import, export, search, show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.exporting import SkippedRecord, export_records
from app.catalog.folding import SORT_LANGUAGES
from app.catalog.importing import OnDuplicate, import_files
from app.catalog.records import get_by_control_number, get_record
from app.catalog.search import SORTS, search
from app.cli import EXIT_OK, EXIT_REJECTED, CliContext, UsageError, add_json_flag
from app.marc.mrk import record_to_mrk
from app.marc.rusmarc import SCHEMES


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser("import", help="import MARC files into the catalog")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--format", default="auto", choices=["auto", "iso2709", "marcxml", "mrk"])
    imp.add_argument(
        "--encoding",
        default="auto",
        choices=["auto", "utf-8", "marc-8", "cp1251", "cp866", "iso5426"],
    )
    imp.add_argument(
        "--scheme",
        default="auto",
        choices=list(SCHEMES),
        help="bibliographic format of the records (default auto: each record's shape decides)",
    )
    imp.add_argument("--on-duplicate", default="skip", choices=[p.value for p in OnDuplicate])
    imp.add_argument(
        "--holdings",
        default="none",
        choices=["auto", "852", "952", "none"],
        help="also create copies from MARC 21 (852/876-878) or Koha (952) holdings",
    )
    add_json_flag(imp)
    imp.set_defaults(handler=_import)

    exp = subparsers.add_parser("export", help="export records to a MARC file")
    exp.add_argument("out", metavar="OUT")
    exp.add_argument("--format", default="iso2709", choices=["iso2709", "marcxml", "mrk"])
    exp.add_argument("--ids", nargs="+", type=int, default=None, help="record ids (default all)")
    exp.add_argument("--with-holdings", action="store_true", help="add 852 holdings fields")
    exp.add_argument("--scheme", default="marc21", choices=["marc21", "rusmarc"])
    add_json_flag(exp)
    exp.set_defaults(handler=_export)

    find = subparsers.add_parser("search", help="search the local catalog")
    find.add_argument("query", nargs="+")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--sort", default="title", choices=list(SORTS))
    find.add_argument(
        "--language",
        default="kk",
        choices=list(SORT_LANGUAGES),
        help="whose alphabetical order titles and authors sort in (default kk)",
    )
    add_json_flag(find)
    find.set_defaults(handler=_search)

    show = subparsers.add_parser("show", help="show one record (by id, or 001 with --001)")
    show.add_argument("ref")
    show.add_argument("--001", dest="by_control", action="store_true")
    add_json_flag(show)
    show.set_defaults(handler=_show)


def _import(ctx: CliContext) -> int:
    args = ctx.args
    summary = import_files(
        ctx.db,
        ctx.actor(),
        [Path(f) for f in args.files],
        format=args.format,
        encoding=args.encoding,
        on_duplicate=args.on_duplicate,
        scheme=args.scheme,
    )
    lines = [f"Import: {summary.describe()}."]
    lines += [f"  rejected: {r.file}, record {r.index}: {r.reason}" for r in summary.rejected]
    lines += [f"  warning: {w.file}, record {w.index}: {w.message}" for w in summary.warnings]
    copies: dict[str, Any] = {}
    if args.holdings != "none":
        from app.migration.holdings import import_holdings

        held = import_holdings(
            ctx.db, ctx.actor(), summary.record_ids, args.holdings, Path(args.files[0]).name
        )
        lines.append(f"Holdings ({args.holdings}): {held.describe()}")
        copies = {"copies": held.copies, "holdings": held.as_json()}
    ctx.emit(
        "\n".join(lines),
        {
            **copies,
            "imported": summary.imported,
            "duplicates": summary.duplicates,
            "overlaid": summary.overlaid,
            "rejected": [
                {"file": r.file, "index": r.index, "reason": r.reason} for r in summary.rejected
            ],
            "warnings": [
                {"file": w.file, "index": w.index, "message": w.message} for w in summary.warnings
            ],
            "records": summary.record_ids,
            "converted": summary.converted,
        },
    )
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def _export(ctx: CliContext) -> int:
    args = ctx.args
    skipped: list[SkippedRecord] = []
    count = export_records(
        ctx.db,
        ctx.actor(),
        Path(args.out),
        args.format,
        args.ids,
        args.with_holdings,
        scheme=args.scheme,
        skipped=skipped,
    )
    lines = [f"Exported {count} records to {args.out} ({args.format}, {args.scheme})."]
    lines += [f"  skipped: record {s.record_id}: {s.reason}" for s in skipped]
    ctx.emit(
        "\n".join(lines),
        {
            "exported": count,
            "out": args.out,
            "format": args.format,
            "scheme": args.scheme,
            "skipped": [{"id": s.record_id, "reason": s.reason} for s in skipped],
        },
    )
    return EXIT_REJECTED if skipped else EXIT_OK


def _search(ctx: CliContext) -> int:
    ctx.actor()
    if ctx.args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    result = search(
        ctx.db,
        " ".join(ctx.args.query),
        limit=ctx.args.limit,
        sort=ctx.args.sort,
        language=ctx.args.language,
    )
    lines = [
        "No records found."
        if not result.total
        else f"{result.total} record(s) found"
        + (f", first {len(result.hits)}:" if result.total > len(result.hits) else ":")
    ]
    for hit in result.hits:
        lines.append(
            f"  [{hit.id}] {hit.title}"
            + (f" / {hit.author}" if hit.author else "")
            + (f", {hit.year}" if hit.year else "")
            + (f"  ISBN {hit.isbn}" if hit.isbn else "")
        )
    ctx.emit(
        "\n".join(lines),
        {
            "total": result.total,
            "records": [
                {"id": h.id, "title": h.title, "author": h.author, "year": h.year, "isbn": h.isbn}
                for h in result.hits
            ],
        },
    )
    return EXIT_OK


def _show(ctx: CliContext) -> int:
    ctx.actor()
    ref = ctx.args.ref
    if ctx.args.by_control:
        detail = get_by_control_number(ctx.db, ref)
    else:
        if not ref.isdigit():
            raise UsageError(f"'{ref}' is not a record id; use --001 to look up by 001.")
        detail = get_record(ctx.db, int(ref))
    text = record_to_mrk(detail.record)
    ctx.emit(
        text,
        {
            "id": detail.summary.id,
            "001": detail.summary.control_number,
            "title": detail.summary.title,
            "mrk": text,
        },
    )
    return EXIT_OK
