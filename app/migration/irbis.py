"""IRBIS64 records as IRBIS stores and exports them, read one at a time (flat memory):

- the master file, ``NAME.mst`` with its cross-reference file ``NAME.xrf`` beside it;
- the text export: one field a line, ``#tag: value``, ``*****`` alone on a line ends a record;
- ISO 2709 exports, in UTF-8, cp1251 or cp866, with or without indicators.

A writer turns records back into a master file (`write_master`), so the text exports in the
shared data (and the bench's generated fund) can be read through the database path too.

**Master file (.mst), IRBIS64.** Integers are big-endian; a 64-bit value is two 32-bit words,
low word first. A 36-byte control record (control MFN, next MFN, next position (64-bit), file
type, record count, two reserved words, lock flag); then records, each a 32-byte leader (MFN,
length, position of the previous version (64-bit), base, number of fields, version, status),
one 12-byte directory entry per field (tag, position from base, length), and the fields' UTF-8
text. **Cross-reference file (.xrf)**: one 12-byte entry per MFN (the record's offset in the
.mst, 64-bit low word first; a 32-bit status). A record is logically deleted when bit 1 of
its status (in the .xrf or the record's leader) is set; an offset of 0 means no record.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.errors import InvalidInput
from app.i18n import translate

LOGICALLY_DELETED = 1
PHYSICALLY_DELETED = 2
ABSENT = 4
NON_ACTUALIZED = 8
LAST_VERSION = 32
LOCKED = 64

_CONTROL = struct.Struct(">9I")  # 36 bytes
_LEADER = struct.Struct(">8I")  # 32 bytes
_ENTRY = struct.Struct(">3I")  # 12 bytes
_XRF = struct.Struct(">3I")  # 12 bytes
_XRF_CHUNK = 12 * 4096


@dataclass(frozen=True, slots=True)
class IrbisField:
    """One field: a numeric tag and its text (``value^aSub^bSub``)."""

    tag: str
    text: str

    @property
    def value(self) -> str:
        """The field's own value: the text before the first subfield."""
        return self.text.split("^", 1)[0]

    def subfields(self) -> list[tuple[str, str]]:
        """(code, value) pairs, codes in lower case (IRBIS reads ^A and ^a alike)."""
        parts = self.text.split("^")[1:]
        return [(p[:1].lower(), p[1:]) for p in parts if p]

    def get(self, code: str) -> str:
        """The first subfield with this code, stripped, or ''."""
        code = code.lower()
        for c, v in self.subfields():
            if c == code:
                return v.strip()
        return ""


@dataclass(slots=True)
class IrbisRecord:
    """One record: its MFN (or its position in an export), its fields, and whether IRBIS
    marks it logically deleted. `problems` lists lines of an export that could not be read."""

    mfn: int
    fields: list[IrbisField] = field(default_factory=list)
    deleted: bool = False
    version: int = 0
    problems: list[str] = field(default_factory=list)

    def all(self, tag: str) -> list[IrbisField]:
        return [f for f in self.fields if f.tag == tag]

    def first(self, tag: str) -> IrbisField | None:
        return next((f for f in self.fields if f.tag == tag), None)


class IrbisFormatError(InvalidInput):
    pass


def _file_error(path: Path, text: str) -> IrbisFormatError:
    return IrbisFormatError(
        translate("errors", "{file}: {problem}").format(file=path.name, problem=text)
    )


# --- Which kind of file ---------------------------------------------------------------------


