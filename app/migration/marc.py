"""An IRBIS64 record as a MARC 21 record. IRBIS records are RUSMARC-like (200 title, 700
author, 210 imprint …, without indicators) with IRBIS's own fields; this maps both:

| IRBIS | MARC 21 |
|---|---|
| 10 ^a ISBN ^d price / 11 ISSN | 020 $a $c / 022 $a |
| 101 / 102 | 041 $a / 044 $a |
| 200 ^a ^e ^f ^v ^i | 245 $a $b $c $n $p (a volume without ^a: the set's title, 461) |
| 205 / 210 / 215 / 225 | 250 / 260 / 300 / 490 |
| 300, 320, 330/331 | 500, 504, 520 |
| 461 parent (set), 463 source (article in a serial) | 773 $t $c $d $g $w |
| 606 / 610 | 650 $a $x $z $y / 653 |
| 621 BBK, 675 UDC, 964 GRNTI | 084 $2 rubbk, 080, 084 $2 grnti |
| 700 / 701 / 702 ^4 role | 100 / 700 / 700 $e $4 |
| 710 / 711 / 971 | 110 / 710 / 710 |
| 903 shelf mark, 908 author sign | 090 $a $b |
| 920 worksheet | the leader: PAZK/SPEC book, ASP component part, NJ/J serial |
| 951 links (^A file ^I URL ^T text) | 856 $u $f $y |

Every other field (and what a field holds beyond the above) is kept in 887 ($a the IRBIS
field text, $2 ``irbis64:TAG``), so the record carries it for a RUSMARC return, and its tag is
counted in the migration report's `unmapped`. Field 910 (copies) becomes copies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pymarc
from pymarc import Field, Indicators, Subfield

from app.migration.irbis import IrbisField, IrbisRecord

COPY_TAGS = frozenset({"910"})
# 920 worksheet -> leader/06-07 (type, level)
WORKSHEETS = {
    "PAZK": ("a", "m"),
    "PVK": ("a", "m"),
    "SPEC": ("a", "m"),
    "ASP": ("a", "b"),
    "NJ": ("a", "s"),
    "NJK": ("a", "s"),
    "NJP": ("a", "s"),
    "J": ("a", "s"),
    "IBIS": ("a", "m"),
}
# UNIMARC relator codes (702 ^4 "340 ред.") -> MARC relator codes
RELATORS = {
    "340": "edt",
    "070": "aut",
    "220": "com",
    "440": "ill",
    "730": "trl",
    "010": "adp",
    "651": "pbd",
    "557": "orm",
    "080": "aui",
}
NO_IND = Indicators(" ", " ")


def _sf(pairs: list[tuple[str, str]]) -> list[Subfield]:
    return [Subfield(c, v.strip()) for c, v in pairs if v and v.strip()]


def _name(f: IrbisField) -> str:
    surname, initials, full = f.get("a"), f.get("b"), f.get("g")
    rest = full or initials
    return f"{surname}, {rest}" if surname and rest else surname or rest


class _Builder:
    def __init__(self, record: IrbisRecord, database: str) -> None:
        self.src = record
        self.out = pymarc.Record(force_utf8=True)
        self.unmapped: Counter[str] = Counter()
        self.database = database

    def add(self, tag: str, ind: tuple[str, str], pairs: list[tuple[str, str]]) -> None:
        subfields = _sf(pairs)
        if subfields:
            self.out.add_ordered_field(Field(tag, Indicators(*ind), subfields))

    def keep(self, f: IrbisField) -> None:
        """A field with no MARC 21 home: kept whole in 887, counted."""
        self.unmapped[f.tag] += 1
        self.out.add_ordered_field(
            Field("887", NO_IND, [Subfield("a", f.text), Subfield("2", f"irbis64:{f.tag}")])
        )


def to_marc21(record: IrbisRecord, database: str) -> tuple[pymarc.Record, Counter[str]]:
    """The MARC 21 record and the IRBIS tags kept in 887 for lack of a home, counted."""
    b = _Builder(record, database)
    sheet = record.first("920")
    worksheet = (sheet.value.strip().upper() if sheet is not None else "") or "PAZK"
    kind = WORKSHEETS.get(worksheet, ("a", "m"))
    leader = list("00000n" + kind[0] + kind[1] + " a2200000 i 4500")
    b.out.leader = pymarc.Leader("".join(leader))
    b.add("035", (" ", " "), [("a", f"(IRBIS){database}#{record.mfn}")])
    parent = record.first("461")
    authors_done = False
    for f in record.fields:
        tag = f.tag
        if tag in COPY_TAGS:
            continue
        if tag == "920":
            if worksheet not in WORKSHEETS:
                b.keep(f)
            continue
        handler = _HANDLERS.get(tag)
        if handler is None:
            b.keep(f)
            continue
        if tag == "700":
            handler(b, f, not authors_done)
            authors_done = True
        elif tag == "200":
            _title(b, f, parent, authors_done or record.first("700") is not None)
        else:
            handler(b, f, False)
    return b.out, b.unmapped


def _isbn(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("020", (" ", " "), [("a", f.get("a")), ("c", f.get("d")), ("q", f.get("b"))])


def _issn(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("022", (" ", " "), [("a", f.get("a") or f.value)])


def _lang(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("041", (" ", " "), [("a", f.value or f.get("a"))])


def _country(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("044", (" ", " "), [("c", f.value or f.get("a"))])


def _title(b: _Builder, f: IrbisField, parent: IrbisField | None, has_author: bool) -> None:
    title = f.get("a")
    pairs: list[tuple[str, str]] = []
    if not title and parent is not None:
        # A volume of a multi-volume set: the set's title, then the volume.
        pairs = [("a", parent.get("c")), ("n", f.get("v")), ("p", f.get("i"))]
    else:
        pairs = [("a", title), ("b", f.get("e")), ("n", f.get("v")), ("p", f.get("i"))]
    pairs.append(("c", f.get("f") or f.get("g")))
    b.add("245", ("1" if has_author else "0", "0"), pairs)


def _edition(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("250", (" ", " "), [("a", f.get("a") or f.value)])


def _imprint(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("260", (" ", " "), [("a", f.get("a")), ("b", f.get("c")), ("c", f.get("d"))])


def _extent(b: _Builder, f: IrbisField, _first: bool) -> None:
    pages = f.get("a")
    unit = f.get("1") or ("с." if pages.isdigit() else "")
    b.add(
        "300",
        (" ", " "),
        [("a", f"{pages} {unit}".strip()), ("b", f.get("c")), ("c", f.get("d")), ("e", f.get("e"))],
    )


def _series(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("490", ("0", " "), [("a", f.get("a")), ("v", f.get("v") or f.get("h"))])


def _note(tag: str) -> Callable[[_Builder, IrbisField, bool], None]:
    def handler(b: _Builder, f: IrbisField, _first: bool) -> None:
        b.add(tag, (" ", " "), [("a", f.get("a") or f.value)])

    return handler


def _host(b: _Builder, f: IrbisField, _first: bool) -> None:
    if f.tag == "463":  # the serial an article is in: ^h issue, ^j year, ^s pages
        imprint = ", ".join(x for x in (f.get("d"), f.get("g"), f.get("j")) if x)
        related = ", ".join(x for x in (f.get("j"), f.get("h"), f.get("v"), f.get("s")) if x)
    else:  # 461, the set a volume belongs to: ^h year
        imprint = ", ".join(x for x in (f.get("d"), f.get("g"), f.get("h")) if x)
        related = f.get("v")
    b.add(
        "773",
        ("0", " "),
        [
            ("a", f.get("x")),
            ("t", f.get("c")),
            ("c", f.get("f")),
            ("d", imprint),
            ("g", related),
            ("w", f.get("w")),
        ],
    )


def _subject(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add(
        "650",
        (" ", "7"),
        [
            ("a", f.get("a")),
            ("x", f.get("b")),
            ("z", f.get("g")),
            ("y", f.get("h")),
            ("2", "rubbk"),
        ],
    )


def _keyword(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("653", (" ", " "), [("a", f.value or f.get("a"))])


def _bbk(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("084", (" ", " "), [("a", f.value or f.get("a")), ("2", "rubbk")])


def _udc(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("080", (" ", " "), [("a", f.value or f.get("a"))])


def _grnti(b: _Builder, f: IrbisField, _first: bool) -> None:
    b.add("084", (" ", " "), [("a", f.value or f.get("a")), ("2", "grnti")])


def _person(b: _Builder, f: IrbisField, first: bool) -> None:
    role = f.get("4")
    code = RELATORS.get(role[:3], "") if role else ""
    pairs = [("a", _name(f)), ("c", f.get("c")), ("e", role[3:].strip() if role else "")]
    pairs.append(("4", code))
    if first and f.tag == "700":
        b.add("100", ("1", " "), pairs)
    else:
        b.add("700", ("1", " "), pairs)


def _corporate(b: _Builder, f: IrbisField, _first: bool) -> None:
    tag = (
        "110"
        if f.tag == "710" and b.out.get("100") is None and not b.out.get_fields("110")
        else "710"
    )
    b.add(tag, ("2", " "), [("a", f.get("a")), ("b", f.get("b")), ("c", f.get("c"))])


def _shelf(b: _Builder, f: IrbisField, _first: bool) -> None:
    code, text = ("a" if f.tag == "903" else "b"), (f.value or f.get("a")).strip()
    existing = b.out.get("090")
    if existing is None:
        b.add("090", (" ", " "), [(code, text)])
    elif text:
        existing.add_subfield(code, text, 0 if code == "a" else None)


def _link(b: _Builder, f: IrbisField, _first: bool) -> None:
    url = f.get("i")
    b.add("856", ("4", " "), [("u", url), ("f", f.get("a") if not url else ""), ("y", f.get("t"))])


_HANDLERS = {
    "10": _isbn,
    "11": _issn,
    "101": _lang,
    "102": _country,
    "200": _isbn,  # never called: to_marc21 gives 200 its parent (461) and authors
    "205": _edition,
    "210": _imprint,
    "215": _extent,
    "225": _series,
    "300": _note("500"),
    "320": _note("504"),
    "330": _note("520"),
    "331": _note("520"),
    "461": _host,
    "463": _host,
    "606": _subject,
    "610": _keyword,
    "621": _bbk,
    "675": _udc,
    "964": _grnti,
    "700": _person,
    "701": _person,
    "702": _person,
    "710": _corporate,
    "711": _corporate,
    "971": _corporate,
    "903": _shelf,
    "908": _shelf,
    "951": _link,
}


def shelf_mark(record: IrbisRecord) -> str:
    """The record's shelf mark (903), which IRBIS's copies share unless ^R gives their own."""
    f = record.first("903")
    return f.value.strip() if f is not None else ""
