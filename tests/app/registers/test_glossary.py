"""One terminology for the interface and the documents: docs/glossary.md names the chosen
Kazakh and Russian terms and the rejected ones; the translation files, the register labels
and the printed registers use the first and never the second."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from app.registers.acts import render_writeoff_act
from app.registers.inventory_book import render_inventory_book
from app.registers.ksu import render_summary_book
from tests.app.registers.conftest import Year
from tests.app.registers.test_formal_parts import pdftotext

ROOT = Path(__file__).resolve().parents[3]
LETTER = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"


def glossary() -> list[dict[str, str]]:
    """The table of docs/glossary.md as rows keyed by its header."""
    lines = [
        line for line in (ROOT / "docs" / "glossary.md").read_text("utf-8").splitlines()
        if line.startswith("|") and not line.startswith("|---")
    ]  # fmt: skip
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
    return [dict(zip(cells[0], row, strict=True)) for row in cells[1:]]


def rejected(language: str) -> list[str]:
    return [row[f"rejected {language}"] for row in glossary() if row[f"rejected {language}"]]


def offending(text: str, words: list[str]) -> list[str]:
    """The rejected words found at the start of a word of `text` (any ending, any case)."""
    return [
        w for w in words
        if re.search(rf"(?<![{LETTER}]){re.escape(w)}", text, re.IGNORECASE)
    ]  # fmt: skip


def translations(language: str) -> str:
    tree = ET.parse(ROOT / "resources" / "translations" / f"qor_{language}.ts")
    return "\n".join(t.text or "" for t in tree.getroot().iter("translation"))


def test_the_glossary_has_its_columns_and_rejects_the_old_words() -> None:
    rows = glossary()
    assert {"term", "kk", "ru", "en", "source"} <= set(rows[0])
    terms = {row["term"]: row for row in rows}
    assert terms["inventory number"]["kk"] == "инвентарлық нөмір"
    assert "түгендеу" in rejected("kk") and "телнұсқа" in rejected("kk")
    assert offending("Түгендеу нөмірі", rejected("kk")) and not offending(
        "оқырман жоғалтып, орнын толтырған", rejected("kk")
    )


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_interface_and_labels_use_the_chosen_terms(language: str) -> None:
    words = rejected(language)
    assert offending(translations(language), words) == []
    labels = json.loads((ROOT / "resources/registers/labels.json").read_text("utf-8"))
    assert offending("\n".join(labels[language].values()), words) == []
    chosen = {row["term"]: row[language] for row in glossary()}
    assert chosen["inventory number"].lower() in translations(language).lower()
    assert chosen["inventory book"].lower() in translations(language).lower()


def test_registers_print_the_chosen_terms(year: Year, tmp_path: Path) -> None:
    db = year.db
    for language in ("kk", "ru"):
        words = rejected(language)
        chosen = {row["term"]: row[language] for row in glossary()}
        act, book, ksu = (tmp_path / f"{n}-{language}.pdf" for n in ("act", "book", "ksu"))
        render_writeoff_act(db, year.acts[1].id, act, language)
        render_inventory_book(db, book, None, None, language)
        render_summary_book(db, ksu, date(2026, 1, 1), date(2026, 12, 31), language)
        texts = {p.name: pdftotext(p) for p in (act, book, ksu)}
        for name, text in texts.items():
            assert offending(text, words) == [], name
        assert chosen["inventory book"].lower() in texts[book.name].lower()
        assert chosen["write-off act"].lower() in texts[act.name].lower()
