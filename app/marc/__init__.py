"""MARC input and output: reading ISO 2709, MARCXML and .mrk files in any encoding libraries use,
writing them back in UTF-8, and the JSON form records are stored in."""

from app.marc.codec import from_json, to_json
from app.marc.reading import (
    ENCODINGS,
    FORMATS,
    ReadFailure,
    ReadRecord,
    detect_format,
    read_bytes,
    read_records,
)
from app.marc.writing import MarcWriter, write_records

__all__ = [
    "ENCODINGS",
    "FORMATS",
    "MarcWriter",
    "ReadFailure",
    "ReadRecord",
    "detect_format",
    "from_json",
    "read_bytes",
    "read_records",
    "to_json",
    "write_records",
]
