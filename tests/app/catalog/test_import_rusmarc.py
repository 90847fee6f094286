"""RUSMARC and UNIMARC files brought into the catalog: what the librarian sees (titles,
authors, ISBNs, UDC and BBK on the card and in search), and the same records going out again
as RUSMARC to an exchange partner, and never their RUSMARC-only fields to the union catalog."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from pymarc import Subfield

from app.catalog.card import catalog_card
from app.catalog.exporting import export_records
from app.catalog.importing import import_files
from app.catalog.records import get_record
from app.catalog.search import search
from app.cli import main
from app.errors import InvalidInput
from app.marc.reading import read_records
from app.security.roles import Actor
from app.unioncat.outbox import outbox_rows
from app.unioncat.outgoing import prepare_outgoing
from db.session import Database
from tests.app.marc.helpers import fields_kept, records_of
from tests.conftest import ADMIN, ADMIN_PASSWORD

NLR = "rusmarc-loge/TEST1.ISO"  # 81 records of the National Library of Russia, cp1251
PUBLISHER = "rusmarc-loge/ur.iso"  # one record of the publisher Yurait, UTF-8


def _only(db: Database, query: str) -> int:
    hits = search(db, query).hits
    assert len(hits) == 1, f"{query!r}: {[h.title for h in hits]}"
    return hits[0].id


def test_rusmarc_records_show_their_titles_authors_and_numbers(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    summary = import_files(db, admin, [marc_data / NLR, marc_data / PUBLISHER])
    assert summary.rejected == [] and summary.imported + summary.duplicates == 82
    assert summary.converted == {"rusmarc": 82}
    assert "converted to MARC 21: 82 from RUSMARC" in summary.describe()
    # Before conversion the title was empty and the author column showed 100's coded data.
    record_id = _only(db, "Светильник")
    detail = get_record(db, record_id)
    assert detail.summary.title.startswith("Светильник Сибири : Жизнеописание святителя")
    assert detail.summary.author.startswith("Титов, Ф. И")
    assert detail.summary.year == "1999"
    card = catalog_card(detail.record)
    assert "Изд-во им. Свт. Игнатия Ставропольского, 1999" in card
    assert "BBK Э372.24-34-028" in card
    assert "Титов, Ф. И." in card

    publisher = get_record(db, _only(db, "978-5-9916-1662-1"))
    assert publisher.summary.title.startswith("ПЕДАГОГИКА И ПСИХОЛОГИЯ НЕНАСИЛИЯ")
    assert publisher.summary.author.startswith("Маралов, В. Г")
    assert publisher.summary.isbn.startswith("978-5-9916-1662-1")
    assert _only(db, "Маралов") == publisher.summary.id
    # Uncontrolled subject terms (610) are searchable words.
    assert _only(db, "ненасилия агрессии") == publisher.summary.id

    chess = get_record(db, _only(db, "Крихели"))
    assert "UDC 794.1" in catalog_card(chess.record)
    # A multi-volume part finds its set's title through the 461 link (773 $t).
    assert len(search(db, "Задачи этюды").hits) >= 8


def test_the_user_chooses_the_scheme(db: Database, admin: Actor, marc_data: Path) -> None:
    path = marc_data / "rusmarc-loge" / "TEST2.ISO"
    as_marc21 = import_files(db, admin, [path], scheme="marc21")
    kept_raw = get_record(db, as_marc21.record_ids[0])
    assert kept_raw.record.get_fields("245") == []  # read as it is: the user's choice
    as_rusmarc = import_files(db, admin, [path], scheme="rusmarc", on_duplicate="add")
    converted = get_record(db, as_rusmarc.record_ids[0])
    assert converted.summary.title.startswith("Светильник Сибири")
    with pytest.raises(InvalidInput, match="scheme"):
        import_files(db, admin, [path], scheme="danmarc")


def _source_fields(record) -> Counter:  # type: ignore[no-untyped-def]
    """What must come back from the catalog: everything but 001 and 005 (the catalog's own
    control number and time stamp) and 100's character set (files are written in UTF-8)."""
    kept = Counter()
    for field in fields_kept(record):
        if field[0] in ("001", "005"):
            continue
        if field[0] == "100":
            (code, value), *rest = field[2]  # type: ignore[misc]
            field = (field[0], field[1], ((code, value[:26] + "50  " + value[30:]), *rest))
        kept[field] += 1
    return kept


