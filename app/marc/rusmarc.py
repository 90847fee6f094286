"""RUSMARC and UNIMARC records to MARC 21 and back, without losing a field.

API (what the import, the export and the IRBIS migration call)::

    from app.marc.rusmarc import Scheme, detect_scheme, to_marc21, to_rusmarc

    scheme = detect_scheme(record)            # Scheme.MARC21, Scheme.RUSMARC or Scheme.UNIMARC
    result = to_marc21(record, scheme)        # ConversionResult
    result.record                             # a new pymarc.Record in MARC 21
    result.unmapped                           # Counter: "899" (a whole field kept only in 887),
                                              # "010$9" (a subfield with no MARC 21 home)
    result.warnings                           # list[str], for the user: what was guessed,
                                              # corrected or could not be converted (translated)
    back = to_rusmarc(result.record)          # a new pymarc.Record in RUSMARC
    declare_utf8(back)                        # 100 $a/26-29 "50": how Qor writes files

For IRBIS records (RUSMARC-like, no 100 coded data, often no indicators): build a pymarc
Record with zero-padded tags ("010", not "10"), lowercase subfield codes (IRBIS's ^A is $a)
and blank indicators; take out the fields the IRBIS reader handles itself (910 copies, 903
shelf mark, 920 worksheet, ...) or leave them in to be kept verbatim in 887; and call
``to_marc21(record, Scheme.RUSMARC)``. Detection needs two of a 200 title, 100 coded data
and an 801, so it says MARC21 for most IRBIS records. ``result.unmapped`` lists the fields
and subfields with no MARC 21 home, for the migration's report. A field that cannot be
converted at all is kept in 887 and named in ``result.warnings``; conversion never raises
for a record's content.

``to_marc21`` on a record whose scheme is MARC21 returns a copy unchanged. ``to_rusmarc``
converts any MARC 21 record (one made here gives its source fields back; a record catalogued
in Qor gets a RUSMARC record built from its MARC 21 fields). Neither changes its argument.
``parse_scheme(text)`` turns "auto|marc21|rusmarc|unimarc" into a Scheme or None (auto).

How nothing is lost
-------------------
Every source field is converted by the tables below (the descriptive core: 010→020, 011→022,
100/101/102/105→008, 101→041, 102→044, 200→245, 205→250, 210→260, 214→264, 215→300, 225→490,
3XX→5XX, 4XX embedded links ($1) → 76X-78X/800-830, 500→130/240, 510-517→246, 600-608→6XX
(604 name/title → 600/610 $t),
610→653, 675→080, 676→082, 680→050, 686→084, 700-702/710-712→100/700/110/710 with relator
codes and terms ($4 aut, $e «автор» in the record's cataloguing language, 100 $a/22-24: the
table is resources/marc/relators.txt), 801→040, 856→856) and then converted back at once.
When the way back does not give the source field exactly (a subfield with no MARC 21 home,
a note type MARC 21 merges, an embedded link, the coded data of 100, 801, fields with no
MARC 21 home at all such as 899), the source field is kept verbatim in a *shadow* field::

    887 ## $a <tag><ind1><ind2>$<code><value>$<code><value>...  $2 rusmarc   (or unimarc)
    887 ## $a LDR<the 24 leader characters>                        $2 rusmarc

(control fields: ``$a <tag><data>``; in values "{" is written "{lcub}" and "$" "{dollar}",
as MarcEdit does, and so are the subfield codes "$" and "{" of damaged records, a missing
code as "{nocode}"). 887 is MARC 21's "non-MARC information field"; $2 names the scheme.
Other 887s (without $2 rusmarc/unimarc) are the record's own and are left alone.

The way back for fields catalogued in MARC 21: 245→200, 260/264→210, 100/700→700/701/702
(by relator: authors to 701, others to 702), 110/710→710/711/712, 6XX→60X, 76X-78X/8XX→4XX
with $1, 852 (this library's holdings) → 899; RUSMARC's 100, 101, 102 and 801 are made from
008, 040 and 044 when the record did not come from RUSMARC.

``to_rusmarc`` gives a shadowed field back verbatim while the MARC 21 fields made from it are
unchanged; when a cataloguer has edited one of them, the edited MARC 21 field wins and is
converted back instead. A field an IRBIS migration kept in ``887 $a <IRBIS text> $2
irbis64:TAG`` comes back as RUSMARC field TAG with its subfields. Neither kind of 887 goes up
to the union catalog (``strip_shadows``, used by app.unioncat.outgoing).

References (read, not copied): the Library of Congress' UNIMARC to MARC 21 conversion
specifications, MarcEdit's UNIMARC/MARC 21 crosswalks, Koha's UNIMARC frameworks, the RUSMARC
format (relator codes, 100 $a character sets, 686 rubbk).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

import pymarc
from pymarc import Field, Indicators, Leader, Subfield

from app.i18n import QT_TRANSLATE_NOOP, translate

SHADOW_TAG = "887"
NSB, NSE = "\x88", "\x89"  # non-sorting characters begin / end (ISO 6630)


class Scheme(StrEnum):
    MARC21 = "marc21"
    RUSMARC = "rusmarc"
    UNIMARC = "unimarc"


SCHEMES = ("auto", *(s.value for s in Scheme))


def parse_scheme(text: str) -> Scheme | None:
    """ "auto" (None: decide per record) or one of Scheme; ValueError otherwise."""
    name = text.strip().lower()
    if name == "auto":
        return None
    return Scheme(name)


@dataclass
class ConversionResult:
    record: pymarc.Record
    unmapped: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    shadowed: int = 0  # source fields kept verbatim in 887 (some also have MARC 21 fields)
    fields_in: int = 0  # source fields, the leader not counted


# Detecting the scheme ------------------------------------------------------------------------

_CODED_100 = re.compile(r"^\d{8}[a-kmu ]")


def detect_scheme(record: pymarc.Record) -> Scheme:
    """MARC21 unless the record has UNIMARC's shape: no 245, and two of a 200 with $a as its
    title, 100 $a as 36 characters of coded data starting with a date, and an 801 (or an 801
    in a record without any 200). RUSMARC when its cataloguing language, agencies,
    classification or control number say Russian practice."""
    if record.get_fields("245"):
        return Scheme.MARC21
    titles = record.get_fields("200")
    titled = bool(titles) and not titles[0].control_field and titles[0].get("a") is not None
    coded = _coded_100(record)
    is_coded = len(coded) >= 30 and bool(_CODED_100.match(coded))
    has_801 = any(not f.control_field for f in record.get_fields("801"))
    # Two of the three signs; an 801 (no MARC 21 field) alone still says UNIMARC for a record
    # that lost its title.
    if sum((titled, is_coded, has_801)) < 2 and not (has_801 and not titles):
        return Scheme.MARC21
    return Scheme.RUSMARC if _looks_russian(record, coded) else Scheme.UNIMARC


def _coded_100(record: pymarc.Record) -> str:
    f100 = record.get("100")
    if f100 is None or f100.control_field:
        return ""
    return f100.get("a") or ""


def _looks_russian(record: pymarc.Record, coded: str) -> bool:
    if coded[22:25] == "rus":
        return True
    for f in record.get_fields("801"):
        if not f.control_field and ((f.get("2") or "").lower() == "rusmarc"):
            return True
    for f in record.get_fields("686"):
        if not f.control_field and (f.get("2") or "").lower().startswith("rubbk"):
            return True
    control = record.get("001")
    return bool(control is not None and control.data and control.data.startswith("RU"))


# Shadows -------------------------------------------------------------------------------------


# Subfield codes the $-separated text cannot hold as they are (damaged source records).
_CODE_OUT = {"$": "{dollar}", "{": "{lcub}", "": "{nocode}"}
_CODE_IN = {v: k for k, v in _CODE_OUT.items()}


def _escape(value: str) -> str:
    return value.replace("{", "{lcub}").replace("$", "{dollar}")


def _unescape(value: str) -> str:
    return value.replace("{dollar}", "$").replace("{lcub}", "{")


def shadow_text(f: Field) -> str:
    if f.control_field:
        return f.tag + (f.data or "")
    ind1, ind2 = f.indicators or (" ", " ")
    return f"{f.tag}{ind1}{ind2}" + "".join(
        f"${_CODE_OUT.get(s.code, s.code)}{_escape(s.value)}" for s in f.subfields
    )


def shadow_field(f: Field, scheme: Scheme) -> Field:
    return _field(SHADOW_TAG, " ", " ", [("a", shadow_text(f)), ("2", scheme.value)])


def parse_shadow(text: str) -> Field | None:
    tag = text[:3]
    if len(tag) < 3:
        return None
    if tag < "010" and tag.isdigit():
        return Field(tag=tag, data=text[3:])
    if len(text) < 5:
        return None
    ind1, ind2, rest = text[3], text[4], text[5:]
    parts = rest.split("$")
    if parts[0]:
        return None
    subs = []
    for part in parts[1:]:
        if not part:
            continue
        code = next((c for c in _CODE_IN if part.startswith(c)), part[0])
        subs.append(Subfield(_CODE_IN.get(code, code), _unescape(part[len(code) :])))
    return Field(tag=tag, indicators=Indicators(ind1, ind2), subfields=subs)


def is_shadow(f: Field) -> bool:
    return (
        f.tag == SHADOW_TAG
        and not f.control_field
        and (f.get("2") or "") in (Scheme.RUSMARC.value, Scheme.UNIMARC.value)
    )


IRBIS_PREFIX = "irbis64:"


def irbis_source(f: Field) -> str:
    """The IRBIS tag of an 887 a migration kept a field with no MARC 21 home in
    ($2 ``irbis64:TAG``, $a the IRBIS field text), or ''."""
    if f.tag != SHADOW_TAG or f.control_field:
        return ""
    source = f.get("2") or ""
    tag = source[len(IRBIS_PREFIX) :] if source.startswith(IRBIS_PREFIX) else ""
    return tag if tag.isdigit() and 0 < len(tag) <= 3 else ""


def is_kept_source(f: Field) -> bool:
    """An 887 kept only to give a record back as it came: the converter's RUSMARC/UNIMARC
    shadows and the fields an IRBIS migration had no MARC 21 home for."""
    return is_shadow(f) or (
        f.tag == SHADOW_TAG and not f.control_field and (f.get("2") or "").startswith(IRBIS_PREFIX)
    )


def _from_irbis(f: Field) -> Field:
    """The RUSMARC field an IRBIS-kept 887 holds: IRBIS text ``value^aSub^bSub`` (codes read
    in any case; a value before the first subfield is its $a)."""
    text = f.get("a") or ""
    value, *parts = text.split("^")
    subs = [("a", value)] if value else []
    subs += [(p[:1].lower(), p[1:]) for p in parts if p[:1] and p[1:]]
    return _field(irbis_source(f).zfill(3), " ", " ", subs)


def strip_shadows(record: pymarc.Record) -> pymarc.Record:
    """The record without the 887 fields kept only for a lossless RUSMARC return (in place):
    the converter's shadows and what an IRBIS migration kept ($2 irbis64:TAG)."""
    for f in [f for f in record.fields if is_kept_source(f)]:
        record.remove_field(f)
    return record