def detect_kind(path: Path) -> tuple[str, Path]:
    """('master', the .mst), ('text', file) or ('iso', file) for what PATH names: an .mst
    (its .xrf beside it), a folder holding one .mst, an ISO 2709 or a text export."""
    if path.is_dir():
        masters = sorted(path.glob("*.mst")) + sorted(path.glob("*.MST"))
        if len(masters) != 1:
            raise _file_error(
                path,
                translate(
                    "errors",
                    "the folder must hold exactly one IRBIS64 master file (.mst); it holds {n}.",
                ).format(n=len(masters)),
            )
        path = masters[0]
    if not path.is_file():
        raise _file_error(path, translate("errors", "no such file."))
    if path.suffix.lower() == ".mst":
        if not _xrf_of(path).is_file():
            raise _file_error(
                path,
                translate("errors", "the cross-reference file {xrf} is missing beside it.").format(
                    xrf=_xrf_of(path).name
                ),
            )
        return "master", path
    with path.open("rb") as fh:
        head = fh.read(4096)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"#" or stripped[:5] == b"*****":
        return "text", path
    if re.match(rb"\d{5}", stripped[:5]):
        return "iso", path
    raise _file_error(
        path,
        translate(
            "errors",
            "not an IRBIS64 master file, ISO 2709 export or text export (#tag: value lines).",
        ),
    )


def read_any(path: Path) -> Iterator[IrbisRecord]:
    kind, real = detect_kind(path)
    if kind == "master":
        return read_master(real)
    if kind == "text":
        return read_text(real)
    return read_iso(real)


def database_name(path: Path) -> str:
    """The IRBIS database's name, as the ledger keys its records: the master file's stem."""
    kind, real = detect_kind(path)
    return real.stem.upper() if kind == "master" else real.name


# --- Master file ---------------------------------------------------------------------------


def _xrf_of(mst: Path) -> Path:
    upper = mst.with_suffix(".XRF")
    lower = mst.with_suffix(".xrf")
    return lower if lower.exists() or not upper.exists() else upper


def _u64(low: int, high: int) -> int:
    return (high << 32) | low


def read_master(mst: Path) -> Iterator[IrbisRecord]:
    """Every MFN the .xrf points at, in MFN order: the current version of each record, with
    `deleted` set when IRBIS marks it logically deleted. Absent and physically deleted MFNs
    are passed over. Reads one record at a time."""
    xrf = _xrf_of(mst)
    size = mst.stat().st_size
    with mst.open("rb") as m, xrf.open("rb") as x:
        head = m.read(_CONTROL.size)
        if len(head) < _CONTROL.size:
            raise _file_error(mst, translate("errors", "too short for an IRBIS64 master file."))
        next_mfn = _CONTROL.unpack(head)[1]
        mfn = 0
        while True:
            chunk = x.read(_XRF_CHUNK)
            if not chunk:
                return
            for pos in range(0, len(chunk) - _XRF.size + 1, _XRF.size):
                mfn += 1
                if next_mfn and mfn >= next_mfn:
                    return  # the .xrf is padded beyond the last record
                low, high, status = _XRF.unpack_from(chunk, pos)
                offset = _u64(low, high)
                if offset == 0 or status & (PHYSICALLY_DELETED | ABSENT):
                    continue
                if offset + _LEADER.size > size:
                    raise _file_error(
                        mst,
                        translate(
                            "errors", "MFN {mfn}: the .xrf points past the end of the file."
                        ).format(mfn=mfn),
                    )
                yield _read_record(m, mst, offset, mfn, status)


def _read_record(fh: BinaryIO, mst: Path, offset: int, mfn: int, xrf_status: int) -> IrbisRecord:
    fh.seek(offset)
    leader = fh.read(_LEADER.size)
    rec_mfn, length, _plow, _phigh, base, nvf, version, status = _LEADER.unpack(leader)
    if rec_mfn != mfn or length < base or base != _LEADER.size + nvf * _ENTRY.size:
        raise _file_error(
            mst,
            translate(
                "errors",
                "MFN {mfn}: the record at offset {offset} is damaged (its leader says MFN "
                "{found}, length {length}, base {base}, {nvf} fields).",
            ).format(mfn=mfn, offset=offset, found=rec_mfn, length=length, base=base, nvf=nvf),
        )
    rest = fh.read(length - _LEADER.size)
    data_start = base - _LEADER.size
    fields = []
    for i in range(nvf):
        tag, pos, flen = _ENTRY.unpack_from(rest, i * _ENTRY.size)
        start = data_start + pos
        raw = rest[start : start + flen]
        fields.append(IrbisField(str(tag), raw.decode("utf-8", "replace")))
    deleted = bool((status | xrf_status) & LOGICALLY_DELETED)
    return IrbisRecord(mfn, fields, deleted, version)


