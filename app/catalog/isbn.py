"""ISBN and ISSN normalisation: hyphens and qualifiers gone, ISBN-10 and ISBN-13 made equal."""

from __future__ import annotations

import re

_ISBN_CHARS = re.compile(r"[0-9Xx][0-9Xx\- ]{8,20}")


def _isbn13_check(digits12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def _isbn10_check(digits9: str) -> str:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits9))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def normalize_isbn(text: str) -> str | None:
    """The ISBN-13 (digits only) in `text` such as '0-596-00027-8 (pbk.)', or None.
    Check digits are not enforced: catalogs hold misprinted ISBNs that still identify a book."""
    match = _ISBN_CHARS.search(text)
    if not match:
        return None
    digits = re.sub(r"[\- ]", "", match.group()).upper()
    if len(digits) == 10 and digits[:9].isdigit():
        core = "978" + digits[:9]
        return core + _isbn13_check(core)
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        return digits
    return None


def is_isbn_query(text: str) -> bool:
    """Whether a typed query is meant as an ISBN: 10 or 13 characters of an ISBN with a
    valid check digit (so a plain number is not mistaken for one)."""
    digits = re.sub(r"[\- ]", "", text.strip()).upper()
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        return _isbn10_check(digits[:9]) == digits[9]
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        return _isbn13_check(digits[:12]) == digits[12]
    return False


def isbn10(isbn13: str) -> str | None:
    if len(isbn13) == 13 and isbn13.startswith("978"):
        core = isbn13[3:12]
        return core + _isbn10_check(core)
    return None


def normalize_issn(text: str) -> str | None:
    match = re.search(r"(\d{4})-?(\d{3}[\dXx])", text)
    return f"{match.group(1)}{match.group(2).upper()}" if match else None
