"""RUSMARC and UNIMARC records from real catalogues (National Library of Russia, a Russian
publisher, ICCU) converted to MARC 21 and back, and the character sets they declare."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield

from app.marc.reading import read_bytes, read_records
from app.marc.rusmarc import (
    Scheme,
    declare_utf8,
    detect_scheme,
    is_shadow,
    strip_shadows,
    to_marc21,
    to_rusmarc,
)
from tests.app.marc.helpers import fields_kept, records_of
from tests.records import book

RUSMARC_FILES = ("rusmarc-loge/TEST1.ISO", "rusmarc-loge/TEST2.ISO", "rusmarc-loge/ur.iso")
UNIMARC_FILES = ("pymarc/testunimarc.dat",)


def _records(marc_data: Path, name: str) -> list[pymarc.Record]:
    return records_of(list(read_records(marc_data / name)))


def _by_title(records: list[pymarc.Record], title: str) -> pymarc.Record:
    return next(r for r in records if (r["200"] and r["200"].get("a")) == title)


def _values(record: pymarc.Record, tag: str, code: str) -> list[str]:
    return [v for f in record.get_fields(tag) for v in f.get_subfields(code)]


def test_the_scheme_is_told_by_the_records_shape(marc_data: Path) -> None:
    for name in RUSMARC_FILES:
        assert {detect_scheme(r) for r in _records(marc_data, name)} == {Scheme.RUSMARC}, name
    assert {detect_scheme(r) for r in _records(marc_data, UNIMARC_FILES[0])} == {Scheme.UNIMARC}
    marc21 = _records(marc_data, "pymarc/test.dat")
    assert {detect_scheme(r) for r in marc21} == {Scheme.MARC21}
    # A MARC 21 record is left as it is.
    assert fields_kept(to_marc21(marc21[0]).record) == fields_kept(marc21[0])


def test_national_library_record_lands_in_marc21_places(marc_data: Path) -> None:
    source = _by_title(_records(marc_data, "rusmarc-loge/TEST1.ISO"), "Светильник Сибири")
    result = to_marc21(source, Scheme.RUSMARC)
    record = result.record
    title = record["245"]
    assert [(s.code, s.value) for s in title.subfields] == [
        ("a", "Светильник Сибири :"),
        ("b", "Жизнеописание святителя Павла Тобольского и чудеса от святых мощей /"),
        ("c", "Сост. протоиер. Феодор Титов"),
    ]
    # 702 with relator 070 (author) becomes an added entry with MARC's relator code.
    person = record["700"]
    assert person.get("a") == "Титов, Ф. И.," and person.get("d") == "1864-1935"
    assert person.get("q") == "(Федор Иванович)" and person.get("4") == "aut"
    assert person.get("0") == "RU\\NLR\\auth\\779485"
    assert _values(record, "084", "a") == ["Э372.24-34-028"]
    assert _values(record, "084", "2") == ["rubbk"]
    assert _values(record, "260", "b") == ["Изд-во им. Свт. Игнатия Ставропольского,"]
    assert _values(record, "300", "a") == ["80 с. :"]
    fixed = record["008"].data
    # entered 1999-12-20, a reprint (e) of 1913 dated 1999, Russia, Russian
    assert (fixed[:6], fixed[6:15], fixed[15:18], fixed[35:38]) == (
        "991220",
        "r19991913",
        "ru ",
        "rus",
    )
    assert record["040"].get("a") == "RU NLR" and record["040"].get("b") == "rus"
    # The embedded 455 (reproduction of) becomes a linking entry with its title and author.
    link = record["775"]
    assert link.get("t") == "Святитель Павел, митрополит Тобольский и Сибирский"
    assert link.get("a") == "Титов, Ф. И."
    # The NLR's local 899 has no MARC 21 home: kept verbatim, counted.
    assert result.unmapped["899"] == 1
    kept = [f.get("a") for f in record.get_fields("887")]
    assert "899  $aNLR$j99-4/8722" in kept


def test_isbn_udc_subjects_and_series_of_a_publishers_record(marc_data: Path) -> None:
    (source,) = _records(marc_data, "rusmarc-loge/ur.iso")
    record = to_marc21(source).record
    assert _values(record, "020", "a") == ["978-5-9916-1662-1"]
    assert _values(record, "020", "c") == ["1380.00"]
    assert record["245"].get("a").startswith("ПЕДАГОГИКА И ПСИХОЛОГИЯ НЕНАСИЛИЯ")
    assert record["100"].get("a") == "Маралов, В. Г."
    assert _values(record, "490", "a") == ["Бакалавр и магистр. Модуль."]
    assert "Психология агрессии" in _values(record, "653", "a")
    assert _values(record, "250", "a") == ["2-е изд.,"]
    assert _values(record, "856", "u")[0].startswith("http://www.biblio-online.ru/")
    # UDC from another record of the National Library.
    udc = [
        v
        for r in _records(marc_data, "rusmarc-loge/TEST1.ISO")
        for v in _values(to_marc21(r).record, "080", "a")
    ]
    assert udc and all(v and v[0].isdigit() for v in udc)


def test_unimarc_record_of_iccu(marc_data: Path) -> None:
    (source,) = _records(marc_data, UNIMARC_FILES[0])
    record = to_marc21(source).record
    assert record["245"].get("a") == "L'altra faccia della spirale /"
    assert record["020"].get("a") == "88-04-40682-8"
    assert record["100"].get("a") == "Asimov, Isaac"
    assert record["100"].get("4") == "aut"
    # The nonfiling «L'» marked with NSB/NSE becomes 245's second indicator.
    assert record["245"].indicator2 == "2"
    # 245 $c does not repeat: the later statements of responsibility join the first.
    assert record["245"].get_subfields("c") == [
        "Isaac Asimov ; traduzione di Cesare Scaglia ; introduzione di Fruttero & Lucentini"
    ]
    series = [f.get("a") for f in record.get_fields("830")]
    assert "Bestsellers ;" in series
    assert record["008"].data[35:38] == "ita"


def _sorted_fields(record: pymarc.Record) -> list[tuple[object, ...]]:
    return sorted(fields_kept(record), key=lambda f: str(f[0]))


@pytest.mark.parametrize("name", RUSMARC_FILES + UNIMARC_FILES)
def test_round_trip_gives_every_source_field_back(marc_data: Path, name: str) -> None:
    records = _records(marc_data, name)
    fields_in = fields_back = 0
    for source in records:
        converted = to_marc21(source).record
        back = to_rusmarc(converted)
        want = Counter(fields_kept(source))
        got = Counter(fields_kept(back))
        fields_in += sum(want.values())
        fields_back += sum((want & got).values())
        assert got == want, f"{name}: {source['001'].data}"
        assert str(back.leader) == str(source.leader)
        # In tag order, as they came.
        assert _sorted_fields(back) == _sorted_fields(source)
    assert fields_back == fields_in > 0


def test_an_edited_marc21_field_wins_over_the_kept_source(marc_data: Path) -> None:
    source = _by_title(_records(marc_data, "rusmarc-loge/TEST1.ISO"), "Светильник Сибири")
    record = to_marc21(source).record
    person = record["700"]
    person.subfields[1] = Subfield("a", "Титов, Федор Иванович,")  # after $0
    title = record["245"]
    title.subfields[0] = Subfield("a", "Светильник Сибирский :")
    back = to_rusmarc(record)
    assert back["200"].get("a") == "Светильник Сибирский"
    assert back["200"].get("e").startswith("Жизнеописание")
    # The author was edited: it comes back from MARC 21 (as 701, an author), not the old 702.
    assert [f.get("b") for f in back.get_fields("701")] == ["Федор Иванович"]
    assert back.get_fields("702") == []
    # Untouched fields still come back verbatim.
    assert fields_kept(back)[-1] == fields_kept(source)[-1]


def test_a_record_catalogued_in_marc21_goes_out_as_rusmarc() -> None:
    record = book(
        "Абай жолы", "Әуезов, Мұхтар", isbn="9965-35-086-5", subjects=("Қазақ әдебиеті",)
    )
    back = declare_utf8(to_rusmarc(record))
    assert back["200"].get("a") == "Абай жолы"
    assert (back["700"].get("a"), back["700"].get("b")) == ("Әуезов", "Мұхтар")
    assert back["010"].get("a") == "9965-35-086-5"
    assert back["101"].get("a") == "kaz" and back["102"].get("a") == "KZ"
    assert back["210"].get("a") == "Алматы" and back["210"].get("d") == "2020"
    coded = back["100"].get("a")
    assert len(coded) == 36 and coded[:9] == "20201015d" and coded[26:30] == "50  "
    assert detect_scheme(back) == Scheme.RUSMARC
    assert not back.get_fields("245")


def test_shadows_are_kept_apart_and_can_be_stripped(marc_data: Path) -> None:
    (source,) = _records(marc_data, "rusmarc-loge/TEST2.ISO")
    record = to_marc21(source).record
    assert any(is_shadow(f) for f in record.fields)
    native_887 = Field(
        tag="887", indicators=Indicators(" ", " "), subfields=[Subfield("a", "other")]
    )
    record.add_field(native_887)
    strip_shadows(record)
    assert [f.get("a") for f in record.get_fields("887")] == ["other"]


# Character sets --------------------------------------------------------------------------------

# ISO 5426 as the standard lays it out: non-spacing marks 0xC1 grave, 0xC2 acute, 0xC8
# diaeresis, 0xCF caron, 0xD0 cedilla, written before their letter; 0xE8 Ł, 0xF8 ł.
_ISO5426_MARKS = {"\u0300": 0xC1, "\u0301": 0xC2, "\u0308": 0xC8, "\u030c": 0xCF, "\u0327": 0xD0}
_ISO5426_LETTERS = {"Ł": 0xE8, "ł": 0xF8}


def _iso5426(text: str) -> bytes:
    out = bytearray()
    for char in text:
        if char in _ISO5426_LETTERS:
            out.append(_ISO5426_LETTERS[char])
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        out += bytes(_ISO5426_MARKS[m] for m in marks) + base.encode("ascii")
    return bytes(out)


def _iso2709(fields: list[tuple[str, str, list[tuple[str, str]]]], encode) -> bytes:  # type: ignore[no-untyped-def]
    body = directory = b""
    for tag, indicators, subfields in fields:
        data = indicators.encode() + b"".join(b"\x1f" + encode(c + v) for c, v in subfields)
        data += b"\x1e"
        directory += b"%s%04d%05d" % (tag.encode(), len(data), len(body))
        body += data
    base = 24 + len(directory) + 1
    leader = b"%05dnam0 22%05d   450 " % (base + len(body) + 1, base)
    return leader + directory + b"\x1e" + body + b"\x1d"


def _unimarc_bytes(charsets: str, encode) -> bytes:  # type: ignore[no-untyped-def]
    coded = f"20240115d1985    u  y0frey{charsets}    ba"
    assert len(coded) == 36
    return _iso2709(
        [
            ("100", "  ", [("a", coded)]),
            ("101", "0 ", [("a", "fre")]),
            ("200", "1 ", [("a", "Éléments d'algèbre"), ("f", "Łukasz Čech, François Noël")]),
            ("700", " 1", [("a", "Čech"), ("b", "Łukasz")]),
            ("801", " 0", [("a", "FR"), ("b", "BnF")]),
        ],
        encode,
    )


def test_iso5426_record_is_read_by_its_own_declaration_in_field_100() -> None:
    data = _unimarc_bytes("0103", _iso5426)
    (result,) = list(read_bytes(data))
    assert result.encoding == "iso5426" and result.warnings == ()
    record = to_marc21(result.record).record
    assert record["245"].get("a") == "Éléments d'algèbre /"
    assert record["245"].get("c") == "Łukasz Čech, François Noël"
    assert record["100"].get("a") == "Čech, Łukasz"
    # Composed (NFC), as typed in Qor, so that search finds it.
    assert unicodedata.is_normalized("NFC", record["245"].get("a"))


def test_iso5426_can_be_chosen_when_the_record_does_not_say() -> None:
    data = _unimarc_bytes("01  ", _iso5426)
    (guessed,) = list(read_bytes(data))
    assert guessed.record["200"].get("a") != "Éléments d'algèbre"
    (chosen,) = list(read_bytes(data, encoding="iso5426"))
    assert chosen.record["200"].get("a") == "Éléments d'algèbre"


def test_field_100_charset_counts_before_the_leader_and_the_guess() -> None:
    # cp866 declared ("79"); the few letters alone would be guessed as cp1251.
    coded = "20240115d1985    u  y0rusy0179    ca"
    data = _iso2709(
        [
            ("100", "  ", [("a", coded)]),
            ("200", "1 ", [("a", "Ёж")]),
            ("801", " 0", [("a", "RU"), ("b", "NLR")]),
        ],
        lambda text: text.encode("cp866"),
    )
    (result,) = list(read_bytes(data))
    assert (result.encoding, result.record["200"].get("a")) == ("cp866", "Ёж")


def test_a_declared_single_byte_set_over_utf8_bytes_is_read_as_utf8(marc_data: Path) -> None:
    # The publisher's record says cp1251 ("89") in 100 $a but is UTF-8 throughout.
    (result,) = list(read_records(marc_data / "rusmarc-loge" / "ur.iso"))
    assert result.encoding == "utf-8"
    assert result.record["200"].get("a").startswith("ПЕДАГОГИКА")
