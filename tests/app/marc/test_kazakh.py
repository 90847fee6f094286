"""A Kazakh record (built in the test: no public Kazakh MARC data exists) keeps every letter
through every format Qor writes and reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.marc import ReadRecord, from_json, read_records, to_json, write_records
from tests.app.marc.helpers import fields_kept, kazakh_record, leader_kept, title

# І and і are in cp1251 (Ukrainian); these nine letter pairs are not.
KAZAKH_ONLY = "ҚқӘәҒғҰұҮүӨөҢңҺһ"


def test_kazakh_letters_do_not_fit_cp1251() -> None:
    # Why Qor stores and writes UTF-8 only: a cp1251 export would destroy the title.
    for letter in KAZAKH_ONLY:
        with pytest.raises(UnicodeEncodeError):
            letter.encode("cp1251")
    with pytest.raises(UnicodeEncodeError):
        title(kazakh_record()).encode("cp1251")


@pytest.mark.parametrize("fmt", ["iso2709", "marcxml", "mrk"])
def test_kazakh_record_round_trips(tmp_path: Path, fmt: str) -> None:
    original = kazakh_record()
    out = tmp_path / f"kaz.{fmt}"
    assert write_records([original, kazakh_record()], out, fmt) == 2
    results = list(read_records(out))
    assert len(results) == 2
    first = results[0]
    assert isinstance(first, ReadRecord)
    assert first.encoding == "utf-8" and first.warnings == ()
    record = first.record
    assert title(record) == "Қазақ әдебиетінің тарихы"
    assert record["100"].get("a") == "Әуезов, Мұхтар"
    assert record["650"].get_subfields("a") == ["Қазақ әдебиеті", "Өлең $ {тарих}"]
    assert record["650"].get("2") == "kaz\\local"
    assert leader_kept(record) == leader_kept(kazakh_record())
    assert fields_kept(record) == fields_kept(kazakh_record())


def test_kazakh_record_json() -> None:
    text = to_json(kazakh_record())
    assert "Қазақ әдебиетінің тарихы" in text
    assert fields_kept(from_json(text)) == fields_kept(kazakh_record())
