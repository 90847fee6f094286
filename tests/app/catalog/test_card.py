"""The catalog card of real records, and of a Kazakh record built here (no public Kazakh MARC
records exist; the title, author and publisher are real)."""

from __future__ import annotations

from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Subfield

from app.catalog.card import catalog_card, catalog_card_html


def read(path: Path, **options: object) -> list[pymarc.Record]:
    with path.open("rb") as handle:
        reader = pymarc.MARCReader(handle, to_unicode=True, **options)  # type: ignore[arg-type]
        return [record for record in reader if record is not None]


def field(tag: str, ind: str, *subfields: tuple[str, str]) -> Field:
    return Field(tag, Indicators(ind[0], ind[1]), [Subfield(c, v) for c, v in subfields])


def abai_zholy() -> pymarc.Record:
    """«Абай жолы» as a Kazakh library would catalog it, without ISBD punctuation in the data."""
    record = pymarc.Record(force_utf8=True)
    record.add_field(
        Field("001", data="KZ-1"),
        field("020", "  ", ("a", "9786010312345"), ("q", "т. 1"), ("c", "2500 тг.")),
        field("080", "  ", ("a", "821.512.122")),
        field("084", "  ", ("a", "84(5Каз)-44"), ("2", "rubbk")),
        field("100", "1 ", ("a", "Әуезов, Мұхтар"), ("d", "1897-1961")),
        field("245", "10", ("a", "Абай жолы"), ("b", "роман-эпопея"), ("c", "Мұхтар Әуезов")),
        field("250", "  ", ("a", "3-басылым")),
        field("264", " 1", ("a", "Алматы"), ("b", "Жазушы"), ("c", "2017")),
        field("300", "  ", ("a", "512 б."), ("b", "суретті"), ("c", "21 см")),
        field("490", "0 ", ("a", "Қазақ әдебиетінің кітапханасы"), ("v", "1")),
        field("500", "  ", ("a", "Кітап қазақ тілінде")),
        field("600", "07", ("a", "Абай Құнанбайұлы"), ("d", "1845-1904"), ("v", "Көркем әдебиет")),
        field("650", " 7", ("a", "Қазақ әдебиеті"), ("y", "20 ғ."), ("2", "kznb")),
        field("700", "1 ", ("a", "Кенжебаев, Бейсенбай"), ("e", "құрастырушы")),
    )
    return record


def test_lc_card_keeps_the_records_punctuation_without_doubling(marc_data: Path) -> None:
    card = catalog_card(read(marc_data / "pymarc/test.dat")[0])
    assert card.splitlines()[0] == "Martinsson, Tobias, 1976-"
    assert (
        "    ActivePerl with ASP and ADO / Tobias Martinsson. — New York : John Wiley & Sons,"
        " 2000. — xxi, 289 p. : ill. ; 23 cm. + 1 computer laser disc (4 3/4 in.).\n"
    ) in card
    assert "ISBN 0471383147 (paper/cd-rom : alk. paper)" in card
    assert "1. Perl (Computer program language). 2. Active server pages. 3. ActiveX." in card
    for doubled in ("/ /", ": :", ". .", ".. ", ",,", "; ;"):
        assert doubled not in card


def test_summerland_card(marc_data: Path) -> None:
    card = catalog_card(read(marc_data / "marc4j/summerland.mrc")[0])
    assert (
        "Summerland / Michael Chabon. — 1st ed. — New York : Miramax Books/Hyperion Books for"
        " Children, c2002. — 500 p. ; 22 cm." in card
    )
    assert "ISBN 0786808772\n" in card
    assert "ISBN 0786816155 (pbk.)" in card
    assert "2. Baseball -- Fiction." in card


def test_added_entries_are_roman_numbered(marc_data: Path) -> None:
    card = catalog_card(read(marc_data / "pymarc/test.dat")[1])
    assert "Programming the Perl DBI / Alligator Descartes and Tim Bunce." in card
    assert card.rstrip().endswith("2. Database management. I. Bunce, Tim.")


def test_cyrillic_card_gets_isbd_punctuation_the_data_lacks(marc_data: Path) -> None:
    records = read(marc_data / "pymarc/1251.dat", file_encoding="cp1251")
    card = catalog_card(records[1])
    assert (
        "Психологический тренинг с подростками / Людмила Анн. — СПб. [и др.] : Питер :"
        " Питер Принт, 2005. — 270 с. ; 21 см. — (Серия <Эффективный тренинг>)\n"
    ) in card
    assert "UDC 159.922.7" in card
    assert "BBK 88.4" in card
    assert "1. Подростки -- Психология. 2. Психологический тренинг." in card


def test_kazakh_card() -> None:
    card = catalog_card(abai_zholy())
    lines = card.splitlines()
    assert lines[0] == "Әуезов, Мұхтар, 1897-1961"
    assert lines[1] == (
        "    Абай жолы : роман-эпопея / Мұхтар Әуезов. — 3-басылым. — Алматы : Жазушы, 2017."
        " — 512 б. : суретті ; 21 см. — (Қазақ әдебиетінің кітапханасы ; 1)"
    )
    assert "    Кітап қазақ тілінде" in lines
    assert "    ISBN 9786010312345 (т. 1) : 2500 тг." in lines
    assert "    UDC 821.512.122" in lines
    assert "    BBK 84(5Каз)-44" in lines
    assert lines[-1] == (
        "    1. Абай Құнанбайұлы, 1845-1904 -- Көркем әдебиет. 2. Қазақ әдебиеті -- 20 ғ."
        " I. Кенжебаев, Бейсенбай."
    )


def test_title_main_entry_without_author() -> None:
    record = abai_zholy()
    record.remove_fields("100")
    card = catalog_card(record)
    assert card.startswith("Абай жолы : роман-эпопея / Мұхтар Әуезов. — ")


def test_html_escapes_record_text(marc_data: Path) -> None:
    lc = catalog_card_html(read(marc_data / "pymarc/test.dat")[0])
    assert "John Wiley &amp; Sons" in lc
    cyrillic = read(marc_data / "pymarc/1251.dat", file_encoding="cp1251")[0]
    page = catalog_card_html(cyrillic)
    assert "&lt;Теплогазоснабжение и вентиляция&gt;" in page
    assert "<Теплогазоснабжение" not in page
    assert "Ильина, Татьяна Николаевна" in page


def test_every_real_record_gets_a_card(marc_data: Path) -> None:
    for name in ("pymarc/test.dat", "pymarc/marc.dat", "marc4j/selectedRecs.mrc"):
        for record in read(marc_data / name):
            card = catalog_card(record)
            title = record["245"]
            assert title is not None
            assert (title.get("a") or "").rstrip(" /:;=.,")[:20] in card
