"""Reading MARC files (ISO 2709, MARCXML, .mrk) into Unicode pymarc records, one result per
record, so that a broken record is reported by its position and never stops the rest."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import warnings as python_warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pymarc
from pymarc import Field, Indicators, Leader, Subfield
from pymarc import exceptions as pymarc_errors

from app.errors import InvalidInput, os_reason
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.marc import encoding as enc
from app.marc import iso5426
from app.marc.codec import LEADER_LEN, fit_leader
from app.marc.mrk import read_mrk

FORMATS = ("iso2709", "marcxml", "mrk")
ENCODINGS = ("utf-8", "marc-8", "cp1251", "cp866", "iso5426")

_ENCODING_ALIASES = {
    "utf8": enc.UTF8,
    "marc8": enc.MARC8,
    "windows-1251": enc.CP1251,
    "latin-1": enc.LATIN1,
    "latin1": enc.LATIN1,
    "iso8859-1": enc.LATIN1,
    "iso-5426": enc.ISO5426,
    "iso_5426": enc.ISO5426,
}
# pymarc treats file_encoding "iso8859-1" as MARC-8, so true Latin-1 goes by another name.
_PYTHON_CODEC = {
    enc.CP1251: "cp1251",
    enc.CP866: "cp866",
    enc.LATIN1: "latin-1",
    enc.ISO5426: iso5426.NAME,
}
_EXTENSIONS = {
    ".xml": "marcxml",
    ".marcxml": "marcxml",
    ".mrk": "mrk",
    ".mrc": "iso2709",
    ".dat": "iso2709",
    ".marc": "iso2709",
    ".iso": "iso2709",
    ".mrc21": "iso2709",
    ".usm": "iso2709",
}
RECORD_END = 0x1D
FIELD_END = 0x1E
# Bytes tolerated between and after records: line ends added by FTP/e-mail, padding, DOS EOF.
_JUNK = frozenset(b" \t\r\n\x00\x1a\x1d")
_XML_BLOCK = 64 * 1024
# What a leader looks like: record length, 7 codes, base address, 7 codes (MARC 21: "4500").
_LEADER_SHAPE = re.compile(rb"\d{5}[ -~]{7}\d{5}[ -~]{3}\d{4}")


@dataclass(frozen=True, slots=True)
class ReadRecord:
    index: int
    record: pymarc.Record
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadFailure:
    index: int
    reason: str


ReadResult = ReadRecord | ReadFailure


class _PymarcWarnings(logging.Handler):
    """Collects what pymarc logs while one record is parsed (missing or extra indicators) so
    it reaches the user as that record's warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()

    def start(self) -> list[str]:
        collected: list[str] = []
        self.local.collected = collected
        return collected

    def stop(self) -> None:
        self.local.collected = None

    def emit(self, record: logging.LogRecord) -> None:
        collected = getattr(self.local, "collected", None)
        if collected is not None:
            collected.append(_said_by_pymarc(record)[:200])