def write_master(mst: Path, records: Iterable[IrbisRecord]) -> int:
    """Write `records` as an IRBIS64 master file and its .xrf (MFNs 1, 2, … in order; a
    record's `deleted` flag becomes the logical-deletion status bit). Returns the count.
    Streams: one record in memory at a time."""
    xrf = mst.with_suffix(".xrf")
    count = 0
    position = _CONTROL.size
    with mst.open("wb") as m, xrf.open("wb") as x:
        m.write(b"\0" * _CONTROL.size)
        for count, record in enumerate(records, start=1):
            texts = [f.text.encode("utf-8") for f in record.fields]
            nvf = len(texts)
            base = _LEADER.size + nvf * _ENTRY.size
            length = base + sum(len(t) for t in texts)
            status = LAST_VERSION | (LOGICALLY_DELETED if record.deleted else 0)
            parts = [_LEADER.pack(count, length, 0, 0, base, nvf, 1, status)]
            pos = 0
            for f, t in zip(record.fields, texts, strict=True):
                parts.append(_ENTRY.pack(int(f.tag), pos, len(t)))
                pos += len(t)
            parts.extend(texts)
            m.write(b"".join(parts))
            x.write(
                _XRF.pack(position & 0xFFFFFFFF, position >> 32, LOGICALLY_DELETED * record.deleted)
            )
            position += length
        m.seek(0)
        m.write(_CONTROL.pack(0, count + 1, position & 0xFFFFFFFF, position >> 32, 0, 0, 0, 0, 0))
    return count


# --- Text export ---------------------------------------------------------------------------

_LINE = re.compile(r"^#(\d{1,5}):\s?(.*)$")


def _text_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        sample = fh.read(1 << 20)
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start > len(sample) - 4:  # a character cut at the sample's end
            return "utf-8-sig"
        return "cp1251"


def read_text(path: Path, encoding: str | None = None) -> Iterator[IrbisRecord]:
    """Records of a text export (UTF-8 or cp1251), numbered from 1 in file order. A line that
    is not `#tag: value` is listed in the record's `problems` with its line number."""
    encoding = encoding or _text_encoding(path)
    index = 0
    current: IrbisRecord | None = None
    with path.open(encoding=encoding, errors="replace", newline=None) as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if line.strip() == "*****":
                if current is not None:
                    yield current
                current = None
                continue
            if not line.strip():
                continue
            if current is None:
                index += 1
                current = IrbisRecord(index)
            match = _LINE.match(line)
            if match is None:
                current.problems.append(
                    translate(
                        "errors",
                        "line {line}: '{text}' is not a field (#tag: value)",
                    ).format(line=lineno, text=line[:60])
                )
                continue
            current.fields.append(IrbisField(str(int(match.group(1))), match.group(2)))
    if current is not None:
        yield current


