"""MARC input and output: reading ISO 2709, MARCXML and .mrk files in any encoding libraries use,
writing them back in UTF-8, and the JSON form records are stored in."""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from app.marc.writing import MarcWriter, write_records


def __getattr__(name: str) -> Any:
    # Writing loads on first use: the import's reading process never writes (and
    # xml.sax.saxutils brings urllib with it).
    if name in ("MarcWriter", "write_records"):
        from app.marc import writing

        return getattr(writing, name)
    raise AttributeError(f"module 'app.marc' has no attribute {name!r}")


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
