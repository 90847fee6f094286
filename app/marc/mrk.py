"""MarcEdit's mnemonic text format (.mrk): one `=TAG  ...` line per field, records separated by a
blank line, blanks in the leader, control fields and indicators written as a backslash."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pymarc
from pymarc import Field, Indicators, Leader, Subfield

from app.errors import InvalidInput
from app.i18n import translate
from app.marc.codec import LEADER_LEN, fit_leader

# The mnemonics MarcEdit writes for characters that would otherwise break the line syntax,
# plus a few common ones seen in files from other tools. Unknown mnemonics stay as typed.
_MNEMONICS = {
    "dollar": "$",
    "bsol": "\\",
    "lcub": "{",
    "rcub": "}",
    "esc": "\x1b",
    "copy": "©",
    "phono": "℗",
    "reg": "®",
    "deg": "°",
    "iquest": "¿",
    "iexcl": "¡",
    "flat": "♭",
    "sharp": "♯",
    "mlrhring": "ʻ",
    "mllhring": "ʼ",
    "nbsp": "\u00a0",
}
_MNEMONIC = re.compile(r"\{(?:U\+([0-9A-Fa-f]{4,6})|([A-Za-z]+))\}")
# Characters that cannot appear raw in a .mrk line: the syntax ones and control characters.
_NEEDS_ESCAPE = re.compile(r"[\\${}\x00-\x1f\x7f\u2028\u2029\x85]")
_ESCAPES = {"$": "{dollar}", "\\": "{bsol}", "{": "{lcub}", "}": "{rcub}"}
# A tag is any three characters: damaged records carry tags like "0 2", which must survive.
_FIELD_LINE = re.compile(r"=([^\n]{3})  (.*)\Z", re.DOTALL)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"{{U+{ord(char):04X}}}"


def _escape(value: str) -> str:
    return _NEEDS_ESCAPE.sub(_escape_char, value)


class _NotACharacter(Exception):
    """A {U+...} escape naming a surrogate or a number beyond Unicode."""


def _unescape_match(match: re.Match[str]) -> str:
    hex_code, name = match.groups()
    if hex_code:
        code = int(hex_code, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise _NotACharacter(match.group(0))
        return chr(code)
    return _MNEMONICS.get(name.lower(), match.group(0))


def _unescape(value: str) -> str:
    return _MNEMONIC.sub(_unescape_match, value) if "{" in value else value


def _blanks_to_backslash(value: str) -> str:
    return _escape(value).replace(" ", "\\")


def _backslash_to_blanks(value: str) -> str:
    return _unescape(value.replace("\\", " "))


def record_to_mrk(record: pymarc.Record) -> str:
    """The record as .mrk lines, ending with a newline (callers add the blank separator line)."""
    lines = [f"=LDR  {_blanks_to_backslash(str(record.leader))}"]
    for field in record.fields:
        if field.is_control_field():
            lines.append(f"={field.tag}  {_blanks_to_backslash(field.data or '')}")
        else:
            first, second = field.indicators or (" ", " ")
            indicators = _blanks_to_backslash(first + second)
            subfields = "".join(f"${sub.code}{_escape(sub.value)}" for sub in field.subfields)
            lines.append(f"={field.tag}  {indicators}{subfields}")
    return "\n".join(lines) + "\n"


def _parse_indicators(raw: str) -> tuple[str, str]:
    """The two indicators at the start of a data field; a `{...}` escape counts as one."""
    found: list[str] = []
    pos = 0
    while len(found) < 2 and pos < len(raw) and raw[pos] != "$":
        match = _MNEMONIC.match(raw, pos)
        if match:
            found.append(_unescape_match(match))
            pos = match.end()
        else:
            found.append(" " if raw[pos] == "\\" else raw[pos])
            pos += 1
    if pos < len(raw) and raw[pos] != "$":
        raise ValueError(
            translate("errors", "expected '$' after the two indicators, found {found}").format(
                found=repr(raw[pos : pos + 10])
            )
        )
    while len(found) < 2:
        found.append(" ")
    return found[0], found[1]


def _parse_record(lines: list[tuple[int, str]]) -> pymarc.Record:
    """`lines` are (1-based line number, text) pairs of one record."""
    record = pymarc.Record()
    seen_leader = False
    for number, line in lines:
        try:
            seen_leader = _parse_line(record, number, line) or seen_leader
        except _NotACharacter as exc:
            raise InvalidInput(
                translate("errors", "line {number}: {p1} is not a Unicode character").format(
                    number=number, p1=exc
                )
            ) from None
    if not seen_leader:
        first_line = lines[0][0] if lines else 1
        raise InvalidInput(
            translate("errors", "line {first_line}: the record has no =LDR line").format(
                first_line=first_line
            )
        )
    return record


def _parse_line(record: pymarc.Record, number: int, line: str) -> bool:
    """Add one line's field to `record`; True when the line was the leader."""
    match = _FIELD_LINE.match(line)
    if not match:
        raise InvalidInput(
            translate(
                "errors",
                "line {number}: expected '=TAG  data' (an equals sign, a "
                "three-character tag and two spaces), found {p1}",
            ).format(number=number, p1=repr(line[:40]))
        )
    tag, rest = match.groups()
    if tag == "LDR":
        leader = _backslash_to_blanks(rest)
        if len(leader) != LEADER_LEN:
            raise InvalidInput(
                translate(
                    "errors", "line {number}: the leader has {p1} characters instead of 24"
                ).format(number=number, p1=len(leader))
            )
        record.leader = Leader(fit_leader(leader))
        return True
    if tag < "010" and tag.isdigit():
        record.add_field(Field(tag=tag, data=_backslash_to_blanks(rest)))
        return False
    try:
        first, second = _parse_indicators(rest)
    except ValueError as exc:
        raise InvalidInput(
            translate("errors", "line {number}: field {tag}: {exc}").format(
                number=number, tag=tag, exc=exc
            )
        ) from exc
    dollar = rest.find("$")
    subfields: list[Subfield] = []
    if dollar >= 0:
        for chunk in rest[dollar + 1 :].split("$"):
            if not chunk:
                raise InvalidInput(
                    translate(
                        "errors", "line {number}: field {tag} has a '$' without a code"
                    ).format(number=number, tag=tag)
                )
            subfields.append(Subfield(code=chunk[0], value=_unescape(chunk[1:])))
    record.add_field(Field(tag=tag, indicators=Indicators(first, second), subfields=subfields))
    return False


def _numbered_records(text: str) -> Iterator[list[tuple[int, str]]]:
    """Groups of non-blank lines; splits on '\\n' only, since data may hold other separators."""
    if text.startswith("\ufeff"):
        text = text[1:]
    group: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if line.strip():
            group.append((number, line))
        elif group:
            yield group
            group = []
    if group:
        yield group


def mrk_to_record(text: str) -> pymarc.Record:
    """One record from .mrk text; raises InvalidInput naming the line and what is wrong."""
    groups = list(_numbered_records(text))
    if not groups:
        raise InvalidInput(translate("errors", "The text holds no MARC record."))
    if len(groups) > 1:
        raise InvalidInput(
            translate(
                "errors", "line {p0}: a blank line ends the record; the text holds {p1} records"
            ).format(p0=groups[1][0][0], p1=len(groups))
        )
    return _parse_record(groups[0])


def read_mrk(text: str) -> Iterator[pymarc.Record | tuple[int, str]]:
    """Every record of a .mrk file; a bad record gives (its 1-based index, reason) instead."""
    for index, group in enumerate(_numbered_records(text), start=1):
        try:
            yield _parse_record(group)
        except InvalidInput as exc:
            yield index, str(exc)