# Small helpers -------------------------------------------------------------------------------


# Fields are built by filling pymarc's objects directly (as app.marc.reading's fast path
# does): conversion builds several per source field, and Field's checks cost most of it. Used
# only while pymarc's Field has the attributes this knows.
_FAST = set(Field.__slots__) >= {"tag", "data", "_indicators", "subfields", "control_field"}
_new_field = Field.__new__
_new_tuple = tuple.__new__


def _field(tag: str, ind1: str, ind2: str, subs: Iterable[tuple[str, str]]) -> Field:
    if not _FAST:
        return Field(
            tag=tag,
            indicators=Indicators(ind1 or " ", ind2 or " "),
            subfields=[Subfield(c, v) for c, v in subs],
        )
    field = _new_field(Field)
    field.tag = tag
    field.data = None
    field.control_field = False
    field._indicators = _new_tuple(Indicators, (ind1 or " ", ind2 or " "))
    field.subfields = [_new_tuple(Subfield, sub) for sub in subs]
    return field


def _key(f: Field) -> tuple:
    if f.control_field:
        return (f.tag, f.data)
    return (f.tag, tuple(f.indicators or (" ", " ")), tuple((s.code, s.value) for s in f.subfields))


def _inds(f: Field) -> tuple[str, str]:
    ind = f.indicators or (" ", " ")
    return (ind[0] or " ", ind[1] or " ")


def _ends_with(value: str, punct: str) -> bool:
    return bool(punct) and value.endswith(punct) and len(value) > len(punct)


# Generic descriptive fields ------------------------------------------------------------------
# src code -> (MARC code, punctuation put at the end of the previous subfield). The way back
# picks the source code by that punctuation, so codes sharing a MARC code differ in it.

Sub = dict[str, tuple[str, str]]


@dataclass(frozen=True)
class Spec:
    src: str
    dst: str
    subs: Sub
    ind1: dict[str, str] | None = None  # src ind1 -> MARC ind1 (missing: blank)
    ind2: dict[str, str] | None = None
    wrap: dict[str, tuple[str, str]] | None = None  # MARC code -> brackets put around a value
    reverse_default: bool = True  # this spec is the way back for its MARC tag
    # A MARC code that may not repeat: later source subfields mapped to it are joined to it
    # with their punctuation (MARC code -> that punctuation and the later source code).
    merge: dict[str, tuple[str, str]] | None = None


_NOTE = {"a": ("a", "")}
_TITLE_PARTS = {"a": ("a", " ;"), "e": ("b", " :"), "h": ("n", "."), "i": ("p", ",")}
_LEVEL = {" ": " ", "0": "0", "1": "1", "2": "2"}
_SUBJ = {"x": ("x", ""), "y": ("z", ""), "z": ("y", ""), "j": ("v", ""), "2": ("2", "")}

SPECS: list[Spec] = [
    Spec("010", "020", {"a": ("a", ""), "b": ("q", ""), "d": ("c", ""), "z": ("z", "")}),
    Spec("011", "022", {"a": ("a", ""), "y": ("z", ""), "z": ("y", "")}),
    Spec("020", "015", {"b": ("a", ""), "z": ("z", "")}),
    Spec("035", "035", {"a": ("a", ""), "z": ("z", "")}),
    Spec("021", "017", {"b": ("a", ""), "z": ("z", "")}),
    Spec(
        "073",
        "024",
        {"a": ("a", ""), "b": ("q", ""), "d": ("c", ""), "z": ("z", "")},
        ind1={" ": "3", "0": "3", "1": "3"},
    ),
    Spec(
        "200",
        "245",
        {
            "a": ("a", " ;"),
            "b": ("h", ""),
            "d": ("b", " ="),
            "e": ("b", " :"),
            "f": ("c", " /"),
            "g": ("c", " ;"),
            "h": ("n", "."),
            "i": ("p", ","),
            "v": ("n", ","),
        },
        ind1={"0": "0", "1": "1", " ": "1"},
        wrap={"h": ("[", "]")},
        merge={"a": (" ;", "a"), "b": (" :", "e"), "c": (" ;", "g")},
    ),
    Spec(
        "205",
        "250",
        {"a": ("a", ""), "b": ("b", ","), "d": ("b", " ="), "f": ("b", " /"), "g": ("b", " ;")},
    ),
    Spec(
        "210",
        "260",
        {
            "a": ("a", " ;"),
            "c": ("b", " :"),
            "d": ("c", ","),
            "e": ("e", ""),
            "g": ("f", " :"),
            "h": ("g", ","),
        },
    ),
    Spec(
        "214",
        "264",
        {"a": ("a", " ;"), "c": ("b", " :"), "d": ("c", ",")},
        ind2={"0": "0", "1": "1", "2": "2", "3": "3", "4": "4"},
    ),
    Spec("215", "300", {"a": ("a", ""), "c": ("b", " :"), "d": ("c", " ;"), "e": ("e", " +")}),
    Spec(
        "225",
        "490",
        {
            "a": ("a", ""),
            "d": ("a", " ="),
            "e": ("a", " :"),
            "f": ("a", " /"),
            "h": ("a", "."),
            "i": ("a", ","),
            "v": ("v", " ;"),
            "x": ("x", ","),
        },
        ind1={"0": "1", "1": "0", "2": "1"},
    ),
    # Notes: the first of each MARC tag is the way back.
    Spec("300", "500", _NOTE),
    *(
        Spec(t, "500", _NOTE, reverse_default=False)
        for t in ("301", "302", "303", "304", "305", "306", "307", "308", "310", "311", "312")
    ),
    *(Spec(t, "500", _NOTE, reverse_default=False) for t in ("313", "314", "315")),
    Spec("316", "590", _NOTE),
    Spec("317", "561", _NOTE),
    Spec("320", "504", _NOTE),
    Spec("321", "510", {"a": ("a", ""), "b": ("b", ""), "c": ("c", "")}, ind1={" ": "4"}),
    Spec("322", "508", _NOTE),
    Spec("323", "511", _NOTE),
    Spec("324", "534", {"a": ("p", "")}),
    Spec("325", "533", _NOTE),
    Spec("326", "310", {"a": ("a", ""), "b": ("b", ",")}),
    Spec("327", "505", {"a": ("a", " --")}, ind1={"0": "1", "1": "0", "2": "2"}),
    Spec("328", "502", _NOTE),
    Spec("330", "520", _NOTE),
    Spec("332", "524", _NOTE),
    Spec("333", "521", _NOTE),
    Spec("334", "586", _NOTE),
    Spec("336", "516", _NOTE),
    Spec("337", "538", _NOTE),
    # Variant titles.
    *(
        Spec(
            t,
            "246",
            _TITLE_PARTS,
            ind1={"0": "2", "1": "3"},
            ind2={" ": ind2},
        )
        for t, ind2 in (
            ("510", "1"),
            ("512", "4"),
            ("513", "5"),
            ("514", "6"),
            ("515", "7"),
            ("516", "8"),
            ("517", " "),
        )
    ),
    Spec("518", "246", _TITLE_PARTS, ind1={"0": "2", "1": "3"}, reverse_default=False),
    Spec("520", "247", {"a": ("a", ""), "e": ("b", " :"), "j": ("f", "")}),
    Spec("530", "222", {"a": ("a", ""), "b": ("b", "")}, ind2={" ": "0"}),
    Spec("531", "210", {"a": ("a", ""), "b": ("b", "")}),
    Spec("540", "740", {"a": ("a", ""), "h": ("n", "."), "i": ("p", ",")}),
    Spec("541", "242", {"a": ("a", ""), "e": ("b", " :"), "z": ("y", "")}, ind1={"0": "0"}),
    # Subjects (ind2 "7" with $2, "4" without: set in _convert_spec).
    Spec(
        "605",
        "630",
        {"a": ("a", ""), "h": ("n", "."), "i": ("p", ","), "3": ("0", ""), **_SUBJ},
        ind1=_LEVEL,
    ),
    Spec("606", "650", {"a": ("a", ""), "3": ("0", ""), **_SUBJ}, ind1=_LEVEL),
    Spec("607", "651", {"a": ("a", ""), "3": ("0", ""), **_SUBJ}, ind1=_LEVEL),
    Spec("608", "655", {"a": ("a", ""), "3": ("0", ""), **_SUBJ}, ind1=_LEVEL),
    Spec("610", "653", {"a": ("a", "")}, ind1={"0": "0", "1": "1", "2": "2"}),
    # Classification.
    Spec("675", "080", {"a": ("a", ""), "v": ("2", "")}),
    Spec("676", "082", {"a": ("a", ""), "v": ("2", "")}, ind1={" ": "0"}, ind2={" ": "4"}),
    Spec("680", "050", {"a": ("a", ""), "b": ("b", "")}, ind2={" ": "4"}),
    Spec("686", "084", {"a": ("a", ""), "b": ("b", ""), "2": ("2", "")}),
    Spec(
        "856",
        "856",
        {c: (c, "") for c in "abcdfhijklmnopqrstuvwxyz23"},
        ind1={c: c for c in " 012347"},
        ind2={c: c for c in " 0128"},
    ),
]
_SUBJECT_DST = {"630", "650", "651", "655"}
SPEC_BY_SRC = {s.src: s for s in SPECS}
SPEC_BY_DST: dict[str, list[Spec]] = {}
for _s in SPECS:
    SPEC_BY_DST.setdefault(_s.dst, []).append(_s)


