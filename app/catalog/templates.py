"""Blank records a cataloger starts from: the fields a Kazakh library fills in for a book."""

from __future__ import annotations

import datetime

import pymarc
from pymarc import Field, Indicators, Subfield

# Leader: new (05 n), language material (06 a), monograph (07 m), Unicode (09 a), core level
# (17 4) with ISBD punctuation (18 i). Lengths and base address are written on export.
BOOK_LEADER = "     nam a22     4i 4500"


def book_008(language: str, today: datetime.date) -> str:
    """008 for books: entered today, single date (this year until the cataloger corrects it),
    published in Kazakhstan, the given language, cataloging source other than a national
    bibliographic agency ('d')."""
    data = (
        today.strftime("%y%m%d")  # 00-05 date entered
        + "s"  # 06 type of date: single known date
        + f"{today.year:04d}"  # 07-10 date 1
        + "    "  # 11-14 date 2
        + "kz "  # 15-17 place of publication
        + "    "  # 18-21 illustrations
        + " "  # 22 target audience
        + " "  # 23 form of item: none of the special forms (print)
        + "    "  # 24-27 nature of contents
        + " "  # 28 government publication: not one
        + "0"  # 29 conference publication: no
        + "0"  # 30 festschrift: no
        + "0"  # 31 index: no
        + " "  # 32 undefined
        + "0"  # 33 literary form: not fiction
        + " "  # 34 biography: none
        + f"{language:3.3}"  # 35-37 language
        + " "  # 38 modified record: not modified
        + "d"  # 39 cataloging source: other
    )
    if len(data) != 40:
        raise ValueError(f"008 came out {len(data)} characters long for language {language!r}")
    return data


def _field(tag: str, ind1: str, ind2: str, *subfields: tuple[str, str]) -> Field:
    return Field(tag, Indicators(ind1, ind2), [Subfield(code, value) for code, value in subfields])


def blank_book(
    sigla: str, language: str = "kaz", *, today: datetime.date | None = None, isbn: str = ""
) -> pymarc.Record:
    """A new book record for the editor: coded fields filled in, descriptive fields empty
    but for `isbn` (020 $a, e.g. the ISBN the intake desk scanned).

    001 is left out: the catalog assigns it when the record is saved.
    """
    day = today or datetime.date.today()
    record = pymarc.Record(leader=BOOK_LEADER, force_utf8=True)
    record.add_field(
        Field("003", data=sigla),
        Field("008", data=book_008(language, day)),
        _field("020", " ", " ", ("a", isbn), ("q", ""), ("c", "")),
        _field("040", " ", " ", ("a", sigla), ("b", language), ("e", "rda"), ("c", sigla)),
        _field("041", "0", " ", ("a", language)),
        _field("080", " ", " ", ("a", "")),
        _field("084", " ", " ", ("a", ""), ("2", "rubbk")),
        _field("100", "1", " ", ("a", ""), ("e", "")),
        _field("245", "1", "0", ("a", ""), ("b", ""), ("c", "")),
        _field("250", " ", " ", ("a", "")),
        _field("264", " ", "1", ("a", ""), ("b", ""), ("c", "")),
        _field("300", " ", " ", ("a", ""), ("b", ""), ("c", "")),
        _field("336", " ", " ", ("a", "text"), ("b", "txt"), ("2", "rdacontent")),
        _field("337", " ", " ", ("a", "unmediated"), ("b", "n"), ("2", "rdamedia")),
        _field("338", " ", " ", ("a", "volume"), ("b", "nc"), ("2", "rdacarrier")),
        _field("650", " ", "4", ("a", "")),
    )
    return record
