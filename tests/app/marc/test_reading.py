"""Reading the shared real files: what a cataloger sees after an import, including the records
that are broken and the leaders that lie about their encoding."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.marc import ReadFailure, ReadRecord, detect_format, read_bytes, read_records
from tests.app.marc.helpers import (
    failures_of,
    kazakh_record,
    records_of,
    russian_record,
    single_byte_iso2709,
    title,
)


def _read(path: Path, **options: str) -> list[ReadRecord | ReadFailure]:
    return list(read_records(path, **options))


# Encodings -----------------------------------------------------------------------------------


def test_cp1251_with_a_blank_leader_reads_as_russian(marc_data: Path) -> None:
    results = _read(marc_data / "pymarc/1251.dat")
    assert len(results) == 6 and not failures_of(results)
    first = results[0]
    assert isinstance(first, ReadRecord)
    assert first.encoding == "cp1251"
    assert title(first.record) == "Основы гидравлического расчета инженерных сетей"
    assert str(first.record.leader)[9] == "a"
    assert any("cp1251" in warning for warning in first.warnings)


def test_rusmarc_test1_is_cp1251(marc_data: Path) -> None:
    results = _read(marc_data / "rusmarc-loge/TEST1.ISO")
    records = records_of(results)
    assert len(records) == 81 and not failures_of(results)
    assert {r.encoding for r in results if isinstance(r, ReadRecord)} == {"cp1251"}
    # RUSMARC keeps the title in 200 $a.
    titles = [f.get("a") for r in records for f in r.get_fields("200")]
    assert "Вып. 13." in titles
    assert all(t is None or "Ð" not in t for t in titles)


def test_utf8_bytes_behind_a_marc8_leader_are_read_as_utf8(marc_data: Path) -> None:
    (result,) = _read(marc_data / "pymarc/utf8_without_leader_flag.dat")
    assert isinstance(result, ReadRecord)
    assert result.encoding == "utf-8"
    assert "leader/09 says MARC-8 but the bytes are utf-8" in result.warnings


def test_marc8_diacritics_become_unicode(marc_data: Path) -> None:
    results = _read(marc_data / "marc4j/selectedRecs.mrc")
    records = records_of(results)
    assert len(records) == 11
    assert {r.encoding for r in results if isinstance(r, ReadRecord)} == {"marc-8"}
    author = records[1]["100"].get("a") or ""
    assert unicodedata.normalize("NFC", author) == "Gontaut-Biron, Élie,"
    assert unicodedata.normalize("NFC", title(records[9])) == "Lascaux en Périgord noir :"


def test_marc8_cyrillic_escape_sequences_decode(marc_data: Path) -> None:
    records = records_of(_read(marc_data / "marc4j/cyrillic_capital_e.mrc"))
    russian = [f.get("a") or "" for f in records[0].get_fields("880")]
    assert any("Вор" in value for value in russian)


def test_a_forced_encoding_overrides_the_guess(marc_data: Path) -> None:
    (result, *_) = _read(marc_data / "pymarc/1251.dat", encoding="cp866")
    assert isinstance(result, ReadRecord) and result.encoding == "cp866"
    assert title(result.record) != "Основы гидравлического расчета инженерных сетей"


def test_cp866_is_told_apart_from_cp1251() -> None:
    record = russian_record()
    for codec in ("cp866", "cp1251"):
        (result,) = list(read_bytes(single_byte_iso2709(record, codec), "iso2709"))
        assert isinstance(result, ReadRecord), result
        assert result.encoding == codec
        assert title(result.record) == "Война и мир"
        assert result.record["100"].get("a") == "Толстой, Лев Николаевич"


# Broken files --------------------------------------------------------------------------------


def test_bad_records_are_reported_and_good_ones_read(marc_data: Path) -> None:
    results = _read(marc_data / "pymarc/bad_records.mrc")
    assert [r.index for r in results] == list(range(1, 9))
    assert [r.index for r in results if isinstance(r, ReadRecord)] == [1, 8]
    reasons = {f.index: f.reason for f in failures_of(results)}
    assert "base address" in reasons[2] and "beyond the end of the record" in reasons[2]
    assert "directory" in reasons[4]
    assert "no fields" in reasons[7]
    assert title(records_of(results)[0]) == "The pragmatic programmer : "


def test_many_errors_file_reads_the_good_and_names_the_bad(marc_data: Path) -> None:
    results = _read(marc_data / "marc4j/pride-and-prejudice-with-many-errors.mrc")
    failures = failures_of(results)
    assert len(results) == 383
    assert [r.index for r in results] == list(range(1, 384))
    # The records whose UTF-8 leader lies (MARC-8 bytes: 0xB9 is the pound sign) are read;
    # what stays rejected is the records with a damaged directory.
    assert len(records_of(results)) + len(failures) == 383
    assert 0 < len(failures) <= 16
    assert all("directory" in f.reason or "base address" in f.reason for f in failures)
    assert all(f.reason for f in failures)
    (second,) = [r for r in results if r.index == 2]
    assert isinstance(second, ReadRecord) and second.encoding == "marc-8"
    assert "leader/09 says UTF-8 but the bytes are marc-8" in second.warnings
    assert [f.get("a") for f in second.record.get_fields("350")] == ["£0.75"]


def test_a_marc8_record_behind_a_utf8_leader_is_read_as_marc8(marc_data: Path) -> None:
    (result,) = _read(marc_data / "ruby-marc/marc8_accented_chars.marc")
    assert isinstance(result, ReadRecord), result
    assert result.encoding == "marc-8"
    author = unicodedata.normalize("NFC", result.record["100"].get("a") or "")
    assert author == "Serreau, Geneviève."
    assert "leader/09 says UTF-8 but the bytes are marc-8" in result.warnings
    (forced,) = _read(marc_data / "ruby-marc/marc8_accented_chars.marc", encoding="marc-8")
    assert isinstance(forced, ReadRecord)
    assert forced.record.as_json() == result.record.as_json()


def test_cp1251_records_behind_a_utf8_leader_are_read_as_cp1251(marc_data: Path) -> None:
    data = (marc_data / "pymarc/1251.dat").read_bytes()
    lying = b"\x1d".join(c[:9] + b"a" + c[10:] if c.strip() else c for c in data.split(b"\x1d"))
    results = list(read_bytes(lying, "iso2709"))
    assert len(results) == 6 and not failures_of(results)
    first = results[0]
    assert isinstance(first, ReadRecord) and first.encoding == "cp1251"
    assert title(first.record) == "Основы гидравлического расчета инженерных сетей"
    assert "leader/09 says UTF-8 but the bytes are cp1251" in first.warnings


def test_really_broken_utf8_is_still_rejected(marc_data: Path) -> None:
    # Mostly valid UTF-8 sequences with a few bad bytes: broken UTF-8, not another encoding.
    (failure,) = _read(marc_data / "ruby-marc/utf8_with_bad_bytes.marc")
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("invalid UTF-8 in field ")


def test_cp866_irbis_records_with_a_miscounted_length(marc_data: Path) -> None:
    results = _read(marc_data / "ruby-marc/cp866_multirecord.marc")
    assert [r.index for r in results] == [1, 2]
    for result in results:
        text = result.reason if isinstance(result, ReadFailure) else " ".join(result.warnings)
        assert "record length in leader says 1167 bytes but the record ends at 1166" in text


def test_a_truncated_last_record_is_one_failure(marc_data: Path) -> None:
    results = _read(marc_data / "marc4j/008008027.mrc")
    assert len(records_of(results)) == 18
    (failure,) = failures_of(results)
    assert failure.index == 19 and "ends inside this record" in failure.reason


def test_trailing_newlines_are_not_a_record(marc_data: Path) -> None:
    results = _read(marc_data / "pymarc/testunimarc.dat")
    assert len(results) == 1 and isinstance(results[0], ReadRecord)
    data = (marc_data / "pymarc/one.dat").read_bytes()
    assert len(list(read_bytes(data + b"\r\n\n  \n", "iso2709"))) == 1


def test_a_record_without_its_terminator_does_not_swallow_the_next() -> None:
    one = kazakh_record().as_marc()
    broken = one[:-1] + b" "  # the terminator overwritten
    results = list(read_bytes(broken + one + one, "iso2709"))
    assert [type(r).__name__ for r in results] == ["ReadFailure", "ReadRecord", "ReadRecord"]
    assert [r.index for r in results] == [1, 2, 3]
    assert isinstance(results[0], ReadFailure)
    assert "is not the record terminator" in results[0].reason


def test_three_records_second_not_well_formed(marc_data: Path) -> None:
    results = _read(marc_data / "ruby-marc/three-records-second-bad.xml")
    assert isinstance(results[0], ReadRecord)
    assert title(results[0].record) == "The Texas ranger"
    failure = results[-1]
    assert isinstance(failure, ReadFailure) and failure.index == 2
    assert failure.reason.startswith("not well-formed XML at line 72, column ")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("chabon-missing-controlfield-tag.xml", "controlfield has no tag"),
        ("chabon-missing-datafield-tag.xml", "datafield has no tag"),
        ("chabon-missing-subfield-code.xml", "field 020: a subfield has no code"),
    ],
)
def test_a_malformed_record_element_fails_alone(marc_data: Path, name: str, words: str) -> None:
    data = (marc_data / "marc4j" / name).read_bytes()
    good = (marc_data / "marc4j/chabon.xml").read_bytes()
    (failure,) = _read(marc_data / "marc4j" / name)
    assert isinstance(failure, ReadFailure) and failure.index == 1 and words in failure.reason
    # The same broken record between two good ones: only it fails.
    bad_record = data[data.index(b"<record") : data.rindex(b"</record>") + 9]
    good_record = good[good.index(b"<record") : good.index(b"</record>") + 9]
    mixed = b"<collection>" + good_record + bad_record + good_record + b"</collection>"
    results = list(read_bytes(mixed, "marcxml"))
    assert [type(r).__name__ for r in results] == ["ReadRecord", "ReadFailure", "ReadRecord"]
    assert [r.index for r in results] == [1, 2, 3]


def test_marcxml_with_and_without_namespace(marc_data: Path) -> None:
    with_ns = records_of(_read(marc_data / "marc4j/summerland.xml"))
    plain = (marc_data / "marc4j/summerland.xml").read_text(encoding="utf-8")
    plain = plain.replace('xmlns="http://www.loc.gov/MARC21/slim"', "")
    without = records_of(list(read_bytes(plain.encode(), "marcxml")))
    assert len(with_ns) == len(without) == 1
    assert title(with_ns[0]) == title(without[0]) == "Summerland /"
    (single,) = records_of(_read(marc_data / "ruby-marc/one.xml"))
    assert single.get("245") is not None


def test_no_exception_escapes_from_any_shared_file(marc_data: Path) -> None:
    files = [p for p in marc_data.rglob("*") if p.is_file() and p.suffix != ".tsv"]
    files = [p for p in files if p.name not in ("README.md",)]
    assert len(files) > 100
    for path in files:
        try:
            fmt = detect_format(path)
        except InvalidInput:
            continue
        for result in read_records(path, format=fmt):
            assert result.index >= 1


# Formats and arguments -----------------------------------------------------------------------


def test_formats_are_sniffed_from_content_then_extension(marc_data: Path, tmp_path: Path) -> None:
    assert detect_format(marc_data / "pymarc/1251.dat") == "iso2709"
    assert detect_format(marc_data / "pymarc/batch.xml") == "marcxml"
    mrk = tmp_path / "x.txt"
    mrk.write_text("=LDR  00000nam\\\\2200000\\\\\\4500\n=001  1\n", encoding="utf-8")
    assert detect_format(mrk) == "mrk"
    empty_xml = tmp_path / "empty.xml"
    empty_xml.write_bytes(b"")
    assert detect_format(empty_xml) == "marcxml"
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"hello")
    with pytest.raises(InvalidInput, match="not a MARC file"):
        detect_format(odd)


def test_unknown_options_are_refused_before_reading(marc_data: Path) -> None:
    with pytest.raises(InvalidInput, match="Unknown encoding 'koi8-r'"):
        read_records(marc_data / "pymarc/one.dat", encoding="koi8-r")
    with pytest.raises(InvalidInput, match="Unknown format 'json'"):
        read_records(marc_data / "pymarc/one.dat", format="json")
    with pytest.raises(InvalidInput, match="Cannot read"):
        read_records(marc_data / "no-such-file.mrc")
