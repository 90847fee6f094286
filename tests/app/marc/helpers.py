"""What a round trip must keep of a record, as plain values that compare and print well."""

from __future__ import annotations

import pymarc

from app.marc.reading import ReadFailure, ReadRecord


def leader_kept(record: pymarc.Record) -> str:
    """The leader without its lengths and base address (00-04, 12-16), which re-serialising
    recomputes; position 09 is always 'a' after reading."""
    leader = str(record.leader)
    return leader[5:12] + leader[17:]


def fields_kept(record: pymarc.Record) -> list[tuple[object, ...]]:
    kept: list[tuple[object, ...]] = []
    for field in record.fields:
        if field.is_control_field():
            kept.append((field.tag, field.data))
        else:
            kept.append(
                (
                    field.tag,
                    tuple(field.indicators or ("", "")),
                    tuple((sub.code, sub.value) for sub in field.subfields),
                )
            )
    return kept


def records_of(results: list[ReadRecord | ReadFailure]) -> list[pymarc.Record]:
    return [r.record for r in results if isinstance(r, ReadRecord)]


def failures_of(results: list[ReadRecord | ReadFailure]) -> list[ReadFailure]:
    return [r for r in results if isinstance(r, ReadFailure)]


def title(record: pymarc.Record) -> str:
    field = record.get("245")
    assert field is not None, "the record has no 245"
    return field.get("a") or ""


def kazakh_record() -> pymarc.Record:
    """A Kazakh record built here: no public repository holds Kazakh MARC records. «Қ», «ә»,
    «ұ» and «ң» have no place in cp1251, so only UTF-8 can carry them."""
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 i 4500")
    record.add_field(pymarc.Field(tag="001", data="KZ-000001"))
    record.add_field(pymarc.Field(tag="008", data="240115s2024    kz            000 0 kaz d"))
    record.add_field(
        pymarc.Field(
            tag="100",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", "Әуезов, Мұхтар"), pymarc.Subfield("d", "1897-1961")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[
                pymarc.Subfield("a", "Қазақ әдебиетінің тарихы"),
                pymarc.Subfield("b", "оқу құралы /"),
                pymarc.Subfield("c", "М. Әуезов ; ред. Ғ. Мүсірепов."),
            ],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="260",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[
                pymarc.Subfield("a", "Алматы :"),
                pymarc.Subfield("b", "Жазушы,"),
                pymarc.Subfield("c", "2024."),
            ],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="650",
            indicators=pymarc.Indicators(" ", "7"),
            subfields=[
                pymarc.Subfield("a", "Қазақ әдебиеті"),
                pymarc.Subfield("a", "Өлең $ {тарих}"),
                pymarc.Subfield("2", "kaz\\local"),
            ],
        )
    )
    return record


def russian_record() -> pymarc.Record:
    record = pymarc.Record()
    record.leader = pymarc.Leader("00000nam  2200000   4500")
    record.add_field(pymarc.Field(tag="001", data="RU-1"))
    record.add_field(
        pymarc.Field(
            tag="100",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", "Толстой, Лев Николаевич")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[pymarc.Subfield("a", "Война и мир"), pymarc.Subfield("c", "Л. Н. Толстой.")],
        )
    )
    return record


def single_byte_iso2709(record: pymarc.Record, codec: str) -> bytes:
    """The record as ISO 2709 in a one-byte code page with a blank leader/09, as DOS- and
    Windows-era Russian systems wrote it."""
    fields = b""
    directory = b""
    for field in record.fields:
        if field.is_control_field():
            data = (field.data or "").encode(codec) + b"\x1e"
        else:
            first, second = field.indicators or (" ", " ")
            data = (first + second).encode(codec)
            data += b"".join(b"\x1f" + (s.code + s.value).encode(codec) for s in field.subfields)
            data += b"\x1e"
        directory += b"%s%04d%05d" % (field.tag.encode(), len(data), len(fields))
        fields += data
    base = 24 + len(directory) + 1
    total = base + len(fields) + 1
    leader = b"%05dnam  22%05d   4500" % (total, base)
    return leader + directory + b"\x1e" + fields + b"\x1d"
