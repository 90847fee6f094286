"""Copy barcodes: the three schemes, their check digits, and what a scan is."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.intake.barcodes import (
    BarcodeScheme,
    check_barcode,
    classify_scan,
    ean13_check_digit,
    is_isbn_ean,
    isbn13_from_ean,
    luhn_check_digit,
    make_barcode,
    normalise_scan,
)


def make(scheme: str, sequence: int = 1234, inventory: str = "000123") -> str:
    return make_barcode(
        scheme, inventory_number=inventory, sequence=sequence, library_prefix="0421"
    )


def test_code128_is_the_inventory_number() -> None:
    assert make("code128-inventory", inventory=" 2024/00017 ") == "2024/00017"


def test_codabar14_layout_type_prefix_sequence_check() -> None:
    code = make("codabar14", sequence=1234)
    assert len(code) == 14
    assert code[0] == "3"
    assert code[1:5] == "0421"
    assert code[5:13] == "00001234"
    assert code[13] == luhn_check_digit(code[:13])
    check_barcode(BarcodeScheme.CODABAR14, code)


def test_luhn_matches_known_values() -> None:
    assert luhn_check_digit("7992739871") == "3"  # the textbook Luhn example
    # Item 3 1234 00000012: doubled from the right 2,0,0,0,4,2,3 -> 4+0+0+0+8+4+6 = 22,
    # the others 1+0+0+0+3+1 = 5; 27 -> 3.
    assert luhn_check_digit("3123400000012") == "3"


def test_ean13_internal_layout_and_check_digit() -> None:
    code = make("ean13-internal", sequence=17)
    assert code == "2042100000175"
    check_barcode("ean13-internal", code)


def test_ean13_check_digit_known_isbn() -> None:
    assert ean13_check_digit("978601703012") == "4"
    assert ean13_check_digit("400638133393") == "1"


@pytest.mark.parametrize(
    ("scheme", "code", "message"),
    [
        ("codabar14", "3042100001234", "has 14 digits; '3042100001234' has 13"),
        ("codabar14", "30421000012340", "bad mod-10 check digit 0: expected"),
        ("codabar14", "20421000012345", "starts with 2"),
        ("codabar14", "3042100001234X", "digits only"),
        ("ean13-internal", "2042100000170", "bad EAN-13 check digit 0: expected 5"),
        ("ean13-internal", "9786017030124", "starts with 9"),
        ("ean13-internal", "20421", "has 13 digits"),
        ("code128-inventory", "", "empty"),
        ("code128-inventory", "КХ-17", "contains 'К'"),
        ("code128-inventory", "1" * 33, "at most 32"),
    ],
)
def test_check_barcode_names_the_problem(scheme: str, code: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        check_barcode(scheme, code)


def test_bad_check_digit_message_gives_the_expected_digit() -> None:
    good = make("codabar14")
    bad = good[:13] + str((int(good[13]) + 1) % 10)
    with pytest.raises(InvalidInput) as error:
        check_barcode("codabar14", bad)
    assert f"expected {good[13]}" in str(error.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"scheme": "codabar14", "sequence": 100_000_000}, "does not fit"),
        ({"scheme": "ean13-internal", "sequence": 10_000_000}, "does not fit"),
        ({"scheme": "codabar14", "sequence": 0}, "does not fit"),
        ({"scheme": "codabar14", "library_prefix": "42"}, "must be 4 digits"),
        ({"scheme": "qr-code"}, "Unknown barcode scheme 'qr-code'"),
    ],
)
def test_make_barcode_rejects_what_does_not_fit(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {
        "inventory_number": "1",
        "sequence": 1,
        "library_prefix": "0421",
    } | kwargs
    scheme = arguments.pop("scheme")
    with pytest.raises(InvalidInput, match=message):
        make_barcode(scheme, **arguments)  # type: ignore[arg-type]


def test_every_sequence_gives_a_distinct_valid_barcode() -> None:
    for scheme in ("codabar14", "ean13-internal"):
        codes = {make(scheme, sequence=n) for n in range(1, 2001)}
        assert len(codes) == 2000
        for code in codes:
            check_barcode(scheme, code)


def test_isbn_ean() -> None:
    assert is_isbn_ean("9786017030124")
    assert is_isbn_ean("978-601-7030-12-4")
    assert is_isbn_ean("978601703012451500")  # with a 5-digit price add-on
    assert not is_isbn_ean("9786017030123")  # bad check digit
    assert not is_isbn_ean("4006381333931")  # an EAN, not a book
    assert isbn13_from_ean("978601703012451500") == "9786017030124"
    with pytest.raises(InvalidInput, match="not an ISBN barcode"):
        isbn13_from_ean("4006381333931")


def test_classify_scan() -> None:
    codabar = make("codabar14")
    assert classify_scan("9786017030124") == "isbn"
    assert classify_scan(codabar) == "item"
    assert classify_scan(f"A{codabar}A") == "item"
    assert classify_scan(make("ean13-internal")) == "item"
    assert classify_scan("@STACK-3") == "location"
    assert classify_scan("30421000012340") == "unknown"  # bad check digit
    assert classify_scan("  ") == "unknown"
    assert classify_scan("000123") == "unknown"
    assert classify_scan("000123", "code128-inventory") == "item"
    assert classify_scan(codabar, "ean13-internal") == "unknown"


def test_normalise_scan_drops_codabar_start_stop() -> None:
    assert normalise_scan(" A30421000012344A\n") == "30421000012344"
    assert normalise_scan("ABC") == "ABC"
