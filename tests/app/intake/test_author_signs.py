"""Author signs from the real two-digit Khavkina table (IRBIS's HAV.MNU, shipped as data):
the sign of the last entry at or before the heading; Kazakh first letters from the library's
own table, else from the look-alike letter's row; tables the administrator can replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.intake import numbering
from app.intake.numbering import author_sign, default_call_number

HAV = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "irbis" / "HAV.MNU"


@pytest.fixture(autouse=True)
def _fresh_tables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QOR_TABLES", str(tmp_path / "tables"))
    numbering.khavkina_table.cache_clear()
    numbering.kazakh_table.cache_clear()
    yield
    numbering.khavkina_table.cache_clear()
    numbering.kazakh_table.cache_clear()


def _entry(sign: str) -> str:
    """The letters HAV.MNU gives for `sign`, read from IRBIS's own file."""
    lines = HAV.read_text("cp1251").splitlines()
    return lines[lines.index(sign) + 1]


@pytest.mark.parametrize(
    ("heading", "sign", "entry"),
    [
        ("Пушкин, Александр", "П91", "П 91"),  # Пуш
        ("Толстой, Лев", "Т53", "Т 53"),  # Толстой: an entry of its own
        ("Толстых", "Т54", "Т 54"),  # Толстоп ≤ Толстых < Толы
        ("Шабанов", "Ш12", "Ш 12"),  # Ша ≤ Шаб < Шабл
        ("Ibsen, Henrik", "I-32", "I-32"),  # a Latin I keeps the table's hyphen
        ("Smith, John", "S68", "S 68"),
    ],
)
def test_signs_are_the_tables(heading: str, sign: str, entry: str) -> None:
    assert author_sign(heading) == sign
    letters = _entry(entry)
    assert heading.lower().startswith(letters.lower()) or letters.lower() < heading.lower()


def test_kazakh_letters_fall_back_to_the_look_alike_row_keeping_their_letter() -> None:
    # Қозыбаев is shelved as Козыбаев: К 59 "Коз".
    assert _entry("К 59") == "Коз" and author_sign("Қозыбаев, Манаш") == "Қ59"
    assert author_sign("Әуезов, Мұхтар") == "Ә" + author_sign("Ауэзов")[1:]
    assert default_call_number("94(574)", "Қозыбаев, Манаш", "") == "94(574) Қ59"
    # Kazakh letters inside a Russian-letter heading are read as their look-alikes too.
    assert author_sign("Ақиқат") == author_sign("Акикат")


def test_the_library_loads_its_own_kazakh_table(tmp_path: Path) -> None:
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "kazakh-signs.txt").write_text(
        "# Қ: the library's own row\nҚ 11\nҚ\nҚ 20\nҚаз\nҚ 30\nҚоз\nҚ 40\nҚұ\n", "utf-8"
    )
    assert author_sign("Қозыбаев, Манаш") == "Қ30"
    assert author_sign("Қазыбек би") == "Қ20"
    assert author_sign("Құнанбаев, Абай") == "Қ40"
    assert author_sign("Әуезов, Мұхтар").startswith("Ә")  # no Ә row: the look-alike's
    # The administrator's copy of the Khavkina table replaces the shipped one as well.
    (tables / "HAV.MNU").write_bytes("П 10\nП\nП 77\nПу\n*****\n".encode("cp1251"))
    numbering.khavkina_table.cache_clear()
    assert author_sign("Пушкин") == "П77"


def test_a_broken_table_is_named(tmp_path: Path) -> None:
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "kazakh-signs.txt").write_text("Қ 11\nҚ\nҚ2x\nҚаз\n", "utf-8")
    with pytest.raises(InvalidInput, match=r"kazakh-signs.txt, line 3"):
        author_sign("Қазыбек")
