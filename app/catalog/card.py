"""The catalog card: a record shown the way catalogers read it, in ISBD order and punctuation.

Records arrive both with ISBD punctuation already at the ends of subfields (LC: ``$aTitle /``,
``$aNew York :``) and without it (many Russian and Kazakh catalogs: ``$aМ.$bПитер``). The card
keeps punctuation that is there and supplies what is missing, without doubling either.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pymarc

from app.i18n import QT_TRANSLATE_NOOP, translate

AREA = " — "
_KEPT = "/:;=+,"  # prescribed punctuation a cataloger left at the end of a subfield
_ENDS = ".!?"


@dataclass(frozen=True)
class CatalogCard:
    """The parts of a card, in the order they are printed."""

    heading: str
    description: str
    notes: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    classification: list[str] = field(default_factory=list)
    tracings: str = ""


def catalog_card(record: pymarc.Record) -> str:
    """The card as plain text: the heading flush left, the rest indented below it."""
    card = build_card(record)
    indent = "    " if card.heading else ""
    lines = [card.heading] if card.heading else []
    lines.append(indent + card.description)
    lines.extend(indent + line for line in card.notes + card.numbers + card.classification)
    if card.tracings:
        lines.extend(["", indent + card.tracings])
    return "\n".join(lines) + "\n"


def catalog_card_html(record: pymarc.Record) -> str:
    """The same card as HTML for a QTextBrowser; all record text is escaped."""
    card = build_card(record)
    margin = ' style="margin-left: 2em"' if card.heading else ""

    def paragraph(text: str, css: str = margin) -> str:
        return f"<p{css}>{html.escape(text)}</p>"

    parts = [paragraph(card.heading, "")] if card.heading else []
    parts.append(paragraph(card.description))
    parts.extend(paragraph(line) for line in card.notes + card.numbers + card.classification)
    if card.tracings:
        parts.append(paragraph(card.tracings))
    return '<div class="catalog-card">\n' + "\n".join(parts) + "\n</div>\n"


def build_card(record: pymarc.Record) -> CatalogCard:
    return CatalogCard(
        heading=_heading(record),
        description=_description(record),
        notes=_notes(record),
        numbers=_numbers(record),
        classification=_classification(record),
        tracings=_tracings(record),
    )


def _clean(value: str) -> str:
    return " ".join(value.split())


def _append(text: str, prefix: str, value: str) -> str:
    """Add `value` after `text` with the ISBD `prefix` (" : ", " / ", ", "...), unless the
    cataloger's own punctuation already ends `text`."""
    value = _clean(value)
    if not value:
        return text
    if not text:
        return value
    mark = prefix.strip()
    last = text[-1]
    if last in _KEPT or (last in _ENDS and mark in ("", ".")):
        return f"{text} {value}"
    return text + prefix + value


def _finish(text: str) -> str:
    """Drop punctuation left dangling at the end of an element (``Title /`` with no $c)."""
    return text.rstrip(" " + _KEPT)


def _element(field: pymarc.Field, prefixes: dict[str, str]) -> str:
    """Join the subfields of `field` named in `prefixes`, in the record's order."""
    text = ""
    for subfield in field.subfields:
        if subfield.code in prefixes:
            text = _append(text, prefixes[subfield.code], subfield.value)
    return _finish(text)


def _areas(areas: Iterable[str]) -> str:
    """Join the areas of the description with ". — ", ending in a full stop."""
    text = ""
    for area in filter(None, areas):
        if not text:
            text = area
        elif text[-1] in _ENDS:
            text += AREA + area
        else:
            text += "." + AREA + area
    if text and text[-1] not in _ENDS:
        text += "."
    return text


_NAME = {"a": ", ", "b": " ", "c": ", ", "q": " ", "d": ", ", "t": ". ", "n": ". ", "p": ". "}
_CORPORATE = {"a": ". ", "b": ". ", "c": ", ", "d": ", ", "n": " ", "t": ". ", "p": ". "}
_MEETING = {"a": ". ", "q": " ", "n": " ", "d": ", ", "c": ", ", "e": ". ", "t": ". "}
_UNIFORM = {"a": ". ", "n": ". ", "p": ". ", "l": ". ", "s": ". ", "f": ". ", "k": ". "}
_NAMES = {"00": _NAME, "10": _CORPORATE, "11": _MEETING, "30": _UNIFORM}
_SUBDIVISIONS = "vxyz"


def _name(field: pymarc.Field) -> str:
    """A name or title heading: X00, X10, X11, X30 (600, 710, 830...)."""
    parts = _NAMES.get(field.tag[1:], _NAME)
    text = ""
    for subfield in field.subfields:
        if subfield.code not in parts:
            continue
        value = _clean(subfield.value)
        if not text:
            text = value
        elif value.startswith("(") or text[-1] in ",.-":
            text = f"{text} {value}"
        else:
            text = text + parts[subfield.code] + value
    return _finish(text).rstrip(",")


def _heading(record: pymarc.Record) -> str:
    for tag in ("100", "110", "111", "130"):
        main = record.get(tag)
        if main is not None:
            return _name(main)
    return ""


