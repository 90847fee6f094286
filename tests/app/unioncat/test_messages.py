"""The union catalog link's messages go through app.i18n, so the GUI shows them translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.i18n import set_translator
from app.unioncat.config import TargetExists
from app.unioncat.history import SyncEntry, SyncReport
from app.unioncat.outgoing import PendingChange

RUSSIAN = {
    "Would send: {new} new, {changed} changed, {withdraw} to withdraw, {unchanged} unchanged": (
        "Будет отправлено: {new} новых, {changed} изменённых, {withdraw} к снятию, "
        "{unchanged} без изменений"
    ),
    "; stopped: {error}": "; остановлено: {error}",
    "A target named '{name}' is already configured.": "Цель с именем '{name}' уже настроена.",
}


@pytest.fixture
def russian() -> Iterator[None]:
    set_translator(lambda _context, text: RUSSIAN.get(text, text))
    yield
    set_translator(None)


def test_reports_and_errors_are_translated(russian: None) -> None:
    dry = SyncReport("t", dry_run=True, pending=[PendingChange(1, "KZ:1", "Абай", "new")])
    assert dry.describe() == "Будет отправлено: 1 новых, 0 изменённых, 0 к снятию, 0 без изменений"
    run = SyncReport("t", entries=[SyncEntry(1, "KZ:1", "Абай", "sent")], error="x")
    assert run.describe().endswith("; остановлено: x")
    assert str(TargetExists("НАБ")) == "Цель с именем 'НАБ' уже настроена."