@pytest.mark.parametrize("container", ["iso2709", "marcxml"])
def test_export_as_rusmarc_gives_the_source_fields_back(
    db: Database, admin: Actor, marc_data: Path, tmp_path: Path, container: str
) -> None:
    sources = records_of(list(read_records(marc_data / NLR)))
    summary = import_files(db, admin, [marc_data / NLR], on_duplicate="add")
    assert summary.imported == len(sources) == 81
    out = tmp_path / f"out.{container}"
    assert export_records(db, admin, out, container, scheme="rusmarc") == 81
    exported = records_of(list(read_records(out)))
    by_source = {}
    for record in exported:
        numbers = [v for f in record.get_fields("035") for v in f.get_subfields("a")]
        assert numbers, "the source's control number travels in 035"
        by_source[numbers[0]] = record
    fields_in = fields_back = 0
    for source in sources:
        back = by_source[source["001"].data]
        want, got = _source_fields(source), _source_fields(back)
        fields_in += sum(want.values())
        fields_back += sum((want & got).values())
        assert want - got == Counter(), source["001"].data
        assert back.get_fields("887") == [] and back.get_fields("245") == []
    assert fields_back == fields_in > 1500


def test_cli_import_and_export_with_a_scheme(
    db: Database,
    marc_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", db.url, "--user", ADMIN]
    path = str(marc_data / "pymarc" / "testunimarc.dat")
    assert main([*base, "import", "--scheme", "unimarc", path, "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["imported"] == 1 and imported["converted"] == {"unimarc": 1}
    assert main([*base, "search", "spirale", "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["records"]
    assert hit["author"].startswith("Asimov, Isaac") and hit["isbn"].startswith("88-04-40682-8")
    out = tmp_path / "partner.mrc"
    assert main([*base, "export", str(out), "--scheme", "rusmarc", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scheme"] == "rusmarc"
    (back,) = records_of(list(read_records(out)))
    assert back["200"].get("a").endswith("altra faccia della spirale")
    assert os.path.getsize(out) > 0


def test_rusmarc_only_fields_never_go_up_to_the_union_catalog(
    db: Database, admin: Actor, marc_data: Path
) -> None:
    summary = import_files(db, admin, [marc_data / "rusmarc-loge" / "TEST2.ISO"])
    (record_id,) = summary.record_ids
    assert get_record(db, record_id).record.get_fields("887"), "kept for the RUSMARC return"
    with db.read() as session:
        rows = outbox_rows(session, 0, 100)
    (outgoing,) = prepare_outgoing(db, "union", rows, "KZ-TEST")
    assert "Светильник Сибири" in outgoing.marcxml
    assert 'tag="887"' not in outgoing.marcxml


def _guessed(marc_data: Path, tmp_path: Path) -> Path:
    """TEST2.ISO's record with a relator code RUSMARC does not have and damaged coded data:
    what the conversion cannot know, it guesses, and says so."""
    (record,) = records_of(list(read_records(marc_data / "rusmarc-loge" / "TEST2.ISO")))
    record["702"].subfields = [s if s.code != "4" else Subfield("4", "999") for s in record["702"]]
    record["100"].subfields = [Subfield("a", "1999 garbled")]
    path = tmp_path / "guessed.iso"
    path.write_bytes(record.as_marc())
    return path


def test_what_the_conversion_guessed_is_said_beside_the_record(
    db: Database,
    marc_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _guessed(marc_data, tmp_path)
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", db.url, "--user", ADMIN]
    assert main([*base, "import", str(path), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["imported"] == 1
    messages = [w["message"] for w in imported["warnings"] if w["index"] == 1]
    assert any("relator code 999 in field 702" in m for m in messages), messages
    assert any("coded data of field 100 is damaged" in m for m in messages), messages
    assert main([*base, "import", "--on-duplicate", "add", str(path)]) == 0
    text = capsys.readouterr().out
    assert "guessed.iso, record 1: relator code 999 in field 702" in text
    # A clean file says nothing.
    assert main([*base, "import", str(marc_data / NLR), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []


def test_every_record_goes_out_to_rusmarc_with_its_originating_agency(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    from pymarc import Field, Indicators

    from tests.records import book

    ours = book("Абай жолы", "Әуезов, Мұхтар", isbn="9965-35-086-5")
    theirs = book("Қан мен тер", "Нұрпейісов, Әбдіжәміл", isbn="9965-35-087-3")
    theirs.add_ordered_field(
        Field(tag="040", indicators=Indicators(" ", " "), subfields=[Subfield("a", "KZ-ALM")])
    )
    source = tmp_path / "two.mrc"
    source.write_bytes(ours.as_marc() + theirs.as_marc())
    assert import_files(db, admin, [source]).imported == 2
    out = tmp_path / "partner.mrc"
    assert export_records(db, admin, out, "iso2709", scheme="rusmarc") == 2
    agencies = {}
    for record in records_of(list(read_records(out))):
        originating = [f for f in record.get_fields("801") if f.indicator2 == "0"]
        assert len(originating) == 1, record["200"]
        agencies[record["200"].get("a")] = originating[0].get("b")
    # No 040: this library (the sigla of its settings) catalogued it; a 040 names its own.
    assert agencies == {"Абай жолы": "KZ-TEST", "Қан мен тер": "KZ-ALM"}
