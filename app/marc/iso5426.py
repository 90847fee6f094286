"""ISO 5426 (Extension of the Latin alphabet coded character set for bibliographic information
interchange), the character set older UNIMARC and RUSMARC records declare with "03" in 100 $a
positions 26-29, decoded to Unicode NFC.

Bytes below 0x80 are ISO 646 (ASCII). The non-spacing diacritics (0xC0-0xDF) come *before*
the letter they sit on, as in MARC-8, where Unicode puts combining marks after it; they are
moved after their base letter and the text is composed (NFC), so "\\xC2e" becomes "é".
0x88/0x89 (non-sorting characters begin/end) become U+0088/U+0089, as in UNIMARC in UTF-8.

The decoder is registered as the Python codec "iso5426" (decode only), so pymarc can read
with file_encoding="iso5426".
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer  # the stubs' name for bytes-like; not needed at run

NAME = "iso5426"

# Spacing characters of the right half (columns 10-11 and 14-15).
_SPACING = {
    0x88: "\u0088", 0x89: "\u0089",
    0xA1: "\u00a1", 0xA2: "\u201c", 0xA3: "\u00a3", 0xA4: "$", 0xA5: "\u00a5",
    0xA6: "\u2020", 0xA7: "\u00a7", 0xA8: "\u2032", 0xA9: "\u2018", 0xAA: "\u201c",
    0xAB: "\u00ab", 0xAC: "\u266d", 0xAD: "\u00a9", 0xAE: "\u2117", 0xAF: "\u00ae",
    0xB0: "\u02bb", 0xB1: "\u02bc", 0xB2: "\u201a", 0xB6: "\u2021", 0xB7: "\u00b7",
    0xB8: "\u2033", 0xB9: "\u2019", 0xBA: "\u201d", 0xBB: "\u00bb", 0xBC: "\u266f",
    0xBD: "\u02b9", 0xBE: "\u02ba", 0xBF: "\u00bf",
    0xE1: "\u00c6", 0xE2: "\u0110", 0xE6: "\u0132", 0xE8: "\u0141", 0xE9: "\u00d8",
    0xEA: "\u0152", 0xEC: "\u00de",
    0xF1: "\u00e6", 0xF2: "\u0111", 0xF3: "\u00f0", 0xF5: "\u0131", 0xF6: "\u0133",
    0xF8: "\u0142", 0xF9: "\u00f8", 0xFA: "\u0153", 0xFB: "\u00df", 0xFC: "\u00fe",
}  # fmt: skip
# Non-spacing diacritics (columns 12-13), written before their base letter.
_COMBINING = {
    0xC0: "\u0309", 0xC1: "\u0300", 0xC2: "\u0301", 0xC3: "\u0302", 0xC4: "\u0303",
    0xC5: "\u0304", 0xC6: "\u0306", 0xC7: "\u0307", 0xC8: "\u0308", 0xC9: "\u0308",
    0xCA: "\u030a", 0xCB: "\u0315", 0xCC: "\u0312", 0xCD: "\u030b", 0xCE: "\u031b",
    0xCF: "\u030c", 0xD0: "\u0327", 0xD1: "\u031c", 0xD2: "\u0326", 0xD3: "\u0328",
    0xD4: "\u0325", 0xD5: "\u032e", 0xD6: "\u0323", 0xD7: "\u0324", 0xD8: "\u0332",
    0xD9: "\u0333", 0xDA: "\u0329", 0xDB: "\u032d", 0xDD: "\ufe22", 0xDE: "\ufe23",
}  # fmt: skip


def decode(data: bytes, errors: str = "strict") -> str:
    """The text of ISO 5426 bytes, NFC. An undefined byte raises UnicodeDecodeError (or
    becomes U+FFFD with errors="replace")."""
    out: list[str] = []
    marks: list[str] = []
    for pos, byte in enumerate(data):
        if byte < 0x80:
            char = chr(byte)
        elif byte in _COMBINING:
            marks.append(_COMBINING[byte])
            continue
        elif byte in _SPACING:
            char = _SPACING[byte]
        elif errors == "strict":
            raise UnicodeDecodeError(NAME, bytes(data), pos, pos + 1, "not defined in ISO 5426")
        else:
            char = "\ufffd"
        out.append(char)
        if marks:
            out.extend(marks)
            marks = []
    out.extend(marks)  # a diacritic with nothing after it is kept, on its own
    return unicodedata.normalize("NFC", "".join(out))


def _decode(data: Buffer, errors: str = "strict", /) -> tuple[str, int]:
    raw = bytes(data)
    return decode(raw, errors), len(raw)


def _encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    raise UnicodeEncodeError(NAME, text, 0, len(text), "Qor writes UTF-8, never ISO 5426")


def _search(name: str) -> codecs.CodecInfo | None:
    if name.replace("-", "").replace("_", "").lower() != NAME:
        return None
    return codecs.CodecInfo(_encode, _decode, name=NAME)


codecs.register(_search)
