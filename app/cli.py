"""The `qor` command line: a thin shell over the services, for automation.

`qor [--db URL] [--user NAME] [--json] COMMAND ...`; with no command it starts the GUI.
Exit status: 0 success, 1 some input rejected (the rest done), 2 usage or fatal error.
Domain packages add their commands through a `register(subparsers)` function listed in
COMMAND_MODULES, so this file stays a shell.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app import __version__
from app.cli_help import describe
from app.errors import QorError

# SQLAlchemy and the domain load when a command needs them: the import's reading process
# (spawned, importing this module as its main) never does, and `qor --help` starts sooner.
if TYPE_CHECKING:
    from app.intake.copies import RefusedCopy
    from app.security.roles import Actor
    from db.session import Database

COMMAND_MODULES = [
    "app.catalog.commands",
    "app.security.commands",
    "app.intake.commands",
    "app.unioncat.commands",
    "app.audit.commands",
    "app.preservation.commands",
    "app.registers.commands",
    "app.demo.commands",
    "app.migration.commands",
]

# Which module registers each command: a command line naming one loads only that module
# (`qor import` need not load the registers' PDF fonts or the union catalog's client).
# tests/app/test_cli.py checks this against what the modules register.
COMMAND_OWNERS = {
    **dict.fromkeys(("export", "import", "search", "show"), "app.catalog.commands"),
    **dict.fromkeys(("backup", "db", "init", "log", "users"), "app.security.commands"),
    **dict.fromkeys(
        ("accession", "items", "labels", "library", "locations"), "app.intake.commands"
    ),
    **dict.fromkeys(("copycat", "sync", "unioncat"), "app.unioncat.commands"),
    "audit": "app.audit.commands",
    **dict.fromkeys(("binding", "digitise", "history", "repair"), "app.preservation.commands"),
    **dict.fromkeys(("exchange", "kazneb", "rate", "report", "writeoff"), "app.registers.commands"),
    "demo": "app.demo.commands",
    "migrate": "app.migration.commands",
}

EXIT_OK, EXIT_REJECTED, EXIT_FATAL = 0, 1, 2

Handler = Callable[["CliContext"], int]


@dataclass
class CliContext:
    args: argparse.Namespace
    json: bool
    _db: Database | None = None
    _actor: Actor | None = None
    out: Any = field(default_factory=lambda: sys.stdout)

    @property
    def db(self) -> Database:
        if self._db is None:
            from app.security.dbpassword import with_stored_password
            from db.session import Database, default_database_url

            # A PostgreSQL role's password from the keyring (else libpq's ~/.pgpass).
            url = self.args.db or default_database_url()
            self._db = Database(with_stored_password(url))
        return self._db

    def actor(self) -> Actor:
        """The signed-in user: --user (or QOR_USER) with QOR_PASSWORD or a prompt."""
        if self._actor is None:
            from app.security.users import authenticate

            name = self.args.user or os.environ.get("QOR_USER")
            if not name:
                raise UsageError("This command needs a user: give --user NAME (or set QOR_USER).")
            self._actor = authenticate(self.db, name, password_from_env_or_prompt(name))
        return self._actor

    def emit(self, human: str, data: dict[str, Any]) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, default=str), file=self.out)
        else:
            print(human, file=self.out)


class UsageError(QorError):
    pass


def password_from_env_or_prompt(name: str, *, confirm: bool = False) -> str:
    password = os.environ.get("QOR_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"No password for '{name}': set QOR_PASSWORD for non-interactive runs.")
    password = getpass.getpass(f"Password for {name}: ")
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise UsageError("The two passwords differ.")
    return password


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print one JSON object instead of a human summary",
    )


def iso_date(text: str) -> date:
    """An argument type: a date typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def refused_lines(refused: Sequence[RefusedCopy]) -> list[str]:
    """The copies an action refused, one indented line each under its summary."""
    return [f"  refused: {r.ref}: {r.reason}" for r in refused]