def _convert_spec(spec: Spec, f: Field, unmapped: Counter[str]) -> list[Field]:
    ind1, ind2 = _inds(f)
    out: list[list[str]] = []
    text = [s for s in f.subfields]
    nonfiling = 0
    for sub in text:
        mapped = spec.subs.get(sub.code)
        if mapped is None:
            unmapped[f"{f.tag}${sub.code}"] += 1
            continue
        code, punct = mapped
        value = sub.value
        if spec.src == "200" and not out and value.startswith(NSB) and NSE in value:
            lead, _, rest = value[1:].partition(NSE)
            nonfiling, value = len(lead), lead + rest
        if spec.wrap and code in spec.wrap:
            left, right = spec.wrap[code]
            value = f"{left}{value}{right}"
        if spec.merge and code in spec.merge and out and out[-1][0] == code:
            out[-1][1] += f"{punct} {value}"
            continue
        if out and punct and not (punct == "." and out[-1][1].endswith(".")):
            out[-1][1] += punct
        out.append([code, value])
    if not out:
        return []
    m1 = (spec.ind1 or {}).get(ind1, " ")
    m2 = (spec.ind2 or {}).get(ind2, " ")
    if spec.src == "200":
        m2 = str(min(nonfiling, 9))
    if spec.dst in _SUBJECT_DST:
        m2 = "7" if any(c == "2" for c, _ in out) else "4"
    return [_field(spec.dst, m1, m2, ((c, v) for c, v in out))]


def _reverse_spec(spec: Spec, f: Field) -> Field:
    ind1, ind2 = _inds(f)
    back1: dict[str, str] = {}
    back2: dict[str, str] = {}
    for back, forward in ((back1, spec.ind1), (back2, spec.ind2)):
        for src, dst in (forward or {}).items():
            back.setdefault(dst, src)  # several source values to one: the first goes back
    by_code: dict[str, list[tuple[str, str]]] = {}
    for src, (code, punct) in spec.subs.items():
        by_code.setdefault(code, []).append((src, punct))
    subs: list[list[str]] = []
    values = list(f.subfields)
    for sub in values:
        candidates = by_code.get(sub.code)
        if not candidates:
            continue
        value = sub.value
        chosen = None
        if subs:
            for src, punct in sorted(candidates, key=lambda c: -len(c[1])):
                if punct and subs[-1][1].endswith(punct):
                    subs[-1][1] = subs[-1][1][: -len(punct)]
                    chosen = src
                    break
        if chosen is None:
            plain = [src for src, punct in candidates if not punct]
            chosen = plain[0] if plain else candidates[0][0]
        if spec.wrap and sub.code in spec.wrap:
            left, right = spec.wrap[sub.code]
            if value.startswith(left) and value.endswith(right):
                value = value[len(left) : len(value) - len(right)]
        if spec.merge and sub.code in spec.merge:
            separator, later = spec.merge[sub.code]
            first, *rest = value.split(f"{separator} ")
            subs.append([chosen, first])
            subs += [[later, piece] for piece in rest]
            continue
        subs.append([chosen, value])
    r1 = back1.get(ind1, " ")
    r2 = back2.get(ind2, " ")
    if spec.src == "200":
        r2 = " "
        n = int(ind2) if ind2.isdigit() else 0
        if n and subs and subs[0][0] == "a" and len(subs[0][1]) > n:
            subs[0][1] = NSB + subs[0][1][:n] + NSE + subs[0][1][n:]
    if spec.dst in _SUBJECT_DST:
        r2 = " "
    return _field(spec.src, r1, r2, ((c, v) for c, v in subs))


# Relator codes: RUSMARC/UNIMARC numeric code <-> MARC relator code --------------------------

# The table is data (resources/marc/relators.txt): the RUSMARC code, MARC 21's, and the
# relator term MARC 21 writes in $e ($j for a meeting) in the record's cataloguing language.
RELATOR_LANGUAGES = ("eng", "rus", "kaz")


def _load_relators() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    text = resources.files("resources.marc").joinpath("relators.txt").read_text("utf-8")
    codes: dict[str, str] = {}
    terms: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, marc, eng, rus, kaz = (line.split("\t") + [""] * 5)[:5]
        codes[code] = marc
        terms[marc] = {"eng": eng, "rus": rus, "kaz": kaz or rus}
    return codes, terms


RELATORS, RELATOR_TERMS = _load_relators()
RELATORS_BACK = {v: k for k, v in RELATORS.items()}
assert len(RELATORS_BACK) == len(RELATORS), "relator codes must map one to one"
# A term (any language, lower case, no final stop) -> MARC code: the way back for a name
# catalogued with a relator term and no code. The first code a term names wins.
TERMS_BACK: dict[str, str] = {}
for _marc, _by_lang in RELATOR_TERMS.items():
    for _term in _by_lang.values():
        TERMS_BACK.setdefault(_term.lower(), _marc)


def relator_term(marc_code: str, lang: str) -> str:
    """The relator term of a MARC relator code in a cataloguing language (rus, kaz; English
    for any other), or '' for a code the table does not have."""
    by_lang = RELATOR_TERMS.get(marc_code)
    if by_lang is None:
        return ""
    return by_lang.get(lang) or by_lang["eng"]


def relator_of_term(term: str) -> str:
    """The MARC relator code a term names ('' when none does)."""
    return TERMS_BACK.get(term.strip().rstrip(".").strip().lower(), "")


def cataloguing_language(coded: str, scheme: Scheme) -> str:
    """100 $a/22-24, or what the scheme's agencies write: Russian for RUSMARC (and IRBIS,
    which has no 100), English otherwise."""
    lang = coded[22:25] if len(coded) >= 25 else ""
    if lang.isalpha():
        return lang.lower()
    return "rus" if scheme is Scheme.RUSMARC else "eng"


# Names ---------------------------------------------------------------------------------------
# Personal: $a entry + $b rest of name -> $a "entry, rest"; $c -> $c; $d roman -> $b;
# $f dates -> $d; $g full forenames -> $q "(...)"; $p affiliation -> $u; $3 -> $0; $4 -> $4.

_PERSON = {
    "d": ("b", ""),
    "c": ("c", ","),
    "f": ("d", ","),
    "g": ("q", ""),
    "p": ("u", ""),
    "3": ("0", ""),
    "4": ("4", ""),
    "t": ("t", "."),
    "x": ("x", ""),
    "y": ("z", ""),
    "z": ("y", ""),
    "j": ("v", ""),
    "2": ("2", ""),
}
_CORPORATE = {
    "a": ("a", ""),
    "b": ("b", "."),
    "c": ("g", ""),
    "d": ("n", ""),
    "e": ("c", ":"),
    "f": ("d", ","),
    "p": ("u", ""),
    "3": ("0", ""),
    "4": ("4", ""),
    "x": ("x", ""),
    "y": ("z", ""),
    "z": ("y", ""),
    "j": ("v", ""),
    "2": ("2", ""),
}
_MEETING = {**_CORPORATE, "b": ("e", ".")}
_PERSON_TAGS = {"700": "100", "701": "700", "702": "700", "600": "600"}
_CORP_TAGS = {"710": "110", "711": "710", "712": "710", "601": "610"}
_FAMILY_TAGS = {"720": "100", "721": "700", "722": "700", "602": "600"}


