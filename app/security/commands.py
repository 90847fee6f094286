"""Command-line commands for setup, users, the event log and backups."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.cli import EXIT_FATAL, EXIT_OK, CliContext, UsageError, add_json_flag
from app.cli import password_from_env_or_prompt as ask_password
from app.errors import InvalidInput
from app.library import initialise, upgrade_existing
from app.security import eventlog
from app.security.backup import backup_catalog
from app.security.dbpassword import (
    KEYRING_SERVICE,
    forget_database_password,
    role_url,
    store_database_password,
)
from app.security.dbrole import (
    connected_as_superuser,
    grant_roles,
    prepare_roles,
    superuser_warning,
)
from app.security.roles import Role
from app.security.users import add_user, change_password, set_active
from db.roles import RoleSetupError
from db.session import default_database_url


def register(subparsers: Any) -> None:
    init = subparsers.add_parser("init", help="create or upgrade the database")
    init.add_argument("--library", required=True, help="the library's name")
    init.add_argument("--sigla", required=True, help="MARC organisation code, e.g. KZ-AsNAB")
    init.add_argument("--admin", required=True, help="the first administrator's user name")
    init.add_argument(
        "--workstation-role",
        metavar="ROLE",
        help="PostgreSQL: the role the workstations connect as (created unless it exists; "
        "its password from QOR_WORKSTATION_PASSWORD or a prompt)",
    )
    init.add_argument(
        "--owner-role",
        metavar="ROLE",
        default="qor_owner",
        help="PostgreSQL, with --workstation-role: the role that owns the schema",
    )
    add_json_flag(init)
    init.set_defaults(handler=_init)

    users = subparsers.add_parser("users", help="manage users")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="add a user; password from QOR_NEW_PASSWORD or prompt")
    add.add_argument("name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="cataloger, intake, stock-checker or admin (repeat to combine)",
    )
    add.add_argument("--full-name", default="")
    add_json_flag(add)
    add.set_defaults(handler=_users_add)
    passwd = users_sub.add_parser(
        "passwd", help="set a user's password; the new one from QOR_NEW_PASSWORD or a prompt"
    )
    passwd.add_argument("name")
    add_json_flag(passwd)
    passwd.set_defaults(handler=_users_passwd)
    for action, text in (
        ("deactivate", "stop a user from signing in (what they did stays theirs)"),
        ("activate", "let a deactivated user sign in again"),
    ):
        parser = users_sub.add_parser(action, help=text)
        parser.add_argument("name")
        add_json_flag(parser)
        parser.set_defaults(handler=_users_set_active, active=action == "activate")

    log = subparsers.add_parser("log", help="the event log")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = log_sub.add_parser("verify", help="check that no entry was altered or deleted")
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="a file from `qor log checkpoint`: also prove no entry up to it was deleted",
    )
    add_json_flag(verify)
    verify.set_defaults(handler=_log_verify)
    mark = log_sub.add_parser(
        "checkpoint", help="write the log's head to a file, to keep outside the database"
    )
    mark.add_argument("out")
    add_json_flag(mark)
    mark.set_defaults(handler=_log_checkpoint)

    database = subparsers.add_parser("db", help="this workstation's database connection")
    database_sub = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    password = database_sub.add_parser(
        "password",
        help="keep the PostgreSQL role's password (of --db or QOR_DB) in the system keyring",
    )
    password.add_argument(
        "--forget", action="store_true", help="remove the role's password from the keyring"
    )
    add_json_flag(password)
    password.set_defaults(handler=_db_password)

    backup = subparsers.add_parser("backup", help="copy an SQLite catalog to a file")
    backup.add_argument("out")
    add_json_flag(backup)
    backup.set_defaults(handler=_backup)


def _workstation_password(role: str) -> str | None:
    """QOR_WORKSTATION_PASSWORD, or asked for twice; None (keep the existing role's password)
    when neither can be had. It is never written to a file: each workstation user keeps it in
    the system keyring (`qor db password`) or their ~/.pgpass."""
    password = os.environ.get("QOR_WORKSTATION_PASSWORD")
    if password is not None or not sys.stdin.isatty():
        return password
    password = getpass.getpass(f"Password of the PostgreSQL role {role} (empty: keep it): ")
    if not password:
        return None
    if getpass.getpass("Repeat the password: ") != password:
        raise UsageError("The two passwords differ.")
    return password


def _init(ctx: CliContext) -> int:
    args = ctx.args
    owner: str | None = None
    roles: dict[str, Any] = {}
    if args.workstation_role:
        owner = args.owner_role
        password = _workstation_password(args.workstation_role)
        try:
            prepare_roles(ctx.db, owner, args.workstation_role, password)
        except RoleSetupError as exc:
            raise UsageError(str(exc)) from None
        roles = {"owner_role": owner, "workstation_role": args.workstation_role}
    existing = upgrade_existing(ctx.db, owner)
    if owner is not None:
        grant_roles(ctx.db, owner, args.workstation_role)
    said = (
        f" The schema belongs to {owner}; workstations connect as {args.workstation_role}."
        if owner
        else ""
    )
    if existing is not None:
        # Re-running init is how an administrator upgrades after installing a new Qor.
        ctx.emit(
            f"The database already has the library '{existing.name}' ({existing.sigla}); "
            "its schema is now up to date. --library, --sigla and --admin were not applied." + said,
            {"library": existing.name, "sigla": existing.sigla, "upgraded": True, **roles},
        )
        return EXIT_OK
    password = ask_password(args.admin, confirm=True)
    info = initialise(ctx.db, args.library, args.sigla, args.admin, password, owner)
    ctx.emit(
        f"Library '{info.name}' ({info.sigla}) is ready; administrator: {args.admin}." + said,
        {"library": info.name, "sigla": info.sigla, "admin": args.admin, **roles},
    )
    return EXIT_OK


def _role_password(url: str) -> str:
    """The role's password: QOR_WORKSTATION_PASSWORD, else asked for twice at a terminal,
    else the first line of the standard input (`... | qor db password`)."""
    password = os.environ.get("QOR_WORKSTATION_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(f"Password of {url}: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise UsageError("The two passwords differ.")
    return password


def _db_password(ctx: CliContext) -> int:
    url = ctx.args.db or default_database_url()
    shown = _shown(url)
    if ctx.args.forget:
        forgotten = forget_database_password(url)
        ctx.emit(
            f"The password of {shown} was removed from the keyring."
            if forgotten
            else f"The keyring held no password of {shown}.",
            {"url": shown, "forgotten": forgotten},
        )
        return EXIT_OK
    role_url(url)  # an SQLite file, or a password in the URL, is refused before asking
    entry = store_database_password(url, _role_password(shown))
    ctx.emit(
        f"The password of {shown} is in the system keyring ({KEYRING_SERVICE}: {entry}); "
        "this user's workstation and commands now connect with it.",
        {"url": shown, "service": KEYRING_SERVICE, "entry": entry},
    )
    return EXIT_OK


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _new_password(prompt: str) -> str:
    password = os.environ.get("QOR_NEW_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("Set QOR_NEW_PASSWORD to give the new password.")
        password = getpass.getpass(prompt)
    return password


def _users_add(ctx: CliContext) -> int:
    args = ctx.args
    try:
        roles = [Role.parse(r) for r in args.role]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    password = _new_password(f"Password for the new user {args.name}: ")
    user = add_user(ctx.db, ctx.actor(), args.name, password, roles, args.full_name)
    ctx.emit(
        f"User {user.name} added with roles: {', '.join(user.roles)}.",
        {"id": user.id, "name": user.name, "roles": list(user.roles)},
    )
    return EXIT_OK


def _users_passwd(ctx: CliContext) -> int:
    name = ctx.args.name
    actor = ctx.actor()
    password = _new_password(f"New password for {name}: ")
    # Signed in with QOR_PASSWORD (or the prompt), a user changing their own password has just
    # given the current one; change_password checks it again.
    current = os.environ.get("QOR_PASSWORD") if name == actor.name else None
    if name == actor.name and current is None and not actor.has(Role.ADMIN):
        current = getpass.getpass("Current password: ")
    change_password(ctx.db, actor, name, password, current_password=current)
    ctx.emit(f"Password of {name} changed.", {"name": name})
    return EXIT_OK


def _users_set_active(ctx: CliContext) -> int:
    user = set_active(ctx.db, ctx.actor(), ctx.args.name, ctx.args.active)
    state = "active" if user.active else "deactivated: they can no longer sign in"
    ctx.emit(f"User {user.name} is {state}.", {"name": user.name, "active": user.active})
    return EXIT_OK


def _read_checkpoint(path: str) -> eventlog.Checkpoint:
    try:
        return eventlog.Checkpoint.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"{path}: {exc}") from exc


def _log_verify(ctx: CliContext) -> int:
    ctx.actor()
    against = _read_checkpoint(ctx.args.checkpoint) if ctx.args.checkpoint else None
    with ctx.db.snapshot() as session:
        verdict = eventlog.verify(session, against)
    lines = [
        f"Event log: {verdict.entries} entries, "
        + ("intact." if verdict.intact else f"{len(verdict.problems)} problem(s):")
    ]
    lines += [f"  entry {p.event_id}: {p.problem}" for p in verdict.problems]
    lines.append(f"Head: {verdict.head}")
    superuser = connected_as_superuser(ctx.db)
    if superuser:
        lines.append(f"Warning: {superuser_warning()}")
    ctx.emit(
        "\n".join(lines),
        {
            "entries": verdict.entries,
            "intact": verdict.intact,
            "superuser": superuser,
            "head": verdict.head,
            "problems": [{"entry": p.event_id, "problem": p.problem} for p in verdict.problems],
        },
    )
    return EXIT_OK if verdict.intact else EXIT_FATAL


def _log_checkpoint(ctx: CliContext) -> int:
    ctx.actor()
    with ctx.db.read() as session:
        mark = eventlog.checkpoint(session)
    Path(ctx.args.out).write_text(json.dumps(mark.as_json(), indent=1) + "\n", encoding="utf-8")
    ctx.emit(
        f"Checkpoint of {mark.entries} entries written to {ctx.args.out} (head {mark.head}); "
        "keep it away from the database.",
        {**mark.as_json(), "file": ctx.args.out},
    )
    return EXIT_OK


def _backup(ctx: CliContext) -> int:
    out = Path(ctx.args.out)
    size = backup_catalog(ctx.db, ctx.actor(), out)
    ctx.emit(f"Backup written to {out} ({size} bytes).", {"out": str(out), "bytes": size})
    return EXIT_OK
