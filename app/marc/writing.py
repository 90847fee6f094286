"""Writing records out as ISO 2709, MARCXML or .mrk, always in UTF-8 with leader/09 = 'a'."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

import pymarc

from app.errors import InvalidInput, os_reason
from app.i18n import translate
from app.marc.mrk import mrk_to_record, record_to_mrk
from app.marc.reading import FORMATS, structure_problem

_MARCXML_NS = "http://www.loc.gov/MARC21/slim"
_XML_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="{_MARCXML_NS}">\n'
).encode()
_XML_TAIL = b"</collection>\n"


def utf8_leader(record: pymarc.Record) -> str:
    leader = str(record.leader)
    return leader[:9] + "a" + leader[10:]


def _xml_safe(value: str) -> str:
    # XML 1.0 cannot hold C0 control characters at all, even as references; MARC data from old
    # systems sometimes does, so they become U+FFFD rather than making the file unreadable.
    if value.isprintable():
        return value
    return "".join(
        "\ufffd" if (ord(ch) < 0x20 and ch not in "\t\n\r") or ch in "\ufffe\uffff" else ch
        for ch in value
    )


def _xml_text(value: str) -> str:
    return escape(_xml_safe(value))


@lru_cache(maxsize=4096)  # tags, indicators, subfield codes: few values, written often
def _xml_attr(value: str) -> str:
    return quoteattr(_xml_safe(value))


def record_to_marcxml(record: pymarc.Record) -> str:
    """One <record> element (no namespace declaration: it inherits the collection's)."""
    parts = [f"<record>\n  <leader>{_xml_text(utf8_leader(record))}</leader>\n"]
    for field in record.fields:
        tag = _xml_attr(field.tag)
        if field.is_control_field():
            parts.append(
                f"  <controlfield tag={tag}>{_xml_text(field.data or '')}</controlfield>\n"
            )
            continue
        first, second = field.indicators or (" ", " ")
        parts.append(f"  <datafield tag={tag} ind1={_xml_attr(first)} ind2={_xml_attr(second)}>\n")
        for sub in field.subfields:
            parts.append(
                f"    <subfield code={_xml_attr(sub.code)}>{_xml_text(sub.value)}</subfield>\n"
            )
        parts.append("  </datafield>\n")
    parts.append("</record>\n")
    return "".join(parts)


def _refuse_lies(record: pymarc.Record) -> None:
    """A record whose structure no reader would accept (a bad tag or subfield code) is not
    written: the file would not read back."""
    if (problem := structure_problem(record)) is not None:
        raise InvalidInput(
            translate("errors", "Record {p0} cannot be written: {p1}.").format(
                p0=_control_number(record), p1=problem
            )
        )


def record_to_iso2709(record: pymarc.Record) -> bytes:
    _refuse_lies(record)
    record.force_utf8 = True
    record.leader.coding_scheme = "a"
    data: bytes = record.as_marc()
    if len(data) > 99999:
        raise InvalidInput(
            translate(
                "errors",
                "Record {p0} is {p1} bytes long; ISO 2709 allows 99999: export "
                "it as MARCXML instead.",
            ).format(p0=_control_number(record), p1=len(data))
        )
    if int(data[12:17]) != 25 + 12 * len(record.fields):
        # A field over 9999 bytes widens its directory entry and corrupts the record.
        raise InvalidInput(
            translate(
                "errors",
                "Record {p0} has a field longer than ISO 2709's 9999 bytes: "
                "export it as MARCXML instead.",
            ).format(p0=_control_number(record))
        )
    return data


def _check_mrk(record: pymarc.Record, text: str) -> None:
    """Refuse a record whose .mrk lines would not read back as the same fields."""
    try:
        again = mrk_to_record(text)
        same = [_shape(f) for f in again.fields] == [_shape(f) for f in record.fields]
    except InvalidInput as exc:
        reason = str(exc)
    else:
        if same:
            return
        reason = "its fields would not read back the same"
    raise InvalidInput(
        translate("errors", "Record {p0} cannot be written as .mrk: {p1}.").format(
            p0=_control_number(record), p1=reason
        )
    )


def _shape(field: pymarc.Field) -> tuple[object, ...]:
    if field.is_control_field():
        return (field.tag, field.data)
    return (field.tag, tuple(field.indicators or ()), tuple(map(tuple, field.subfields)))


def _control_number(record: pymarc.Record) -> str:
    field = record.get("001")
    return f"'{field.data}'" if field is not None and field.data else "(no 001)"


class MarcWriter:
    """Streams records to a file: `with MarcWriter(path, "marcxml") as out: out.write(rec)`."""

    def __init__(self, path: Path, format: str) -> None:
        if format not in FORMATS:
            raise InvalidInput(
                translate("errors", "Unknown format '{format}': use one of {p1}.").format(
                    format=format, p1=", ".join(FORMATS)
                )
            )
        self.path = path
        self.format = format
        self.count = 0
        # Written beside, renamed over `path` when complete: never a partial file.
        self._partial = path.with_name(f".{path.name}.part")
        try:
            self._out: BinaryIO | None = self._partial.open("wb")
        except OSError as exc:
            raise InvalidInput(
                translate("errors", "Cannot write {path}: {p1}").format(
                    path=path, p1=os_reason(exc)
                )
            ) from exc
        if format == "marcxml":
            self._out.write(_XML_HEAD)

    def write(self, record: pymarc.Record) -> None:
        """Write one record; InvalidInput (nothing written) for a record the format cannot
        carry, so that the caller may skip it and go on."""
        if self._out is None:
            raise ValueError("write() on a closed MarcWriter")
        if self.format == "iso2709":
            self._out.write(record_to_iso2709(record))
        elif self.format == "marcxml":
            _refuse_lies(record)
            self._out.write(record_to_marcxml(record).encode())
        else:
            _refuse_lies(record)
            text = record_to_mrk(record)
            leader_line, _, rest = text.partition("\n")
            # The .mrk leader line is written as the UTF-8 output declares it.
            leader_line = leader_line[:15] + "a" + leader_line[16:]
            text = f"{leader_line}\n{rest}"
            _check_mrk(record, text)
            self._out.write(f"{text}\n".encode())
        self.count += 1

    def close(self) -> None:
        """Finish the file and put it in place."""
        if self._out is None:
            return
        try:
            if self.format == "marcxml":
                self._out.write(_XML_TAIL)
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None
            os.replace(self._partial, self.path)
        except OSError as exc:
            self.discard()
            raise InvalidInput(
                translate("errors", "Cannot write {path}: {p1}").format(
                    path=self.path, p1=os_reason(exc)
                )
            ) from exc

    def discard(self) -> None:
        """Drop what was written: the file at `path`, if any, stays as it was."""
        if self._out is not None:
            self._out.close()
            self._out = None
        self._partial.unlink(missing_ok=True)

    def __enter__(self) -> MarcWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()


def write_records(records: Iterable[pymarc.Record], out: Path, format: str) -> int:
    """Writes every record to `out` and returns how many were written."""
    with MarcWriter(out, format) as writer:
        for record in records:
            writer.write(record)
        return writer.count