def _name_to_marc(f: Field, dst: str, kind: str, unmapped: Counter[str], lang: str = "") -> Field:
    """A MARC 21 name from a RUSMARC one; with `lang` (a responsibility 700-712), the relator
    terms of its codes in that language go in $e ($j for a meeting) before the first $4."""
    ind2 = _inds(f)[1]
    subs: list[list[str]] = []
    table = _PERSON if kind == "person" else _CORPORATE
    if kind == "meeting":
        table = _MEETING
    for sub in f.subfields:
        value = sub.value
        if kind in ("person", "family") and sub.code == "a":
            subs.append(["a", value])
            continue
        entry = next((pair for pair in subs if pair[0] == "a"), None)
        if kind in ("person", "family") and sub.code == "b" and entry is not None:
            # ICCU writes $b ", Isaac": the comma is already there
            entry[1] = entry[1] + ", " + value.lstrip(", ")
            continue
        mapped = table.get(sub.code)
        if mapped is None:
            unmapped[f"{f.tag}${sub.code}"] += 1
            continue
        code, punct = mapped
        if code == "q":
            value = f"({value})"
        if code == "4":
            value = RELATORS.get(value, value)
        if subs and punct:
            subs[-1][1] += punct
        subs.append([code, value])
    if lang:
        _add_relator_terms(subs, "j" if kind == "meeting" else "e", lang)
    if kind == "person":
        m1 = {"0": "0", "1": "1"}.get(ind2, "1")
    elif kind == "family":
        m1 = "3"
    else:
        m1 = {"0": "0", "1": "1", "2": "2"}.get(ind2, "2")
    m2 = " "
    if dst.startswith("6"):
        m2 = "7" if any(c == "2" for c, _ in subs) else "4"
    return _field(dst, m1, m2, ((c, v) for c, v in subs))


def _add_relator_terms(subs: list[list[str]], code: str, lang: str) -> None:
    first = next((i for i, (c, _) in enumerate(subs) if c == "4"), None)
    if first is None:
        return
    terms = [t for c, v in subs if c == "4" and (t := relator_term(v, lang))]
    if not terms:
        return
    # After the name's parts, before its control subfields ($0 authority, $4 codes, ...):
    # "Титов, Ф. И., $e составитель".
    at = first
    while at and subs[at - 1][0].isdigit():
        at -= 1
    if at:
        subs[at - 1][1] += ","
    subs[at:at] = [[code, t] for t in terms]


def _name_from_marc(f: Field, src: str, kind: str) -> Field:
    ind1, _ = _inds(f)
    table = _PERSON if kind == "person" else _MEETING if kind == "meeting" else _CORPORATE
    by_code: dict[str, list[tuple[str, str]]] = {}
    for code, (mcode, punct) in table.items():
        by_code.setdefault(mcode, []).append((code, punct))
    subs: list[list[str]] = []
    term_code = "j" if kind == "meeting" else "e"
    terms: list[str] = []  # relator terms: RUSMARC has codes only
    for sub in f.subfields:
        value = sub.value
        if sub.code == term_code:
            if subs and subs[-1][1].endswith(","):
                subs[-1][1] = subs[-1][1][:-1]
            terms.append(value)
            continue
        if kind in ("person", "family") and sub.code == "a":
            entry, sep, rest = value.partition(", ")
            subs.append(["a", entry])
            if sep:
                subs.append(["b", rest])
            continue
        cands = by_code.get(sub.code)
        if not cands:
            continue
        code, punct = cands[0]
        if subs and punct and subs[-1][1].endswith(punct):
            subs[-1][1] = subs[-1][1][: -len(punct)]
        if sub.code == "4":
            value = RELATORS_BACK.get(value, value)
        subs.append([code, value])
    for pair in subs:  # after the punctuation of the next subfield came off
        if pair[0] == "g" and pair[1].startswith("(") and pair[1].endswith(")"):
            pair[1] = pair[1][1:-1]
    if terms and not any(c == "4" for c, _ in subs):
        # Catalogued with terms only: RUSMARC says who did what by code.
        subs += [["4", RELATORS_BACK[m]] for m in map(relator_of_term, terms) if m]
    if kind == "person":
        r1, r2 = " ", {"0": "0", "1": "1"}.get(ind1, "1")
    elif kind == "family":
        r1, r2 = " ", " "
    else:
        r1 = "1" if kind == "meeting" else "0"
        r2 = {"0": "0", "1": "1", "2": "2"}.get(ind1, "2")
    if src in ("600", "601", "602"):
        r1 = " " if src != "601" else r1
    return _field(src, r1, r2, ((c, v) for c, v in subs))


# Embedded links (4XX with $1) -----------------------------------------------------------------

LINKS = {
    "421": ("770", " "), "422": ("772", " "), "423": ("777", " "), "424": ("787", " "),
    "430": ("780", "0"), "431": ("780", "1"), "432": ("780", "2"), "433": ("780", "3"),
    "434": ("780", "4"), "435": ("780", "5"), "436": ("780", "4"), "437": ("780", "7"),
    "440": ("785", "0"), "441": ("785", "1"), "442": ("785", "2"), "443": ("785", "3"),
    "444": ("785", "4"), "445": ("785", "5"), "446": ("785", "6"), "447": ("785", "7"),
    "448": ("785", "8"), "451": ("775", " "), "452": ("776", " "), "453": ("767", " "),
    "454": ("765", " "), "455": ("775", " "), "456": ("775", " "), "461": ("773", " "),
    "462": ("774", " "), "463": ("773", " "), "464": ("774", " "), "470": ("787", " "),
    "481": ("787", " "), "482": ("787", " "), "488": ("787", " "),
}  # fmt: skip
LINKS_BACK = {
    "770": "421", "772": "422", "777": "423", "780": "430", "785": "440", "775": "451",
    "776": "452", "767": "453", "765": "454", "773": "461", "774": "464", "787": "488",
}  # fmt: skip
_SERIES_LINKS = ("410", "411")


def _embedded(f: Field) -> tuple[list[Field], list[Subfield]]:
    """The fields embedded with $1 and the 4XX's own subfields before the first $1."""
    fields: list[Field] = []
    own: list[Subfield] = []
    current: Field | None = None
    for sub in f.subfields:
        if sub.code == "1":
            tag = sub.value[:3]
            if tag < "010" and tag.isdigit():
                current = Field(tag=tag, data=sub.value[3:])
                fields.append(current)
                current = None
            else:
                ind = (sub.value[3:5] + "  ")[:2]
                current = Field(tag=tag, indicators=Indicators(ind[0], ind[1]), subfields=[])
                fields.append(current)
            continue
        if current is None:
            own.append(sub)
        else:
            current.add_subfield(sub.code, sub.value)
    return fields, own


def _person_text(f: Field) -> str:
    a, b = f.get("a") or "", f.get("b") or ""
    return f"{a}, {b}" if a and b else a


def _link_to_marc(f: Field, unmapped: Counter[str]) -> list[Field]:
    """76X-78X (or 800/810/830 for a series) from the fields embedded in a 4XX: 001 -> $w,
    200 $a -> $t and its $v -> $g, 700/701/702 -> $a "entry, rest", 710-712 -> $a,
    210 -> $d, 205 -> $b, 010 -> $z, 011 -> $x."""
    embedded, own = _embedded(f)
    numbers: list[str] = []
    title = author = author_kind = ""
    volumes: list[str] = []
    rest: list[tuple[str, str]] = []
    for e in embedded:
        if e.control_field:
            if e.tag == "001":
                numbers.append(e.data or "")
            else:
                unmapped[f"{f.tag}$1{e.tag}"] += 1
            continue
        if e.tag == "200" and not title:
            title = e.get("a") or ""
            volumes += e.get_subfields("v")
        elif e.tag in ("700", "701", "702") and not author:
            author, author_kind = _person_text(e), "person"
        elif e.tag in ("710", "711", "712") and not author:
            author, author_kind = e.get("a") or "", "corporate"
        elif e.tag == "210":
            place = " ; ".join(e.get_subfields("a"))
            pub = " : ".join(e.get_subfields("c"))
            date = ", ".join(e.get_subfields("d"))
            text = ", ".join(p for p in (" : ".join(x for x in (place, pub) if x), date) if p)
            rest.append(("d", text))
        elif e.tag == "205" and e.get("a"):
            rest.append(("b", e.get("a") or ""))
        elif e.tag == "010" and e.get("a"):
            rest.append(("z", e.get("a") or ""))
        elif e.tag == "011" and e.get("a"):
            rest.append(("x", e.get("a") or ""))
        else:
            unmapped[f"{f.tag}$1{e.tag}"] += 1
    for sub in own:
        if sub.code == "t" and not title:
            title = sub.value
        elif sub.code == "v":
            volumes.append(sub.value)
        elif sub.code == "x":
            rest.append(("x", sub.value))
        elif sub.code == "a" and not author:
            author = sub.value
        else:
            unmapped[f"{f.tag}${sub.code}"] += 1
    if not (title or author or numbers):
        return []
    display = {"0": "1", "1": "0"}.get(_inds(f)[1], "0")
    if f.tag in _SERIES_LINKS:
        if not title:
            return []
        out: list[tuple[str, str]] = []
        if author_kind:
            out += [("a", author + "."), ("t", title)]
            dst, ind1 = ("800", "1") if author_kind == "person" else ("810", "2")
        else:
            out.append(("a", title))
            dst, ind1 = "830", " "
        for volume in volumes:
            out[-1] = (out[-1][0], out[-1][1] + " ;")
            out.append(("v", volume))
        out += [("w", n) for n in numbers]
        return [_field(dst, ind1, "0", out)]
    dst, ind2 = LINKS[f.tag]
    subs = [("a", author)] if author else []
    subs += [("t", title)] if title else []
    subs += rest + [("g", v) for v in volumes] + [("w", n) for n in numbers]
    return [_field(dst, display, ind2, subs)]


