"""Reading IRBIS64 as IRBIS keeps it: the master files of the shared data, text exports, ISO
2709 exports, and Qor's own master-file writer read back through the database path."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.migration.copies import read_copy, status_for
from app.migration.irbis import (
    IrbisFormatError,
    detect_kind,
    read_any,
    read_iso,
    read_master,
    read_text,
    write_iso,
    write_master,
)
from app.migration.marc import to_marc21
from tests.conftest import SHARED

IRBIS = SHARED / "data" / "irbis"


def test_master_files_of_the_shared_databases() -> None:
    freesoft = list(read_master(IRBIS / "freesoft.mst"))
    assert [r.mfn for r in freesoft] == list(range(1, 19))
    assert freesoft[0].fields[0].tag == "1" and freesoft[0].fields[0].text == "AKELPAD"
    assert freesoft[0].first("10") is not None
    assert freesoft[0].first("10").get("a") == "AkelPad"  # type: ignore[union-attr]
    metod = list(read_master(IRBIS / "metod.mst"))
    assert len(metod) == 20
    # MFN 13 is logically deleted in metod: it is read, marked, and the rest are not.
    assert [r.mfn for r in metod if r.deleted] == [13]
    assert metod[0].first("100").get("a") == "Многотомники, выбор рабочего листа"  # type: ignore[union-attr]


def test_a_folder_names_its_master_file(tmp_path: Path) -> None:
    assert detect_kind(IRBIS / "metod.mst")[0] == "master"
    (tmp_path / "ONE.mst").write_bytes((IRBIS / "metod.mst").read_bytes())
    with pytest.raises(IrbisFormatError, match=r"ONE\.xrf"):
        detect_kind(tmp_path / "ONE.mst")
    (tmp_path / "ONE.xrf").write_bytes((IRBIS / "metod.xrf").read_bytes())
    kind, path = detect_kind(tmp_path)
    assert (kind, path.name) == ("master", "ONE.mst")
    assert len(list(read_any(tmp_path))) == 20


def test_text_export_records_and_damaged_lines() -> None:
    records = list(read_text(IRBIS / "records-10.txt"))
    assert len(records) == 10
    assert sum(len(r.all("910")) for r in records) == 43
    assert all(not r.problems for r in records)
    broken = list(read_any(IRBIS / "broken-records.txt"))
    assert len(broken) == 3
    assert "line 5" in broken[0].problems[0] and "919" in broken[0].problems[0]
    assert "line 30" in broken[1].problems[0]
    assert broken[2].problems == []


def test_the_writer_round_trips_text_exports_through_a_master_file(tmp_path: Path) -> None:
    for name in ("records-10.txt", "records-3.txt"):
        records = list(read_text(IRBIS / name))
        records[1].deleted = True
        write_master(tmp_path / "DB.mst", records)
        back = list(read_master(tmp_path / "DB.mst"))
        assert [r.fields for r in back] == [r.fields for r in records]
        assert [r.deleted for r in back] == [r.deleted for r in records]
    # And the writer's files read like IRBIS's own: write the shared database again.
    metod = list(read_master(IRBIS / "metod.mst"))
    write_master(tmp_path / "METOD.mst", metod)
    assert [(r.fields, r.deleted) for r in read_master(tmp_path / "METOD.mst")] == [
        (r.fields, r.deleted) for r in metod
    ]


def test_cp1251_exports(tmp_path: Path) -> None:
    records = list(read_text(IRBIS / "records-10.txt"))
    (tmp_path / "cp1251.txt").write_bytes(
        (IRBIS / "records-10.txt").read_text(encoding="utf-8").encode("cp1251")
    )
    assert [r.fields for r in read_any(tmp_path / "cp1251.txt")] == [r.fields for r in records]
    write_iso(tmp_path / "cp1251.iso", records, encoding="cp1251")
    back = list(read_any(tmp_path / "cp1251.iso"))
    assert len(back) == 10 and not any(r.problems for r in back)
    assert back[0].first("200").get("a") == "Куда пойти учиться?"  # type: ignore[union-attr]
    assert [f.get("b") for f in back[7].all("910")] == [f.get("b") for f in records[7].all("910")]


def test_iso_exports_utf8_and_cp866(tmp_path: Path) -> None:
    records = list(read_text(IRBIS / "records-3.txt"))
    write_iso(tmp_path / "out.iso", records)
    back = list(read_any(tmp_path / "out.iso"))
    assert back[0].first("200").get("a") == "Странные люди"  # type: ignore[union-attr]
    assert back[0].first("910").get("b") == "1759089"  # type: ignore[union-attr]
    # An IRBIS-style cp866 export without indicators, declared one byte too long.
    cp866 = list(read_iso(SHARED / "data" / "marc" / "ruby-marc" / "cp866_multirecord.marc"))
    assert len(cp866) == 2 and not cp866[0].problems
    assert cp866[0].first("1").text == "Никитенко Е. А."  # type: ignore[union-attr]


def test_copy_fields_and_statuses() -> None:
    records = list(read_text(IRBIS / "records-10.txt"))
    copies = [read_copy(f, i) for r in records for i, f in enumerate(r.all("910"), 1)]
    first = copies[0]
    assert (first.code, first.number, first.location, first.barcode, first.ksu) == (
        "0",
        "32",
        "БИНТ",
        "107206G",
        "2004/7",
    )
    assert str(first.price) == "7.50" and first.received is not None
    assert ("!", "ХР") in first.extra and ("=", "2") in first.extra
    assert sum(1 for c in copies if c.barcode) == 6
    assert sorted({c.code for c in copies}) == ["0", "1", "2", "6", "7", "C", "U"]
    assert status_for("1", {}) == ("on-loan", False)
    assert status_for("7", {}) == ("in-processing", True)
    assert status_for("7", {"7": "missing"}) == ("missing", True)


def _bare(text: str | None) -> str:
    return (text or "").rstrip(" /:;,.=")


def test_irbis_fields_become_marc21() -> None:
    records = list(read_text(IRBIS / "records-3.txt"))
    volume, article = to_marc21(records[0], "T")[0], to_marc21(records[1], "T")[0]
    assert _bare(volume["245"]["a"]) == "Странные люди" and _bare(volume["245"]["n"]) == "Кн. 3"
    assert volume["773"]["t"] == "Собрание сочинений : в 6 кн."
    assert article["100"]["a"] == "Ведерников, И."
    assert article["773"]["t"] == "Восточно-Сибирская правда"
    assert article["090"]["a"] == "63.3(2)622/В 26-637115870" and article["090"]["b"] == "В 26"
    assert [f["a"] for f in article.get_fields("084")] == ["63.3(2)622", "47.1"]
    ten = list(read_text(IRBIS / "records-10.txt"))
    part, unmapped = to_marc21(ten[1], "T")
    # A volume without its own title takes the set's (461).
    assert _bare(part["245"]["a"]) == "Управление банком" and _bare(part["245"]["n"]) == "Ч.2,4"
    assert part.leader[6:8] == "am" and article.leader[6:8] == "ab"  # 920 PAZK / ASP
    assert _bare(part["300"]["a"]) == "211 с"
    # IRBIS's own bookkeeping fields have no MARC 21 home: kept in 887 and counted.
    assert unmapped["907"] >= 1
    kept = [f for f in part.get_fields("887") if f["2"] == "irbis64:907"]
    assert len(kept) == unmapped["907"]
    assert "910" not in unmapped and not part.get_fields("910")
