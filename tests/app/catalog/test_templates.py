"""The blank book template: what a Kazakh cataloger expects on opening a new record."""

from __future__ import annotations

import datetime

from app.catalog.templates import blank_book
from app.marc.validation import Severity, validate

DAY = datetime.date(2025, 3, 14)


def test_coded_fields_are_filled() -> None:
    record = blank_book("KZ-ALM", today=DAY)
    assert str(record.leader)[5:10] == "nam a"
    assert record["003"].data == "KZ-ALM"
    fixed = record["008"].data or ""
    assert len(fixed) == 40
    assert fixed[:6] == "250314"
    assert fixed[6:11] == "s2025"
    assert fixed[15:18] == "kz "
    assert fixed[35:38] == "kaz"
    cataloging = record["040"]
    assert [(s.code, s.value) for s in cataloging.subfields] == [
        ("a", "KZ-ALM"),
        ("b", "kaz"),
        ("e", "rda"),
        ("c", "KZ-ALM"),
    ]
    assert record.get("001") is None  # the catalog assigns it
    assert [record[t]["a"] for t in ("336", "337", "338")] == ["text", "unmediated", "volume"]
    assert record["084"]["2"] == "rubbk"
    assert (record["264"].indicator2, record["245"].indicators) == ("1", ("1", "0"))


def test_russian_language_template() -> None:
    record = blank_book("KZ-AST", "rus", today=DAY)
    assert (record["008"].data or "")[35:38] == "rus"
    assert record["040"]["b"] == "rus"


def test_blank_book_needs_its_title_and_warns_about_empty_subfields() -> None:
    # A template points at the subfields the cataloger has yet to fill in (warnings) and
    # refuses to be saved without a title proper (the one error); nothing else is flagged.
    record = blank_book("KZ-ALM", today=DAY)
    problems = validate(record)
    [error] = [p for p in problems if p.severity is Severity.ERROR]
    assert (error.tag, error.code) == ("245", "a")
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    assert all(p.message.endswith("is empty") for p in warnings)
    empty = {(p.tag, p.code) for p in warnings}
    assert {("100", "a"), ("264", "c"), ("300", "a"), ("020", "a")} <= empty
    for index, problem in enumerate(problems):
        field = record.fields[problem.field_index or 0]
        assert field.tag == problem.tag, index


def test_filled_template_validates_clean() -> None:
    record = blank_book("KZ-ALM", today=DAY)
    for field in record.fields:
        if not field.control_field:
            for subfield in list(field.subfields):
                if not subfield.value:
                    field.subfields.remove(subfield)
                    field.add_subfield(subfield.code, "x")
    assert validate(record) == []


def test_a_scanned_isbn_fills_the_template_020() -> None:
    record = blank_book("KZ-ALM", today=DAY, isbn="9786010000001")
    assert [(s.code, s.value) for s in record["020"].subfields] == [
        ("a", "9786010000001"),
        ("q", ""),
        ("c", ""),
    ]
    assert len(record.get_fields("020")) == 1