def _name_title_subject(f: Field, unmapped: Counter[str]) -> list[Field]:
    """604 (name and title as subject, embedded with $1) -> 600/610 with $t."""
    embedded, own = _embedded(f)
    name = next((e for e in embedded if not e.control_field and e.tag[:2] == "70"), None)
    corporate = next((e for e in embedded if not e.control_field and e.tag[:2] == "71"), None)
    title = next(
        (e for e in embedded if not e.control_field and e.tag in ("500", "501", "530")), None
    )
    if name is not None:
        out = _name_to_marc(name, "600", "person", unmapped)
    elif corporate is not None:
        meeting = _inds(corporate)[0] == "1"
        dst = "611" if meeting else "610"
        out = _name_to_marc(corporate, dst, "meeting" if meeting else "corporate", unmapped)
    else:
        return []
    # Subdivisions and the system code after the last $1 belong to the whole heading.
    tail = list(own)
    if title is not None and title.get("a"):
        if out.subfields:
            last = out.subfields[-1]
            out.subfields[-1] = Subfield(last.code, last.value + ".")
        out.subfields.append(Subfield("t", title.get("a") or ""))
        for sub in title.subfields:
            if sub.code == "3":
                out.subfields.append(Subfield("0", sub.value))
            elif sub.code in "xyzj2":
                tail.append(sub)
    for sub in tail:
        mapped = _SUBJ.get(sub.code) or {"3": ("0", "")}.get(sub.code)
        if mapped is None:
            unmapped[f"604${sub.code}"] += 1
            continue
        out.subfields.append(Subfield(mapped[0], sub.value))
    ind1, _ = _inds(out)
    has_source = any(s.code == "2" for s in out.subfields)
    return [
        _field(
            out.tag, ind1, "7" if has_source else "4", ((s.code, s.value) for s in out.subfields)
        )
    ]


def _link_from_marc(f: Field) -> Field:
    """An embedded-link 4XX from a MARC 21 linking or series field (the way back for edited or
    native MARC 21 records: RUSMARC agencies expect $1-embedded fields)."""
    display = " "
    if f.tag in ("800", "810", "830", "440"):
        src, display = "410", "0"
        title = f.get("t") if f.tag != "830" else f.get("a")
        author = f.get("a") if f.tag != "830" else None
    else:
        src = LINKS_BACK.get(f.tag, "488")
        ind1, ind2 = _inds(f)
        if f.tag == "780":
            src = {str(i): str(430 + i) for i in range(6)}.get(ind2, "430")
            src = "437" if ind2 == "7" else src
        elif f.tag == "785":
            src = {str(i): str(440 + i) for i in range(9)}.get(ind2, "440")
        display = {"1": "0", "0": "1"}.get(ind1, "1")
        title, author = f.get("t"), f.get("a")
    subs: list[tuple[str, str]] = [("1", "001" + w) for w in f.get_subfields("w")]
    if title:
        subs += [("1", "2001 "), ("a", title.rstrip(" ;"))]
        subs += [("v", v) for v in f.get_subfields("v", "g")]
    if author:
        entry, _, rest = author.rstrip(".").partition(", ")
        if f.tag == "810":
            subs += [("1", "71002"), ("a", author.rstrip("."))]
        else:
            subs += [("1", "700 1"), ("a", entry)] + ([("b", rest)] if rest else [])
    for d in f.get_subfields("d"):
        subs += [("1", "210  "), ("d", d)]
    for code, target in (("b", "205"), ("z", "010"), ("x", "011")):
        for v in f.get_subfields(code):
            subs += [("1", f"{target}  "), ("a", v)]
    return _field(src, " ", display, subs)


# The record ----------------------------------------------------------------------------------

_LEADER_TYPE = {"b": "t", "l": "m", "m": "o"}
_LEADER_TYPE_BACK = {"t": "b", "m": "l", "o": "m", "p": "m"}
_ENCODING_LEVEL = {" ": " ", "1": "1", "2": "8", "3": "3"}
_DATE_TYPE = {
    "a": "c", "b": "d", "c": "u", "d": "s", "e": "r", "f": "q", "g": "m", "h": "t",
    "i": "p", "j": "e", "k": "s", "u": "n",
}  # fmt: skip
_DATE_TYPE_BACK = {"c": "a", "d": "b", "u": "c", "s": "d", "r": "e", "q": "f", "m": "g",
                   "t": "h", "p": "i", "e": "j", "n": "u"}  # fmt: skip
_AUDIENCE = {"a": "j", "b": "a", "c": "b", "d": "c", "e": "d", "k": "f", "m": "e"}
_AUDIENCE_BACK = {v: k for k, v in _AUDIENCE.items()}
_GOVERNMENT = {"a": "f", "b": "s", "c": "c", "d": "l", "e": "z", "f": "i", "h": "u", "u": "u",
               "y": " ", "z": "o"}  # fmt: skip
_ILLUSTRATIONS = {c: c for c in "abcdefghijklm"}
_CONTENTS = {"a": "b", "b": "c", "c": "i", "d": "a", "e": "d", "f": "e", "g": "r", "i": "s",
             "k": "j", "l": "u", "m": "m", "n": "l", "o": "n", "p": "t", "s": "g",
             "t": "6"}  # fmt: skip
_LITERARY = {"a": "1", "b": "d", "c": "e", "d": "h", "e": "i", "f": "j", "g": "p", "h": "s",
             "y": "0", "z": "m"}  # fmt: skip
_BIOGRAPHY = {"a": "a", "b": "b", "c": "c", "d": "d", "y": " "}
_FORM_OF_ITEM = {"r": " ", "s": "s", "d": "d", "e": "e", "f": "f", "g": "b", "h": "b", "i": "b"}
# ISO 3166-1 codes -> MARC country codes, for 008/15-17 (044 $c keeps the ISO code itself).
COUNTRIES = {
    "KZ": "kz", "RU": "ru", "UA": "un", "BY": "bw", "UZ": "uz", "KG": "kg", "TJ": "ta",
    "TM": "tk", "AZ": "aj", "AM": "ai", "GE": "gs", "MD": "mv", "LT": "li", "LV": "lv",
    "EE": "er", "IT": "it", "FR": "fr", "DE": "gw", "GB": "xxk", "US": "xxu", "CN": "cc",
    "TR": "tu", "PL": "pl", "ES": "sp", "JP": "ja", "IN": "ii", "CA": "xxc", "MN": "mp",
}  # fmt: skip
COUNTRIES["TW"] = "ch"  # MARC's code for Taiwan (CMARC records, UNIMARC-based, say "tw.")
COUNTRIES_BACK = {v: k for k, v in COUNTRIES.items()}


def _iso_country(code: str) -> str:
    """102 $a as an ISO 3166 code: upper case, without the full stop some agencies add."""
    return code.strip().rstrip(".").strip().upper()


# RUSMARC/UNIMARC character set codes in 100 $a/26-29 (two positions each).
CHARSETS = {
    "01": "iso646", "02": "iso-ir-2", "03": "iso5426", "04": "iso5427", "05": "iso5428",
    "06": "iso6438", "07": "iso-ir-6", "08": "iso8957", "09": "iso8957", "10": "iso10585",
    "11": "iso-ir-111", "50": "utf-8", "79": "cp866", "89": "cp1251", "99": "koi8-r",
}  # fmt: skip


def charset_of_100(coded: str) -> str | None:
    """The character set 100 $a/26-27 declares (a key of CHARSETS' values), or None."""
    return CHARSETS.get(coded[26:28]) if len(coded) >= 28 else None


# Kept in shadows but converted, all of them together, into the leader, 008 and 040 (123
# scale and co-ordinates, 126 and 127 sound recordings, 140 antiquarian books: their data
# belongs in 034 and 007, not 008; they stay in their shadows).
_CODED_FIELDS = frozenset(
    {"100", "105", "106", "110", "115", "116", "120", "124", "125", "130", "135", "801"}
)


def _forward_field(
    f: Field, scheme: Scheme, has_main: dict[str, bool], unmapped: Counter[str], lang: str = ""
) -> list[Field]:
    """The MARC 21 data fields made from one source field (none: no MARC 21 home); `lang`
    the cataloguing language relator terms are written in."""
    tag = f.tag
    terms = lang if tag[0] == "7" else ""  # responsibility, not subjects
    if f.control_field:
        return [Field(tag=tag, data=f.data)] if tag in ("001", "005") else []
    spec = SPEC_BY_SRC.get(tag)
    if spec is not None:
        # 200 $d (a parallel title as transcribed) goes to 245 $b only: RUSMARC makes it an
        # access point with a 510 of its own, which becomes 246 31.
        return _convert_spec(spec, f, unmapped)
    if tag == "500":
        return _uniform_to_marc(f, unmapped)
    if tag in _PERSON_TAGS:
        return [_name_to_marc(f, _PERSON_TAGS[tag], "person", unmapped, terms)]
    if tag in _CORP_TAGS:
        ind1 = _inds(f)[0]
        dst = _CORP_TAGS[tag]
        if tag == "710" and has_main.get("700"):
            dst = "710"
        if ind1 == "1":
            dst = dst[:2] + "1"
        kind = "meeting" if ind1 == "1" else "corporate"
        return [_name_to_marc(f, dst, kind, unmapped, terms)]
    if tag in _FAMILY_TAGS:
        dst = _FAMILY_TAGS[tag]
        if tag == "720" and (has_main.get("700") or has_main.get("710")):
            dst = "700"
        return [_name_to_marc(f, dst, "family", unmapped, terms)]
    if tag in LINKS or tag in _SERIES_LINKS:
        return _link_to_marc(f, unmapped)
    if tag == "604":
        return _name_title_subject(f, unmapped)
    if tag == "101":
        return _languages_to_marc(f, unmapped)
    if tag == "102":
        countries = [("c", v) for v in f.get_subfields("a")]
        for sub in f.subfields:
            if sub.code != "a":
                unmapped[f"102${sub.code}"] += 1
        return [_field("044", " ", " ", countries)] if countries else []
    if tag == "801":
        return []  # 040 is made from all 801s at once; each 801 is kept in a shadow
    return []


