"""What each command-line argument means, for `qor COMMAND --help`.

The command modules declare their arguments; this table describes those they left bare, and
`describe(parser)` (called by app.cli.build_parser) fills them in and shows every meaningful
default. tests/app/test_cli.py fails when an argument has no description.
"""

from __future__ import annotations

import argparse

DATE = "YYYY-MM-DD"
BINDING = "what the bindery is to do"

# (command path, argument's dest) -> help
ARGUMENTS: dict[tuple[str, str], str] = {
    ("import", "files"): "MARC files to import: ISO 2709 (.mrc), MARCXML (.xml) or mnemonic (.mrk)",
    ("import", "format"): "the files' format; auto tells it from each file's content",
    ("import", "encoding"): (
        "the records' character set; auto reads leader/09 and checks it against the bytes"
    ),
    ("import", "on_duplicate"): (
        "a record the catalog already has (same 003+001, ISBN/ISSN, or title+author+year): "
        "skip it, overlay the local one (which keeps its 001 and copies), or add it anyway"
    ),
    ("export", "out"): "the file to write (replaced if it exists)",
    ("export", "format"): "ISO 2709, MARCXML or mnemonic .mrk",
    ("export", "scheme"): (
        "bibliographic format written: MARC 21, or RUSMARC (records that came from RUSMARC "
        "give their original fields back)"
    ),
    ("items on-loan", "file"): "a circulation system's list: one barcode a line",
    (
        "items returned",
        "file",
    ): "a circulation system's list of returned copies: one barcode a line",
    ("writeoff edit", "act_id"): "the draft write-off act's id (from `qor writeoff new`)",
    ("writeoff edit", "add"): "barcodes of copies to add to the draft",
    ("writeoff edit", "remove"): "barcodes of copies to take off the draft",
    ("writeoff edit", "reason"): "why the copies leave the fund (printed on the act)",
    ("writeoff edit", "act_date"): f"the act's date ({DATE})",
    ("writeoff edit", "notes"): "notes printed on the act",
    ("writeoff approve", "act_id"): "the draft act the head approves: its copies leave the fund",
    ("writeoff cancel", "act_id"): "the draft act to drop: its copies return to their status",
    ("rate", "accession_id"): "the accession batch whose foreign-priced copies get a tenge value",
    ("migrate irbis", "path"): (
        "an IRBIS64 master file (NAME.mst, its .xrf beside it), a folder holding one, an ISO "
        "2709 export (UTF-8, cp1251 or cp866) or a text export (#tag: value lines)"
    ),
    ("migrate worklist", "out"): "the CSV file to write: each migrated copy and what it lacks",
    ("search", "query"): (
        "words of title, author, subject or publisher, an ISBN (hyphens optional), a 001 "
        "number or a year; au: ti: su: pb: isbn: id: year: limit a term to one field, "
        "e.g. au:Әуезов year:2021"
    ),
    ("search", "limit"): "show at most this many records",
    ("search", "sort"): "order of the records shown (recent: newest changes first)",
    ("show", "ref"): "the record's id (as search shows it in brackets), or its 001 with --001",
    ("show", "by_control"): "REF is the record's 001 control number, not its id",
    ("users add", "name"): "the new user's sign-in name",
    ("users add", "full_name"): "the user's full name, as registers show it",
    ("users passwd", "name"): "the user whose password changes (you, or anyone for an admin)",
    ("users deactivate", "name"): "the user who may no longer sign in",
    ("users activate", "name"): "the deactivated user who may sign in again",
    ("log checkpoint", "out"): "the file to write the checkpoint to (keep it off this machine)",
    ("backup", "out"): "the file the copy of the SQLite catalog goes to",
    ("accession new", "source"): "how the copies came: the batch's kind",
    ("accession new", "document_date"): f"the accompanying document's date, {DATE}",
    ("accession new", "medium"): (
        "legal deposit: paper copies are due in 30 calendar days, electronic ones in 3 working days"
    ),
    ("items add", "record_id"): "the record's id (as `qor search` shows it in brackets)",
    ("items add", "copies"): "how many copies: each gets its inventory number and barcode",
    ("items add", "accession"): "the accession batch's id (from `qor accession new`)",
    ("items add", "location"): "the location code the copies go to (see `qor locations add`)",
    ("items add", "price"): "each copy's price, e.g. 2500 or 2500.50 (none if not given)",
    ("items add", "currency"): "the price's currency (ISO 4217 code)",
    ("items add", "call_number"): "the copies' call number, e.g. 84(5Каз)",
    ("items release", "barcodes"): "barcodes or inventory numbers of the copies to release",
    ("items release", "accession"): "release the processed copies of this accession batch",
    ("items show", "barcode"): "the copy's barcode or inventory number",
    ("items set", "call_number"): "the copy's call number, e.g. 84(5Каз)",
    ("labels", "out"): "the PDF file to write",
    ("labels", "barcodes"): "barcodes or inventory numbers of the copies to label",
    ("labels", "template"): "the label sheet: A4 with 3×8, 3×7 or 2×8 labels, or a 58×40 mm roll",
    ("locations add", "code"): "the location's code, e.g. ABON or RR-1",
    ("locations add", "name"): "the location's name, e.g. 'Абонемент'",
    ("locations add", "department"): "the department (collection) it belongs to",
    ("locations add", "shelf_from"): "the first shelf mark of its range",
    ("locations add", "shelf_to"): "the last shelf mark of its range",
    ("library set", "confirm_above"): (
        "adding more than N copies at once asks the operator to type their number (a scan's "
        "Enter cannot confirm it); for every workstation of the library, 20 until set"
    ),
    ("library set", "barcode_scheme"): (
        "barcodes of new copies: the inventory number in Code 128, 14-digit Codabar, or "
        "internal EAN-13"
    ),
    ("sync", "commit"): (
        "after the updates, send Zebra's commit package, for a union catalog that keeps "
        "updates in shadow registers until committed (a target added with --commit always does)"
    ),
    ("copycat search", "query"): "what to look for, in the index --index names",
    ("copycat search", "index"): "the index the query searches (local: the record's 001 number)",
    ("copycat search", "limit"): "show at most this many records",
    ("copycat import", "target"): "the target searched: a name, z3950://HOST:PORT/DB or SRU URL",
    ("copycat import", "on_duplicate"): (
        "a record the catalog already has: skip it, overlay the local one, or add it anyway"
    ),
    ("unioncat target add", "name"): "a short name to refer to the target by",
    ("unioncat target add", "role"): "union: the catalog sync sends to; search: copy cataloging",
    ("unioncat target add", "protocol"): "Z39.50 or SRU",
    ("unioncat target add", "host"): "the server's host name or address",
    ("unioncat target add", "port"): "the server's port (Z39.50 usually 210)",
    ("unioncat target add", "database"): "the database name on the server",
    ("unioncat target remove", "name"): "the target's name (see `qor unioncat target list`)",
    ("unioncat mark-synced", "target"): "the union catalog's name or URL",
    (
        "audit open",
        "prefix",
    ): "every location whose code begins with PREFIX (as --location PREFIX*)",
    ("audit open", "reason"): "why the audit is made (printed on the act)",
    ("audit open", "member"): "members of the audit commission (printed on the act)",
    ("audit scan", "audit_id"): "the audit's id (from `qor audit open` or `qor audit list`)",
    ("audit scan", "file"): "the scanner's file: one barcode a line, @LOCATION before a shelf",
    ("audit report", "audit_id"): "the audit's id",
    ("audit close", "audit_id"): "the audit's id",
    ("audit close", "out"): "the PDF file the audit act is written to",
    ("audit restore", "barcodes"): "barcodes or inventory numbers of the copies found again",
    ("audit restore", "audit"): "the audit in which they were found",
    ("binding send", "barcodes"): "barcodes or inventory numbers of the copies to send",
    ("binding send", "bindery"): "the bindery's name",
    ("binding send", "type"): BINDING,
    ("binding send", "instructions"): "instructions for the bindery",
    ("binding send", "due"): f"the date the copies are due back, {DATE}",
    ("binding send", "cost"): "the order's cost, e.g. 12000",
    ("binding return", "barcodes"): "barcodes or inventory numbers of the copies back",
    ("binding return", "order"): "the binding order they come back from",
    ("binding return", "date"): f"the date they came back, {DATE} (default today)",
    ("binding wait", "barcodes"): "barcodes or inventory numbers of the copies",
    ("binding wait", "type"): BINDING,
    ("binding wait", "note"): "a note on what is wrong",
    ("binding waiting", "type"): "only copies waiting for this (default: all)",
    ("binding order", "bindery"): "the bindery's name",
    ("binding order", "type"): BINDING,
    ("binding order", "barcodes"): "barcodes or inventory numbers of copies to add",
    ("binding order", "instructions"): "instructions for the bindery",
    ("binding order", "due"): f"the date the copies are due back, {DATE}",
    ("binding order", "cost"): "the order's cost, e.g. 12000",
    ("repair add", "barcode"): "the copy's barcode or inventory number",
    ("repair add", "type"): "what was repaired",
    ("repair add", "date"): f"the repair's date, {DATE} (default today)",
    ("repair add", "materials"): "materials used",
    ("repair add", "minutes"): "time spent, in minutes",
    ("repair add", "notes"): "anything else worth keeping",
    ("repair finish", "entry_id"): "the open repair's id (from `qor repair add --open`)",
    ("repair finish", "date"): f"the date it was finished, {DATE} (default today)",
    ("repair finish", "minutes"): "further time spent, in minutes",
    ("repair report", "by"): "group the repairs by type, by month or by who did them",
    ("repair report", "date_from"): f"the period's first day, {DATE} (default: from the start)",
    ("repair report", "date_to"): f"the period's last day, {DATE} (default: today)",
    ("repair report", "csv"): "also write the report as CSV to this file",
    ("repair report", "pdf"): "also write the report as PDF to this file",
    ("repair report", "language"): "the PDF's language: Kazakh or Russian",
    ("digitise send", "barcodes"): "barcodes or inventory numbers of the copies",
    ("digitise send", "kind"): "digitise (a file is made) or copy (a paper copy)",
    ("digitise send", "reason"): "why: heavily used, valuable or rare",
    ("digitise send", "date"): f"the date sent, {DATE} (default today)",
    ("digitise done", "barcode"): "the copy's barcode or inventory number",
    ("digitise done", "pages"): "the number of pages digitised",
    ("digitise done", "date"): f"the date it came back, {DATE} (default today)",
    ("history", "barcode"): "the copy's barcode or inventory number",
    ("writeoff new", "reason"): "why the copies leave the fund (printed on the act)",
    ("writeoff new", "act_date"): (
        f"the act's date, {DATE} (default today; not before the copies' receipt, not in the future)"
    ),
    ("writeoff new", "notes"): "notes printed on the act",
    ("report", "kind"): (
        "the register: КСУ (summary register), inventory book, accession act, write-off act, "
        "audit act or KazNEB application (the acts need --id)"
    ),
    ("report", "out"): "the PDF file to write",
    ("report", "date_from"): f"the period's first day, {DATE} (default: from the start)",
    ("report", "date_to"): f"the period's last day, {DATE} (default: today)",
    ("report", "language"): "the register's language: Kazakh or Russian",
    ("kazneb mark", "record_id"): "the record's id (as `qor search` shows it in brackets)",
    ("kazneb mark", "category"): "the national electronic library's category for it",
    ("kazneb mark", "pages"): "the number of pages",
    ("exchange desiderata", "out"): "the file to write",
    ("exchange desiderata", "format"): "PDF, CSV or MARC (ISO 2709)",
    ("exchange desiderata", "language"): "the PDF's language: Kazakh or Russian",
    ("exchange offers", "out"): "the file to write",
    ("exchange offers", "format"): "PDF, CSV or MARC (ISO 2709)",
    ("exchange offers", "language"): "the PDF's language: Kazakh or Russian",
    ("exchange want", "title"): "the wanted book's title (a free entry)",
    ("exchange want", "author"): "its author",
    ("exchange want", "year"): "its year",
    ("exchange want", "isbn"): "its ISBN",
    ("exchange want", "record"): "or a record of the catalog, by id",
    ("exchange want", "copies"): "how many copies are wanted",
    ("exchange offer", "barcodes"): "barcodes or inventory numbers of the duplicate copies",
    ("exchange offer", "record"): "or offer copies of this record, by id",
    ("exchange offer", "copies"): "how many copies of the record are offered",
}

