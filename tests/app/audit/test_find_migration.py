"""An audit scanned before finds had a table of their own: upgrading moves each copy's find
out of the frozen list, so its results, its act and further scanning go on as before."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.audit.audits import Outcome, audit_progress, open_audit, record_scan
from app.audit.results import audit_report
from db import migrate, roles
from tests.app.audit.conftest import Fund
from tests.conftest import as_administrator


def test_upgrading_keeps_what_an_open_audit_found(fund: Fund) -> None:
    db, checker = fund.db, fund.checker
    rr1, rr2 = fund.barcodes("RR-1"), fund.barcodes("RR-2")
    audit = open_audit(db, checker, ["RR-1", "RR-2"], responsible="Бақытгүл Ахметова").id
    for code in ["L-RR-1", rr1[0], rr1[1], rr2[0]]:  # rr2[0] misplaced on RR-1
        record_scan(db, checker, audit, code, "gun-1")
    before = audit_report(db, checker, audit)

    config = migrate.alembic_config()
    with as_administrator(db) as admin_db:
        with admin_db.engine.connect() as connection:
            # As `qor init` does on PostgreSQL: what the downgrade makes back is the owner's.
            owner = not db.is_sqlite and roles.become_owner(connection)
            config.attributes["connection"] = connection
            command.downgrade(config, "0007a")  # finds back in audit_copy, that branch only
            connection.commit()
            columns = {c["name"] for c in inspect(connection).get_columns("audit_copy")}
            assert {"found_at", "found_by", "found_device", "found_location_id"} <= columns
            found = connection.execute(
                text("SELECT count(*) FROM audit_copy WHERE found_at IS NOT NULL")
            ).scalar_one()
            assert found == 3
            if owner:
                connection.execute(text("RESET ROLE"))
                connection.commit()
        assert not migrate.is_current(db)
        migrate.upgrade(admin_db)
    assert migrate.is_current(db)

    after = audit_report(db, checker, audit)
    assert [(c.inventory_number, c.found_location, c.found_by) for c in after.found] == [
        (c.inventory_number, c.found_location, c.found_by) for c in before.found
    ]
    assert [c.inventory_number for c in after.misplaced] == [
        fund.shelves["RR-2"][0].inventory_number
    ]
    assert after.missing_total == before.missing_total
    # A copy found before the upgrade is not found twice; a new one is.
    assert record_scan(db, checker, audit, rr1[0], "gun-1").outcome == Outcome.DUPLICATE
    assert record_scan(db, checker, audit, rr1[2], "gun-1").outcome == Outcome.FOUND
    assert audit_progress(db, audit).found == 4
