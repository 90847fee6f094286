"""The demo catalog: real records shipped for a new library's first hour (Kazakh, Russian and
English books, resources/demo/demo_catalog.mrc), loaded through the same services as real
work, with three locations and three accession batches of copies, so that the catalog, the
intake desk and an audit have something to show. Loaded once per library."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources

from app.catalog.importing import import_files
from app.errors import InvalidInput
from app.i18n import translate
from app.intake.accession import list_accessions, open_accession
from app.intake.copies import add_copies, release_copies
from app.intake.locations import add_location, list_locations
from app.security.roles import Actor
from db.session import Database

DEMO_FILE = "demo_catalog.mrc"
DOCUMENT_PREFIX = "DEMO-"
LOCATIONS = (
    ("AB", "Абонемент", "Қызмет көрсету бөлімі", "AB-SHELF"),
    ("OZ", "Оқу залы", "Қызмет көрсету бөлімі", "OZ-SHELF"),
    ("NQ", "Негізгі қор", "Сақтау бөлімі", "NQ-SHELF"),
)


@dataclass
class DemoSummary:
    records: int = 0
    duplicates: int = 0
    locations: list[str] = field(default_factory=list)
    batches: list[str] = field(default_factory=list)
    copies: int = 0
    released: int = 0

    def describe(self) -> str:
        return translate(
            "demo",
            "Demo catalog: {records} records, {copies} copies in {batches} accession batches "
            "({released} released, the rest in processing), locations {locations}.",
        ).format(
            records=self.records,
            copies=self.copies,
            batches=len(self.batches),
            released=self.released,
            locations=", ".join(self.locations),
        )


def demo_path() -> str:
    return str(resources.files("resources.demo") / DEMO_FILE)


def is_loaded(db: Database) -> bool:
    return any(b.document_number.startswith(DOCUMENT_PREFIX) for b in list_accessions(db))


def load_demo(db: Database, actor: Actor, today: date | None = None) -> DemoSummary:
    """Import the demo records, add the demo locations, receive copies in a purchase, a gift
    and a legal-deposit batch, and release the first two (the third stays in processing)."""
    if is_loaded(db):
        raise InvalidInput(translate("demo", "The demo catalog is already loaded."))
    today = today or date.today()
    summary = DemoSummary()
    with resources.as_file(resources.files("resources.demo") / DEMO_FILE) as path:
        imported = import_files(db, actor, [path])
    summary.records, summary.duplicates = imported.imported, imported.duplicates
    ids = imported.record_ids

    existing = {place.code for place in list_locations(db)}
    for code, name, department, barcode in LOCATIONS:
        if code not in existing:
            add_location(db, actor, code, name, department, barcode=barcode)
        summary.locations.append(code)

    batches = (
        ("purchase", "Фолиант баспасы", ids[:16], 2, "AB", Decimal("3500"), 40),
        ("gift", "Абай атындағы облыстық кітапхана", ids[16:34], 1, "NQ", Decimal("1200"), 20),
        ("legal-deposit", "Атамұра баспасы", ids[34:40], 1, "OZ", None, 3),
    )
    for number, (source, supplier, record_ids, copies, location, price, days_ago) in enumerate(
        batches, 1
    ):
        if not record_ids:
            continue
        received = today - timedelta(days=days_ago)
        batch = open_accession(
            db, actor, source, f"{DOCUMENT_PREFIX}{number}", date=received, supplier=supplier,
            document_date=received,
            print_date=received - timedelta(days=10) if source == "legal-deposit" else None,
        )  # fmt: skip
        summary.batches.append(batch.number)
        for record_id in record_ids:
            added = add_copies(db, actor, record_id, copies, batch.id, location, price=price)
            summary.copies += len(added)
        if source != "legal-deposit":
            summary.released += len(release_copies(db, actor, accession_id=batch.id).released)
    return summary