# command path -> text shown after its arguments
EPILOGS: dict[str, str] = {
    "init": (
        "The first administrator's password comes from QOR_PASSWORD (for scripts) or is asked "
        "for twice. On an existing database init only brings its schema up to date. On "
        "PostgreSQL, --workstation-role (run from an administrator's connection) makes the "
        "schema the owner role's and the workstation role able to write rows only; its "
        "password comes from QOR_WORKSTATION_PASSWORD or is asked for."
    ),
    "db password": (
        "For a workstation on PostgreSQL: `qor --db postgresql+psycopg://qor_workstation@dbhost"
        "/qor db password` keeps that role's password in this user's system keyring (GNOME "
        "Keyring, KWallet), never in a file; the workstation and every command with the same "
        "--db (or QOR_DB), given without a password, then connect with it. Where the keyring "
        "has none, libpq's ~/.pgpass is read. The password comes from QOR_WORKSTATION_PASSWORD, "
        "a prompt (twice), or the first line of the standard input."
    ),
    "search": (
        "Search is Kazakh-aware (казак finds Қазақ, Qazaqstan finds Қазақстан) and ignores "
        "case. Field prefixes: au: author, ti: title, su: subject, pb: publisher, isbn:, "
        "id: (001), year:."
    ),
    "report": (
        f"Dates are written {DATE}. The acts (accession-act, writeoff-act, audit-act) need "
        "--id; ksu and inventory-book take the period --from/--to."
    ),
    "sync": (
        "The password comes from the system keyring (`qor unioncat target add --password`) or "
        "QOR_SYNC_PASSWORD. --dry-run sends nothing."
    ),
}


class _Formatter(argparse.HelpFormatter):
    """Shows an argument's default when it means something (not None, empty or false) and
    its help does not already say it."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (
            "default" not in text
            and default not in (None, "", [], False, argparse.SUPPRESS)
            and not isinstance(action, argparse._StoreConstAction)
            and (action.option_strings or action.nargs in ("?", "*"))
        ):
            text += " (default: %(default)s)"
        return text


def describe(parser: argparse.ArgumentParser, path: str = "") -> None:
    """Fill in the table's help, epilogs and the default-showing formatter, every subcommand
    down."""
    parser.formatter_class = _Formatter
    if path in EPILOGS and not parser.epilog:
        parser.epilog = EPILOGS[path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                describe(sub, f"{path} {name}".strip())
        else:
            if (path, action.dest) in ARGUMENTS:
                action.help = ARGUMENTS[(path, action.dest)]
            if action.metavar is None and getattr(action.type, "__name__", "") == "iso_date":
                action.metavar = DATE