def write_text(path: Path, records: Iterable[IrbisRecord]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            count += 1
            for f in record.fields:
                fh.write(f"#{f.tag}: {f.text}\n")
            fh.write("*****\n")
    return count


# --- ISO 2709 export -----------------------------------------------------------------------

_CYRILLIC = re.compile("[А-Яа-яЁё]")


def _iso_codec(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    as1251 = len(_CYRILLIC.findall(data.decode("cp1251", "replace")))
    as866 = len(_CYRILLIC.findall(data.decode("cp866", "replace")))
    return "cp866" if as866 > as1251 else "cp1251"


def iso_records(path: Path) -> Iterator[bytes]:
    """The raw records of an ISO 2709 file, split on the record terminator (IRBIS exports
    are known to declare lengths off by one), one in memory at a time."""
    pending = b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 16):
            pending += chunk
            *done, pending = pending.split(b"\x1d")
            for raw in done:
                raw = raw.lstrip(b" \t\r\n\x00\x1a")
                if raw:
                    yield raw
    pending = pending.strip(b" \t\r\n\x00\x1a")
    if pending:
        yield pending


def read_iso(path: Path, encoding: str | None = None) -> Iterator[IrbisRecord]:
    """Records of an ISO 2709 export, numbered from 1, in UTF-8, cp1251 or cp866 (told
    apart by the bytes when not given). A record that cannot be parsed comes back empty with
    the reason in `problems`."""
    for index, raw in enumerate(iso_records(path), start=1):
        record = IrbisRecord(index)
        try:
            codec = encoding or _iso_codec(raw)
            record.fields = _iso_fields(raw, codec)
            record.deleted = raw[5:6] == b"d"
        except (ValueError, IndexError) as exc:
            record.problems.append(
                translate("errors", "ISO 2709 record {index}: {reason}").format(
                    index=index, reason=exc
                )
            )
        yield record


def _iso_fields(raw: bytes, codec: str) -> list[IrbisField]:
    if len(raw) < 24 or not raw[12:17].isdigit():
        raise ValueError("no leader")
    base = int(raw[12:17])
    directory = raw[24:base].rstrip(b"\x1e")
    len_len = int(raw[20:21]) if raw[20:21].isdigit() and raw[20:21] != b"0" else 4
    start_len = int(raw[21:22]) if raw[21:22].isdigit() and raw[21:22] != b"0" else 5
    entry = 3 + len_len + start_len
    fields = []
    for pos in range(0, len(directory) - entry + 1, entry):
        item = directory[pos : pos + entry]
        tag = item[:3].decode("ascii")
        length = int(item[3 : 3 + len_len])
        start = int(item[3 + len_len :])
        data = raw[base + start : base + start + length].rstrip(b"\x1e")
        text = data.decode(codec, "replace")
        if "\x1f" in text:
            head, *subs = text.split("\x1f")
            value = "" if len(head) <= 2 else head  # two indicators, or none
            text = value + "".join(f"^{s[:1]}{s[1:]}" for s in subs if s)
        fields.append(IrbisField(str(int(tag)) if tag.isdigit() else tag, text))
    return fields


def write_iso(path: Path, records: Iterable[IrbisRecord], encoding: str = "utf-8") -> int:
    """IRBIS records as ISO 2709 (UTF-8, or cp1251 as IRBIS exports too), fields with blank
    indicators (pymarc reads them, for the bench's comparison)."""
    count = 0
    with path.open("wb") as fh:
        for record in records:
            count += 1
            fh.write(iso_bytes(record, encoding))
    return count


def iso_bytes(record: IrbisRecord, encoding: str = "utf-8") -> bytes:
    directory, body = [], []
    pos = 0
    for f in record.fields:
        if not f.tag.isdigit() or int(f.tag) > 999:
            continue  # ISO 2709 tags have three characters
        tag = f.tag.zfill(3)
        if int(f.tag) < 10:
            data = f.text.encode(encoding) + b"\x1e"
        else:
            value, *subs = f.text.split("^")
            text = (f"\x1fa{value}" if value else "") + "".join(
                f"\x1f{s[:1].lower()}{s[1:]}" for s in subs if s
            )
            data = ("  " + text).encode(encoding) + b"\x1e"
        directory.append(f"{tag}{len(data):04d}{pos:05d}".encode("ascii"))
        body.append(data)
        pos += len(data)
    dir_bytes = b"".join(directory) + b"\x1e"
    base = 24 + len(dir_bytes)
    length = base + pos + 1
    coding = "a" if encoding == "utf-8" else " "
    leader = f"{length:05d}nam {coding}22{base:05d}   4500".encode("ascii")
    return leader + dir_bytes + b"".join(body) + b"\x1d"
