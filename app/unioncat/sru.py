"""SRU searchRetrieve over plain HTTP: searching a union catalog or another library's catalog
for copy cataloging, records as MARCXML. Read-only; records go up over Z39.50 (zoom.py)."""

from __future__ import annotations

import copy
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from app.errors import QorError
from app.i18n import translate
from app.unioncat.zoom import SearchResult

MARC_NS = "http://www.loc.gov/MARC21/slim"

# Qor's index names to CQL indexes, as the union catalog's cql2pqf.properties maps them.
# "local" is the record's identity 003:001 (or 001 alone), matched whole: rec.id -> 1=12 4=3.
CQL_INDEXES = {
    "title": "dc.title",
    "author": "dc.creator",
    "isbn": "bath.isbn",
    "local": "rec.id",
    "date": "dc.date",
    "subject": "dc.subject",
    "any": "cql.serverChoice",
}


class SruError(QorError):
    """The SRU server answered with a diagnostic, or did not answer usefully."""

    def __init__(self, uri: str, message: str, details: str = "") -> None:
        self.uri, self.message, self.details = uri, message, details
        extra = f": {details}" if details else ""
        super().__init__(f"SRU error {uri} {message}{extra}")


def cql_quote(term: str) -> str:
    """The term as one CQL string: backslashes and double quotes escaped, and the CQL
    masking characters * ? ^ escaped so they are matched literally."""
    escaped = term.replace("\\", "\\\\")
    for char in '"*?^':
        escaped = escaped.replace(char, "\\" + char)
    return f'"{escaped}"'


def cql_for(index: str, term: str) -> str:
    """A CQL query for one term in one of Qor's indexes (title, author, isbn, local, date,
    subject, any)."""
    try:
        cql_index = CQL_INDEXES[index]
    except KeyError:
        known = ", ".join(sorted(CQL_INDEXES))
        raise ValueError(f"Unknown search index {index!r}; use one of {known}") from None
    return f"{cql_index}={cql_quote(term)}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _record_xml(record_data: ET.Element) -> str:
    """The MARCXML inside recordData, packed as XML (an element) or as an escaped string."""
    elements = list(record_data)
    if not elements:
        return (record_data.text or "").strip()
    element = copy.deepcopy(elements[0])
    if element.tag.startswith(f"{{{MARC_NS}}}"):
        # MARCXML as usually written, with a default namespace instead of ElementTree's ns0:
        for node in element.iter():
            node.tag = node.tag.removeprefix(f"{{{MARC_NS}}}")
        element.set("xmlns", MARC_NS)
    return ET.tostring(element, encoding="unicode")


def _parse(body: bytes) -> SearchResult:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise SruError("", translate("errors", "The answer is not XML"), str(exc)) from exc
    if _local(root.tag) != "searchRetrieveResponse":
        raise SruError(
            "",
            translate("errors", "The answer is not an SRU searchRetrieve response"),
            _local(root.tag),
        )
    diagnostics = _child(root, "diagnostics")
    if diagnostics is not None and len(diagnostics):
        first = diagnostics[0]
        uri = _child(first, "uri")
        message = _child(first, "message")
        details = _child(first, "details")
        raise SruError(
            (uri.text or "") if uri is not None else "",
            (message.text or "") if message is not None else "",
            (details.text or "") if details is not None else "",
        )
    number = _child(root, "numberOfRecords")
    total = int((number.text or "0").strip()) if number is not None else 0
    records: list[str] = []
    container = _child(root, "records")
    for record in container if container is not None else []:
        data = _child(record, "recordData")
        if data is not None:
            records.append(_record_xml(data))
    return SearchResult(total, records)


def sru_search(
    base_url: str,
    cql: str,
    *,
    start: int = 1,
    maximum: int = 10,
    version: str = "1.2",
    timeout: float = 15,
) -> SearchResult:
    """Runs a CQL query against an SRU server; returns the total and the MARCXML of records
    start..start+maximum-1 (1-based, as SRU counts).

    A Zebra database that has never received a record answers HTTP 404, exactly as a wrong
    path does; that is taken as 0 results (the union catalog is simply empty), so a mistyped
    base URL also looks empty here. Diagnostics raise SruError with their URI and message;
    other HTTP and network failures raise SruError too.
    """
    params = {
        "version": version,
        "operation": "searchRetrieve",
        "query": cql,
        "startRecord": str(start),
        "maximumRecords": str(maximum),
        "recordSchema": "marcxml",
    }
    # SRU 2.0 renamed recordPacking (which now means something else) to recordXMLEscaping.
    params["recordXMLEscaping" if version.startswith("2") else "recordPacking"] = "xml"
    separator = "&" if "?" in base_url else "?"
    url = base_url + separator + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    request = urllib.request.Request(url, headers={"Accept": "application/xml, text/xml"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return SearchResult(0, [])
        raise SruError(
            f"http:{exc.code}",
            translate("errors", "HTTP error from {url}").format(url=base_url),
            str(exc.reason),
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SruError(
            "", translate("errors", "Cannot reach {url}").format(url=base_url), str(reason)
        ) from exc
    return _parse(body)
