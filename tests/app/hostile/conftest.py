"""The audit fund of tests/app/audit, for the scanner-file attacks."""

from __future__ import annotations

import pytest

from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund


@pytest.fixture
def fund(db: Database, admin: Actor) -> Fund:
    return build_fund(db, admin)
