"""Deciding which character set one ISO 2709 record is really in: leader/09 is checked against
the bytes, because exported files often declare MARC-8 while holding UTF-8, cp1251 or cp866."""

from __future__ import annotations

import re

UTF8 = "utf-8"
MARC8 = "marc-8"
CP1251 = "cp1251"
CP866 = "cp866"
LATIN1 = "iso-8859-1"
ISO5426 = "iso5426"

# What the user may force; ISO-8859-1 is accepted for the Nordic (danMARC) files too.
KNOWN = (UTF8, MARC8, CP1251, CP866, LATIN1, ISO5426)

ESC = 0x1B


def _byte_table(*ranges: tuple[int, int]) -> bytes:
    """A bytes.translate() table keeping the bytes in `ranges` and mapping the rest to 0."""
    keep: set[int] = set()
    for low, high in ranges:
        keep.update(range(low, high + 1))
    return bytes(b if b in keep else 0 for b in range(256))


# Bytes that are Cyrillic letters in each code page (cp1251: А-я, Ё ё; cp866: А-п, р-я, Ё ё).
_CP1251_LETTERS = _byte_table((0xC0, 0xFF), (0xA8, 0xA8), (0xB8, 0xB8))
_CP866_LETTERS = _byte_table((0x80, 0xAF), (0xE0, 0xF1))
_HIGH = _byte_table((0x80, 0xFF))


def _count(data: bytes, table: bytes) -> int:
    # translate + strip is C-speed; only bytes kept by the table survive as non-zero.
    return len(data.translate(table).replace(b"\0", b""))


def _longest_high_run(data: bytes) -> int:
    """The longest run of consecutive bytes >= 0x80: Cyrillic words in a single-byte code page
    make long runs, MARC-8 and Latin-1 diacritics stand alone or in pairs."""
    longest = run = 0
    for byte in data:
        if byte >= 0x80:
            run += 1
            if run > longest:
                longest = run
        else:
            run = 0
    return longest


def _latin1_votes(data: bytes) -> int:
    """Positive when high bytes look like Latin-1 letters rather than MARC-8 combining marks:
    a MARC-8 mark (0xE0-0xFE) always precedes the letter it sits on, a Latin-1 letter is often
    followed by a space, punctuation or the end of a subfield."""
    votes = 0
    size = len(data)
    for pos, byte in enumerate(data):
        if byte < 0x80:
            continue
        nxt = data[pos + 1] if pos + 1 < size else 0x1E
        if 0xE0 <= byte <= 0xFE:
            votes += 1 if (nxt < 0x41 or nxt in (0x1E, 0x1F)) else -1
        elif 0xC9 <= byte <= 0xDF:
            # Undefined in MARC-8, capital letters in Latin-1.
            votes += 1
    return votes


# One well-formed UTF-8 sequence of two to four bytes (no overlongs, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def mostly_utf8(data: bytes) -> bool:
    """True when most high bytes of data that is not valid UTF-8 still form UTF-8 sequences:
    UTF-8 with a few damaged bytes. MARC-8 and cp1251/cp866 text almost never does, because
    their letters and marks stand alone or follow each other without the 0x80-0xBF trail."""
    in_sequences = sum(len(found) for found in _UTF8_SEQUENCE.findall(data))
    return in_sequences * 2 >= _count(data, _HIGH)


def cyrillic_code_page(data: bytes) -> str:
    """cp1251 or cp866, whichever turns more of the high bytes into Cyrillic letters."""
    return CP1251 if _count(data, _CP1251_LETTERS) >= _count(data, _CP866_LETTERS) else CP866


def detect(data: bytes, leader_says_utf8: bool, single_byte_hint: str | None = None) -> str:
    """The encoding of one record's bytes. `single_byte_hint` is what earlier records of the same
    file turned out to be, used when this record alone is ambiguous."""
    if data.isascii():
        if ESC in data:
            return MARC8
        return UTF8 if leader_says_utf8 else MARC8
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return UTF8
    if leader_says_utf8 and mostly_utf8(data):
        # Damaged UTF-8 is reported as such; a leader that claims UTF-8 over MARC-8 or a
        # Cyrillic code page is a lie, and the bytes are judged as if leader/09 were blank.
        return UTF8
    if ESC in data:
        return MARC8
    if _longest_high_run(data) >= 3:
        return cyrillic_code_page(data)
    if single_byte_hint in (CP1251, CP866) and _count(data, _HIGH) <= 2:
        return single_byte_hint
    if single_byte_hint == MARC8 and not leader_says_utf8 and _count(data, _HIGH) <= 2:
        # A mark or two that could be Latin-1 letters, in a file whose records are MARC-8
        # (as leader/09 says): the file's evidence decides.
        return MARC8
    votes = _latin1_votes(data)
    if votes > 0 and votes * 3 >= _count(data, _HIGH):
        return LATIN1
    return MARC8


# UNIMARC/RUSMARC 100 $a positions 26-29: the G0 and G1 character sets, two digits each.
_DECLARED = {b"50": UTF8, b"89": CP1251, b"79": CP866, b"03": ISO5426}


def unimarc_declared(chunk: bytes) -> str | None:
    """The character set a UNIMARC or RUSMARC record declares in 100 $a/26-29 (the bytes of
    one ISO 2709 record), or None: not such a record (a 245, no 200, no coded 100), or a set
    Qor does not read (ISO 646 alone says nothing about the rest of the bytes)."""
    try:
        base = int(chunk[12:17])
        directory = chunk[24 : base - 1]
        found = None
        has_200 = False
        for start in range(0, len(directory) - 11, 12):
            tag = directory[start : start + 3]
            if tag == b"245":
                return None
            if tag == b"200":
                has_200 = True
            elif tag == b"100" and found is None:
                length = int(directory[start + 3 : start + 7])
                offset = int(directory[start + 7 : start + 12])
                found = chunk[base + offset : base + offset + length]
    except ValueError:
        return None
    if not has_200 or found is None:
        return None
    start = found.find(b"\x1fa")
    coded = found[start + 2 : start + 38] if start >= 0 else b""
    if len(coded) < 30 or not coded[:8].isdigit():
        return None
    for code in (coded[26:28], coded[28:30]):
        if code in _DECLARED and code != b"50":
            return _DECLARED[code]
    return UTF8 if b"50" in (coded[26:28], coded[28:30]) else None


def valid_utf8_text(data: bytes) -> bool:
    """Non-ASCII bytes that are all valid UTF-8: a record in UTF-8 whatever it declares."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
