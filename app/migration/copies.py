"""IRBIS copies (field 910, one copy or one group of copies a field) as Qor will hold them:
which subfield goes where, which status each IRBIS code becomes, and what stays with the copy
because Qor has no column for it.

| 910 | Qor |
|---|---|
| ^A status | the copy's status (see STATUS_MAP); U a group holding; 2 awaited: left out |
| ^B inventory number | kept verbatim (letters, dashes, leading zeros) |
| ^C date of receipt | the accession batch's date |
| ^D place of storage | the location (created, or mapped by --location-map) |
| ^E price | the price (tenge) |
| ^H barcode | the barcode |
| ^U КСУ number | the accession batch ("2004/7") |
| ^Y act number | the batch's document |
| ^1 number of copies | a group holding's amount |
| ^R shelf mark | the call number (else the record's 903) |
| everything else (^Q collection, ^S date checked, ^T, ^V/^X write-off act, ^!, ^= …) |
  kept with the copy, listed in the report |
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.intake.status import ItemStatus
from app.migration.irbis import IrbisField

# IRBIS status code -> (Qor status, what the report says of it). None: not a copy of the fund.
STATUS_MAP: dict[str, ItemStatus] = {
    "0": ItemStatus.AVAILABLE,  # free
    "1": ItemStatus.ON_LOAN,  # on loan
    "3": ItemStatus.AT_BINDERY,  # at the bindery
    "4": ItemStatus.MISSING,  # lost
    "6": ItemStatus.WRITTEN_OFF,  # written off (the act in ^V)
    # The nearest Qor status, said in the report:
    "5": ItemStatus.IN_PROCESSING,  # temporarily unavailable: held out of the fund
    "8": ItemStatus.AVAILABLE,  # in transit between departments: still in the fund
    "9": ItemStatus.AVAILABLE,  # reserved for a reader: on its shelf
}
NEAREST = {
    "5": "temporarily unavailable -> in-processing (held out of the fund until released)",
    "8": "in transit -> available (the copy stays in the fund)",
    "9": "reserved -> available (on its shelf until lent)",
}
AWAITED = "2"
GROUP = "U"
# Codes IRBIS documents but Qor has no status for; like any unknown code (7 in the shared
# data) they take the librarian's choice (--status-map CODE=STATUS|skip), by default
# in-processing, flagged: held out of the fund, nothing lost.
KNOWN_OTHER = {
    "C": "a network (other library's) copy",
    "P": "bound into a volume",
    "R": "reproduction",
}
UNKNOWN_DEFAULT = ItemStatus.IN_PROCESSING
SKIP = "skip"

# Subfields that have a column; every other one is kept with the copy.
PLACED = frozenset("abcdehuy1r")
NO_NUMBER = re.compile(r"^\s*(б/н|б\\н|бн|б/н\.|-|—)?\s*$", re.IGNORECASE)
LEGACY_MAX = 32


@dataclass
class CopySpec:
    """One 910 field read: what it says, before it meets the database."""

    occurrence: int  # the field's number among the record's 910s, from 1
    code: str  # ^A, upper case ("" when absent)
    number: str  # ^B verbatim ("" when absent)
    received: date | None
    location: str
    price: Decimal | None
    barcode: str
    ksu: str
    act: str
    amount: int | None
    shelf_mark: str
    extra: list[tuple[str, str]] = field(default_factory=list)  # subfields with no column
    problems: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def has_no_number(self) -> bool:
        return bool(NO_NUMBER.match(self.number))


def parse_date(text: str) -> date | None:
    text = text.strip()
    if len(text) >= 8 and text[:8].isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None
    return None


def parse_price(text: str) -> Decimal | None:
    text = text.strip().replace(",", ".").replace(" ", "")
    if not text:
        return None
    try:
        value = Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return value if 0 <= value < Decimal("1e10") else None


def read_copy(f: IrbisField, occurrence: int) -> CopySpec:
    values: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    problems: list[str] = []
    for code, value in f.subfields():
        if code in PLACED and code not in values:
            values[code] = value.strip()
        elif value.strip():
            extra.append((code, value))
    received = parse_date(values.get("c", ""))
    if values.get("c") and received is None:
        problems.append(f"^C '{values['c']}' is not a date (YYYYMMDD)")
        extra.append(("c", values["c"]))
    price = parse_price(values.get("e", ""))
    if values.get("e") and price is None:
        problems.append(f"^E '{values['e']}' is not a price")
        extra.append(("e", values["e"]))
    amount = None
    if values.get("1"):
        try:
            amount = int(values["1"])
        except ValueError:
            problems.append(f"^1 '{values['1']}' is not a number of copies")
            extra.append(("1", values["1"]))
    number = values.get("b", "")
    if len(number) > LEGACY_MAX:
        problems.append(f"^B '{number}' is longer than {LEGACY_MAX} characters")
    return CopySpec(
        occurrence=occurrence,
        code=values.get("a", "").upper(),
        number=number,
        received=received,
        location=values.get("d", ""),
        price=price,
        barcode=values.get("h", ""),
        ksu=values.get("u", ""),
        act=values.get("y", ""),
        amount=amount,
        shelf_mark=values.get("r", ""),
        extra=extra,
        problems=problems,
        text=f.text,
    )


def parse_status_map(entries: list[str]) -> dict[str, str]:
    """The librarian's choice for codes Qor does not know: ["7=missing", "C=skip"]."""
    from app.errors import InvalidInput
    from app.i18n import translate

    choices = {s.value for s in ItemStatus} | {SKIP}
    out: dict[str, str] = {}
    for entry in entries:
        code, sep, status = entry.partition("=")
        code, status = code.strip().upper(), status.strip().lower()
        if not sep or not code or status not in choices:
            raise InvalidInput(
                translate(
                    "errors",
                    "The status mapping '{entry}' is not an IRBIS code, '=' and one of the "
                    "statuses: {statuses}.",
                ).format(entry=entry, statuses=", ".join(sorted(choices)))
            )
        out[code] = status
    return out


def status_for(code: str, chosen: dict[str, str]) -> tuple[str, bool]:
    """(Qor status or "skip", whether the code is one Qor does not know)."""
    if code in chosen:
        return chosen[code], code not in STATUS_MAP
    if code in STATUS_MAP:
        return STATUS_MAP[code].value, False
    return UNKNOWN_DEFAULT.value, True