_LANG = {"a": ("a", ""), "c": ("h", ""), "d": ("b", ""), "e": ("f", ""), "h": ("e", ""),
         "i": ("g", ""), "j": ("j", ""), "b": ("k", "")}  # fmt: skip


def _languages_to_marc(f: Field, unmapped: Counter[str]) -> list[Field]:
    spec = Spec("101", "041", _LANG, ind1={"0": "0", "1": "1"})
    return _convert_spec(spec, f, unmapped)


def _uniform_to_marc(f: Field, unmapped: Counter[str]) -> list[Field]:
    ind2 = _inds(f)[1]
    table = {"a": ("a", ""), "h": ("n", "."), "i": ("p", ","), "k": ("f", "."), "l": ("k", "."),
             "m": ("l", "."), "q": ("s", "."), "3": ("0", "")}  # fmt: skip
    if ind2 == "1":
        spec = Spec("500", "130", table, ind1={"1": "0"})
    else:
        spec = Spec("500", "240", table, ind1={"0": "0", "1": "1"}, ind2={"0": "0", " ": "0"})
    return _convert_spec(spec, f, unmapped)


def _relators(f: Field, term_code: str) -> list[str]:
    """The MARC relator codes of a name: its $4, or those its terms name."""
    codes = f.get_subfields("4")
    if codes:
        return codes
    return [c for c in map(relator_of_term, f.get_subfields(term_code)) if c]


def _reverse_field(f: Field) -> list[Field]:
    """The RUSMARC fields one MARC 21 field gives back, without context (the same function
    checks each converted field and converts edited or native MARC 21 fields)."""
    tag = f.tag
    if f.control_field:
        return [Field(tag=tag, data=f.data)] if tag in ("001", "005") else []
    if tag == "264":
        # RUSMARC partners read publication from 210 (214 is recent): 264 goes back as 210.
        return [_reverse_spec(SPEC_BY_SRC["210"], f)]
    specs = SPEC_BY_DST.get(tag)
    if specs:
        if tag == "246":
            ind2 = _inds(f)[1]
            wanted = next((s for s in specs if (s.ind2 or {}).get(" ") == ind2), None)
            return [_reverse_spec(wanted or specs[-2], f)]
        spec = next((s for s in specs if s.reverse_default), specs[0])
        return [_reverse_spec(spec, f)]
    if tag == "041":
        return [_reverse_spec(Spec("101", "041", _LANG, ind1={"0": "0", "1": "1"}), f)]
    if tag == "044":
        return [_field("102", " ", " ", [("a", v) for v in f.get_subfields("c")])]
    if tag in ("130", "240"):
        table = {"a": ("a", ""), "h": ("n", "."), "i": ("p", ","), "k": ("f", "."),
                 "l": ("k", "."), "m": ("l", "."), "q": ("s", "."), "3": ("0", "")}  # fmt: skip
        if tag == "130":
            back = _reverse_spec(Spec("500", "130", table, ind1={"1": "0"}), f)
            return [_field("500", "1", "1", ((s.code, s.value) for s in back.subfields))]
        back = _reverse_spec(Spec("500", "240", table, ind1={"0": "0", "1": "1"}), f)
        return [_field("500", _inds(back)[0], "0", ((s.code, s.value) for s in back.subfields))]
    if tag in ("100", "700", "600"):
        ind1 = _inds(f)[0]
        if ind1 == "3":
            src = {"100": "720", "700": "721", "600": "602"}[tag]
            return [_name_from_marc(f, src, "family")]
        if tag == "100":
            src = "700"
        elif tag == "600":
            src = "600"
        else:
            relators = _relators(f, "e")
            src = "701" if not relators or "aut" in relators else "702"
        return [_name_from_marc(f, src, "person")]
    if tag in ("110", "111", "710", "711", "610", "611"):
        meeting = tag.endswith("11")
        src = {"1": "710", "7": "711", "6": "601"}[tag[0]]
        relators = _relators(f, "j" if meeting else "e")
        if src == "711" and relators and "aut" not in relators:
            src = "712"  # secondary responsibility (sponsor, publisher, ...)
        return [_name_from_marc(f, src, "meeting" if meeting else "corporate")]
    if tag in LINKS_BACK or tag in ("800", "810", "830"):
        return [_link_from_marc(f)]
    if tag == "852":
        # This library's holdings (export --with-holdings) as RUSMARC's location field 899:
        # $a holding library, $b sub-location, $j shelf mark, $z note. Never read back into
        # 852: an 899 coming in is another library's and stays in its 887.
        subs = [(c, v) for c, v in ((s.code, s.value) for s in f.subfields) if c in "abz"]
        shelf = " ".join(v for c, v in ((s.code, s.value) for s in f.subfields) if c in "hi")
        if shelf:
            subs.append(("j", shelf))
        return [_field("899", " ", " ", subs)] if subs else []
    return []


def to_marc21(record: pymarc.Record, scheme: Scheme | None = None) -> ConversionResult:
    """The record in MARC 21 (see the module's docstring); scheme None detects it."""
    scheme = scheme or detect_scheme(record)
    if scheme is Scheme.MARC21:
        return ConversionResult(_copy(record))
    result = ConversionResult(pymarc.Record(force_utf8=True))
    unmapped = result.unmapped
    has_main = {t: bool(record.get_fields(t)) for t in ("700", "710")}
    out: list[Field] = []
    shadows: list[Field] = []
    source_leader = str(record.leader)
    shadows.append(
        _field(SHADOW_TAG, " ", " ", [("a", "LDR" + source_leader), ("2", scheme.value)])
    )
    lang = cataloguing_language(_coded_100(record), scheme)
    for f in record.fields:
        result.fields_in += 1
        scratch: Counter[str] = Counter()
        try:
            made = _forward_field(f, scheme, has_main, scratch, lang)
        except Exception as exc:  # a field shaped like nothing seen: keep it, never the record
            made = []
            result.warnings.append(
                translate(
                    "errors",
                    "field {tag} could not be converted ({error}); kept as it came in 887",
                ).format(tag=f.tag, error=f"{type(exc).__name__}: {exc}")
            )
        out += made
        if made and f.tag not in _CODED_FIELDS and not scratch:
            back: list[Field] = []
            for m in made:
                back += _reverse_field(m)
            same = len(back) == 1 and _key(back[0]) == _key(f)
        else:
            same = False  # nothing made, or a subfield dropped: it cannot come back whole
        if not same:
            shadows.append(shadow_field(f, scheme))
            result.shadowed += 1
            if not made and f.tag not in _CODED_FIELDS:
                unmapped[f.tag] += 1
            else:
                unmapped.update(scratch)
    record_out = result.record
    record_out.leader = Leader(_leader_to_marc(source_leader))
    coded = _coded_100(record)
    fixed = _make_008(record, coded)
    out.append(Field(tag="008", data=fixed))
    f040 = _make_040(record, coded)
    if f040 is not None:
        out.append(f040)
    for f in sorted(out, key=lambda f: f.tag):
        record_out.add_field(f)
    for s in shadows:
        record_out.add_field(s)
    result.warnings += _guesses(record, coded, source_leader)
    return result


# IRBIS records never have a 100: the migration leaves this one out.
NO_CODED_DATA = QT_TRANSLATE_NOOP(
    "errors", "no coded data field 100: the dates and languages of 008 were left unknown"
)


def _guesses(record: pymarc.Record, coded: str, leader: str) -> list[str]:
    """What the conversion had to guess or leave unknown, for the user (field failures are
    said where they happen)."""
    out: list[str] = []
    if not record.get_fields("200"):
        out.append(translate("errors", "no title field 200: the record has no title"))
    if record.get("100") is None:
        out.append(translate("errors", NO_CODED_DATA))
    elif not (len(coded) >= 30 and _CODED_100.match(coded)):
        out.append(
            translate(
                "errors",
                "the coded data of field 100 is damaged: the dates and languages of 008 "
                "were left unknown",
            )
        )
    kind = leader[6:7]
    if kind.strip() and kind not in _LEADER_TYPE and kind not in "acdefgijkr":
        out.append(
            translate(
                "errors", "record type {code} (leader/06) is unknown: converted as printed text"
            ).format(code=kind)
        )
    for f in record.get_fields("102"):
        for code in f.get_subfields("a")[:1]:
            if _iso_country(code) and _iso_country(code) not in COUNTRIES:
                out.append(
                    translate(
                        "errors",
                        "country {code} (field 102) has no MARC 21 country code: 008 says "
                        "xx (unknown)",
                    ).format(code=code)
                )
        break
    for tag in ("700", "701", "702", "710", "711", "712"):
        for f in record.get_fields(tag):
            if f.control_field:
                continue
            for code in f.get_subfields("4"):
                if code not in RELATORS:
                    out.append(
                        translate(
                            "errors",
                            "relator code {code} in field {tag} is not a RUSMARC code: kept "
                            "as it came, without a relator term",
                        ).format(code=code, tag=tag)
                    )
    return out


def _copy(record: pymarc.Record) -> pymarc.Record:
    copy = pymarc.Record(force_utf8=True)
    copy.leader = Leader(str(record.leader))
    for f in record.fields:
        if f.control_field:
            copy.add_field(Field(tag=f.tag, data=f.data))
        else:
            copy.add_field(
                Field(tag=f.tag, indicators=Indicators(*_inds(f)), subfields=list(f.subfields))
            )
    return copy


