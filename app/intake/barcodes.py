"""Copy barcodes: the schemes a library may number its copies with, and their check digits.

Three schemes, chosen per library (`Library.barcode_scheme`):

- ``code128-inventory``: Code 128 of the inventory number itself (printable ASCII, ≤ 32 chars).
- ``codabar14``: the 14-digit library Codabar printed between start/stop characters ``A``…``A``::

      3 | LLLL | SSSSSSSS | C
      |   |      |          └ check digit: mod 10, Luhn weighting (digits 1, 3, …, 13 doubled)
      |   |      └ sequence of the copy, 8 digits
      |   └ library prefix, 4 digits
      └ type: 3 = item (2 is a reader card, never a copy)

- ``ean13-internal``: EAN-13 in the GS1 restricted-circulation range (first digit 2)::

      2 | LLLL | SSSSSSS | C      library prefix 4 digits, sequence 7 digits, EAN check digit

The barcode stored for a copy is the text above without start/stop characters; scanners that
transmit Codabar's ``A``…``A`` are normalised by `normalise_scan`.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from app.errors import InvalidInput
from app.i18n import translate


class BarcodeScheme(StrEnum):
    CODE128_INVENTORY = "code128-inventory"
    CODABAR14 = "codabar14"
    EAN13_INTERNAL = "ean13-internal"

    @property
    def symbology(self) -> str:
        """The symbology the scheme prints with, as `app.intake.labels` names it."""
        return _SYMBOLOGY[self]


_SYMBOLOGY = {
    BarcodeScheme.CODE128_INVENTORY: "code128",
    BarcodeScheme.CODABAR14: "codabar",
    BarcodeScheme.EAN13_INTERNAL: "ean13",
}

CODABAR_ITEM_TYPE = "3"
CODABAR_SEQUENCE_DIGITS = 8
EAN13_INTERNAL_PREFIX = "2"
EAN13_SEQUENCE_DIGITS = 7
LIBRARY_PREFIX_DIGITS = 4
CODE128_MAX_LENGTH = 32

_DIGITS = re.compile(r"^[0-9]+$")
_CODE128_TEXT = re.compile(r"^[\x20-\x7e]+$")
_CODABAR_STARTSTOP = "ABCDabcd"
ScanKind = Literal["isbn", "item", "location", "unknown"]


def parse_scheme(scheme: str | BarcodeScheme) -> BarcodeScheme:
    try:
        return BarcodeScheme(str(scheme).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in BarcodeScheme)
        raise InvalidInput(
            translate("errors", "Unknown barcode scheme '{scheme}'; schemes are: {known}.").format(
                scheme=scheme, known=known
            )
        ) from None


def ean13_check_digit(digits12: str) -> str:
    """The EAN-13 check digit of 12 digits (weights 1, 3, 1, 3, … from the left)."""
    if len(digits12) != 12 or not _DIGITS.match(digits12):
        raise InvalidInput(
            translate("errors", "An EAN-13 check digit needs 12 digits, not '{digits12}'.").format(
                digits12=digits12
            )
        )
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str(-total % 10)


def luhn_check_digit(digits: str) -> str:
    """The mod-10 (Luhn) check digit to append to `digits`: from the right, every other digit
    starting with the last is doubled, and a doubled digit over 9 loses 9."""
    if not digits or not _DIGITS.match(digits):
        raise InvalidInput(
            translate("errors", "A mod-10 check digit needs digits, not '{digits}'.").format(
                digits=digits
            )
        )
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str(-total % 10)


def make_barcode(
    scheme: str | BarcodeScheme, *, inventory_number: str, sequence: int, library_prefix: str
) -> str:
    """The barcode of a copy under `scheme`. `sequence` numbers the library's copies (from 1);
    `library_prefix` is the library's 4-digit prefix. Raises InvalidInput if they do not fit."""
    scheme = parse_scheme(scheme)
    if scheme is BarcodeScheme.CODE128_INVENTORY:
        code = inventory_number.strip()
    else:
        prefix = _library_prefix(library_prefix)
        if scheme is BarcodeScheme.CODABAR14:
            body = CODABAR_ITEM_TYPE + prefix + _sequence(sequence, CODABAR_SEQUENCE_DIGITS)
            code = body + luhn_check_digit(body)
        else:
            body = EAN13_INTERNAL_PREFIX + prefix + _sequence(sequence, EAN13_SEQUENCE_DIGITS)
            code = body + ean13_check_digit(body)
    check_barcode(scheme, code)
    return code


def check_barcode(scheme: str | BarcodeScheme, code: str) -> None:
    """Raise InvalidInput naming what is wrong with `code` as a barcode of `scheme`."""
    scheme = parse_scheme(scheme)
    if scheme is BarcodeScheme.CODE128_INVENTORY:
        _check_code128(code)
    elif scheme is BarcodeScheme.CODABAR14:
        _check_digits(code, 14, "A Codabar library barcode")
        if code[0] != CODABAR_ITEM_TYPE:
            raise InvalidInput(
                translate(
                    "errors",
                    "Barcode {code} starts with {p1}: a copy's Codabar barcode "
                    "starts with {CODABAR_ITEM_TYPE} (2 is a reader's card).",
                ).format(code=code, p1=code[0], CODABAR_ITEM_TYPE=CODABAR_ITEM_TYPE)
            )
        _check_digit(code, luhn_check_digit(code[:13]), "mod-10")
    else:
        _check_digits(code, 13, "An EAN-13 barcode")
        if code[0] != EAN13_INTERNAL_PREFIX:
            raise InvalidInput(
                translate(
                    "errors",
                    "Barcode {code} starts with {p1}: internal EAN-13 barcodes start "
                    "with {EAN13_INTERNAL_PREFIX}.",
                ).format(code=code, p1=code[0], EAN13_INTERNAL_PREFIX=EAN13_INTERNAL_PREFIX)
            )
        _check_digit(code, ean13_check_digit(code[:12]), "EAN-13")


