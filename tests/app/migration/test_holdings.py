"""`qor import --holdings`: copies from MARC 21 852/876–878 and Koha 952 of the shared files,
on SQLite and PostgreSQL; a 952 that is only a note (the shared files' 952s) makes none."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.intake.copies import copy_by_barcode
from app.migration.holdings import holdings_of
from db.models import Item, ItemLegacy
from db.session import Database
from tests.conftest import ADMIN, ADMIN_PASSWORD, MARC_DATA


@pytest.fixture
def run(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("QOR_PASSWORD", ADMIN_PASSWORD)

    def _run(*args: str) -> tuple[int, dict[str, Any]]:
        code = main(["--db", db.url, "--user", ADMIN, "--json", *args])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else {}

    return _run


def _items(db: Database) -> int:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Item)).scalar_one()


def test_marc21_852_and_876_become_copies(run: Any, db: Database) -> None:
    pride = MARC_DATA / "marc4j" / "pride-and-prejudice-fixed.mrc"
    code, out = run("import", str(pride), "--holdings", "852")
    assert code == 0 and out["imported"] > 200
    assert out["copies"] == _items(db) > 50
    # Bodleian's 852: $b location, $h call number, $p barcode.
    copy = copy_by_barcode(db, "500881138")
    assert copy is not None
    assert (copy.location_code, copy.call_number, copy.status) == (
        "BODLEIAN",
        "M94.G00395",
        "available",
    )
    # No inventory number in the source: Qor's own numbering gives one, unflagged.
    assert copy.inventory_number.isdigit()
    # MIT's 876: the library's name in $a is no inventory number; the rest stays with it.
    with db.read() as session:
        kept = [
            json.loads(f)
            for f in session.execute(
                select(ItemLegacy.fields).where(ItemLegacy.fields.like("%876$l=MIT01%"))
            ).scalars()
        ]
    assert kept and all(["~", "876$a=Hayden Library"] in k for k in kept)
    assert out["holdings"]["kept_subfields"]["852$a"] > 0


def test_notes_in_952_make_no_copies(run: Any, db: Database) -> None:
    files = [
        MARC_DATA / "ruby-marc" / "random_tag_order2.dat",
        MARC_DATA / "marc4j" / "chabon-loc.mrc",
    ]
    code, out = run("import", *map(str, files), "--holdings", "auto")
    assert code == 0 and out["imported"] == 3 and out["copies"] == 0
    code, out = run("import", str(files[0]), "--holdings", "952", "--on-duplicate", "add")
    assert out["copies"] == 0 and _items(db) == 0


def test_koha_items_from_952() -> None:
    import pymarc
    from pymarc import Field, Indicators, Subfield

    record = pymarc.Record()
    record.add_field(
        Field(
            "952",
            Indicators(" ", " "),
            [
                Subfield("a", "CENTRAL"),
                Subfield("b", "CENTRAL"),
                Subfield("c", "STACKS"),
                Subfield("d", "2019-03-15"),
                Subfield("g", "2500.00"),
                Subfield("i", "KZ-000123"),
                Subfield("o", "84(5Каз) Ә 97"),
                Subfield("p", "39000000123"),
                Subfield("q", "2026-12-20"),
                Subfield("y", "BK"),
            ],
        )
    )
    (copy,) = holdings_of(record, "auto", "KZ-TEST")
    assert copy.get("a") == "1"  # on loan in Koha ($q due date)
    assert (copy.get("b"), copy.get("h"), copy.get("d"), copy.get("c")) == (
        "KZ-000123",
        "39000000123",
        "CENTRAL",
        "20190315",
    )
    assert "~952$y=BK" in copy.text and "~952$c=STACKS" in copy.text
