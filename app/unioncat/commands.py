"""Command-line commands of the union catalog link: `qor sync`, `qor copycat search|import`
and `qor unioncat target add|list|remove|mark-synced`."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from app.cli import EXIT_FATAL, EXIT_OK, EXIT_REJECTED, CliContext, UsageError, add_json_flag
from app.unioncat.config import (
    ConfiguredTarget,
    add_target,
    default_indexes,
    list_targets,
    remove_target,
    resolve_search_target,
    resolve_union_target,
)
from app.unioncat.copycat import SEARCH_INDEXES, fetch_record, import_hit, search_target
from app.unioncat.sync import mark_synced, sync
from app.unioncat.targets import PASSWORD_ENV, load_password


def register(subparsers: Any) -> None:
    run = subparsers.add_parser("sync", help="send the catalog's changes to the union catalog")
    run.add_argument("--target", required=True, help="z3950://USER@HOST:PORT/DB or a name")
    run.add_argument("--commit", action="store_true", help="send the commit package (shadow)")
    run.add_argument("--dry-run", action="store_true", help="list what would be sent")
    add_json_flag(run)
    run.set_defaults(handler=_sync)

    copycat = subparsers.add_parser("copycat", help="copy cataloging from other catalogs")
    sub = copycat.add_subparsers(dest="copycat_command", metavar="ACTION", required=True)
    find = sub.add_parser("search", help="search a union catalog or another library")
    find.add_argument("--target", required=True, help="a name, z3950://HOST:PORT/DB or SRU URL")
    find.add_argument("query", nargs="+")
    find.add_argument("--index", default="title", choices=SEARCH_INDEXES)
    find.add_argument("--limit", type=int, default=20)
    add_json_flag(find)
    find.set_defaults(handler=_copycat_search)
    take = sub.add_parser("import", help="take a record found there into the catalog")
    take.add_argument("--target", required=True)
    take.add_argument("--id", required=True, dest="identity", help="the record's 003:001")
    take.add_argument("--on-duplicate", default="skip", choices=["skip", "overlay", "add"])
    add_json_flag(take)
    take.set_defaults(handler=_copycat_import)

    unioncat = subparsers.add_parser("unioncat", help="configure union catalog targets")
    usub = unioncat.add_subparsers(dest="unioncat_command", metavar="ACTION", required=True)
    tgt = usub.add_parser("target", help="configured targets")
    tsub = tgt.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="add a union catalog or a search target")
    add.add_argument("name")
    add.add_argument("--role", default="union", choices=["union", "search"])
    add.add_argument("--protocol", default="z3950", choices=["z3950", "sru"])
    add.add_argument("--host", required=True)
    add.add_argument("--port", type=int, required=True)
    add.add_argument("--database", required=True)
    add.add_argument("--user", dest="target_user", default=None, help="the union catalog user")
    add.add_argument("--path", default="", help="SRU base path (default /DATABASE)")
    add.add_argument(
        "--index",
        action="append",
        default=[],
        metavar="OURS=THEIRS",
        help="index profile entry, e.g. title=4 or subject=dc.subject (default: Zebra's)",
    )
    add.add_argument("--commit", action="store_true", help="the server has shadow registers")
    add.add_argument(
        "--password",
        action="store_true",
        help="ask for the password and keep it in the system keyring",
    )
    add_json_flag(add)
    add.set_defaults(handler=_target_add)
    lst = tsub.add_parser("list", help="list the configured targets")
    add_json_flag(lst)
    lst.set_defaults(handler=_target_list)
    rm = tsub.add_parser("remove", help="forget a target")
    rm.add_argument("name")
    add_json_flag(rm)
    rm.set_defaults(handler=_target_remove)
    mark = usub.add_parser(
        "mark-synced", help="record that the union catalog already holds every queued record"
    )
    mark.add_argument("--target", required=True)
    add_json_flag(mark)
    mark.set_defaults(handler=_mark_synced)


def _target_json(t: ConfiguredTarget) -> dict[str, Any]:
    return {
        "name": t.name,
        "role": t.role,
        "protocol": t.protocol,
        "url": t.url(),
        "user": t.user,
        "indexes": t.indexes,
        "commit": t.needs_commit,
    }


def _sync(ctx: CliContext) -> int:
    actor = ctx.actor()
    target = resolve_union_target(ctx.db, ctx.args.target)
    password = None if ctx.args.dry_run else load_password(target.name, target.user)
    if password is None and target.user and not ctx.args.dry_run:
        raise UsageError(
            f"No password for {target.user} at {target.url()}: store it in the keyring "
            f"(qor unioncat target add ... --password) or set {PASSWORD_ENV}."
        )
    report = sync(
        ctx.db,
        actor,
        target.union_target(),
        password,
        commit=ctx.args.commit or target.needs_commit,
        dry_run=ctx.args.dry_run,
    )
    lines = [f"Sync with {target.url()}: {report.describe()}."]
    if report.dry_run:
        for p in report.pending:
            lines.append(f"  {p.action:9} {p.identity}  {p.title}")
            lines += [f"      {change}" for change in p.changes]
    lines += [f"  failed: {e.identity}: {e.reason}" for e in report.failed]
    ctx.emit("\n".join(lines), report.as_json())
    if report.error:
        print(f"qor: {report.error}", file=sys.stderr)
        return EXIT_FATAL
    return EXIT_REJECTED if report.failed else EXIT_OK


def _copycat_search(ctx: CliContext) -> int:
    ctx.actor()
    target = resolve_search_target(ctx.db, ctx.args.target)
    found = search_target(target, ctx.args.index, " ".join(ctx.args.query), limit=ctx.args.limit)
    lines = [
        f"{found.total} found in {target.name}:"
        if found.total
        else f"No records found in {target.name}."
    ]
    for h in found.hits:
        lines.append(
            f"  {h.identity}  {h.title}"
            + (f" / {h.author}" if h.author else "")
            + (f", {h.year}" if h.year else "")
            + (f"  held by: {', '.join(h.libraries)}" if h.libraries else "")
        )
    ctx.emit(
        "\n".join(lines),
        {
            "total": found.total,
            "records": [
                {
                    "id": h.identity,
                    "title": h.title,
                    "author": h.author,
                    "year": h.year,
                    "isbn": h.isbn,
                    "libraries": list(h.libraries),
                }
                for h in found.hits
            ],
        },
    )
    return EXIT_OK


def _copycat_import(ctx: CliContext) -> int:
    actor = ctx.actor()
    target = resolve_search_target(ctx.db, ctx.args.target)
    hit = fetch_record(target, ctx.args.identity)
    outcome = import_hit(ctx.db, actor, hit, on_duplicate=ctx.args.on_duplicate)
    ctx.emit(
        outcome.message,
        {"record": outcome.record_id, "outcome": outcome.outcome, "title": outcome.title},
    )
    return EXIT_OK


def _parse_indexes(entries: list[str], protocol: str) -> dict[str, str]:
    if not entries:
        return default_indexes("sru" if protocol == "sru" else "z3950")
    profile: dict[str, str] = {}
    for entry in entries:
        ours, sep, theirs = entry.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise UsageError(f"An index entry is OURS=THEIRS (title=4), not '{entry}'.")
        profile[ours.strip()] = theirs.strip()
    return profile


def _target_add(ctx: CliContext) -> int:
    args = ctx.args
    actor = ctx.actor()
    password = None
    if args.password:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise UsageError(f"No password to store: set {PASSWORD_ENV} or run interactively.")
            password = getpass.getpass(f"Password of {args.target_user} at {args.host}: ")
    target = add_target(
        ctx.db,
        actor,
        ConfiguredTarget(
            name=args.name,
            role=args.role,
            protocol=args.protocol,
            host=args.host,
            port=args.port,
            database=args.database,
            user=args.target_user,
            path=args.path,
            indexes=_parse_indexes(args.index, args.protocol),
            needs_commit=args.commit,
        ),
        password=password,
    )
    ctx.emit(f"Added {target.role} target {target.name}: {target.url()}", _target_json(target))
    return EXIT_OK


def _target_list(ctx: CliContext) -> int:
    ctx.actor()
    targets = list_targets(ctx.db)
    lines = [
        f"{t.role:6} {t.name}: {t.url()}" + (" (commit)" if t.needs_commit else "") for t in targets
    ] or ["No targets configured."]
    ctx.emit("\n".join(lines), {"targets": [_target_json(t) for t in targets]})
    return EXIT_OK


def _target_remove(ctx: CliContext) -> int:
    remove_target(ctx.db, ctx.actor(), ctx.args.name)
    ctx.emit(f"Removed target {ctx.args.name}.", {"removed": ctx.args.name})
    return EXIT_OK


def _mark_synced(ctx: CliContext) -> int:
    target = resolve_union_target(ctx.db, ctx.args.target)
    count = mark_synced(ctx.db, ctx.actor(), target.union_target())
    ctx.emit(f"{count} record(s) marked as held by {target.url()}.", {"marked": count})
    return EXIT_OK
