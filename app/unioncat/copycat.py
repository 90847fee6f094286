"""Copy cataloging: searching the union catalog and other libraries' catalogs (Z39.50 or SRU)
and taking a record found there into the local catalog through the file import's own
duplicate check."""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pymarc
from sqlalchemy import select

from app.catalog.access_points import extract
from app.catalog.importing import OnDuplicate, import_files
from app.errors import InvalidInput, QorError
from app.i18n import translate
from app.security.roles import Actor, Role, require
from app.unioncat.config import ConfiguredTarget
from app.unioncat.sru import cql_quote, sru_search
from app.unioncat.targets import load_password
from app.unioncat.zoom import DatabaseUnavailable, ZoomConnection, pqf_escape
from db.models import RecordKey
from db.session import Database

SEARCH_INDEXES = ("title", "author", "isbn", "subject", "any", "local")
MARC_NS = "http://www.loc.gov/MARC21/slim"


class NotInTarget(QorError):
    def __init__(self, identity: str, target: str) -> None:
        self.identity, self.target = identity, target
        super().__init__(
            translate("errors", "No record {identity} in {target}.").format(
                identity=identity, target=target
            )
        )


@dataclass(frozen=True)
class CopyHit:
    """One record found on a target, with the libraries that hold it (its 852 ‡a)."""

    identity: str  # 003:001 as the target keys it ("" if the record has no 001)
    title: str
    author: str
    year: str
    isbn: str
    libraries: tuple[str, ...]
    marcxml: str


@dataclass(frozen=True)
class CopySearch:
    target: str
    index: str
    query: str
    total: int
    hits: list[CopyHit]


@dataclass(frozen=True)
class CopyImport:
    """The outcome of taking a record: "imported" (a new local record), "duplicate" (the
    catalog already had it: `record_id` is that record) or "overlaid"."""

    record_id: int
    outcome: str
    title: str
    message: str


def _query(target: ConfiguredTarget, index: str, term: str) -> str:
    if index not in SEARCH_INDEXES:
        raise InvalidInput(
            translate("errors", "Unknown search index '{index}'; use {p1}.").format(
                index=index, p1=", ".join(SEARCH_INDEXES)
            )
        )
    if not term.strip():
        raise InvalidInput(translate("errors", "The search is empty."))
    theirs = target.indexes.get(index)
    if not theirs:
        raise InvalidInput(
            translate("errors", "{name} cannot be searched by {index}.").format(
                name=target.name, index=index
            )
        )
    if target.protocol == "sru":
        return f"{theirs}={cql_quote(term.strip())}"
    exact = " @attr 4=3" if index == "local" else ""
    return f"@attr 1={theirs}{exact} {pqf_escape(term.strip())}"


def _parse(marcxml: str) -> pymarc.Record | None:
    records = pymarc.parse_xml_to_array(io.BytesIO(marcxml.encode("utf-8")))
    return records[0] if records else None


def _first(record: pymarc.Record, tag: str, code: str) -> str:
    field = record.get(tag)
    if field is None:
        return ""
    values = field.get_subfields(code)
    return values[0].strip(" /:;,.") if values else ""


def hit_of(marcxml: str) -> CopyHit:
    record = _parse(marcxml)
    if record is None:
        return CopyHit("", "", "", "", "", (), marcxml)
    ap = extract(record)
    control, org = record.get("001"), record.get("003")
    number = control.data.strip() if control is not None and control.data else ""
    identity = f"{org.data.strip()}:{number}" if org is not None and org.data else number
    libraries = tuple(
        dict.fromkeys(a.strip() for f in record.get_fields("852") for a in f.get_subfields("a"))
    )
    return CopyHit(
        identity,
        ap.title or _first(record, "245", "a"),
        ap.author,
        ap.year,
        ap.isbn_display,
        libraries,
        marcxml,
    )


