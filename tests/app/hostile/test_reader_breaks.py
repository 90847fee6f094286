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
