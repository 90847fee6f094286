"""Fixtures for the union catalog link: real Zebra servers, started fresh for each test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from pymarc import Field, Indicators, Leader, Record, Subfield, record_to_xml

from tests.unioncat_server import ZebraServer, zebra_missing_reason

SYNC_USER, SYNC_PASSWORD = "sync", "secret"


def _require_zebra() -> None:
    reason = zebra_missing_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"The union catalog tests need Zebra in CI: {reason}")
    print(f"Skipping the Zebra tests: {reason}")
    pytest.skip(f"Zebra is not installed here (not in CI): {reason}")


@pytest.fixture
def start_zebra() -> Iterator[Callable[..., ZebraServer]]:
    """Starts Zebra servers with the given options (user=(name, password), shadow=True);
    all are stopped after the test."""
    _require_zebra()
    servers: list[ZebraServer] = []

    def start(**options: object) -> ZebraServer:
        server = ZebraServer(**options).start()  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def zebra(start_zebra: Callable[..., ZebraServer]) -> ZebraServer:
    """An empty union catalog where only sync:secret may update and anyone may search."""
    return start_zebra(user=(SYNC_USER, SYNC_PASSWORD))


def book_marcxml(
    control_number: str = "000000001",
    *,
    org: str | None = "KZ-TEST",
    title: str = "Абай жолы",
    author: str = "Әуезов, Мұхтар",
    subject: str | None = None,
    deleted: bool = False,
) -> str:
    """One small book record as MARCXML, identified by 003 + 001 as Qor sends them."""
    record = Record(force_utf8=True)
    record.leader = Leader(f"00000{'d' if deleted else 'n'}am a22000007i 4500")
    record.add_field(Field(tag="001", data=control_number))
    if org:
        record.add_field(Field(tag="003", data=org))
    record.add_field(
        Field(tag="100", indicators=Indicators("1", " "), subfields=[Subfield("a", author)]),
        Field(tag="245", indicators=Indicators("1", "0"), subfields=[Subfield("a", title)]),
    )
    if subject:
        record.add_field(
            Field(tag="650", indicators=Indicators(" ", "7"), subfields=[Subfield("a", subject)])
        )
    return record_to_xml(record, namespace=True).decode("utf-8")
