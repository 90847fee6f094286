"""`render_report`, the one entry point of `qor report` and the Registers screen: the audit
act is drawn by the audit desk; a reversed period is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.registers.reports import render_report
from tests.app.preservation.conftest import Fund
from tests.app.registers.conftest import pdf_text


def test_audit_act_is_delegated_to_the_audit_desk(fund: Fund, tmp_path: Path) -> None:
    audits = pytest.importorskip("app.audit.audits")
    audit = audits.open_audit(fund.db, fund.admin, ["ABON"], responsible="Сәуле Қ.")
    out = tmp_path / "audit.pdf"
    assert render_report(fund.db, fund.admin, "audit-act", out, ref=audit.id) == {"audit": audit.id}
    assert out.stat().st_size > 0 and pdf_text(out)


def test_reversed_period_is_refused(fund: Fund, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="starts"):
        render_report(fund.db, fund.admin, "ksu", tmp_path / "k.pdf",
                      date(2026, 12, 31), date(2026, 1, 1))  # fmt: skip
