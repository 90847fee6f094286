"""Hostile MARC input at the reader (issue 17): every file ends, in bounded time, with its good
records read and each bad one reported by position and reason."""

from __future__ import annotations

import pymarc
import pytest

from app.marc import ReadFailure, ReadRecord, read_bytes
from tests.records import book


def _iso(title: str) -> bytes:
    return book(title, "Әуезов, Мұхтар").as_marc()


def _results(data: bytes, format: str = "auto") -> list[ReadRecord | ReadFailure]:
    results = []
    for item in read_bytes(data, format=format):
        results.append(item)
        assert len(results) < 100, "the reader does not advance"
    return results


@pytest.mark.parametrize("where", ["alone", "middle", "first"])
def test_a_leader_length_of_zero_is_read_to_its_terminator_with_a_warning(where: str) -> None:
    zero = b"00000" + _iso("Бұзылған жазба")[5:]
    files = {
        "alone": [zero],
        "middle": [_iso("Абай жолы"), zero, _iso("Қан мен тер")],
        "first": [zero, _iso("Абай жолы")],
    }[where]
    results = _results(b"".join(files))
    assert len(results) == len(files) and all(isinstance(r, ReadRecord) for r in results)
    (warned,) = [r for r in results if isinstance(r, ReadRecord) and r.warnings]
    assert warned.record["245"]["a"].startswith("Бұзылған жазба")
    assert "leader says 0 bytes" in warned.warnings[0]


@pytest.mark.parametrize("escape", ["{U+D800}", "{U+FFFFFF}", "{U+DFFF}"])
def test_an_mrk_escape_that_is_no_character_rejects_its_record_by_line(escape: str) -> None:
    text = (
        "=LDR  00000nam\\\\2200000\\i\\4500\n=245  10$aАбай жолы\n\n"
        f"=LDR  00000nam\\\\2200000\\i\\4500\n=245  10$aЖаман{escape}\n\n"
        "=LDR  00000nam\\\\2200000\\i\\4500\n=245  10$aҚан мен тер\n"
    )
    results = _results(text.encode(), "mrk")
    assert [r.record["245"]["a"] for r in results if isinstance(r, ReadRecord)] == [
        "Абай жолы",
        "Қан мен тер",
    ]
    (failure,) = [r for r in results if isinstance(r, ReadFailure)]
    assert failure.index == 2 and "line 5" in failure.reason and escape in failure.reason


def test_a_nul_byte_in_an_iso2709_field_is_stripped_with_a_warning() -> None:
    record = book("Абай\x00 жолы", "Әуезов, Мұхтар")
    results = _results(_iso("Қан мен тер") + record.as_marc())
    assert all(isinstance(r, ReadRecord) for r in results)
    second = results[1]
    assert isinstance(second, ReadRecord)
    assert second.record["245"]["a"] == "Абай жолы"
    assert any("NUL" in w and "245" in w for w in second.warnings)
    assert not results[0].warnings  # type: ignore[union-attr]


def test_a_nul_in_an_mrk_field_is_stripped_with_a_warning() -> None:
    text = "=LDR  00000nam\\\\2200000\\i\\4500\n=001  a{U+0000}b\n=245  10$aАбай{U+0000}\n"
    (result,) = _results(text.encode(), "mrk")
    assert isinstance(result, ReadRecord)
    assert result.record["001"].data == "ab" and result.record["245"]["a"] == "Абай"
    assert [w for w in result.warnings if "NUL" in w]


def test_nul_in_a_control_field_of_iso2709_is_stripped() -> None:
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 i 4500")
    record.add_field(pymarc.Field(tag="001", data="12\x0034"))
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("0", "0"),
            subfields=[pymarc.Subfield("a", "Жер")],
        )
    )
    (result,) = _results(record.as_marc())
    assert isinstance(result, ReadRecord) and result.record["001"].data == "1234"


def _iso_fields(*fields: tuple[str, bytes], coding: bytes = b"a") -> bytes:
    """An ISO 2709 record of raw (tag, field bytes without terminator) pairs."""
    directory, data = b"", b""
    for tag, value in fields:
        directory += tag.encode() + b"%04d%05d" % (len(value) + 1, len(data))
        data += value + b"\x1e"
    base = 24 + len(directory) + 1
    leader = b"%05dnam %s22%05d i 4500" % (base + len(data) + 1, coding, base)
    return leader + directory + b"\x1e" + data + b"\x1d"