def _leader_to_marc(leader: str) -> str:
    leader = (leader + " " * 24)[:24]
    status = leader[5] if leader[5] in "acdnp" else "n"
    kind = _LEADER_TYPE.get(leader[6], leader[6] if leader[6] in "acdefgijkr" else "a")
    level = leader[7] if leader[7] in "abcdims" else "m"
    encoding = _ENCODING_LEVEL.get(leader[17], " ")
    form = {"n": " ", " ": "i", "i": "i"}.get(leader[18], "i")
    return f"00000{status}{kind}{level} a2200000{encoding}{form} 4500"


def _make_008(record: pymarc.Record, coded: str) -> str:
    c = (coded + " " * 36)[:36]
    entered = c[2:8] if c[:8].isdigit() else "      "
    date_type = _DATE_TYPE.get(c[8], "|")
    date1 = c[9:13].replace(" ", "u") if c[9:13].strip() else "    "
    date2 = c[13:17] if c[13:17].strip() else "    "
    countries = record.get_fields("102")
    iso = _iso_country(countries[0].get("a") or "") if countries else ""
    country = COUNTRIES.get(iso, "xx").ljust(3)
    leader = str(record.leader)
    kind = _leader_to_marc(leader)[6] if leader[6:7].strip() else "a"
    if kind in ("a", "t") and leader[7:8] in ("s", "i"):
        body = _serial_008(record, c)
    elif kind in ("a", "t"):
        body = _book_008(record, c)
    elif kind in ("e", "f"):
        body = _map_008(record, c, leader)
    elif kind in ("c", "d", "i", "j"):
        body = _music_008(record, c, kind)
    elif kind in ("g", "k", "o", "r"):
        body = _visual_008(record, c, kind)
    elif kind == "m":
        body = _computer_008(record, c)
    else:  # p, mixed materials: only the form of item
        body = [" "] * 17
        body[5] = _form_of_item(record)
    languages = record.get_fields("101")
    lang = ((languages[0].get("a") if languages else "") or "   ")[:3].ljust(3)
    return f"{entered}{date_type}{date1}{date2}{country}{''.join(body)}{lang} d"


# 110 $a (coded data: continuing resources) -> 008/18-34 for serials.
_SERIAL_TYPE = {"a": "p", "b": "m", "c": "n", "e": "l", "f": "d", "g": "w", "z": " "}
_FREQUENCY = {"a": "d", "b": "c", "c": "w", "d": "e", "e": "s", "f": "m", "g": "b", "h": "q",
              "i": "t", "j": "f", "k": "a", "l": "g", "m": "h", "n": "i", "o": "j", "p": "k",
              "u": "u", "y": " ", "z": "z"}  # fmt: skip
_REGULARITY = {"a": "r", "b": "n", "u": "u", "y": "x"}