def _shown_bytes(value: object) -> str:
    """A field's bytes as a cataloger reads them: its text, subfields marked with $."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").replace("\x1f", "$")
    return str(value)


def _said_by_pymarc(record: logging.LogRecord) -> str:
    """What pymarc (or this module, through pymarc's logger) noted of a record, in the user's
    language: known messages by their template, any other behind a translated preface (its
    words are pymarc's own)."""
    args = record.args if isinstance(record.args, tuple) else ()
    detail = ", ".join(_shown_bytes(arg) for arg in args)[:120]
    template = record.msg if isinstance(record.msg, str) else ""
    if template == "missing indicators: %s":
        return translate("errors", "a field without indicators ({data})").format(data=detail)
    if template == "only 1 indicator found: %s":
        return translate("errors", "a field with one indicator instead of two ({data})").format(
            data=detail
        )
    if template == "more than 2 indicators found: %s":
        return translate("errors", "a field with more than two indicators ({data})").format(
            data=detail
        )
    if template == _MARC8_LOST and len(args) == 2:
        return translate(
            "errors", "MARC-8: {count} character(s) could not be converted ({detail})"
        ).format(count=args[0], detail=args[1])
    if template == _MARC8_TROUBLE:
        return marc8_trouble()
    if template == "%s" and args and isinstance(args[0], pymarc_errors.BadSubfieldCodeWarning):
        return translate(
            "errors", "a subfield code that is not a Latin letter or digit ({data})"
        ).format(data=bytes(args[0].subf).decode("utf-8", errors="replace")[:1])
    return translate("errors", "the MARC reader noted: {text}").format(text=record.getMessage())


_pymarc_log = _PymarcWarnings()
logging.getLogger("pymarc").addHandler(_pymarc_log)


def _normalise_encoding(encoding: str) -> str | None:
    name = encoding.strip().lower()
    if name == "auto":
        return None
    name = _ENCODING_ALIASES.get(name, name)
    if name not in enc.KNOWN:
        raise InvalidInput(
            translate("errors", "Unknown encoding '{encoding}': use auto or one of {p1}.").format(
                encoding=encoding, p1=", ".join(ENCODINGS)
            )
        )
    return name


def _sniff(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        return "marcxml"
    if text.startswith(b"=") and len(text) > 6 and text[4:6] == b"  ":
        return "mrk"
    if text[:5].isdigit():
        return "iso2709"
    return None


def _format_of(head: bytes, name: str) -> str:
    found = _sniff(head) or _EXTENSIONS.get(Path(name).suffix.lower())
    if found is None:
        raise InvalidInput(
            translate(
                "errors",
                "{name}: not a MARC file Qor can read (expected ISO 2709, "
                "MARCXML or MarcEdit .mrk).",
            ).format(name=name)
        )
    return found


def detect_format(path: Path) -> str:
    """iso2709, marcxml or mrk, judged by the first bytes, then by the file name's extension."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise InvalidInput(
            translate("errors", "Cannot read {path}: {p1}").format(path=path, p1=os_reason(exc))
        ) from exc
    return _format_of(head, path.name)


_XML_RECORD_START = re.compile(rb"<(?:[\w.-]+:)?record[\s>/]")
_MRK_LEADER = re.compile(rb"(?m)^=LDR  ")


def count_records(path: Path, format: str = "auto") -> int | None:
    """How many records `path` holds, counted from the bytes without parsing them (record
    terminators, <record> elements, =LDR lines), so that a progress bar can show a total;
    None when the file cannot be read or its format is unknown."""
    try:
        data = path.read_bytes()
        fmt = format.strip().lower()
        if fmt == "auto":
            fmt = _format_of(data[:4096], path.name)
    except (OSError, InvalidInput):
        return None
    if fmt == "iso2709":
        count = data.count(b"\x1d")
        tail = data.rstrip(b" \t\r\n\x00\x1a")
        # A last record that lost its terminator is still a record to report.
        return count + 1 if tail and not tail.endswith(b"\x1d") else count
    if fmt == "marcxml":
        return len(_XML_RECORD_START.findall(data))
    if fmt == "mrk":
        return len(_MRK_LEADER.findall(data))
    return None


def read_records(
    path: Path, format: str = "auto", encoding: str = "auto"
) -> Iterator[ReadRecord | ReadFailure]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("errors", "Cannot read {path}: {p1}").format(path=path, p1=os_reason(exc))
        ) from exc
    return read_bytes(data, format, encoding, name=path.name)


def read_bytes(
    data: bytes, format: str = "auto", encoding: str = "auto", name: str = "<data>"
) -> Iterator[ReadRecord | ReadFailure]:
    """Every record of `data`, in order; arguments are checked before the first record is read."""
    forced = _normalise_encoding(encoding)
    fmt = format.strip().lower()
    if fmt == "auto":
        fmt = _format_of(data[:4096], name)
    elif fmt not in FORMATS:
        raise InvalidInput(
            translate("errors", "Unknown format '{format}': use auto or one of {p1}.").format(
                format=format, p1=", ".join(FORMATS)
            )
        )
    if fmt == "iso2709":
        return _read_iso2709(data, forced)
    if fmt == "marcxml":
        if _GPNTB_ROOT.search(data[:4096]):
            return _read_gpntb_xml(data)
        return _read_marcxml(data)
    return _read_mrk(data, forced)


# ISO 2709 ------------------------------------------------------------------------------------


def _read_iso2709(data: bytes, forced: str | None) -> Iterator[ReadResult]:
    size = len(data)
    pos = 0
    index = 0
    hint: str | None = None
    while True:
        while pos < size and data[pos] in _JUNK:
            pos += 1
        if pos >= size:
            return
        index += 1
        head = data[pos : pos + 5]
        declared = int(head) if head.isdigit() else None
        if (
            declared is not None
            and declared > LEADER_LEN
            and pos + declared <= size
            and data[pos + declared - 1] == 0x1D
            # A leader whose length reaches past a terminator would swallow the next record.
            and data.find(b"\x1d", pos, pos + declared - 1) < 0
        ):
            end = pos + declared
        else:
            terminator = data.find(b"\x1d", pos)
            if terminator < 0:
                ends = translate(
                    "errors",
                    "the file ends inside this record: {count} bytes with no record "
                    "terminator (0x1D)",
                ).format(count=size - pos)
                if declared is not None:
                    ends += translate("errors", "; the leader says {count} bytes").format(
                        count=declared
                    )
                yield ReadFailure(index, ends)
                return
            end = terminator + 1
            # 99999 is what writers put in the leader of a record too long for it.
            if (
                declared is not None
                and end - pos > declared >= 24
                and declared != 99999
                and _LEADER_SHAPE.match(data, pos + declared)
            ):
                # The next record starts where the leader said: this one lost its terminator.
                yield ReadFailure(
                    index,
                    translate(
                        "errors",
                        "record length in leader says {count} bytes but byte {count} "
                        "is not the record terminator (0x1D)",
                    ).format(count=declared),
                )
                pos += declared
                continue
        result = _parse_chunk(index, data[pos:end], declared, forced, hint)
        pos = end
        if isinstance(result, ReadRecord) and result.encoding in (enc.CP1251, enc.CP866, enc.MARC8):
            hint = result.encoding
        yield result


def _length_problem(declared: int | None, head: bytes, actual: int) -> str | None:
    if declared is None:
        return translate("errors", "record length in leader is not a number ({head})").format(
            head=repr(head)
        )
    if declared != actual:
        return translate(
            "errors", "record length in leader says {count} bytes but the record ends at {actual}"
        ).format(count=declared, actual=actual)
    return None


def _directory_problem(chunk: bytes) -> str | None:
    """Why the directory does not fit the data, checked only when the record length is wrong, to
    tell a merely miscounted leader from a record that is really cut or overflowed."""
    try:
        base = int(chunk[12:17])
        directory = chunk[LEADER_LEN : base - 1]
        if len(directory) % 12 or chunk[base - 1] != FIELD_END:
            return translate("errors", "the directory does not end where the base address says")
        for start in range(0, len(directory), 12):
            tag = directory[start : start + 3].decode("ascii", "replace")
            end = (
                base
                + int(directory[start + 7 : start + 12])
                + int(directory[start + 3 : start + 7])
            )
            if end > len(chunk) - 1 or chunk[end - 1] != FIELD_END:
                return translate(
                    "errors", "the directory entry for field {tag} points outside the field data"
                ).format(tag=tag)
    except (ValueError, IndexError):
        return translate(
            "errors", "the leader or directory holds a non-number where a number belongs"
        )
    return None


def _parse_chunk(
    index: int, chunk: bytes, declared: int | None, forced: str | None, hint: str | None
) -> ReadResult:
    if len(chunk) < LEADER_LEN + 2:
        return ReadFailure(
            index,
            translate(
                "errors",
                "only {count} bytes before the record terminator; a record needs a "
                "24-byte leader, a directory and fields",
            ).format(count=len(chunk)),
        )
    warnings: list[str] = []
    length_problem = _length_problem(declared, chunk[:5], len(chunk))
    if length_problem is not None:
        directory_problem = _directory_problem(chunk)
        if directory_problem is not None:
            return ReadFailure(index, f"{length_problem}; {directory_problem}")
        warnings.append(length_problem + translate("errors", "; read up to the record terminator"))
        if len(chunk) <= 99999:
            chunk = b"%05d" % len(chunk) + chunk[5:]
    leader_utf8 = chunk[9] == 0x61
    # A UNIMARC/RUSMARC record names its character set in 100 $a/26-29, which counts before
    # leader/09 (undefined in UNIMARC) unless the bytes plainly say otherwise.
    charset = enc.unimarc_declared(chunk) if forced is None else None
    if charset is not None and charset != enc.UTF8 and enc.valid_utf8_text(chunk):
        charset = None  # declares a single-byte set over UTF-8 text: the bytes win
    if forced is not None:
        used = forced
    elif charset is not None:
        used = charset
    elif leader_utf8:
        used = enc.UTF8
    else:
        used = enc.detect(chunk, leader_utf8, hint)
        if used != enc.MARC8 and not chunk.isascii():
            warnings.append(
                translate("errors", "leader/09 says MARC-8 but the bytes are {used}").format(
                    used=used
                )
            )
    collected = _pymarc_log.start()
    try:
        try:
            record, checked = _decode(chunk, used, leader_utf8)
        except UnicodeDecodeError:
            # Checked only when UTF-8 fails, so that valid UTF-8 records are decoded once.
            if forced is not None or not (leader_utf8 or charset is not None):
                raise
            used = enc.detect(chunk, leader_utf8, hint)
            if used == enc.UTF8:
                raise
            del collected[:]
            record, checked = _decode(chunk, used, leader_utf8)
            said = (
                translate("errors", "field 100 $a")
                if charset is not None
                else translate("errors", "leader/09")
            )
            warnings.append(
                translate("errors", "{said} says {charset} but the bytes are {used}").format(
                    said=said, charset=charset or "UTF-8", used=used
                )
            )
    except Exception as exc:  # pymarc raises many types (ValueError, IndexError, its own)
        reason = _explain(exc, chunk, used)
        if length_problem is not None:
            reason = f"{length_problem}; {reason}"
        return ReadFailure(index, reason)
    finally:
        _pymarc_log.stop()
    record.leader.coding_scheme = "a"
    warnings.extend(collected)
    if 0 in chunk:
        _strip_nul(record, warnings)
    problem = None if checked else structure_problem(record)
    if problem is None and used == enc.MARC8 and marc8_trouble() in warnings:
        problem = _marc8_loss(record)
    if problem is not None:
        return ReadFailure(index, problem)
    return ReadRecord(index, record, used, tuple(warnings))


def _decode(chunk: bytes, used: str, leader_utf8: bool) -> tuple[pymarc.Record, bool]:
    """The record, and whether its structure was checked on the way (see structure_problem)."""
    if used == enc.UTF8 or (used == enc.MARC8 and chunk.isascii() and 0x1B not in chunk):
        # ASCII is the same in MARC-8 and UTF-8, and pymarc's UTF-8 path is much faster.
        fast = _decode_utf8(chunk) if _FAST_FIELDS and 0 not in chunk else None
        if fast is not None:
            return fast, True
        return _pymarc_record(chunk, force_utf8=True, utf8_handling="strict"), False
    if leader_utf8:
        # pymarc decodes any leader/09 'a' record as UTF-8; the user forced another encoding.
        chunk = chunk[:9] + b" " + chunk[10:]
    if used == enc.MARC8:
        # pymarc writes what it cannot convert to stderr: it becomes the record's warnings.
        with contextlib.redirect_stderr(io.StringIO()) as said:
            record = _pymarc_record(chunk)
        complaints = [line[:200] for line in said.getvalue().splitlines() if line.strip()]
        if complaints:
            # pymarc's words are English ("Unable to parse character 0x20 in g0=90 g1=69"):
            # the record's warning names the characters' codes only.
            codes = [found.group(0) for line in complaints[:3] if (found := _HEX.search(line))]
            logging.getLogger("pymarc").warning(_MARC8_LOST, len(complaints), ", ".join(codes))
            logging.getLogger("pymarc").warning(_MARC8_TROUBLE)
        return record, False
    return _pymarc_record(chunk, file_encoding=_PYTHON_CODEC[used]), False


def _pymarc_record(chunk: bytes, **options: object) -> pymarc.Record:
    """pymarc's record, with the Python warnings it issues (a non-ASCII subfield code, say)
    turned into the record's warnings instead of lines on stderr."""
    with python_warnings.catch_warnings(record=True) as issued:
        python_warnings.simplefilter("always")
        record = pymarc.Record(chunk, **options)  # type: ignore[arg-type]
    for warning in issued:
        logging.getLogger("pymarc").warning("%s", warning.message)
    return record


# The last warning of a MARC-8 record some of whose bytes could not be converted (logged in
# English, as pymarc logs; the record's warning is its translation, marc8_trouble()).
_MARC8_TROUBLE = "MARC-8: unconvertible characters were replaced by blanks"
_MARC8_LOST = "MARC-8: %d character(s) could not be converted (%s)"
_HEX = re.compile(r"0x[0-9A-Fa-f]+")


def marc8_trouble() -> str:
    return translate("errors", "MARC-8: characters that could not be converted became blanks")


def _marc8_loss(record: pymarc.Record) -> str | None:
    """Why a MARC-8 record that lost characters must be rejected: a field left blank by them
    (a title of escape garbage is no title)."""
    for field in record.fields:
        if field.is_control_field():
            continue
        if field.subfields and not any(sub.value.strip() for sub in field.subfields):
            return translate(
                "errors",
                "field {tag}: its MARC-8 text is escape sequences or bytes that are no "
                "MARC-8 characters; nothing of it can be read",
            ).format(tag=field.tag)
    return None


def structure_problem(record: pymarc.Record) -> str | None:
    """Why the record's structure cannot be true (a record that lies is never stored
    half-parsed): no fields, a tag that is not three characters, a subfield code that is not
    one, or a field holding a terminator because its directory entry runs past it."""
    if not record.fields:
        return translate("errors", "the record has no fields")
    for field in record.fields:
        tag = field.tag
        if len(tag) != 3 or not tag.isascii() or not tag.isprintable():
            return translate(
                "errors", "tag {tag} is not three characters (a digit, letter or sign each)"
            ).format(tag=repr(tag))
        if field.is_control_field():
            if _TERMINATORS.search(field.data or ""):
                return translate(
                    "errors",
                    "field {tag} holds a field terminator: its directory entry runs past the "
                    "field's end",
                ).format(tag=tag)
            continue
        for sub in field.subfields:
            code = sub.code
            if len(code) != 1 or code in "\x00\x1d\x1e\x1f":
                # Control characters are tolerated: real MARC-8 records carry an ESC there.
                return translate(
                    "errors", "field {tag}: subfield code {code} is not one character"
                ).format(tag=tag, code=repr(code))
            if _TERMINATORS.search(sub.value):
                return translate(
                    "errors",
                    "field {tag} ${code} holds a field terminator: its directory entry runs "
                    "past the field's end",
                ).format(tag=tag, code=code)
    return None


_TERMINATORS = re.compile("[\x1d\x1e\x1f]")


# The fast path below fills pymarc's objects directly; it is used only while they have the
# attributes it knows, so a pymarc that changes them falls back to pymarc's own decoding.
_FAST_FIELDS = set(Field.__slots__) >= {"tag", "data", "_indicators", "subfields", "control_field"}
_FAST_FIELDS &= set(pymarc.Record.__slots__) >= {"leader", "fields", "pos", "force_utf8"}
_new_field = Field.__new__
_new_record = pymarc.Record.__new__
_new_tuple = tuple.__new__


def _decode_utf8(chunk: bytes) -> pymarc.Record | None:
    """What ``pymarc.Record(chunk, force_utf8=True, utf8_handling="strict")`` builds, for a
    well-formed UTF-8 record, at about twice pymarc's speed: a field is decoded once and split
    as text (0x1F never occurs inside a UTF-8 sequence, so this equals pymarc's decoding of
    each subfield), and the objects are filled without their constructors' checks. Anything
    pymarc would warn about or reject (bad leader or directory, invalid UTF-8, indicators not
    two ASCII characters, a non-ASCII subfield code, no fields), and anything
    structure_problem would reject (a tag that is not printable, a field holding a
    terminator), gives None, and pymarc reads the record with its own errors and warnings."""
    try:
        leader = chunk[:LEADER_LEN].decode("ascii")
        base = int(chunk[12:17])
        size = len(chunk)
        if len(leader) != LEADER_LEN or not 0 < base < size or size < int(leader[:5]):
            return None
        directory = chunk[LEADER_LEN : base - 1].decode("ascii")
        if not directory or len(directory) % 12:
            return None
        fields: list[Field] = []
        append = fields.append
        for start in range(0, len(directory), 12):
            tag = directory[start : start + 3]
            begin = base + int(directory[start + 7 : start + 12])
            text = chunk[begin : begin + int(directory[start + 3 : start + 7]) - 1].decode()
            if "\x1e" in text or "\x1d" in text or not tag.isprintable():
                return None
            field = _new_field(Field)
            field.tag = tag
            field.subfields = []
            field._indicators = None
            if tag < "010" and tag.isdigit():
                field.control_field = True
                field.data = text
            else:
                indicators, *parts = text.split("\x1f")
                if len(indicators) != 2 or not indicators.isascii():
                    return None
                if not text.isascii():
                    for part in parts:
                        if part and not part[0].isascii():
                            return None
                field.control_field = False
                field.data = None
                field._indicators = _new_tuple(Indicators, indicators)
                field.subfields = [_new_tuple(Subfield, (p[0], p[1:])) for p in parts if p]
            append(field)
    except (ValueError, UnicodeDecodeError):
        return None
    record = _new_record(pymarc.Record)
    record.leader = Leader(leader)
    record.fields = fields
    record.pos = 0
    record.force_utf8 = True
    record.to_unicode = True
    return record


def _explain(exc: Exception, chunk: bytes, used: str) -> str:
    """A message naming what is wrong with the chunk, in the cataloger's terms."""
    if isinstance(exc, UnicodeDecodeError):
        return _explain_decode_error(chunk, used)
    base = chunk[12:17]
    messages: list[tuple[type[Exception], str]] = [
        (pymarc_errors.RecordLeaderInvalid, translate("errors", "the leader is not 24 characters")),
        (
            pymarc_errors.BaseAddressNotFound,
            translate(
                "errors",
                "base address of data in leader/12-16 is {base}, not a position in the record",
            ).format(base=repr(base.decode("latin-1"))),
        ),
        (
            pymarc_errors.BaseAddressInvalid,
            translate(
                "errors",
                "base address of data in leader/12-16 ({base}) is beyond the end of the record "
                "({count} bytes)",
            ).format(base=base.decode("latin-1"), count=len(chunk)),
        ),
        (
            pymarc_errors.TruncatedRecord,
            translate("errors", "the record is shorter than its leader says"),
        ),
        (
            pymarc_errors.RecordDirectoryInvalid,
            translate(
                "errors",
                "the directory is damaged: its length is not a multiple of 12 bytes (tag, "
                "length, start)",
            ),
        ),
        (pymarc_errors.NoFieldsFound, translate("errors", "the record has no fields")),
    ]
    for kind, message in messages:
        if isinstance(exc, kind):
            return message
    if isinstance(exc, ValueError):
        # Python's words ("invalid literal for int() with base 10: '8 867'") are English:
        # only the value they quote is shown.
        quoted = re.search(r"'(.*)'", str(exc))
        return translate(
            "errors", "the leader or directory holds a non-number where a number belongs ({error})"
        ).format(error=f"«{quoted.group(1)}»" if quoted else "?")
    bad_code = _NON_ASCII_CODE.search(chunk)
    if isinstance(exc, IndexError) and bad_code is not None:
        # pymarc cannot read a subfield code that is a non-Latin letter (a Cyrillic "а"
        # typed for "a"): it fails with an IndexError of its own.
        shown = bad_code.group(1).decode("utf-8", errors="replace")
        return translate(
            "errors", "a subfield code is not a Latin letter or digit ({code}): {error}"
        ).format(code=shown, error=translate("errors", "the record cannot be read"))
    return translate("errors", "the record cannot be parsed: {kind}: {error}").format(
        kind=type(exc).__name__, error=exc
    )


# A subfield delimiter followed by a non-ASCII character (up to four bytes of UTF-8).
_NON_ASCII_CODE = re.compile(rb"\x1f([\x80-\xff][\x80-\xbf]{0,3})")


def _explain_decode_error(chunk: bytes, used: str) -> str:
    label = "UTF-8" if used == enc.UTF8 else used
    codec = "utf-8" if used in (enc.UTF8, enc.MARC8) else _PYTHON_CODEC[used]
    try:
        base = int(chunk[12:17])
        directory = chunk[LEADER_LEN : base - 1].decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return translate("errors", "the leader or directory holds non-ASCII bytes")
    for start in range(0, len(directory) - 11, 12):
        tag = directory[start : start + 3]
        try:
            length = int(directory[start + 3 : start + 7])
            offset = int(directory[start + 7 : start + 12])
        except ValueError:
            return translate("errors", "directory entry {number} holds a non-number").format(
                number=start // 12 + 1
            )
        value = chunk[base + offset : base + offset + length]
        if not (tag < "010" and tag.isdigit()) and not value.split(b"\x1f", 1)[0].isascii():
            return translate(
                "errors",
                "field {tag} has text where its two indicators belong (records from IRBIS-like "
                "systems without indicators are not MARC 21)",
            ).format(tag=tag)
        try:
            value.decode(codec)
        except UnicodeDecodeError as err:
            return translate(
                "errors",
                "invalid {label} in field {tag} (byte 0x{byte} at position {position} of the "
                "field)",
            ).format(label=label, tag=tag, byte=f"{value[err.start]:02X}", position=err.start)
    return translate("errors", "invalid {label} in the record").format(label=label)


def _strip_nul(record: pymarc.Record, warnings: list[str]) -> None:
    """NUL characters removed from the record's values, each field's removal a warning: no
    cataloging text holds one, PostgreSQL cannot store one, and SQLite would keep it
    invisibly."""
    for field in record.fields:
        if field.is_control_field():
            if field.data and "\x00" in field.data:
                field.data = field.data.replace("\x00", "")
                warnings.append(
                    translate("errors", "field {tag}: NUL characters removed").format(tag=field.tag)
                )
            continue
        subfields = field.subfields
        for number, sub in enumerate(subfields):
            if "\x00" in sub.value:
                subfields[number] = Subfield(sub.code, sub.value.replace("\x00", ""))
                warnings.append(
                    translate("errors", "field {tag} ${code}: NUL characters removed").format(
                        tag=field.tag, code=sub.code
                    )
                )


# MARCXML -------------------------------------------------------------------------------------


class _BadRecordElement(Exception):
    pass


def _is_control_tag(tag: str) -> bool:
    return tag < "010" and tag.isdigit()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _record_ends(parser: ET.XMLPullParser, counts: list[int]) -> Iterator[ET.Element]:
    """The <record> elements the parser has completed; counts = [started, finished]."""
    for event, elem in cast("Iterator[tuple[str, ET.Element]]", parser.read_events()):
        if not isinstance(elem, ET.Element) or _local(elem.tag) != "record":
            continue
        if event == "start":
            counts[0] += 1
        else:
            counts[1] += 1
            yield elem


def _stream_xml(
    data: bytes,
    ends: Callable[[ET.XMLPullParser, list[int]], Iterator[ET.Element]],
    build: Callable[[int, ET.Element], ReadResult],
) -> Iterator[ReadResult]:
    """The records of an XML file, each built by `build(number, element)` as its element
    ends (`ends` says which elements are records), streamed: a large collection never has
    to sit in memory whole. A file that stops being well-formed ends with a failure naming
    the line and column, after the records read before it."""
    parser: ET.XMLPullParser = ET.XMLPullParser(events=("start", "end"))
    counts = [0, 0]
    try:
        for offset in range(0, max(len(data), 1), _XML_BLOCK):
            parser.feed(data[offset : offset + _XML_BLOCK])
            for elem in ends(parser, counts):
                yield build(counts[1], elem)
                elem.clear()
        parser.close()
        for elem in ends(parser, counts):
            yield build(counts[1], elem)
    except ET.ParseError as exc:
        line, column = exc.position
        what = str(exc).split(":", 1)[0]
        yield ReadFailure(counts[1] + 1, _not_well_formed(line, column + 1, what))


def _read_marcxml(data: bytes) -> Iterator[ReadResult]:
    return _stream_xml(data, _record_ends, _record_from_element)


# The XML parser's (expat's) commonest diagnoses, translated by value in _not_well_formed.
_EXPAT_MESSAGES = (
    QT_TRANSLATE_NOOP("xml", "not well-formed (invalid token)"),
    QT_TRANSLATE_NOOP("xml", "mismatched tag"),
    QT_TRANSLATE_NOOP("xml", "no element found"),
    QT_TRANSLATE_NOOP("xml", "unclosed token"),
    QT_TRANSLATE_NOOP("xml", "syntax error"),
    QT_TRANSLATE_NOOP("xml", "junk after document element"),
    QT_TRANSLATE_NOOP("xml", "undefined entity"),
    # rarer ones a damaged or hand-made file can hold
    QT_TRANSLATE_NOOP("xml", "partial character"),
    QT_TRANSLATE_NOOP("xml", "duplicate attribute"),
    QT_TRANSLATE_NOOP("xml", "reference to invalid character number"),
    QT_TRANSLATE_NOOP("xml", "XML or text declaration not at start of entity"),
    QT_TRANSLATE_NOOP("xml", "unknown encoding"),
    QT_TRANSLATE_NOOP("xml", "encoding specified in XML declaration is incorrect"),
    QT_TRANSLATE_NOOP("xml", "unclosed CDATA section"),
    QT_TRANSLATE_NOOP("xml", "unbound prefix"),
    QT_TRANSLATE_NOOP("xml", "XML declaration not well-formed"),
    QT_TRANSLATE_NOOP("xml", "recursive entity reference"),
    QT_TRANSLATE_NOOP("xml", "reference to binary entity"),
    QT_TRANSLATE_NOOP("xml", "reference to external entity in attribute"),
    QT_TRANSLATE_NOOP("xml", "illegal character(s) in public id"),
    QT_TRANSLATE_NOOP("xml", "out of memory"),
    QT_TRANSLATE_NOOP(
        "xml", "limit on input amplification factor (from DTD and entities) breached"
    ),
)
# Any other diagnosis: the parser's English is not shown on a Kazakh or Russian screen.
_OTHER_EXPAT_MESSAGE = QT_TRANSLATE_NOOP("xml", "a fault in the markup")


def _not_well_formed(line: int, column: int, what: str) -> str:
    """`what` is the XML parser's own diagnosis: translated when it is a common one."""
    return translate(
        "errors",
        "not well-formed XML at line {line}, column {column}: {what}; the rest of the file "
        "cannot be read",
    ).format(
        line=line,
        column=column,
        what=translate("xml", what if what in _EXPAT_MESSAGES else _OTHER_EXPAT_MESSAGE),
    )


def _record_from_element(index: int, elem: ET.Element) -> ReadResult:
    try:
        record, warnings = _xml_record(elem)
    except _BadRecordElement as exc:
        return ReadFailure(index, str(exc))
    if (problem := structure_problem(record)) is not None:
        return ReadFailure(index, problem)
    record.leader.coding_scheme = "a"
    return ReadRecord(index, record, enc.UTF8, tuple(warnings))


def _xml_record(elem: ET.Element) -> tuple[pymarc.Record, list[str]]:
    record = pymarc.Record()
    warnings: list[str] = []
    for child in elem:
        kind = _local(child.tag)
        if kind == "leader":
            text = child.text or ""
            if len(text) != LEADER_LEN:
                warnings.append(
                    translate("errors", "the leader has {count} characters instead of 24").format(
                        count=len(text)
                    )
                )
            record.leader = Leader(fit_leader(text))
        elif kind == "controlfield":
            tag = child.get("tag")
            if tag is None:
                raise _BadRecordElement(
                    translate(
                        "errors", "a controlfield has no tag attribute (its text: {text})"
                    ).format(text=repr((child.text or "")[:40]))
                )
            if not _is_control_tag(tag):
                raise _BadRecordElement(
                    translate(
                        "errors",
                        "<controlfield tag={tag}>: {tag} is not a control field's tag (001-009)",
                    ).format(tag=repr(tag))
                )
            record.add_field(Field(tag=tag, data=child.text or ""))
        elif kind == "datafield":
            record.add_field(_xml_datafield(child, warnings))
        else:
            warnings.append(
                translate("errors", "unknown element <{name}> in the record was ignored").format(
                    name=kind
                )
            )
    return record, warnings


def _xml_datafield(elem: ET.Element, warnings: list[str]) -> Field:
    tag = elem.get("tag")
    if tag is None:
        raise _BadRecordElement(translate("errors", "a datafield has no tag attribute"))
    if _is_control_tag(tag):
        raise _BadRecordElement(
            translate("errors", "<datafield tag={tag}>: {tag} is a control field's tag").format(
                tag=repr(tag)
            )
        )
    subfields: list[Subfield] = []
    for sub in elem:
        if _local(sub.tag) != "subfield":
            warnings.append(
                translate("errors", "field {tag}: unknown element <{name}> was ignored").format(
                    tag=tag, name=_local(sub.tag)
                )
            )
            continue
        code = sub.get("code")
        if code is None:
            raise _BadRecordElement(
                translate(
                    "errors", "field {tag}: a subfield has no code attribute (its text: {text})"
                ).format(tag=tag, text=repr((sub.text or "")[:40]))
            )
        subfields.append(Subfield(code=code, value=sub.text or ""))
    first = (elem.get("ind1") or " ")[:1]
    second = (elem.get("ind2") or " ")[:1]
    return Field(tag=tag, indicators=Indicators(first, second), subfields=subfields)


# RUSMARC in GPNTB's XML ----------------------------------------------------------------------
# Not MARCXML: <RECORDS><rusmarc><mrk><m_5_5>n</m_5_5>...</mrk><FIELD.200><IND.1_>
# <SUBFIELD.a>title</SUBFIELD.a></IND.1_></FIELD.200>...</rusmarc></RECORDS>, as the State
# Public Scientific Technical Library of Russia exports it ("_" is a blank indicator, each
# IND element one occurrence of the field, tags without their leading zeros).

_GPNTB_ROOT = re.compile(rb"<RECORDS[\s>][\s\S]*?<rusmarc[\s>]")
_GPNTB_LEADER = "00000nam  2200000 i 450 "


def _read_gpntb_xml(data: bytes) -> Iterator[ReadResult]:
    return _stream_xml(data, _gpntb_ends, _gpntb_record)


def _gpntb_ends(parser: ET.XMLPullParser, counts: list[int]) -> Iterator[ET.Element]:
    for event, elem in cast("Iterator[tuple[str, ET.Element]]", parser.read_events()):
        if elem.tag != "rusmarc":
            continue
        if event == "start":
            counts[0] += 1
        else:
            counts[1] += 1
            yield elem


def _gpntb_record(index: int, elem: ET.Element) -> ReadResult:
    record = pymarc.Record(force_utf8=True)
    leader = list(_GPNTB_LEADER)
    warnings: list[str] = []
    for child in elem:
        name = child.tag
        if name == "mrk":
            for part in child:
                bounds = part.tag.split("_")
                text = part.text or ""
                if len(bounds) == 3 and bounds[1].isdigit() and bounds[2].isdigit():
                    start, end = int(bounds[1]), int(bounds[2])
                    if "#" not in text and len(text) == end - start + 1 and end < LEADER_LEN:
                        leader[start : end + 1] = text
            continue
        number = name.partition(".")[2]
        if not name.startswith("FIELD.") or not number.isdigit() or len(number) > 3:
            warnings.append(
                translate("errors", "unknown element <{name}> was ignored").format(name=name)
            )
            continue
        tag = number.zfill(3)
        occurrences = [ind for ind in child if ind.tag.startswith("IND.")]
        if not occurrences:
            record.add_field(Field(tag=tag, data=(child.text or "").strip()))
            continue
        for ind in occurrences:
            indicators = (ind.tag[4:6].replace("_", " ") + "  ")[:2]
            subfields = [
                Subfield(sub.tag[9:10], sub.text or "")
                for sub in ind
                if sub.tag.startswith("SUBFIELD.") and len(sub.tag) == 10
            ]
            if tag < "010":
                # A control field written as a data field: its text, as the export split it
                # (the character after the "indicators" is lost in the files seen).
                data = indicators + "".join(s.code + s.value for s in subfields)
                record.add_field(Field(tag=tag, data=data))
                warnings.append(
                    translate(
                        "errors",
                        "field {tag} came as a data field (the export loses a character of "
                        "it); read as {data}",
                    ).format(tag=tag, data=repr(data))
                )
                continue
            record.add_field(
                Field(tag=tag, indicators=Indicators(*indicators), subfields=subfields)
            )
    if not record.fields:
        return ReadFailure(index, translate("errors", "the <rusmarc> element holds no fields"))
    record.leader = Leader("".join(leader))
    record.leader.coding_scheme = "a"
    return ReadRecord(index, record, enc.UTF8, tuple(warnings))


# MarcEdit .mrk --------------------------------------------------------------------------------


def _decode_text(data: bytes, forced: str | None) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if forced == enc.MARC8:
        converter = pymarc.MARC8ToUnicode(quiet=True)
        lines = [converter.translate(line) for line in data.split(b"\n")]
        return "\n".join(lines), enc.MARC8
    if forced is not None:
        return data.decode(_PYTHON_CODEC.get(forced, forced), errors="replace"), forced
    try:
        return data.decode("utf-8"), enc.UTF8
    except UnicodeDecodeError:
        used = enc.detect(data, False)
        if used in (enc.UTF8, enc.MARC8):
            # Invalid UTF-8 without MARC-8 escapes: keep what can be read, mark the rest.
            return data.decode("utf-8", errors="replace"), enc.UTF8
        return data.decode(_PYTHON_CODEC[used]), used


def _read_mrk(data: bytes, forced: str | None) -> Iterator[ReadResult]:
    text, used = _decode_text(data, forced)
    for index, item in enumerate(read_mrk(text), start=1):
        if isinstance(item, tuple):
            yield ReadFailure(item[0], item[1])
        else:
            item.leader.coding_scheme = "a"
            warnings: list[str] = []
            _strip_nul(item, warnings)
            if (problem := structure_problem(item)) is not None:
                yield ReadFailure(index, problem)
                continue
            yield ReadRecord(index, item, used, tuple(warnings))
