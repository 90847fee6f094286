"""Checking that the union catalog holds what it answered "done" to: the records of a batch
looked up by local number (003:001) in one search, each found version read back to the
identity it is held under and compared with the version sent.

Zebra answers "done" even for a record it could not index, so only this check tells a record
kept from one lost (see ../shared/unioncat/README.md).
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.unioncat.zoom import (
    ELEMENT_SET,
    DatabaseUnavailable,
    Z3950Error,
    ZoomConnection,
    build_pqf,
)

# Reasons kept in the history; marked here, translated where a verdict is given.
NOT_KEPT = QT_TRANSLATE_NOOP(
    "unioncat",
    "the union catalog answered 'done' but does not hold the record: it could not index it "
    "(see the server's log)",
)
NOT_CURRENT = QT_TRANSLATE_NOOP(
    "unioncat",
    "the union catalog answered 'done' but still holds another version of the record: it "
    "could not index the one sent (see the server's log)",
)
NOT_GONE = QT_TRANSLATE_NOOP(
    "unioncat", "the union catalog answered 'done' but still holds the record"
)
TWICE = QT_TRANSLATE_NOOP("unioncat", "the union catalog holds it more than once")
# Failures of the session, not of a record: nothing more can go up in this run.
SESSION_FAILURES = frozenset(
    {"connect_failed", "connection_lost", "timeout", "init_refused", "permission_denied"}
)

# Local numbers OR-ed into one search: a batch's worth, well inside what servers parse.
TERMS_PER_SEARCH = 50
# Zebra's element set for a record exactly as it stores it, before any retrieval stylesheet:
# what it holds, and several times cheaper for it to return than a transformed record.
ZEBRA_STORED = "zebra::data"


@dataclass(frozen=True)
class Version:
    """One version of a record as the union catalog keys and compares it: the local numbers
    it is found by (003:001, and 001 alone, as Zebra indexes them) and its fingerprint."""

    keys: frozenset[str]
    fingerprint: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_version(marcxml: str) -> Version:
    """The version a MARCXML record is. Raises ET.ParseError when it is not well-formed: a
    server would answer "done" to it and keep nothing."""
    root = ET.fromstring(marcxml.encode("utf-8"))  # bytes: it may declare its encoding
    record = (
        root
        if _local(root.tag) == "record"
        else next((e for e in root.iter() if _local(e.tag) == "record"), None)
    )
    if record is None:
        return Version(frozenset(), "")
    return Version(_keys(record), _fingerprint(record))


def _keys(record: ET.Element) -> frozenset[str]:
    control = {
        field.get("tag"): " ".join((field.text or "").split())
        for field in record
        if _local(field.tag) == "controlfield" and field.get("tag") in ("001", "003")
    }
    number, org = control.get("001", ""), control.get("003", "")
    return frozenset({f"{org}:{number}" if org else number, number})


def _fingerprint(record: ET.Element) -> str:
    """Its control and data fields, indicators and subfields in order (the leader, namespaces
    and the server's XML layout aside), so the version a server returns compares equal to the
    one sent."""
    parts: list[str] = []
    for field in record:
        kind = _local(field.tag)
        if kind == "controlfield":
            parts.append(f"{field.get('tag', '')}\x1f{field.text or ''}")
        elif kind == "datafield":
            subfields = "".join(
                f"\x1f{sub.get('code', '')}{sub.text or ''}"
                for sub in field
                if _local(sub.tag) == "subfield"
            )
            parts.append(
                f"{field.get('tag', '')}{field.get('ind1', ' ')}{field.get('ind2', ' ')}{subfields}"
            )
    if not parts:
        return ""
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def layout_key(marcxml: str) -> str:
    """The record's text without an XML declaration or surrounding white space: a record the
    server returns exactly as it was sent is that version, with no need to read it again."""
    text = marcxml.strip()
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :].lstrip()
    return text


def _found_version(marcxml: str, sent: Mapping[str, Version]) -> Version | None:
    known = sent.get(layout_key(marcxml))
    if known is not None:
        return known
    try:
        return read_version(marcxml)
    except ET.ParseError:
        return None


def stored_element_set(conn: ZoomConnection) -> str:
    """The element set that returns records as the server stores them: Zebra's own where the
    server says at init that it is Zebra, else MARCXML."""
    return ZEBRA_STORED if conn.server_implementation.startswith("Zebra") else ELEMENT_SET


def held_in_one_search(
    conn: ZoomConnection,
    identities: Iterable[str],
    sent: Mapping[str, Version],
    element_set: str = ELEMENT_SET,
) -> dict[str, list[Version]]:
    """The versions the union catalog holds under each identity, found TERMS_PER_SEARCH at a
    time by one search and one present, in `element_set`. `sent` maps the layout key of each
    record sent to its version, so that a record returned as sent is not read again.

    Identities whose answer cannot be told apart are left out, for `held_by_identity` to ask
    one by one: when a found record is unreadable, is held under none of the identities asked
    for (a server whose local-number index differs from Zebra's), or more come back than a
    batch can hold, or the server refuses the combined query. A failure of the session
    (connection lost, timeout) is raised."""
    unique = list(dict.fromkeys(identities))
    held: dict[str, list[Version]] = {}
    for start in range(0, len(unique), TERMS_PER_SEARCH):
        chunk = unique[start : start + TERMS_PER_SEARCH]
        answer = _one_search(conn, chunk, sent, element_set)
        if answer is not None:
            held.update(answer)
    return held


def _one_search(
    conn: ZoomConnection, chunk: Sequence[str], sent: Mapping[str, Version], element_set: str
) -> dict[str, list[Version]] | None:
    terms = [build_pqf("local", identity) for identity in chunk]
    pqf = "@or " * (len(terms) - 1) + " ".join(terms)
    limit = 2 * len(chunk)  # each at most twice: more than once is already wrong
    try:
        result = conn.search(pqf, count=limit, element_set=element_set)
        if result.total > limit:
            return None
    except DatabaseUnavailable:
        # Zebra's answer for a database that holds no record (yet, or any more)
        return {identity: [] for identity in chunk}
    except Z3950Error as exc:
        if exc.kind in SESSION_FAILURES:
            raise
        return None
    held: dict[str, list[Version]] = {identity: [] for identity in chunk}
    for marcxml in result.records:
        version = _found_version(marcxml, sent)
        if version is None:
            return None
        under = [key for key in version.keys if key in held]
        if not under:
            return None
        for key in under:
            held[key].append(version)
    return held


def held_by_identity(conn: ZoomConnection, identity: str) -> list[Version]:
    """The versions the union catalog holds as `identity`, by a search of its own (at most
    two: more than one is already wrong). An unreadable one counts, as a version no record
    sent can be."""
    try:
        records = conn.search(build_pqf("local", identity), count=2).records
    except DatabaseUnavailable:
        return []
    versions = []
    for marcxml in records:
        try:
            versions.append(read_version(marcxml))
        except ET.ParseError:
            versions.append(Version(frozenset({identity}), ""))
    return versions
