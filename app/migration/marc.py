"""An IRBIS64 record as a MARC 21 record. IRBIS records are RUSMARC-like (200 title, 700
author, 210 imprint …, without indicators) with IRBIS's own fields; this maps both:

| IRBIS | MARC 21 |
|---|---|
| 10, 11, 101, 102, 200, 205, 210, 215, 225, 300–345 (not 331), 675, 700–702, 710–712 | laid
  out as RUSMARC's: converted by app.marc.rusmarc (a volume without 200 ^a gets the set's title
  from 461; 215 ^a pages get their unit; 702 ^4 "340 ред." is the relator code 340) |
| 331 annotation | 520 |
| 461 parent (set), 463 source (article in a serial) | 773 $t $c $d $g $w |
| 606 / 610 | 650 $a $x $z $y / 653 |
| 621 BBK, 675 UDC, 964 GRNTI | 084 $2 rubbk, 080, 084 $2 grnti |
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
NO_IND = Indicators(" ", " ")


def _sf(pairs: list[tuple[str, str]]) -> list[Subfield]:
    return [Subfield(c, v.strip()) for c, v in pairs if v and v.strip()]


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


# IRBIS fields laid out as RUSMARC's (subfield for subfield): converted by app.marc.rusmarc.
RUSMARC_TAGS = frozenset(
    {"10", "11", "101", "102", "200", "205", "210", "215", "225", "675"}
    | {str(t) for t in range(300, 346) if t != 331}  # IRBIS's 331 is its own annotation
    | {"700", "701", "702", "710", "711", "712"}
)
_RUSMARC_INDICATORS = {
    "712": ("0", "2"),
}


def to_marc21(
    record: IrbisRecord, database: str, warnings: list[str] | None = None
) -> tuple[pymarc.Record, Counter[str]]:
    """The MARC 21 record and what was kept in 887 for lack of a MARC 21 home, counted by
    IRBIS tag (or tag$code for a subfield). The fields IRBIS lays out as RUSMARC does go
    through app.marc.rusmarc (the one RUSMARC converter); IRBIS's own fields are mapped here.
    What the converter guessed or could not convert is added to `warnings`."""
    from app.i18n import translate
    from app.marc.rusmarc import NO_CODED_DATA, Scheme
    from app.marc.rusmarc import to_marc21 as rusmarc_to_marc21

    rus = pymarc.Record(force_utf8=True)
    rest: list[IrbisField] = []
    parent = record.first("461")
    for f in record.fields:
        if f.tag not in RUSMARC_TAGS:
            rest.append(f)
            continue
        pairs = f.subfields()
        if f.tag == "200" and parent is not None and not f.get("a") and parent.get("c"):
            pairs = [("a", parent.get("c")), *pairs]  # a volume: the set's title, then its own
        if f.tag == "200":
            pairs = sorted(pairs, key=lambda p: p[0] != "a")  # IRBIS may write ^V before ^A
        if f.tag == "215":
            unit = next((v for c, v in pairs if c == "1"), "") or "с."
            pairs = [
                (c, f"{v} {unit}" if c == "a" and v.strip().isdigit() else v)
                for c, v in pairs
                if c != "1"
            ]
        if f.tag in ("700", "701", "702"):
            pairs = [(c, v.split(" ", 1)[0] if c == "4" else v) for c, v in pairs]
        if f.tag in ("10", "11", "101", "102", "675") and not pairs:
            pairs = [("a", f.value)]
        if not pairs and f.value:
            pairs = [("a", f.value)]
        ind = _RUSMARC_INDICATORS.get(f.tag, (" ", " "))
        rus.add_field(
            Field(f.tag.zfill(3), Indicators(*ind), [Subfield(c, v) for c, v in pairs if v])
        )
    result = rusmarc_to_marc21(rus, Scheme.RUSMARC)
    if warnings is not None:
        # IRBIS keeps no 100 coded data: its absence is IRBIS's way, not a fault to report.
        no_100 = translate("errors", NO_CODED_DATA)
        warnings += [w for w in result.warnings if w != no_100]
    out = result.record
    # IRBIS records have no leader: the converter's shadow of the one it was given goes.
    for shadow in out.get_fields("887"):
        if (shadow.get("a") or "").startswith("LDR"):
            out.remove_field(shadow)
    unmapped: Counter[str] = Counter()
    for key, n in result.unmapped.items():
        if key != "LDR":
            unmapped[key.lstrip("0") or key] += n
    b = _Builder(IrbisRecord(record.mfn, rest), database)
    b.out = out
    b.unmapped = unmapped
    sheet = record.first("920")
    worksheet = (sheet.value.strip().upper() if sheet is not None else "") or "PAZK"
    kind = WORKSHEETS.get(worksheet, ("a", "m"))
    leader = list(str(out.leader))
    leader[6], leader[7] = kind
    out.leader = pymarc.Leader("".join(leader))
    b.add("035", (" ", " "), [("a", f"(IRBIS){database}#{record.mfn}")])
    for f in rest:
        if f.tag in COPY_TAGS:
            continue
        if f.tag == "920":
            if worksheet not in WORKSHEETS:
                b.keep(f)
            continue
        handler = _HANDLERS.get(f.tag)
        if handler is None:
            b.keep(f)
        else:
            handler(b, f, False)
    return b.out, b.unmapped


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
    "331": _note("520"),
    "461": _host,
    "463": _host,
    "606": _subject,
    "610": _keyword,
    "621": _bbk,
    "675": _udc,
    "964": _grnti,
    "903": _shelf,
    "908": _shelf,
    "951": _link,
}


def shelf_mark(record: IrbisRecord) -> str:
    """The record's shelf mark (903), which IRBIS's copies share unless ^R gives their own."""
    f = record.first("903")
    return f.value.strip() if f is not None else ""