_TITLE = {
    "a": "",
    "b": " : ",
    "f": ", ",
    "g": ", ",
    "h": " ",
    "k": ", ",
    "n": ". ",
    "p": ". ",
    "s": ". ",
    "c": " / ",
}
_EDITION = {"a": "", "b": " / "}
_PUBLICATION = {"a": " ; ", "b": " : ", "c": ", "}
_EXTENT = {"a": "", "b": " : ", "c": " ; ", "e": " + "}
_SERIES = {"a": "", "n": ". ", "p": ". ", "x": ", ", "v": " ; "}


def _publication_field(record: pymarc.Record) -> pymarc.Field | None:
    published = [f for f in record.get_fields("264") if f.indicator2 == "1"]
    if published:
        return published[0]
    return record.get("260") or record.get("264")


def _description(record: pymarc.Record) -> str:
    title = record.get("245")
    edition = record.get("250")
    publication = _publication_field(record)
    extents = record.get_fields("300")
    series = [
        _element(f, _SERIES) for f in record.get_fields("490", "440") if f.get("a") is not None
    ]
    text = _areas(
        [
            _element(title, _TITLE) if title else "",
            _element(edition, _EDITION) if edition else "",
            _element(publication, _PUBLICATION) if publication else "",
            _element(extents[0], _EXTENT) if extents else "",
        ]
    )
    if any(series):
        # The series area closes the paragraph with its parenthesis, no full stop after it.
        text += AREA + " ".join(f"({s})" for s in series if s)
    return text


_NOT_NOTE_TEXT = set("0125678")


def _notes(record: pymarc.Record) -> list[str]:
    notes = []
    for note in record.fields:
        if not note.tag.startswith("5") or note.control_field or note.tag[1] == "9":
            continue
        text = " ".join(
            _clean(s.value) for s in note.subfields if s.code not in _NOT_NOTE_TEXT and s.value
        )
        if text.strip():
            notes.append(text)
    return notes


def _numbers(record: pymarc.Record) -> list[str]:
    lines = []
    for isbn in record.get_fields("020"):
        number = _clean(isbn.get("a") or "")
        if not number:
            continue
        line = f"ISBN {number}"
        for qualifier in isbn.get_subfields("q"):
            qualifier = _clean(qualifier)
            line += f" {qualifier}" if qualifier.startswith("(") else f" ({qualifier})"
        price = _clean(isbn.get("c") or "")
        if price:
            line = _append(line, " : ", price)
        lines.append(line)
    for issn in record.get_fields("022"):
        if issn.get("a"):
            lines.append(f"ISSN {_clean(issn.get('a') or '')}")
    return lines


_SCHEMES = {"080": "UDC", "082": "DDC", "050": "LCC"}
_LABELS = (  # listed for lupdate: translated by value below
    QT_TRANSLATE_NOOP("card", "UDC"),
    QT_TRANSLATE_NOOP("card", "DDC"),
    QT_TRANSLATE_NOOP("card", "LCC"),
    QT_TRANSLATE_NOOP("card", "BBK"),
    QT_TRANSLATE_NOOP("card", "Class"),
)


def _classification(record: pymarc.Record) -> list[str]:
    lines = []
    for number in record.get_fields("080", "084", "082", "050"):
        code = " ".join(_clean(v) for v in number.get_subfields("a", "b") if v.strip())
        if not code:
            continue
        if number.tag == "084":
            source = _clean(number.get("2") or "")
            label = "BBK" if source.lower().startswith("rubbk") else source or "Class"
        else:
            label = _SCHEMES[number.tag]
        label = translate("card", label)  # УДК / ӘОЖ, ББК / КБЖ in the reader's language
        lines.append(f"{label} {code}")
    return lines


def _subject(field: pymarc.Field) -> str:
    if field.tag in ("600", "610", "611", "630"):
        main = _name(field)
    else:
        main = _finish(" ".join(_clean(s.value) for s in field.subfields if s.code in "abcd"))
    subdivisions = [_finish(_clean(s.value)) for s in field.subfields if s.code in _SUBDIVISIONS]
    return " -- ".join(_strip_stop(part) for part in [main, *subdivisions] if part)


_INITIAL = re.compile(r"(^|[\s.(])\w\.$")


def _strip_stop(text: str) -> str:
    """Drop a heading's closing full stop, but not an initial's or abbreviation's (``U.S.``)."""
    return text[:-1] if text.endswith(".") and not _INITIAL.search(text) else text


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    digits = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


_SUBJECT_TAGS = ("600", "610", "611", "630", "647", "648", "650", "651", "653", "655")
_ADDED_TAGS = ("700", "710", "711", "720", "730", "740", "800", "810", "811", "830")


def _tracings(record: pymarc.Record) -> str:
    subjects = _unique(_subject(f) for f in record.get_fields(*_SUBJECT_TAGS))
    added = _unique(_added_entry(f) for f in record.get_fields(*_ADDED_TAGS))
    parts = [f"{n}. {_ended(s)}" for n, s in enumerate(subjects, 1)]
    parts += [f"{roman(n)}. {_ended(a)}" for n, a in enumerate(added, 1)]
    return " ".join(parts)


def _added_entry(field: pymarc.Field) -> str:
    if field.tag in ("720", "740"):
        return _strip_stop(_finish(" ".join(_clean(v) for v in field.get_subfields("a", "n", "p"))))
    return _strip_stop(_name(field))


def _ended(text: str) -> str:
    return text if text[-1:] in _ENDS else text + "."


def _unique(items: Iterable[str]) -> Sequence[str]:
    return list(dict.fromkeys(item for item in items if item))
