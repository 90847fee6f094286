"""MarcEdit's .mrk text: the lines a cataloger reads and edits, and the errors they get."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.marc.mrk import mrk_to_record, read_mrk, record_to_mrk
from tests.app.marc.helpers import fields_kept, kazakh_record

GOOD = """=LDR  00000nam\\\\2200000\\i\\4500
=001  KZ-000001
=008  240115s2024\\\\\\\\kz\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\kaz\\d
=100  1\\$aӘуезов, Мұхтар
=245  10$aҚазақ әдебиетінің тарихы$cМ. Әуезов.
=650  \\7$aБаға {dollar}5$2local
"""


def test_reads_marcedit_lines() -> None:
    record = mrk_to_record(GOOD)
    assert str(record.leader) == "00000nam  2200000 i 4500"
    assert (record["008"].data or "").startswith("240115s2024    kz")
    assert record["100"].indicators == ("1", " ")
    assert record["245"].get("a") == "Қазақ әдебиетінің тарихы"
    assert record["650"].get("a") == "Баға $5"
    assert record["650"].indicators == (" ", "7")


def test_writes_the_lines_marcedit_writes() -> None:
    lines = record_to_mrk(kazakh_record()).splitlines()
    assert lines[0] == "=LDR  00000nam\\a2200000\\i\\4500"
    assert "=100  1\\$aӘуезов, Мұхтар$d1897-1961" in lines
    assert "=650  \\7$aҚазақ әдебиеті$aӨлең {dollar} {lcub}тарих{rcub}$2kaz{bsol}local" in lines
    assert fields_kept(mrk_to_record(record_to_mrk(kazakh_record()))) == fields_kept(
        kazakh_record()
    )


def test_common_mnemonics_and_unicode_escapes() -> None:
    text = GOOD.replace("$2local", "$2{copy}{U+04D8}{unknown}")
    assert mrk_to_record(text)["650"].get("2") == "©Ә{unknown}"


@pytest.mark.parametrize(
    ("bad_line", "words"),
    [
        ("=24510$aNo spaces", "line 5: expected '=TAG  data'"),
        ("245  10$aNo equals sign", "line 5: expected '=TAG  data'"),
        ("=245  10$", "line 5: field 245 has a '$' without a code"),
        ("=245  10x$aThree indicators", "line 5: field 245: expected '$' after the two"),
    ],
)
def test_errors_name_the_line(bad_line: str, words: str) -> None:
    text = GOOD.replace("=245  10$aҚазақ әдебиетінің тарихы$cМ. Әуезов.", bad_line)
    with pytest.raises(InvalidInput, match=words.replace("$", r"\$")):
        mrk_to_record(text)


def test_a_short_leader_is_an_error() -> None:
    with pytest.raises(InvalidInput, match="line 1: the leader has 10 characters"):
        mrk_to_record("=LDR  00000nam\\a\n=001  x\n")
    with pytest.raises(InvalidInput, match="no =LDR line"):
        mrk_to_record("=001  x\n")


def test_one_bad_record_does_not_stop_the_rest() -> None:
    bad = GOOD.replace("=100  1\\$a", "=100 1\\$a")
    results = list(read_mrk(GOOD + "\n" + bad + "\n\n" + GOOD))
    assert len(results) == 3
    assert not isinstance(results[0], tuple) and not isinstance(results[2], tuple)
    assert isinstance(results[1], tuple)
    index, reason = results[1]
    assert index == 2 and reason.startswith("line 11: expected '=TAG  data'")


def test_more_than_one_record_is_refused_by_mrk_to_record() -> None:
    with pytest.raises(InvalidInput, match="holds 2 records"):
        mrk_to_record(GOOD + "\n" + GOOD)