def search_target(
    target: ConfiguredTarget, index: str, term: str, *, limit: int = 20
) -> CopySearch:
    """Searches one target by title, author, ISBN, subject (or any word, or its local number
    003:001). Z39.50 signs in as the target's user when a password is at hand, else
    anonymously (anonymous may search the union catalog)."""
    query = _query(target, index, term)
    if target.protocol == "sru":
        result = sru_search(target.search_target().sru_url(), query, maximum=limit)
        return CopySearch(
            target.name, index, term, result.total, [hit_of(x) for x in result.records]
        )
    password = load_password(target.name, target.user) if target.user else None
    connection = target.union_target().connection_target(password if password else None)
    if password is None:
        connection.user = None
    with ZoomConnection(connection) as conn:
        try:
            found = conn.search(query, count=limit)
        except DatabaseUnavailable:
            return CopySearch(target.name, index, term, 0, [])  # an empty Zebra database
    return CopySearch(target.name, index, term, found.total, [hit_of(x) for x in found.records])


def fetch_record(target: ConfiguredTarget, identity: str) -> CopyHit:
    """The record the target keys as `identity` (003:001)."""
    found = search_target(target, "local", identity, limit=1)
    if not found.hits:
        raise NotInTarget(identity, target.name)
    return found.hits[0]


def _local_match(db: Database, record: pymarc.Record) -> int | None:
    """The local record the import's duplicate check matched (same keys, same order)."""
    ap = extract(record)
    keys = [("ctl", i) for i in ap.identities]
    keys += [("isbn", v) for v in ap.isbns] + [("issn", v) for v in ap.issns]
    if (match := ap.match_key()) is not None:
        keys.append(("tay", match[:400]))
    with db.read() as session:
        for kind, value in keys:
            found = session.execute(
                select(RecordKey.record_id).where(RecordKey.kind == kind, RecordKey.value == value)
            ).scalar()
            if found is not None:
                return int(found)
    return None


def import_hit(
    db: Database,
    actor: Actor,
    hit: CopyHit,
    *,
    on_duplicate: OnDuplicate | str = OnDuplicate.SKIP,
) -> CopyImport:
    """Takes a found record into the local catalog through app.catalog.importing, so the
    same duplicate check (source identity 003:001, ISBN/ISSN, title+author+year) decides as
    for a file. Other libraries' 852 holdings are left behind: they are not ours. The record
    keeps where it came from in 035 (the import does that)."""
    require(actor, "import records", Role.CATALOGER)
    record = _parse(hit.marcxml)
    if record is None:
        raise InvalidInput(translate("errors", "The record found is not MARCXML."))
    for holding in record.get_fields("852"):
        record.remove_field(holding)
    with tempfile.TemporaryDirectory(prefix="qor-copycat-") as tmp:
        path = Path(tmp) / f"{(hit.identity or 'record').replace(':', '_')}.xml"
        path.write_bytes(pymarc.record_to_xml(record, namespace=True))
        summary = import_files(db, actor, [path], format="marcxml", on_duplicate=on_duplicate)
    if summary.rejected:
        raise InvalidInput(
            translate("errors", "The record was refused: {p0}").format(
                p0=summary.rejected[0].reason
            )
        )
    title = hit.title
    if summary.record_ids:
        return CopyImport(
            summary.record_ids[0],
            "imported",
            title,
            translate("unioncat", "Imported «{title}» as record {record}.").format(
                title=title, record=summary.record_ids[0]
            ),
        )
    local = _local_match(db, record)
    if local is None:
        raise InvalidInput(
            translate("errors", "The import matched a duplicate that cannot be found again.")
        )
    if summary.overlaid:
        return CopyImport(
            local,
            "overlaid",
            title,
            translate(
                "unioncat",
                "«{title}» replaced the content of record {record} (its 001 and copies kept).",
            ).format(title=title, record=local),
        )
    return CopyImport(
        local,
        "duplicate",
        title,
        translate(
            "unioncat", "The catalog already has «{title}» as record {record}; nothing imported."
        ).format(title=title, record=local),
    )
