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


def test_blank_book_has_no_errors_only_empty_subfield_warnings() -> None:
    # A template legitimately warns about the subfields the cataloger has yet to fill in (so the
    # editor can point at them) and about nothing else: no errors, no unknown tags or codes.
    record = blank_book("KZ-ALM", today=DAY)
    problems = validate(record)
    assert all(p.severity is Severity.WARNING for p in problems)
    assert all(p.message.endswith("is empty") for p in problems)
    empty = {(p.tag, p.code) for p in problems}
    assert {("245", "a"), ("100", "a"), ("264", "c"), ("300", "a"), ("020", "a")} <= empty
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