def refused_json(refused: Sequence[RefusedCopy]) -> list[dict[str, str]]:
    return [{"barcode": r.ref, "reason": r.reason} for r in refused]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `command` (one of COMMAND_OWNERS), only the module that
    registers it is loaded."""
    parser = argparse.ArgumentParser(prog="qor", description="Qor cataloging workstation.")
    parser.add_argument("--version", action="version", version=f"qor {__version__}")
    parser.add_argument(
        "--db",
        default=None,
        help="database URL (default: QOR_DB or an SQLite file in your data dir)",
    )
    parser.add_argument("--user", default=None, help="user name (default: QOR_USER)")
    parser.add_argument(
        "--json",
        action="store_true",
        default=False,
        help="print one JSON object instead of a human summary",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    owner = COMMAND_OWNERS.get(command or "")
    for module_name in [owner] if owner else COMMAND_MODULES:
        module = importlib.import_module(module_name)
        module.register(subparsers)
    describe(parser)
    return parser


def _safe_url(url: str | None) -> str:
    from sqlalchemy.engine import make_url

    from db.session import default_database_url

    try:
        return make_url(url or default_database_url()).render_as_string(hide_password=True)
    except Exception:
        return "(unreadable URL)"


def _global_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The global options and what follows them, read without importing the command
    modules; None when they cannot be read (the whole parser then says what is wrong)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--user", default=None)
    parser.add_argument("--json", action="store_true")
    try:
        return parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when no command is given (`qor` alone starts the GUI), read
    without importing the command modules: the GUI starts sooner without them."""
    read = _global_arguments(argv)
    return read[0] if read is not None and not read[1] else None


def _command_of(argv: Sequence[str]) -> str | None:
    """The command a command line names (None: none, or one only the whole parser knows)."""
    read = _global_arguments(argv)
    if read is None or not read[1] or read[1][0] not in COMMAND_OWNERS:
        return None
    return read[1][0]


def what_to_do(reason: str) -> str:
    """The next step for a database error, in the user's terms."""
    if "no such table" in reason or ("relation" in reason and "does not exist" in reason):
        return (
            ". It holds no Qor catalog yet: create one with `qor init --library NAME --sigla "
            "CODE --admin NAME` (or start `qor` for the first-run setup), or give the right "
            "--db (or QOR_DB)."
        )
    if "password authentication failed" in reason or "no password supplied" in reason:
        return (
            ". Keep the role's password in the system keyring with `qor --db URL db password` "
            "(or in ~/.pgpass), and give the URL without it."
        )
    return ". Check that --db (or QOR_DB) names the catalog and that its server is running."


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    gui = _gui_arguments(given)
    if gui is not None:
        from app.workstation import EarlyStart

        early = EarlyStart(gui.db)  # connects while the GUI's modules load
        from ui.app import run_gui

        return run_gui(gui.db, early)
    parser = build_parser(_command_of(given))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_FATAL
    if not args.command:
        from ui.app import run_gui

        return run_gui(args.db)
    from sqlalchemy.exc import OperationalError

    ctx = CliContext(args=args, json=bool(getattr(args, "json", False)))
    handler: Handler = args.handler
    try:
        return handler(ctx)
    except QorError as exc:
        if ctx.json:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        print(f"qor: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except OperationalError as exc:
        # The database could not be opened or answered with an error the services do not
        # expect (server down, wrong URL, a file that is not a Qor catalog).
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        message = f"the database {_safe_url(ctx.args.db)} cannot be used: {reason}"
        message += what_to_do(reason)
        if ctx.json:
            print(json.dumps({"error": message}, ensure_ascii=False))
        print(f"qor: {message}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("qor: interrupted", file=sys.stderr)
        return EXIT_FATAL
    finally:
        if ctx._db is not None:
            ctx._db.dispose()


if __name__ == "__main__":
    sys.exit(main())