def _serial_008(record: pymarc.Record, c: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, continuing resources
    f110 = record.get("110")
    c110 = ((f110.get("a") if f110 is not None and not f110.control_field else "") or "").ljust(11)
    body[0] = _FREQUENCY.get(c110[1], " ")
    body[1] = _REGULARITY.get(c110[2], "u")
    body[3] = _SERIAL_TYPE.get(c110[0], " ")
    f106 = record.get("106")
    c106 = (f106.get("a") if f106 is not None and not f106.control_field else "") or ""
    body[5] = _FORM_OF_ITEM.get(c106[:1], " ")
    body[10] = _GOVERNMENT.get(c[20], " ")
    body[11] = c110[3] if c110[3] in "01" else "0"  # conference publication
    body[16] = "0"  # successive entry
    return body


def _coded(record: pymarc.Record, tag: str, code: str = "a", width: int = 0) -> str:
    """The coded data of the first `tag` $`code`, padded with blanks to `width`."""
    f = record.get(tag)
    value = (f.get(code) if f is not None and not f.control_field else "") or ""
    return value.ljust(width)


# 130 $a/0 (microforms) -> form of item: microfilm, microfiche, microopaque.
_MICROFORM = {"b": "a", "c": "a", "d": "a", "h": "a", "j": "a", "e": "b", "f": "b", "g": "c"}


def _form_of_item(record: pymarc.Record) -> str:
    """008's form of item: a microform's kind from 130, else 106 (form of the text)."""
    micro = _coded(record, "130", width=1)[0]
    if micro in _MICROFORM:
        return _MICROFORM[micro]
    return _FORM_OF_ITEM.get(_coded(record, "106", width=1)[0], " ")


# The other kinds of material, after the Library of Congress' UNIMARC to MARC 21
# specification: each code table says what the UNIMARC code becomes in 008/18-34.
# 120 $a/3-6 relief -> 008/18-21 (maps); h "other methods in colour" has no code of its own.
_RELIEF = {c: c for c in "abcdefgijk"} | {"h": "z", "z": "z", "x": " "}
# 120 $a/7-8 projection -> 008/22-23: the codes both lists give the same projection.
_PROJECTIONS = frozenset(
    ("aa", "ab", "ac", "ad", "ae", "af", "au", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg",
     "bh", "bu", "bz", "ca", "cb", "cc", "cp", "cu", "cz", "zz")
)  # fmt: skip
# 124 $b form of cartographic item -> 008/25 type of cartographic material.
_CARTOGRAPHIC = {"a": "e", "c": "d", "d": "a", "j": "a"}
# 125 $a/0 type of score -> 008/20 format of music; $a/1 parts -> 008/21.
_SCORE = {c: c for c in "abcdegmuz"} | {"x": "n"}
_PARTS = {"a": "u", "u": "u", "x": "n", "y": " "}
# 125 $b literary text (sound recordings) -> 008/30-31.
_LITERARY_TEXT = {"a": "p", "b": "d", "c": "f", "d": "h", "e": "l", "f": "i", "g": "s",
                  "h": "a", "i": "b", "j": "e", "k": "g", "l": "m", "m": "r", "n": "t",
                  "o": "z", "p": "j", "q": "c", "r": "k", "s": "o", "t": "z", "z": "z"}  # fmt: skip
# 115 $a/0 (projected and video) and 116 $a/0 (graphics) -> 008/33 type of visual material.
_VISUAL = {"a": "m", "b": "|", "c": "v"}
_GRAPHIC = {"a": "a", "b": "a", "c": "a", "d": "c", "e": "i", "f": "i", "h": "i", "i": "k",
            "k": "l", "z": "z"}  # fmt: skip
# 135 $a/0 type of electronic resource -> 008/26; $a/1 its carrier -> 008/23 form of item.
_COMPUTER = {c: c for c in "abcdefghijuz"} | {"v": "m"}


def _map_008(record: pymarc.Record, c: str, leader: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, maps
    c120 = _coded(record, "120", width=9)
    for i in range(4):
        body[i] = _RELIEF.get(c120[3 + i], " ")
    if c120[7:9] in _PROJECTIONS:
        body[4], body[5] = c120[7], c120[8]
    form = _coded(record, "124", "b", 1)[0]
    body[7] = _CARTOGRAPHIC.get(form, "") or {"s": "c", "m": "a"}.get(leader[7:8], "u")
    body[10] = _GOVERNMENT.get(c[20], " ")
    body[11] = _form_of_item(record)
    body[13] = {"a": "1", "b": "1", "c": "1", "y": "0"}.get(c120[1], "0")  # index
    return body


def _music_008(record: pymarc.Record, c: str, kind: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, music and sound recordings
    body[0] = body[1] = "|"  # form of composition: no coded source field carries it
    c125 = _coded(record, "125", width=2)
    if kind in ("c", "d"):
        body[2] = _SCORE.get(c125[0], "|")
        body[3] = _PARTS.get(c125[1], " ")
    else:
        body[2] = "n"
        body[3] = " "
    body[4] = _AUDIENCE.get(c[17], " ")
    body[5] = _form_of_item(record)
    text = _coded(record, "125", "b", 2)
    if kind == "i":
        body[12] = _LITERARY_TEXT.get(text[0], " ")
        body[13] = _LITERARY_TEXT.get(text[1], " ")
    else:
        body[12:14] = ["n", " "]
    body[15] = "n" if kind in ("i",) else " "  # transposition and arrangement
    return body


def _visual_008(record: pymarc.Record, c: str, kind: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, visual materials
    c115 = _coded(record, "115", width=4)
    if kind == "g":
        length = c115[1:4]
        if length.isdigit() or length in ("---", "nnn"):
            body[0:3] = list(length)
        else:
            body[0:3] = list("|||")
        body[15] = _VISUAL.get(c115[0], "|")
        body[16] = "|"  # technique: not coded in 115's first positions
    else:
        body[0:3] = list("nnn")
        if kind == "k":
            body[15] = _GRAPHIC.get(_coded(record, "116", width=1)[0], "k")
        else:
            body[15] = {"o": "b", "r": "r"}[kind]
        body[16] = "n"
    body[4] = _AUDIENCE.get(c[17], " ")
    body[10] = _GOVERNMENT.get(c[20], " ")
    body[11] = _form_of_item(record)
    return body


def _computer_008(record: pymarc.Record, c: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, computer files / electronic resources
    c135 = _coded(record, "135", width=2)
    body[4] = _AUDIENCE.get(c[17], " ")
    if c135[1] == "r":
        body[5] = "o"  # online
    elif c135[1] in "abcfhjmoz" and c135[1] != " ":
        body[5] = "q"  # direct electronic: a carrier in hand
    body[8] = _COMPUTER.get(c135[0], "u")
    body[10] = _GOVERNMENT.get(c[20], " ")
    return body


def _book_008(record: pymarc.Record, c: str) -> list[str]:
    body = [" "] * 17  # positions 18-34, books
    f105 = record.get("105")
    c105 = ((f105.get("a") if f105 is not None and not f105.control_field else "") or "").ljust(13)
    for i in range(4):
        body[i] = _ILLUSTRATIONS.get(c105[i], " ")
    body[4] = _AUDIENCE.get(c[17], " ")
    f106 = record.get("106")
    c106 = (f106.get("a") if f106 is not None and not f106.control_field else "") or ""
    body[5] = _FORM_OF_ITEM.get(c106[:1], " ")
    for i in range(4):
        body[6 + i] = _CONTENTS.get(c105[4 + i], " ")
    body[10] = _GOVERNMENT.get(c[20], " ")
    body[11] = c105[8] if c105[8] in "01" else "0"
    body[12] = c105[9] if c105[9] in "01" else "0"
    body[13] = c105[10] if c105[10] in "01" else "0"
    body[15] = _LITERARY.get(c105[11], "0")
    body[16] = _BIOGRAPHY.get(c105[12], " ")
    return body


def _make_040(record: pymarc.Record, coded: str) -> Field | None:
    subs: list[tuple[str, str]] = []
    by_role: dict[str, list[str]] = {}
    rules = ""
    for f in record.get_fields("801"):
        if f.control_field:
            continue
        agency = " ".join(v for v in (f.get("a"), f.get("b")) if v)
        if agency:
            by_role.setdefault(_inds(f)[1], []).append(agency)
        rules = rules or (f.get("g") or "")
    if "0" in by_role:
        subs.append(("a", by_role["0"][0]))
    lang = coded[22:25] if len(coded) >= 25 and coded[22:25].isalpha() else ""
    if lang:
        subs.append(("b", lang))
    if "1" in by_role:
        subs.append(("c", by_role["1"][0]))
    for agency in by_role.get("2", []):
        subs.append(("d", agency))
    if rules:
        subs.append(("e", rules))
    return _field("040", " ", " ", subs) if subs else None


# MARC 21 -> RUSMARC --------------------------------------------------------------------------


def to_rusmarc(record: pymarc.Record, agency: str = "") -> pymarc.Record:
    """The record in RUSMARC: source fields kept in 887 shadows come back verbatim while the
    MARC 21 fields made from them are unchanged; everything else is converted back. With
    `agency` (the exporting library's sigla), a record that would go out without an 801 of
    its originating agency gets one naming it: RUSMARC's 801 is mandatory."""
    pool: list[tuple[int, Field]] = []
    shadows: list[tuple[int, Field]] = []
    irbis: list[tuple[str, int, Field]] = []
    scheme = Scheme.RUSMARC
    leader: str | None = None
    for pos, f in enumerate(record.fields):
        if is_shadow(f):
            text = f.get("a") or ""
            scheme = Scheme(f.get("2") or scheme.value)
            if text.startswith("LDR"):
                leader = text[3:]
                continue
            original = parse_shadow(text)
            if original is not None:
                shadows.append((pos, original))
        elif irbis_source(f):
            # A field IRBIS had and MARC 21 has no home for comes back as it was.
            kept = _from_irbis(f)
            if kept.subfields:
                irbis.append((kept.tag, pos, kept))
        elif is_kept_source(f):
            irbis.append((f.tag, pos, f))  # a tag RUSMARC cannot carry (IRBIS's 4444): as kept
        else:
            pool.append((pos, f))
    free: dict[tuple, list[int]] = {}
    for pos, f in pool:
        free.setdefault(_key(f), []).append(pos)
    used: set[int] = set()
    emitted: list[tuple[str, int, Field]] = []
    has_main = {"700": False, "710": False}
    for _, orig in shadows:
        if orig.tag in has_main:
            has_main[orig.tag] = True
    coded = next(
        (o.get("a") or "" for _, o in shadows if o.tag == "100" and not o.control_field), ""
    )
    lang = cataloguing_language(coded, scheme)
    for spos, orig in shadows:
        expected: list[Field] = []
        for variant in (has_main, {"700": False, "710": False}, {"700": True, "710": True}):
            expected = _forward_field(orig, scheme, variant, Counter(), lang)
            positions = _claim(expected, free, used)
            if positions is not None:
                break
        else:
            continue  # a MARC 21 field made from it was edited: the edit wins
        used.update(positions)
        emitted.append((orig.tag, min(positions) if positions else 100000 + spos, orig))
    for pos, f in pool:
        if pos in used:
            continue
        for back in _reverse_field(f):
            emitted.append((back.tag, pos, back))
    emitted += irbis
    out = pymarc.Record(force_utf8=True)
    out.leader = Leader(leader if leader and len(leader) == 24 else _leader_from_marc(record))
    if leader is None:
        # Catalogued in MARC 21 (no source kept): RUSMARC's mandatory coded fields are made
        # from 008 and 040. A record from RUSMARC gets back only what its source had.
        emitted += _coded_fields(record, emitted)
    if agency and not any(
        tag == "801" and not f.control_field and _inds(f)[1] == "0" for tag, _, f in emitted
    ):
        emitted.append(("801", -1, _agency_801(record, agency)))
    for _, _, f in sorted(emitted, key=lambda e: (e[0], e[1])):
        out.add_field(f)
    return out


def _agency_801(record: pymarc.Record, agency: str) -> Field:
    """801 #0 for a record whose originating agency nothing names: this library ($a its
    country, from a sigla such as KZ-ALM), $c the date of the latest transaction (005)."""
    subs: list[tuple[str, str]] = []
    country = agency[:2].upper() if re.match(r"^[A-Za-z]{2}-", agency) else ""
    if country:
        subs.append(("a", country))
    subs.append(("b", agency))
    f005 = record.get("005")
    stamp = (f005.data or "")[:8] if f005 is not None and f005.control_field else ""
    if stamp.isdigit() and len(stamp) == 8:
        subs.append(("c", stamp))
    return _field("801", " ", "0", subs)


def _coded_fields(record: pymarc.Record, emitted: list[tuple[str, int, Field]]) -> list:
    made: list[tuple[str, int, Field]] = [("100", -1, _make_100(record))]
    present = {tag for tag, _, _ in emitted}
    for tag, make in (("101", _make_101), ("102", _make_102)):
        if tag not in present and (field := make(record)) is not None:
            made.append((tag, -1, field))
    made += [("801", -1, f) for f in _make_801(record)]
    return made


def _claim(expected: list[Field], free: dict[tuple, list[int]], used: set[int]) -> list[int] | None:
    positions: list[int] = []
    for e in expected:
        pos = next((p for p in free.get(_key(e), []) if p not in used and p not in positions), None)
        if pos is None:
            return None
        positions.append(pos)
    return positions


def _leader_from_marc(record: pymarc.Record) -> str:
    leader = (str(record.leader) + " " * 24)[:24]
    kind = _LEADER_TYPE_BACK.get(leader[6], leader[6])
    encoding = {" ": " ", "1": "1", "8": "2", "3": "3"}.get(leader[17], "3")
    form = " " if leader[18] in "ai" else "n"
    return f"00000{leader[5]}{kind}{leader[7]}  2200000{encoding}{form} 450 "


def _make_100(record: pymarc.Record) -> Field:
    f008 = record.get("008")
    d = ((f008.data if f008 is not None else "") or "").ljust(40)
    yy = d[0:2]
    entered = ("19" if yy.isdigit() and int(yy) > 60 else "20") + d[0:6] if d[:6].isdigit() else ""
    entered = entered or "00000000"
    date_type = _DATE_TYPE_BACK.get(d[6], "u")
    date1 = d[7:11].replace("u", " ") if d[7:11].strip() not in ("", "||||") else "    "
    date2 = d[11:15] if d[11:15].strip() not in ("", "||||") else "    "
    audience = _AUDIENCE_BACK.get(d[22], "u") + "  "
    f040 = record.get("040")
    lang = ((f040.get("b") if f040 is not None else None) or "rus")[:3].ljust(3)
    title = record.get("245")
    text = " ".join(title.get_subfields("a")) if title is not None else ""
    script = "ca" if re.search("[\u0400-\u04ff]", text) else "ba"
    coded = f"{entered}{date_type}{date1}{date2}{audience}y0{lang}y50      {script}"
    return _field("100", " ", " ", [("a", coded)])


def _make_101(record: pymarc.Record) -> Field | None:
    f008 = record.get("008")
    lang = ((f008.data if f008 is not None else "") or "").ljust(40)[35:38]
    if not lang.strip() or not lang.isalpha():
        return None
    return _field("101", "0", " ", [("a", lang)])


def _make_102(record: pymarc.Record) -> Field | None:
    f008 = record.get("008")
    code = ((f008.data if f008 is not None else "") or "").ljust(40)[15:18].strip()
    country = COUNTRIES_BACK.get(code)
    return _field("102", " ", " ", [("a", country)]) if country else None


def _make_801(record: pymarc.Record) -> list[Field]:
    f040 = record.get("040")
    if f040 is None:
        return []
    out = []
    for code, role in (("a", "0"), ("c", "1"), ("d", "2")):
        for agency in f040.get_subfields(code):
            subs = [("b", agency)]
            if code == "a" and f040.get("e"):
                subs.append(("g", f040.get("e") or ""))
            out.append(_field("801", " ", role, subs))
    return out


def declare_utf8(record: pymarc.Record) -> pymarc.Record:
    """Make 100 $a/26-29 say UTF-8 ("50  "), as Qor writes every file in UTF-8 (in place)."""
    for f in record.get_fields("100"):
        if f.control_field:
            continue
        for i, sub in enumerate(f.subfields):
            if sub.code == "a" and len(sub.value) >= 30:
                f.subfields[i] = Subfield("a", sub.value[:26] + "50  " + sub.value[30:])
            break
    return record