def is_isbn_ean(code: str) -> bool:
    """Whether `code` is a Bookland EAN-13 (978/979 prefix) with a valid check digit."""
    digits = _ean_part(code)
    return (
        digits is not None
        and digits[:3] in ("978", "979")
        and ean13_check_digit(digits[:12]) == digits[12]
    )


def isbn13_from_ean(code: str) -> str:
    """The ISBN-13 (13 digits, no hyphens) a book's EAN carries; a 2- or 5-digit add-on (the
    price some scanners append) is dropped."""
    if not is_isbn_ean(code):
        raise InvalidInput(
            translate(
                "errors", "'{code}' is not an ISBN barcode (EAN-13 starting 978 or 979)."
            ).format(code=code)
        )
    digits = _ean_part(code)
    assert digits is not None
    return digits


def symbology_of(code: str) -> str:
    """The symbology a stored copy barcode prints in, read from the barcode itself: 13 digits
    with a valid EAN check digit are EAN-13, 14 digits with a valid mod-10 check digit are the
    library Codabar, anything else Code 128. Labels are reprinted long after the library may
    have changed its scheme, so the current scheme cannot say how an old copy was labelled."""
    code = code.strip()
    if _DIGITS.match(code):
        if len(code) == 13 and ean13_check_digit(code[:12]) == code[12]:
            return "ean13"
        if len(code) == 14 and luhn_check_digit(code[:13]) == code[13]:
            return "codabar"
    return "code128"


def normalise_scan(code: str) -> str:
    """A scan as the copy's barcode would be stored: surrounding blanks and Codabar start/stop
    characters (which some scanners transmit) removed."""
    code = code.strip()
    if (
        len(code) >= 3
        and code[0] in _CODABAR_STARTSTOP
        and code[-1] in _CODABAR_STARTSTOP
        and _DIGITS.match(code[1:-1])
    ):
        return code[1:-1]
    return code


def classify_scan(code: str, scheme: str | BarcodeScheme | None = None) -> ScanKind:
    """What a scan at the intake desk or in an audit is: a book's ISBN, a copy, a shelf location
    (``@CODE``, as audit scan files write it), or unknown. Without `scheme`, any valid barcode of
    any scheme counts as a copy."""
    text = normalise_scan(code)
    if not text:
        return "unknown"
    if text.startswith("@") and len(text) > 1:
        return "location"
    if is_isbn_ean(text):
        return "isbn"
    schemes = [parse_scheme(scheme)] if scheme is not None else list(BarcodeScheme)
    for candidate in schemes:
        if candidate is BarcodeScheme.CODE128_INVENTORY and scheme is None:
            continue  # any text is a valid Code 128; only a library's own scheme may claim it
        try:
            check_barcode(candidate, text)
        except InvalidInput:
            continue
        return "item"
    return "unknown"


def _library_prefix(prefix: str) -> str:
    prefix = prefix.strip()
    if len(prefix) != LIBRARY_PREFIX_DIGITS or not _DIGITS.match(prefix):
        raise InvalidInput(
            translate(
                "errors",
                "The library's barcode prefix '{prefix}' must be {LIBRARY_PREFIX_DIGITS} digits.",
            ).format(prefix=prefix, LIBRARY_PREFIX_DIGITS=LIBRARY_PREFIX_DIGITS)
        )
    return prefix


def _sequence(sequence: int, width: int) -> str:
    if not 0 < sequence < 10**width:
        raise InvalidInput(
            translate(
                "errors",
                "Copy sequence {sequence} does not fit the barcode's {width} digits (1 to {p2}).",
            ).format(sequence=sequence, width=width, p2=10**width - 1)
        )
    return f"{sequence:0{width}d}"


def _check_code128(code: str) -> None:
    if not code:
        raise InvalidInput(
            translate(
                "errors", "The inventory number is empty: there is nothing to put in a barcode."
            )
        )
    if len(code) > CODE128_MAX_LENGTH:
        raise InvalidInput(
            translate(
                "errors",
                "Barcode '{code}' has {p1} characters; at most {CODE128_MAX_LENGTH} fit a label.",
            ).format(code=code, p1=len(code), CODE128_MAX_LENGTH=CODE128_MAX_LENGTH)
        )
    if not _CODE128_TEXT.match(code):
        bad = next(c for c in code if not "\x20" <= c <= "\x7e")
        raise InvalidInput(
            translate(
                "errors",
                "Barcode '{code}' contains '{bad}': Code 128 prints only Latin "
                "letters, digits and ASCII punctuation.",
            ).format(code=code, bad=bad)
        )


def _check_digits(code: str, length: int, what: str) -> None:
    if not _DIGITS.match(code):
        raise InvalidInput(
            translate("errors", "{what} is digits only; '{code}' is not.").format(
                what=what, code=code
            )
        )
    if len(code) != length:
        raise InvalidInput(
            translate("errors", "{what} has {length} digits; '{code}' has {p3}.").format(
                what=what, length=length, code=code, p3=len(code)
            )
        )


def _check_digit(code: str, expected: str, kind: str) -> None:
    if code[-1] != expected:
        raise InvalidInput(
            translate(
                "errors", "Barcode {code} has a bad {kind} check digit {p2}: expected {expected}."
            ).format(code=code, kind=kind, p2=code[-1], expected=expected)
        )


def _ean_part(code: str) -> str | None:
    digits = code.strip().replace(" ", "").replace("-", "")
    if not _DIGITS.match(digits) or len(digits) not in (13, 15, 18):
        return None
    return digits[:13]
