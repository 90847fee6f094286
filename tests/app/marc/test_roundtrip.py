"""Every readable MARC 21 record of the shared data comes back field for field, indicator for
indicator and subfield for subfield after writing it out and reading it again."""

from __future__ import annotations

import csv
from pathlib import Path

import pymarc
import pytest

from app.marc import from_json, read_records, to_json, write_records
from tests.app.marc.helpers import failures_of, fields_kept, leader_kept, records_of
from tests.conftest import MARC_DATA


def _marc21_files() -> list[str]:
    """The files MANIFEST.tsv lists as MARC 21 in a format Qor reads. RUSMARC, UNIMARC, danMARC
    and the IRBIS-style cp866 files are left out: they are not MARC 21 (the cp866 ones have no
    indicators at all), and rusmarc.xml is not MARCXML."""
    with (MARC_DATA / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return sorted(
        row["file"]
        for row in rows
        if row["scheme"].startswith("MARC21") and row["format"] in ("iso2709", "marcxml")
    )


MARC21_FILES = _marc21_files()


def _clean(value: object) -> object:
    """XML 1.0 cannot hold C0 control characters, so MARCXML carries them as U+FFFD."""
    if isinstance(value, str):
        return "".join("\ufffd" if ord(ch) < 0x20 and ch not in "\t\n\r" else ch for ch in value)
    if isinstance(value, tuple):
        return tuple(_clean(item) for item in value)
    return value


def test_the_manifest_lists_the_marc21_files() -> None:
    assert len(MARC21_FILES) > 80


@pytest.mark.parametrize("name", MARC21_FILES)
@pytest.mark.parametrize("fmt", ["iso2709", "marcxml", "mrk"])
def test_records_survive_writing_and_reading_back(
    marc_data: Path, tmp_path: Path, name: str, fmt: str
) -> None:
    originals = records_of(list(read_records(marc_data / name)))
    if not originals:
        pytest.skip(f"{name}: no record of it is readable (a broken-file fixture)")
    out = tmp_path / f"out.{fmt}"
    assert write_records(originals, out, fmt) == len(originals)

    back = list(read_records(out, format=fmt))
    assert failures_of(back) == []
    again = records_of(back)
    assert len(again) == len(originals)
    for number, (before, after) in enumerate(zip(originals, again, strict=True), start=1):
        expected_leader: object = leader_kept(before)
        expected: object = tuple(fields_kept(before))
        if fmt == "marcxml":
            expected_leader, expected = _clean(expected_leader), _clean(expected)
        assert str(after.leader)[9] == "a"
        assert leader_kept(after) == expected_leader, f"{name} record {number}"
        assert tuple(fields_kept(after)) == expected, f"{name} record {number}"


@pytest.mark.parametrize("name", MARC21_FILES)
def test_stored_json_is_lossless(marc_data: Path, name: str) -> None:
    for record in records_of(list(read_records(marc_data / name))):
        text = to_json(record)
        back = from_json(text)
        assert str(back.leader) == str(record.leader)
        assert fields_kept(back) == fields_kept(record)
        assert to_json(back) == text


def test_json_is_compact_and_keeps_cyrillic_readable() -> None:
    record = pymarc.Record()
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[pymarc.Subfield("a", "Абай жолы"), pymarc.Subfield("a", "2")],
        )
    )
    text = to_json(record)
    assert "Абай жолы" in text and ": " not in text
    assert fields_kept(from_json(text)) == [("245", ("1", "0"), (("a", "Абай жолы"), ("a", "2")))]
