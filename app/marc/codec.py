"""The canonical form a record is stored in: compact JSON arrays, lossless for the leader,
control fields, indicators, subfield order and repeated subfields."""

from __future__ import annotations

import json

import pymarc
from pymarc import Field, Indicators, Leader, Subfield

from app.errors import InvalidInput
from app.i18n import translate

LEADER_LEN = 24
# One encoder for every record: json.dumps with options builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_json(record: pymarc.Record) -> str:
    """Compact JSON arrays: ``[leader, [[tag, data] | [tag, ind1, ind2, code, value, ...]]]``.
    A control field has two elements and a data field at least three, so they never clash.
    Flat arrays cost far less to build and parse than MARC-in-JSON's nested objects, and
    import stores one per record."""
    return encode_flat(str(record.leader), flat_fields(record))


def flat_fields(record: pymarc.Record) -> list[list[str]]:
    """The record's fields as to_json stores them: plain lists of strings, which also cost
    little to send to another process (bulk import reads in one)."""
    fields: list[list[str]] = []
    append = fields.append
    for field in record.fields:
        if field.control_field:
            append([field.tag, field.data or ""])
        else:
            first, second = field.indicators or (" ", " ")
            flat = [field.tag, first, second]
            for sub in field.subfields:
                flat += sub
            append(flat)
    return fields


def encode_flat(leader: str, fields: list[list[str]]) -> str:
    """to_json of a record given as its leader and flat_fields."""
    return _encode([leader, fields])


def fit_leader(text: str) -> str:
    """A leader of exactly 24 characters: pymarc refuses any other length."""
    return text[:LEADER_LEN].ljust(LEADER_LEN)


def from_json(text: str) -> pymarc.Record:
    try:
        leader, fields = json.loads(text)
        return record_from_flat(leader, fields)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InvalidInput(
            translate("errors", "The stored record is not valid: {error}").format(error=exc)
        ) from exc


def record_from_flat(leader: str, fields: list[list[str]]) -> pymarc.Record:
    """The pymarc record of a leader and flat_fields (raises on malformed entries)."""
    record = pymarc.Record()
    record.leader = Leader(fit_leader(leader))
    for entry in fields:
        if len(entry) == 2:
            record.add_field(Field(tag=entry[0], data=entry[1]))
            continue
        values = entry[3:]
        record.add_field(
            Field(
                tag=entry[0],
                indicators=Indicators(entry[1], entry[2]),
                subfields=[Subfield(values[i], values[i + 1]) for i in range(0, len(values), 2)],
            )
        )
    return record