def test_a_directory_entry_running_past_its_field_is_rejected() -> None:
    good = _iso_fields(("001", b"42"), ("245", b"10\x1faGood"))
    bad = bytearray(_iso_fields(("001", b"43"), ("035", b"  \x1fa(X)1"), ("245", b"10\x1faBad")))
    # 001's entry says 13 bytes instead of 3: it swallows the 035.
    bad[27:31] = b"0013"
    results = _results(good + bytes(bad) + good)
    assert [isinstance(r, ReadRecord) for r in results] == [True, False, True]
    failure = results[1]
    assert isinstance(failure, ReadFailure) and "001" in failure.reason
    assert "runs past" in failure.reason


XML = '<collection xmlns="http://www.loc.gov/MARC21/slim">{}</collection>'
GOOD_XML = (
    '<record><leader>00000nam a2200000 i 4500</leader><controlfield tag="001">1</controlfield>'
    '<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Абай жолы</subfield></datafield>'
    "</record>"
)
DATAFIELD = (
    '<datafield tag="{tag}" ind1=" " ind2=" "><subfield code="{code}">x</subfield></datafield>'
)


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ('<controlfield tag="245">Абай</controlfield>', "245"),
        (
            '<datafield tag="008" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield>',
            "008",
        ),
        (
            '<datafield tag="2450" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield>',
            "2450",
        ),
        ('<datafield tag="" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield>', "tag"),
        (
            '<datafield tag="245" ind1=" " ind2=" "><subfield code="">x</subfield></datafield>',
            "code",
        ),
        (
            '<datafield tag="245" ind1=" " ind2=" "><subfield code="ab">x</subfield></datafield>',
            "ab",
        ),
    ],
)
def test_a_marcxml_record_whose_structure_lies_is_rejected(bad: str, words: str) -> None:
    lying = GOOD_XML.replace("</record>", bad + "</record>")
    results = _results(XML.format(GOOD_XML + lying + GOOD_XML).encode())
    assert [isinstance(r, ReadRecord) for r in results] == [True, False, True]
    failure = results[1]
    assert isinstance(failure, ReadFailure) and failure.index == 2 and words in failure.reason


def test_an_empty_marcxml_record_is_rejected() -> None:
    results = _results(XML.format(GOOD_XML + "<record/>" + GOOD_XML).encode())
    assert [isinstance(r, ReadRecord) for r in results] == [True, False, True]
    assert "no fields" in results[1].reason  # type: ignore[union-attr]


def test_bad_tags_in_iso2709_and_mrk_are_rejected() -> None:
    iso = _iso_fields(("001", b"1"), ("2\x1e5", b"10\x1faX"))
    assert isinstance(_results(iso)[0], ReadFailure)
    mrk = "=LDR  00000nam\\\\2200000\\i\\4500\n=24{U+001F}  10$aX\n"
    (result,) = _results(mrk.encode(), "mrk")
    assert isinstance(result, ReadFailure)


def test_marc8_escape_garbage_is_rejected_not_stored_with_an_empty_title() -> None:
    garbage = b"10\x1fa\x1b$1\x8f\x8f\x8f\x9b\x9b\x9b\x1b(B\x1b$1\xfe\xfe\xfe"
    record = _iso_fields(("001", b"7"), ("245", garbage), coding=b" ")
    (result,) = _results(record)
    assert isinstance(result, ReadFailure) and "245" in result.reason


def test_pymarc_says_nothing_on_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    record = _iso_fields(
        ("001", b"7"), ("245", b"10\x1faAb\x1b$1\x21"), ("500", b"  \x1faOk"), coding=b" "
    )
    _results(record)
    assert capfd.readouterr().err == ""


def test_the_files_marc8_evidence_decides_an_ambiguous_record() -> None:
    marc8 = [_iso_fields(("001", b"%d" % n), ("245", b"10\x1faCaf\xe2e")) for n in range(20)]
    ambiguous = _iso_fields(("001", b"99"), ("245", b"10\x1faPre\xe1-war"), coding=b" ")
    marc8 = [r[:9] + b" " + r[10:] for r in marc8]
    results = _results(b"".join([*marc8[:10], ambiguous, *marc8[10:]]))
    assert all(isinstance(r, ReadRecord) and r.encoding == "marc-8" for r in results)
    odd = results[10]
    assert isinstance(odd, ReadRecord) and "á" not in odd.record["245"]["a"]
    # Alone, the same record is still read as Latin-1 (nothing says otherwise).
    (alone,) = _results(ambiguous)
    assert isinstance(alone, ReadRecord) and alone.encoding == "iso-8859-1"
