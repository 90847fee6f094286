"""A migrated IRBIS fund exported in RUSMARC gives back the IRBIS fields MARC 21 has no home
for (kept in 887 $2 irbis64:TAG), with their subfields; none of those 887s, nor the
converter's own RUSMARC shadows, goes up to the union catalog."""

from __future__ import annotations

from pathlib import Path

import pymarc
from sqlalchemy import select

from app.catalog.exporting import export_records
from app.marc.codec import from_json
from app.migration.irbis import read_text
from app.migration.service import migrate_irbis
from app.security.roles import Actor
from app.unioncat.outbox import outbox_rows
from app.unioncat.outgoing import prepare_outgoing
from db.models import Record
from db.session import Database
from tests.conftest import SHARED

TEN = SHARED / "data" / "irbis" / "records-10.txt"


def _kept(db: Database) -> dict[str, list[pymarc.Field]]:
    """IRBIS tag -> the 887s the migration kept for it, over the whole catalog."""
    kept: dict[str, list[pymarc.Field]] = {}
    with db.read() as session:
        for marc in session.execute(select(Record.marc)).scalars():
            for f in from_json(marc).get_fields("887"):
                source = f.get("2") or ""
                if source.startswith("irbis64:"):
                    kept.setdefault(source.split(":", 1)[1], []).append(f)
    return kept


def test_rusmarc_export_gives_the_irbis_fields_back(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    migrate_irbis(db, admin, TEN)
    kept = _kept(db)
    assert kept, "records-10 has IRBIS fields with no MARC 21 home"
    wanted = sorted(
        (f.tag, _subfields(f.text))
        for r in read_text(TEN)
        for f in r.fields
        if f.tag in kept and len(f.tag) <= 3
    )
    out = tmp_path / "fund.mrc"
    assert export_records(db, admin, out, scheme="rusmarc") == 10
    with out.open("rb") as fh:
        records = [r for r in pymarc.MARCReader(fh, to_unicode=True) if r is not None]
    back = sorted(
        (tag, [(s.code, s.value) for s in f.subfields])
        for record in records
        for tag in kept
        for f in record.get_fields(tag.zfill(3))
    )
    # A tag RUSMARC cannot carry (records-10 has IRBIS's 4444) stays in its 887, not lost.
    assert [f["2"] for r in records for f in r.get_fields("887")] == ["irbis64:4444"]
    # e.g. 907 (who catalogued it, when) and 690 come back subfield for
    # subfield, as IRBIS had them.
    assert {"907", "690"} <= {tag for tag, _ in back}
    assert back == wanted


def _subfields(text: str) -> list[tuple[str, str]]:
    """IRBIS field text as subfields: a value before the first ^ is $a, codes in lower case."""
    value, *parts = text.split("^")
    return ([("a", value)] if value else []) + [(p[:1].lower(), p[1:]) for p in parts if p[1:]]


def test_no_kept_887_goes_to_the_union_catalog(db: Database, admin: Actor) -> None:
    migrate_irbis(db, admin, TEN)
    assert _kept(db)
    with db.read() as session:
        rows = outbox_rows(session, 0, 100)
    assert len(rows) == 10
    sent = [item.marcxml for item in prepare_outgoing(db, "union", rows, "KZ-TEST")]
    assert len(sent) == 10
    for marcxml in sent:
        assert 'tag="245"' in marcxml
        assert 'tag="887"' not in marcxml
